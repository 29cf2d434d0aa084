"""Gatherings held before the one a clause tells, while an item's activities are grouped: « La rencontre fait
suite à une séance de travail tenue jeudi dernier à Y », « Elle a été précédée, les 2 et 3 juin, de la réunion
des experts », « Elle sera précédée d'une réunion du groupe X ». The prior gathering is a meeting of its own,
on its own day (or the month of the sitting to come it precedes), and what follows is of the main gathering."""

from __future__ import annotations

from dataclasses import replace

from reseau.extract.calendar import When
from reseau.extract.drafts import GATHERINGS, Draft
from reseau.extract.facts import Clause


class PriorGatherings:
    """Mixed into the item's grouper, whose facts, cues, drafts and starting of activities it uses."""

    def prior_gathering(self, clause: Clause) -> bool:
        """Start the meeting a clause tells as held before another (grouping_cues._prior), dated by its own
        day, or by the month of the sitting to come it precedes; whether the clause was read so."""
        prior = self.prior.search(self.folded, clause.start, clause.end)
        told = replace(clause, start=prior.start("told"), trigger=prior.start("told"), anaphoric=False) if prior else None
        # its date reads as one referred to (« fait suite à … tenue jeudi »): here it is the date of what is told
        # « a été précédée, les 18 et 19 mai, d'une réunion »: the days in apposition are the prior gathering's
        since = prior.start("aside") if prior and prior.group("aside") else told.start if told else 0
        day = next((d for d in self.facts.dates if told is not None and since <= d.start < told.end
                    and d.role in {None, "reference"}), None)
        if told is not None and day is not None and not clause.future:
            # « la rencontre de X fait suite à une séance de travail tenue jeudi dernier à Y entre A et B »
            main = self.current if prior.group("linked") and self.current is not None and \
                self.current.kind in GATHERINGS and self.current.status == "held" else None
            self.start(told, "meeting", *self.participants(told), when=self.resolved(day, told))
            if main is not None:
                self.back_to_session(main, told)
            return True
        coming = self.current if self.current is not None and self.current.status == "planned" else None
        if told is not None and day is None and clause.future and coming is not None and coming.when is not None:
            # « La réunion plénière se tiendra en novembre à X. Elle sera précédée d'une réunion du groupe X »;
            # of a sitting set on a day, what comes before it is known by its month only
            when = coming.when if coming.when.precision not in {"day", "week"} else When(coming.when.value, "month")
            self.start(told, "meeting", *self.participants(told), when=when)
            self.current.place = self.current.place or coming.place
            return True
        return False

    def back_to_session(self, main: Draft, told: Clause) -> None:
        """« La session s'est tenue à X. Elle a été précédée, les 2 et 3 juin, de la réunion des experts »: the
        prior gathering met where the session did, unless told otherwise, and what follows is of the session."""
        if self.place(told) is None and main.place is not None:
            self.current.place = main.place
        self.current = main
        self.last_when = main.when or self.last_when
