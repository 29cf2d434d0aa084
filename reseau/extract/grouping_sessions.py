"""Gatherings announced over a list of dated lines, while an item's activities are grouped: « Les audiences
se tiendront aux dates suivantes : • 6 octobre : Mont-Laurier (Qc), salle des Chevaliers • 9 octobre : … » is
one gathering to come a line, of the body the list's sentence recalls, in the town each line names first; the
dated lines under a series announced (« lance un cycle de trois conférences, coorganisé avec X : ») are its
sessions, organized by those the series named.
"""

from __future__ import annotations

import re

from reseau.extract.drafts import GATHERINGS, Draft
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

    def session_of_series(self, clause: Clause, draft: Draft) -> None:
        """« lance un cycle de trois conférences, coorganisé avec X : » then « • Mardi 3 février – « … »,
        avec Y »: each dated line is a session, organized by those the series named."""
        if self.facts.text[clause.start:clause.end].lstrip()[:1] not in BULLETS or draft.when is None:
            return
        last = next((d for d in reversed(self.drafts[self.item_start:]) if d is not draft and d.kind in GATHERINGS), None)
        # the line after another session of the list belongs to the same series
        series = self.series_listed[-1] if self.series_listed and last is not None and last.orgs[:1] and \
            all(o in last.orgs for o in self.series_listed[-1].orgs) else last
        if series is None or series.when is not None or not self.text[series.start:series.end].rstrip().endswith(":"):
            return
        draft.add(series.people, series.orgs)
        if all(series is not s for s in self.series_listed):
            self.series_listed.append(series)
