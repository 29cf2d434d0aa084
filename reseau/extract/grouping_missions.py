"""Missions and delegations, for the grouping of clauses into activities (``reseau.extract.grouping``).

A clause about a delegation or a mission that names no one after its verb opens the mission; « la
délégation », « cette mission » told later recall it, with the guests a meeting received.
"""

from __future__ import annotations

import re

from reseau.extract.drafts import Draft
from reseau.extract.facts import Clause
from reseau.extract.topics import fold


class Missions:
    """Mixin of the item grouper: missions opened, delegations recalled."""

    def delegation_of(self, clause: Clause, draft: Draft) -> None:
        """« a reçu une délégation de X conduite par Y » … « le lendemain, la délégation a visité … »:
        the delegation met first is the one recalled, with its members."""
        text = fold(self.facts.text)
        at = next((m for m in (text.find(fold(w), clause.start, clause.end) for w in self.cues["container_nouns"]) if m >= 0), -1)
        if at < 0:
            return
        recalled = re.search(r"(?:\b(?:la|cette|sa|leur)|\bl')\s*$", text[max(clause.start, at - 8):at]) is not None
        if recalled and self.delegation is not None:
            draft.add(*self.delegation)
        elif recalled and (guests := self.guests_received()) is not None:
            # « a reçu l'ambassadrice X, accompagnée de Y et de Z » … « le lendemain, la délégation s'est rendue … »
            draft.add(*guests)
        elif recalled and (party := self.visiting_party()) is not None:
            # « a effectué une visite de travail à X, accompagné de Y » … « la délégation s'est entretenue avec Z »
            draft.add(*party)
        elif not recalled and self.delegation is None:
            people, orgs = self.participants(clause, at)
            self.delegation = (people, [o for o in orgs if o != self.publisher])

    def recalls_delegation(self, clause: Clause) -> bool:
        """« la délégation », « cette mission »: the clause recalls one told before."""
        text = self.folded
        at = next((m for m in (text.find(fold(w), clause.start, clause.end) for w in self.cues["container_nouns"]) if m >= 0), -1)
        return at >= 0 and re.search(r"(?:\b(?:la|cette|sa|leur)|\bl')\s*$", text[max(clause.start, at - 8):at]) is not None

    def guests_received(self) -> tuple[list[int], list[int]] | None:
        """Those the item's last meeting received: its people but the one who received them, its bodies but
        the hosts' and the publisher."""
        held = self.last_gathering()
        if held is None or held.subject is None or not self.receiving.search(fold(held.summary)):
            return None
        people = [p for p in held.parties[0] if p != held.subject]
        orgs = [o for o in held.parties[1] if o not in held.hosts and o != self.publisher]
        return (people, orgs) if people else None

    def visiting_party(self) -> tuple[list[int], list[int]] | None:
        """Those of the last visit held told before (« a effectué une visite de travail »); not its bodies, among
        which is the one visited."""
        nouns = {fold(n) for n in self.cues["visit_nouns"]}
        visit = next((d for d in reversed(self.drafts) if d.kind == "meeting" and d.status == "held" and d.people
                      and nouns & set(re.findall(r"\w+", fold(d.summary)))), None)
        return (list(visit.people), []) if visit is not None else None

    def vague_mission(self) -> bool:
        """The mission was opened by words with no date that nothing belongs to yet (a headline
        « Une délégation en visite à … »): the dated account of it that follows replaces it."""
        return self.mission is not None and self.mission.when is None and \
            not any(d.part_of == len(self.missions) - 1 for d in self.drafts[self.item_start:])

    def open_mission(self, clause: Clause, people: list[int], orgs: list[int]) -> None:
        """The clause opens a mission (or a visit, when another body is named), dated and placed by it."""
        if self.vague_mission() and self.mission is self.missions[-1]:
            told = self.missions.pop()
            people, orgs = list(dict.fromkeys([*told.people, *people])), list(dict.fromkeys([*told.orgs, *orgs]))
        when = self.when(clause) or (self.dateline_when if self.last_when is self.dateline_when else None)
        beside = self.aside_of(clause) if not clause.future else None
        if when is None and beside is not None:
            when = beside.when  # « En marge de la réunion, le préfet a reçu une délégation »: the meeting's day
        mission = Draft("visit" if any(o != self.publisher for o in orgs) else "mission",
                         self.offset + clause.start, self.offset + clause.end,
                         self.text[self.offset + clause.start:self.offset + clause.end], when,
                         self.place(clause) or (beside.place if beside is not None and when == beside.when else None),
                         status="planned" if clause.future else "held")  # « recevra une délégation le 2 octobre »
        mission.add(people, orgs)
        if clause.container and self.delegation is None and self.recalls_delegation(clause):
            # « Le lendemain, la délégation s'est rendue à X, où … »: the guests received the day before
            mission.add(*(self.guests_received() or ([], [])))
        mission.abroad = mission.place is None and self.elsewhere(clause)
        mission.one_day = when is not None and when.precision == "day" and not self.days_long(clause)
        self.missions.append(mission)
        self.mission = mission
        self.current = None
        if when is not None:
            self.last_when = when if when.precision == "day" else self.last_when
        self.last_place = mission.place or self.last_place
