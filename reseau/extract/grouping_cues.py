"""The cue lists the grouping of clauses into activities reads (``data/cues.json``), folded and
compiled once per process."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

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
                             words_pattern(f"{a} {n}" for a in ("un", "une", "son", "sa", "leur")
                                           for n in {*cues["meeting_nouns"], *cues["event_nouns"]}),
                             words_pattern(cues["attendance_phrases"]),
                             words_pattern(f"{d} {k} {n}" for d in ("les", "des", "aux") for k in cues["party_counts"]
                                           for n in cues["both_sides_people"]),
                             words_pattern(fold(p) for p in cues["contribution_phrases"]),
                             words_pattern(fold(p) for p in cues["post_markers"]),
                             re.compile(r"\b(?:" + "|".join(re.escape(fold(n)) for n in cues["board_nouns"])
                                        + r")\s+(?:du|des|de la|de l'|d'|de)\s*$"))


@cache
def appointing_act() -> re.Pattern[str]:
    """« par décret présidentiel du », « Par arrêté royal n° 12 du »: the act an appointment is made by,
    on folded text (the acts are the law words of the date cues)."""
    acts = "|".join(re.escape(fold(w)) for w in load_cues()["law"])
    return re.compile(rf"\bpar (?:un |le |l')?(?:{acts})\b[^,.;]{{0,30}}\bdu\s*$")
