"""The patterns the activity finder compiles from its cue lists, all matched on folded text
(lower case, no accents, straight apostrophes): phrases, ceremonies, audiences, appointments and posts."""

from __future__ import annotations

import re

from reseau.extract.lexicon import board_election_words
from reseau.extract.topics import fold


def phrases(words, accents: bool = False) -> re.Pattern[str]:
    """One pattern for a list of phrases, matched on word boundaries without case (and without
    accents unless they tell words apart: « signé » is not « signe »)."""
    alternatives = sorted({re.escape(w.lower().replace("’", "'") if accents else fold(w)) for w in words}, key=len, reverse=True)
    return re.compile(r"(?<![\w'])(?:" + "|".join(alternatives) + r")(?!\w)") if alternatives else re.compile(r"(?!)")


def proceeding(verbs, acts) -> re.Pattern[str]:
    """« a procédé ce lundi à l'installation du comité »: a ceremony, maybe with a day between, on folded text."""
    verb = "|".join(re.escape(fold(v)) for v in verbs)
    act = "|".join(re.escape(fold(a)) for a in acts)
    return re.compile(rf"(?<![\w'])(?:{verb})(?:\s+[\w'-]+){{0,4}}?\s+(?:a\s+l'|a\s+la\s+|au\s+|aux\s+)(?:{act})(?!\w)")


def before_audience(verbs, prepositions) -> re.Pattern[str]:
    """« a présenté le plan lundi à Huy devant les élus »: told to an audience; « a assisté mardi à
    Dinant à la démonstration »: present at a gathering; on folded text."""
    verb = "|".join(re.escape(fold(v)) for v in verbs)
    before = "|".join(re.escape(fold(p)) for p in prepositions)
    return re.compile(rf"(?<![\w'])(?:{verb})(?:\s+[\w'-]+){{0,6}}?\s+(?:{before})(?!\w)")


def fronted_participle(cues: dict) -> re.Pattern[str]:
    """« Nommée présidente du groupe en novembre, X … »: the sentence opens on the participle of an
    appointment (or an election), on folded text; the phrase runs to the first comma."""
    words = "|".join(re.escape(fold(p)) for p in sorted({*cues["hire_participles"], *cues["election_participles"]}, key=len, reverse=True))
    return re.compile(rf"\s*(?:{words})\s[^,;.]{{3,120}},")


def post_taking(cues: dict) -> re.Pattern[str]:
    """« X en prend la présidence », « les deux vice-présidences reviennent à Y »: a post taken or
    given to someone, on folded text; the posts are those of ``board_elections.tsv``."""
    posts = "|".join(re.escape(fold(p)) for p in sorted(board_election_words()["post"], key=len, reverse=True))
    taking = "|".join(re.escape(fold(v)) for v in sorted(cues["post_taking_verbs"], key=len, reverse=True))
    given = "|".join(re.escape(fold(v)) for v in sorted(cues["given_to_verbs"], key=len, reverse=True))
    return re.compile(rf"(?<![\w'])(?:(?:{taking})\s+(?:la\s+|le\s+|les\s+|l')(?:{posts})"
                      rf"|(?:{posts})(?:\s+[^\s,.;]+){{0,2}}?\s+(?:{given}))(?!\w)")


def after(auxiliaries, participles, adverbs=()) -> re.Pattern[str]:
    """A participle after an auxiliary (« a été nommée », « a également désigné », « a par ailleurs été
    nommée »), on folded text."""
    aux = "|".join(re.escape(fold(a)) for a in sorted(auxiliaries, key=len, reverse=True))
    adverb = "|".join(re.escape(fold(a)) for a in sorted(adverbs, key=len, reverse=True)) or "(?!)"
    # an adverb may split a compound auxiliary: « a par ailleurs été », as « a été par ailleurs »
    lead = rf"(?<![\w'])(?:{aux})(?:\s+(?:{adverb}))?(?:\s+ete)?(?:\s+(?:{adverb}))?\s+" if "a" in auxiliaries \
        else rf"(?<![\w'])(?:{aux})(?:\s+(?:{adverb}))?\s+"
    return re.compile(lead + "(?:" + "|".join(re.escape(fold(p)) for p in participles) + r")(?!\w)")


def hire_apposition(cues: dict) -> re.Pattern[str]:
    """« X, désignée il y a quelques semaines, … »: an appointment's participle apposed after a comma,
    on folded text (not « X, élu local, … »: those participles are not in the list)."""
    return re.compile(r",\s*(?:" + "|".join(re.escape(fold(p)) for p in cues["hire_apposition_participles"]) + r")(?!\w)")


def appointed_by(cues: dict) -> re.Pattern[str]:
    """« les magistrats nommés par décret du 4 novembre », « désignée par arrêté du 2 mai »: an appointment's
    participle then « par », the act that makes it named next (its dated law word is checked by the caller);
    on folded text."""
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(fold(p)) for p in cues["hire_apposition_participles"]) + r")\s+par\s")


def hire_noun_by(cues: dict) -> re.Pattern[str]:
    """« la nomination, par le Président de la Commission, de M. X »: an appointment's noun whose maker stands
    between commas before the one appointed; the nouns are those of ``hire_nouns`` told with « de »; folded text."""
    heads = sorted({fold(n).rsplit(" ", 1)[0] for n in cues["hire_nouns"] if n.endswith((" de", " du"))}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(h) for h in heads) + r")\s*,\s*par\s[^,;.]{1,80},\s*(?:de\s|du\s|d')")


def hire_noun_of(cues: dict) -> re.Pattern[str]:
    """« a annoncé la nomination de Me X », « salue la désignation de Y »: an appointment's noun and its « de »,
    after which those appointed are named; the nouns are those of ``hire_nouns``; folded text."""
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(fold(n)) for n in cues["hire_nouns"]) + r")(?!\w)")


def met_apposed(cues: dict) -> re.Pattern[str]:
    """« Réunie mardi à X, la commission … », « Le Conseil, réuni le 12 mai, … »: a body told as met by a participle
    opening its line or sentence, or after a comma; on folded text, multiline."""
    words = "|".join(re.escape(fold(w)) for w in cues["met_participles"])
    return re.compile(rf"(?:^|(?<=[,.:]))[ \t]*(?:{words})(?!\w)", re.M)


def minutes_heading(cues) -> re.Pattern[str]:
    """« Compte rendu de la séance plénière du 4 février »: the heading of a sitting's minutes, on folded text."""
    sittings = "|".join(re.escape(fold(n)) for n in cues["meeting_nouns"])
    heads = "|".join(re.escape(fold(h)) for h in cues["minutes_heads"])
    return re.compile(rf"(?:{heads})\s+(?:de la|du|de l'|des)\s+(?:{sittings})(?!\w)")


def installing(cues) -> re.Pattern[str]:
    """« a installé jeudi dernier à X le général X dans ses fonctions »: an installation in office
    by someone, words between the verb and the office; on folded text."""
    verbs = "|".join(re.escape(fold(v)) for v in cues["installing_verbs"])
    offices = "|".join(re.escape(fold(o)) for o in cues["installed_in"])
    return re.compile(rf"(?<![\w'])(?:{verbs})(?:\s+[^\s.;]+){{1,16}}?\s+(?:{offices})(?!\w)")


def installed_by(cues) -> re.Pattern[str]:
    """« a été solennellement installée dans ses fonctions par Mme X, préfète »: an installation in
    office by someone named, told in the passive; a ceremony, as the active form is; on folded text."""
    offices = "|".join(re.escape(fold(o)) for o in cues["installed_in"])
    return re.compile(rf"(?<![\w'])(?:a|ont)\s+ete\s+(?:\w+ment\s+)?install(?:e|ee|es|ees)(?:\s+[^\s.;]+){{0,6}}?\s+"
                      rf"(?:{offices})(?:\s+[^.;]+?)?\s+par\s+(?:m\.|mme|monsieur|madame|le|la|les|l')\s*"
                      r"(?!(?:decret|arrete|decision|ordonnance)\b)")


def launched(cues: dict) -> re.Pattern[str]:
    """« a lancé le 8 mai, lors d'un colloque, le deuxième numéro de sa revue »: a verb of launching, then a
    publication's noun as its object, on folded text; « un numéro vert » is no issue of a publication."""
    verbs = "|".join(re.escape(fold(v)) for v in cues["launch_verbs"])
    nouns = "|".join(re.escape(fold(n)) for n in cues["publication_nouns"])
    others = "|".join(re.escape(fold(w)) for w in cues["not_an_issue"])
    return re.compile(rf"(?<![\w'])(?:{verbs})(?!\w)[^.;«]{{0,120}}?(?<![\w'])(?:le|la|les|un|une|son|sa|ses|leur|leurs)\s+"
                      rf"(?:[\w-]+\s+){{0,2}}?(?:{nouns})s?(?!\w)(?!\s+(?:{others})(?!\w))")


def board_heads(cues: dict) -> set[str]:
    """The head words of the board nouns, folded (« conseil » for « conseil d'administration »); an
    adjective before the noun (« nouvelles instances ») is none."""
    return {fold(b).split()[0] for b in cues["board_nouns"]} - {"nouveau", "nouvelle", "nouvelles"}


def board_listed(cues: dict) -> re.Pattern[str]:
    """« Le comité se compose dorénavant comme suit : », « Le conseil est ainsi composé » (short for its board
    noun, « conseil d'administration »: its head word will do): the officers listed below, on folded text."""
    boards = board_heads(cues)
    verbs = "|".join(re.escape(fold(v)) for v in cues["board_composition_verbs"])
    return re.compile(rf"(?<!\w)(?:{'|'.join(sorted(boards))})\s+(?:\S+\s+){{0,3}}?(?:{verbs})(?!\w)")
