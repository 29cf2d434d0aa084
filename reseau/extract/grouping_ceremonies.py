"""Ceremonies held for a post: « la cérémonie de passation de commandement », « la cérémonie
d'installation du nouveau préfet ». Such a gathering is an event of its body, whoever presides and
attends it, not a meeting between people; grouping reads it as a gathering first, and this module
names its kind once the item is grouped."""

from __future__ import annotations

import re
from functools import cache

from reseau.extract.activity_patterns import before_audience, phrases
from reseau.extract.drafts import Draft
from reseau.extract.grouping_cues import folded_alternatives, office_acts
from reseau.extract.grouping_people import OBJECT_RELATIVE, SENTENCE_END
from reseau.extract.lexicon import load_lexicon
from reseau.extract.topics import fold

# the end of the clause that opened the draft besides a sentence's end: a semicolon or a colon
CLAUSE_BREAK = re.compile(r"[;:]")


@cache
def _post_ceremony() -> re.Pattern[str]:
    """« cérémonie (officielle) de passation », « cérémonie d'installation », « cérémonies de prise de
    fonctions » (folded text): a ceremony's noun, maybe an adjective, then an act held for a post."""
    cues = load_lexicon().cues
    nouns = folded_alternatives(cues["ceremony_nouns"])
    acts = folded_alternatives({*cues["post_ceremony_acts"], *office_acts(cues)})
    return re.compile(rf"(?<!\w)(?:{nouns})s?\s+(?:\w+(?:le|ne)s?\s+)?(?:de\s+|d'|du\s+)(?:{acts})(?!\w)")


@cache
def _linked() -> re.Pattern[str]:
    """« invité à la », « à l'issue de la », « en marge de la »: a preposition, then the determiner, just
    before the ceremony's noun (folded text): the ceremony is no subject or object of the clause's verb."""
    cues = load_lexicon().cues
    linking = phrases([*cues["linking_prepositions"], *cues["reference_prepositions"]]).pattern
    determiners = phrases([*cues["anaphoric_determiners"], "une", "un", "des"]).pattern
    return re.compile(rf"{linking}\s*(?:{determiners})?\s*$")


@cache
def _attended() -> re.Pattern[str]:
    """« a assisté mardi à la », « a procédé à la »: a verb of attending or proceeding governs the
    preposition before the ceremony, which is then the gathering told (folded text)."""
    cues = load_lexicon().cues
    verbs = before_audience([*cues["attending_verbs"], *cues["proceeding_verbs"]], cues["attending_prepositions"]).pattern
    determiners = phrases([*cues["anaphoric_determiners"], "une", "un"]).pattern
    return re.compile(rf"{verbs}\s*(?:{determiners})?\s*$")


@cache
def _announcing() -> re.Pattern[str]:
    """« leur a annoncé la cérémonie »: a ceremony announced, not held (folded text)."""
    return phrases(load_lexicon().cues["announcing_verbs"])


def told_ceremony(summary: str) -> bool:
    """Whether the clause that opened a draft's text tells a ceremony held for a post as its gathering:
    the ceremony subject or object of the clause's verb (« a présidé à Bouaké la cérémonie de passation »,
    « La cérémonie d'installation s'est déroulée »), not named in a relative clause (« qui l'a invité à
    la cérémonie d'installation »), after a preposition (« À l'issue de la cérémonie de passation, X a
    reçu … ») or as what someone announces (« leur a annoncé la cérémonie »)."""
    folded = fold(summary)
    found = _post_ceremony().search(folded)
    if found is None:
        return False
    before = summary[:found.start()]  # as written: « où » is not « ou »
    if SENTENCE_END.search(before) or CLAUSE_BREAK.search(before) or OBJECT_RELATIVE.search(before) or _announcing().search(folded[:found.start()]):
        return False
    linked = _linked().search(folded[:found.start()])
    return linked is None or _attended().search(folded[:found.start()]) is not None


def post_ceremonies_as_events(drafts: list[Draft]) -> None:
    """Make an event of each held or planned meeting whose opening clause tells a ceremony held for a post
    as its gathering (see told_ceremony)."""
    for draft in drafts:
        if draft.kind == "meeting" and told_ceremony(draft.summary):
            draft.kind = "event"
