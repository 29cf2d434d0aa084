"""Ceremonies held for a post: « la cérémonie de passation de commandement », « la cérémonie
d'installation du nouveau préfet ». Such a gathering is an event of its body, whoever presides and
attends it, not a meeting between people; grouping reads it as a gathering first, and this module
names its kind once the item is grouped."""

from __future__ import annotations

import re
from functools import cache

from reseau.extract.drafts import Draft
from reseau.extract.lexicon import load_lexicon
from reseau.extract.topics import fold


@cache
def _post_ceremony() -> re.Pattern[str]:
    """« cérémonie (officielle) de passation », « cérémonie d'installation » (folded text), with what
    may come before it in its clause."""
    cues = load_lexicon().cues
    acts = "|".join(sorted((re.escape(fold(a)) for a in cues["post_ceremony_acts"]), key=len, reverse=True))
    return re.compile(rf"(?<!\w)ceremonies?\s+(?:\w+(?:le|ne)s?\s+)?(?:de\s+|d'|du\s+)(?:{acts})(?!\w)")


@cache
def _situating() -> re.Pattern[str]:
    """« À l'issue de la », « en marge de la »: words that only situate another matter by the ceremony
    (folded text, at the end of what comes before the ceremony's noun)."""
    words = [*load_lexicon().cues["reference_prepositions"], "à l'issue de", "à l'issue du", "au terme de", "au sortir de"]
    alternatives = "|".join(sorted((re.escape(fold(w)) for w in words), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})\s*(?:la|une|cette|l')?\s*$")


def post_ceremonies_as_events(drafts: list[Draft]) -> None:
    """Make an event of each held or planned meeting told by a ceremony held for a post, unless its clause
    only situates another matter by the ceremony (« À l'issue de la cérémonie de passation, X a reçu … »)."""
    for draft in drafts:
        if draft.kind != "meeting":
            continue
        summary = fold(draft.summary)
        found = _post_ceremony().search(summary)
        if found is not None and not _situating().search(summary[:found.start()]):
            draft.kind = "event"
