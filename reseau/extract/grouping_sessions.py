"""Gatherings announced over a list of dated lines, while an item's activities are grouped: « Les audiences
se tiendront aux dates suivantes : • 6 octobre : Mont-Laurier (Qc), salle des Chevaliers • 9 octobre : … » is
one gathering to come a line, of the body the list's sentence recalls, in the town each line names first.
"""

from __future__ import annotations

import re

from reseau.extract.facts import Clause
from reseau.extract.tokens import BULLETS

# « • 6 octobre : Mont-Laurier (Qc), salle des Chevaliers »: a dated line of a list, its town first after the colon
LINE_TOWN = re.compile(r"\s*\S\s*[^:\n]{3,30}:\s*(?P<town>[A-ZÀ-Ý][\w'’]*(?:[ -][A-ZÀ-Ý][\w'’]*){0,3})\s*(?:\([^()\n]{1,20}\))?\s*(?:,|\n|$)")


class ListedSessions:
    """Mixed into the item's grouper, whose facts it reads."""

    def list_opening(self, clause: Clause) -> Clause:
        """The clause that opens the list a bulleted line belongs to: the last before it not on a bullet."""
        return next((c for c in reversed(self.facts.clauses) if c.end <= clause.start
                     and self.facts.text[c.start:c.end].lstrip()[:1] not in BULLETS), clause)

    def listed_session(self, clause: Clause) -> Clause | None:
        """A bulleted line that opens on its day, under a sentence that announces gatherings and ends on a colon:
        the clause of that sentence, else None."""
        if not clause.future or self.facts.text[clause.start:clause.end].lstrip()[:1] not in BULLETS:
            return None
        opening = self.list_opening(clause)
        if opening is clause or opening.cue not in {"meeting", "event"} or not opening.future \
                or not self.facts.text[opening.start:opening.end].rstrip().endswith(":"):
            return None
        dated = any(clause.start <= d.start <= clause.start + 4 and d.day is not None and d.role is None for d in self.facts.dates)
        return opening if dated else None

    def line_town(self, clause: Clause) -> str | None:
        """« • 6 octobre : Mont-Laurier (Qc), salle des Chevaliers »: the town a dated line names first, after its colon,
        a name no body or person of the item takes."""
        m = LINE_TOWN.match(self.facts.text, clause.start, clause.end)
        if m is None or any(o.start <= m.start("town") < o.end for o in [*self.facts.orgs, *self.facts.people]):
            return None
        return m.group("town")
