"""The cue lists the grouping of clauses into activities reads (``data/cues.json``), folded and
compiled once per process."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from reseau.extract.activity_patterns import hire_apposition
from reseau.extract.dates import load_cues
from reseau.extract.drafts import words_pattern
from reseau.extract.lexicon import load_lexicon
from reseau.extract.topics import fold


@dataclass(frozen=True)
class GroupingCues:
    """The cue lists grouping reads, folded and compiled once per process rather than once per item."""

    all: dict[str, tuple[str, ...]]
    saying: list[str]
    elections: frozenset[str]
    occasions: tuple[str, ...]
    ceremonies: tuple[str, ...]
    online_words: re.Pattern[str]
    first_person: re.Pattern[str]
    both_sides: re.Pattern[str]
    sequel: re.Pattern[str]
    new_gathering: re.Pattern[str]
    attendance: re.Pattern[str]
    both_people: re.Pattern[str]
    contribution: re.Pattern[str]
    post_markers: re.Pattern[str]
    board_of: re.Pattern[str]
    # the patterns below read folded text
    purpose: re.Pattern[str]
    reporting: re.Pattern[str]
    receiving: re.Pattern[str]
    recalling: re.Pattern[str]
    aside: re.Pattern[str]
    newcomer: re.Pattern[str]
    travel: re.Pattern[str]
    ceremony_of_post: re.Pattern[str]
    apposed_participle: re.Pattern[str]
    authoring: re.Pattern[str] = re.compile(r"(?!)")  # « a été codirigé par »: who wrote the publication
    prior: re.Pattern[str] = re.compile(r"(?!)")  # « fait suite à une séance de travail »: a gathering held before
    those_told: re.Pattern[str] = re.compile(r"(?!)")  # « a accueilli les délégations »: those of the gathering told
    former_post: re.Pattern[str] = re.compile(r"(?!)")  # « précédemment directeur de X »: a listed appointee's old post
    sitting_report: re.Pattern[str] = re.compile(r"(?!)")  # « a rendu compte »: a member speaking at the sitting
    gathering_pronoun: re.Pattern[str] = re.compile(r"(?!)")  # « À l'ouverture de celle-ci »: the gathering just told
    escorted: re.Pattern[str] = re.compile(r"(?!)")  # « entouré de Y » after the one who opened the gathering

    @staticmethod
    @cache
    def load() -> "GroupingCues":
        """Built from the default cue lists."""
        cues = load_lexicon().cues
        return GroupingCues(cues, [fold(v) for v in cues["saying_verbs"]],
                             frozenset(fold(w) for w in cues["election_participles"]),
                             tuple(cues["occasion_phrases"]), tuple(cues["ceremony_nouns"]),
                             words_pattern(cues["online_cues"]), words_pattern(cues["first_person"]),
                             words_pattern(f"{d} {k} {n}" for d in ("les", "des", "aux") for k in cues["party_counts"]
                                           for n in [*cues["both_sides_nouns"], *cues["both_sides_people"]]),
                             words_pattern(cues["sequel_participles"]),
                             _new_gathering({*cues["meeting_nouns"], *cues["event_nouns"]}),
                             words_pattern(cues["attendance_phrases"]),
                             words_pattern(f"{d} {k} {n}" for d in ("les", "des", "aux") for k in cues["party_counts"]
                                           for n in cues["both_sides_people"]),
                             words_pattern(fold(p) for p in cues["contribution_phrases"]),
                             words_pattern(fold(p) for p in cues["post_markers"]),
                             re.compile(rf"\b(?:{folded_alternatives(cues['board_nouns'])})\s+(?:du|des|de la|de l'|d'|de)\s*$"),
                             re.compile(rf"\b(?:{folded_alternatives(cues['purpose_connectives'])})\b"),
                             re.compile(rf"(?<![\w'])(?:{folded_alternatives({*cues['announcing_verbs'], *cues['saying_verbs']})})"
                                        r"(?:\s+[^\s,.;]+){0,2}?\s+qu(?:e\s+|')"),
                             words_pattern(fold(w) for w in cues["receiving_words"]),
                             re.compile(rf"\s*(?:{folded_alternatives(cues['recalling_subjects'])})\b"),
                             re.compile(rf"\s*(?:{folded_alternatives(cues['aside_phrases'])})\b"),
                             re.compile(rf"\b(?:{folded_alternatives(cues['newcomer_adjectives'])})\s+"),
                             words_pattern(fold(p) for p in cues["travel_phrases"]),
                             # « cérémonie de passation de commandement », « cérémonie de prise de fonctions »
                             re.compile(rf"\b(?:{folded_alternatives(cues['ceremony_nouns'])})\s+(?:de|d'|du)\s*(?:{folded_alternatives(office_acts(cues))})\b"),
                             hire_apposition(cues),
                             re.compile(rf"(?<!\w)(?:{folded_alternatives(cues['authoring_participles'])})(?:\s+\w+){{0,2}}?\s+(?:par|sous la direction de)(?!\w)"),
                             _prior(cues),
                             re.compile(rf"[\w'-]+\s+(?:les|ces)\s+(?:{folded_alternatives(cues['those_told_nouns'])})(?!\w)"),
                             re.compile(rf"(?<!\w)(?:{folded_alternatives(cues['former_post_cues'])})(?!\w)"),
                             re.compile(rf"(?<!\w)(?:{folded_alternatives(cues['sitting_reports'])})(?!\w)"),
                             re.compile(rf"(?<![\w-])(?:{folded_alternatives(cues['gathering_pronouns'])})(?![\w-])"),
                             words_pattern(cues["escort_participles"]))


def _new_gathering(nouns) -> re.Pattern[str]:
    """« a tenu son assemblée », « une réunion », « en sa 58e réunion »: a gathering told as new by its
    determiner, an ordinal maybe between (a body's numbered sitting), on the text as written."""
    words = "|".join(sorted((re.escape(n) for n in nouns), key=len, reverse=True))
    return re.compile(rf"\b(?:un|une|son|sa|leur)\s+(?:\d+\s*(?:e|ème|eme|è|er|re)\s+)?(?:{words})\b", re.I)


def _prior(cues) -> re.Pattern[str]:
    """« fait suite à une séance de travail », « a été précédée, les 18 et 19 mai, d'une réunion »: a
    gathering held before the one told, the days it was held on possibly put in apposition (folded text)."""
    linked = [p for p in cues["prior_gathering_phrases"] if p.endswith((" de", " d'"))]
    verbs = folded_alternatives({p.rsplit(" ", 1)[0] if p.endswith(" de") else p[:-2].rstrip() for p in linked})
    others = folded_alternatives(p for p in cues["prior_gathering_phrases"] if p not in linked)
    nouns = folded_alternatives({*cues["meeting_nouns"], *cues["event_nouns"]})
    # after « précédée de », a definite article too (« de la réunion des experts »): the session told is the subject
    return re.compile(rf"(?<!\w)(?:(?:{others})\s*(?=(?:une|un|des)\s)|(?P<linked>{verbs})(?P<aside>\s*,[^,.;]{{1,50}},)?"
                      rf"\s*(?:de\s+|d'|du\s+))(?P<told>(?:(?:une|un|des|la|le)\s+|l')?(?:{nouns}))(?!\w)")


def office_acts(cues: dict) -> list[str]:
    """« passation de commandement », « prise de fonctions », « prestation de serment »: the phrases of
    taking office a ceremony may be named after (the hire phrases of more than one word that are no
    verb's « a … », « ont … »)."""
    return [p for p in cues["hire_phrases"] if " " in p and not p.startswith(("a ", "ont "))]


def folded_alternatives(words) -> str:
    """Alternatives of the words, folded as the text they are matched on is, the longest first so that a
    phrase wins over its own first words."""
    return "|".join(sorted((re.escape(fold(w)) for w in words), key=len, reverse=True))


@cache
def appointing_act() -> re.Pattern[str]:
    """« par décret présidentiel du », « Par arrêté royal n° 12 du »: the act an appointment is made by,
    on folded text (the acts are the law words of the date cues)."""
    acts = "|".join(re.escape(fold(w)) for w in load_cues()["law"])
    return re.compile(rf"\bpar (?:un |le |l')?(?:{acts})\b[^,.;]{{0,40}}\bdu\s*$")


@cache
def decrees_adopted() -> re.Pattern[str]:
    """« a adopté trois décrets portant nomination », « arrêtés portant nominations »: the acts that
    make the appointments a communiqué lists next, on folded text."""
    acts = "|".join(re.escape(fold(w)) for w in load_cues()["law"])
    return re.compile(rf"\b(?:{acts})s?\b[^.;]{{0,30}}?\bportant\s+nominations?\b")


@cache
def intention() -> re.Pattern[str]:
    """« envisagent de signer », « projette de conclure »: what is only wished, built once."""
    return words_pattern(load_lexicon().cues["intention_phrases"])


@cache
def presence_list() -> re.Pattern[str]:
    """« …, en présence : », « en présence de : », « Les quatre signataires : » ending a clause
    (folded text): the lines below list those who attended the gathering told, as « Étaient présents : »
    does; a noun of those present may have a few words after it (« Parmi les invités de marque : »)."""
    cues = load_lexicon().cues
    openers = folded_alternatives(cues["presence_list_openers"])
    nouns = folded_alternatives(cues["attendee_nouns"])
    return re.compile(rf"(?<!\w)(?:(?:{openers})|(?:{nouns})(?:\s+[\w'-]+){{0,3}})\s*:\s*$")
