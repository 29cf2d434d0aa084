"""The sitting a debate's transcript records, while an item's activities are grouped: the chair declares it
open (« Je déclare ouverte la séance du Comité »); those the page lists as speakers
(« Intervenants : M. A, président ; Mme B ») took part in it, on the day its heading gives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from reseau.extract.calendar import When
from reseau.extract.dates import find_dates
from reseau.extract.facts import Clause

# « je déclare la séance du Comité des finances ouverte », « La séance est ouverte »
SITTING_OPENED = re.compile(r"\bd[ée]clare\s+(?:la\s+s[ée]ance\b[^.;!?\n]{0,80}?\s+ouverte|ouverte\s+la\s+s[ée]ance)\b"
                            r"|\bla\s+s[ée]ance\s+est\s+(?:ouverte|reprise)\b", re.I)
# the line of a transcript's page that lists who speaks: « Intervenants : M. A, président ; Mme B »
SPEAKERS_LINE = re.compile(r"^[ \t]*(?:Intervenants?|Intervenantes?|Participants?|Membres présents|Présents)\s*:[^\n]+",
                           re.I | re.M)
# how far above the declaration the transcript's heading is looked for
HEADING_REACH = 1500


@dataclass(frozen=True)
class Sitting:
    """Who the transcript lists as speakers, and the day its heading gives."""

    people: list[int]
    when: When | None


class Transcripts:
    """Mixed into the item's grouper, whose facts it reads."""

    def sitting_opened(self, clause: Clause) -> Sitting | None:
        """The clause declares a sitting open: those listed as speakers above it, and the last full day
        written before it (the transcript's heading), if the clause gives none of its own."""
        text = self.facts.text
        if not SITTING_OPENED.search(text, clause.start, clause.end):
            return None
        lines = list(SPEAKERS_LINE.finditer(text, 0, clause.start))
        people = []
        if lines:
            line = lines[-1]
            people = [p for k, span in enumerate(self.facts.people) if line.start() <= span.start < line.end()
                      and (p := self.reg.person_of.get((self.n, k))) is not None]
        return Sitting(list(dict.fromkeys(people)), self._heading_day(clause))

    def _heading_day(self, clause: Clause) -> When | None:
        """The last day written in full on a line of its own (« Le mardi 14 mai 2024 - N° 12 ») in the
        page above the clause, maybe over the item: the day of the sitting."""
        at = self.offset + clause.start
        above = self.text[max(0, at - HEADING_REACH):at]
        for span in reversed(find_dates(above)):
            line = above.rfind("\n", 0, span.start) + 1
            if span.day and span.month and span.year and span.relative is None and span.role in {None, "dateline"} \
                    and not above[line:span.start].strip(" \t-–—|").lower().removesuffix("le").strip():
                try:
                    return When(date(span.year, span.month, span.day), "day")
                except ValueError:
                    return None  # « le 31 juin »: a slip, no day
        return None
