"""Grouping clauses into activities, item by item.

A clause with a meeting cue starts a new meeting when it names someone new after its
verb (« le CIPC a rencontré X »); a clause that refers back (« la réunion »,
« cette rencontre ») or names no one new adds to the current one, as does a clause with
no cue (« Polaris y a présenté … »). A clause about a delegation or a mission that names
no one after its verb is the mission itself: the meetings of its item belong to it and
share its guests. The publishing organization takes part in every meeting of its
bulletin; its staff are not, by themselves, someone new.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date

from reseau.extract.assemble import Register, title_holders
from reseau.extract.calendar import When, resolve
from reseau.extract.facts import Clause, ItemFacts
from reseau.extract.records import Activity, Mission

SUMMARY_CHARS = 300
RELATIVE_CLAUSE = re.compile(r"\b(?:qui|dont|où|lors d[eu]|lorsque|quand)\b", re.I)


@dataclass
class _Draft:
    kind: str
    start: int
    end: int
    summary: str
    when: When | None
    place: str | None
    people: list[int] = field(default_factory=list)
    orgs: list[int] = field(default_factory=list)
    part_of: int | None = None
    title: str | None = None
    item: int = 0

    def add(self, people: list[int], orgs: list[int]) -> None:
        self.people += [p for p in people if p not in self.people]
        self.orgs += [o for o in orgs if o not in self.orgs]


def group_activities(items: list[tuple[int, ItemFacts]], register: Register, text: str,
                     published: date | None) -> tuple[list[Activity], list[Mission]]:
    """Turn every item's clauses into activities and missions, in the order of the text."""
    drafts: list[_Draft] = []
    missions: list[_Draft] = []
    text_years = _explicit_years(items)
    for n, (offset, facts) in enumerate(items):
        _ItemGrouper(n, offset, facts, register, text, published, text_years, drafts, missions).run()
    return [_activity(d, register, items, text) for d in drafts], [_mission(m, register, text) for m in missions]


def _explicit_years(items: list[tuple[int, ItemFacts]]) -> list[tuple[int, int]]:
    years = []
    for offset, facts in items:
        for d in facts.dates:
            if d.year and d.precision in {"day", "month"}:
                years.append((offset + d.start, d.year))
    return years


class _ItemGrouper:
    def __init__(self, n: int, offset: int, facts: ItemFacts, register: Register, text: str,
                 published: date | None, text_years: list[tuple[int, int]], drafts: list[_Draft], missions: list[_Draft]) -> None:
        self.n, self.offset, self.facts, self.reg, self.text = n, offset, facts, register, text
        self.published, self.text_years = published, text_years
        self.drafts, self.missions = drafts, missions
        self.current: _Draft | None = None
        self.mission: _Draft | None = None
        self.last_when: When | None = None
        self.last_place: str | None = None
        self.item_drafts = 0

    def run(self) -> None:
        for clause in self.facts.clauses:
            self.clause(clause)

    # -- what a clause names ---------------------------------------------------------

    def participants(self, clause: Clause, after: int | None = None) -> tuple[list[int], list[int]]:
        lo = clause.start if after is None else max(clause.start, after)
        people, orgs = [], []
        for i, span in enumerate(self.facts.people):
            p = self.reg.person_of.get((self.n, i))
            if p is not None and lo <= span.start < clause.end and p not in people:
                people.append(p)
        for i, span in enumerate(self.facts.orgs):
            o = self.reg.org_of.get((self.n, i))
            if o is not None and lo <= span.start < clause.end and o not in orgs:
                orgs.append(o)
        for ref in self.facts.title_refs:
            if lo <= ref.start < clause.end:
                org = self.reg.org_of.get((self.n, ref.org)) if ref.org is not None else None
                label = self.reg.organizations[org].label if org is not None else None
                holders = title_holders(self.reg, ref.title, label, before=self.offset + ref.start)
                if len(holders) == 1 and holders[0] not in people:
                    people.append(holders[0])
        return people, orgs

    def when(self, clause: Clause) -> When | None:
        """The date of the clause's own event, not one of a relative clause (« qui aura lieu en 2022 »)."""
        trigger = clause.trigger if clause.trigger is not None else clause.start
        for d in self.facts.dates:
            if not clause.start <= d.start < clause.end:
                continue
            if clause.cue == "meeting" and d.start > trigger and RELATIVE_CLAUSE.search(self.facts_text(trigger, d.start)):
                continue
            return resolve(d, self.published, self.last_when, self._text_year(self.offset + d.start), clause.future)
        return None

    def facts_text(self, start: int, end: int) -> str:
        return self.text[self.offset + start:self.offset + end]

    def _text_year(self, at: int) -> int | None:
        """The year last written in full before this position (else the first one written)."""
        if not self.text_years:
            return None
        k = bisect_right(self.text_years, (at, 10_000))
        return self.text_years[k - 1][1] if k else self.text_years[0][1]

    def place(self, clause: Clause) -> str | None:
        return next((p.name for p in self.facts.places if clause.start <= p.start < clause.end and p.kind == "city"), None)

    # -- the decisions ---------------------------------------------------------------

    def clause(self, clause: Clause) -> None:
        seen = self.when(clause)
        before = self.item_drafts
        self.decide(clause)
        if seen is not None and seen.precision == "day" and self.item_drafts == before:
            # « Le 20 novembre, le CPUQ et Tandem ont signé … L’entente a été signée par … »: a day
            # told without a new activity still dates what follows.
            self.last_when = seen

    def decide(self, clause: Clause) -> None:
        people, orgs = self.participants(clause)
        publisher = self.reg.publisher
        if clause.cue in {"hire", "publication", "event"}:
            if clause.cue == "hire" and not people:
                return
            self.start(clause, clause.cue, people, orgs)
            return
        if clause.cue == "meeting":
            after_people, after_orgs = self.participants(clause, clause.trigger)
            named_after = [p for p in after_people] + [o for o in after_orgs if o != publisher]
            current = self.current if self.current and self.current.kind in {"meeting", "event"} else None
            new = [p for p in people if not current or p not in current.people and p not in self.reg.staff] + \
                  [o for o in orgs if o != publisher and (not current or o not in current.orgs)]
            if clause.container and not named_after and self.mission is None:
                self.open_mission(clause, people, orgs)
            elif current and (clause.anaphoric or not new):
                current.add(people, orgs)
                current.end = max(current.end, self.offset + clause.end)
            elif named_after:
                self.start(clause, "meeting", people, orgs)
            elif clause.gathering and [o for o in orgs if o != publisher]:
                # « l’Efus a tenu sa conférence internationale à Bruxelles »: someone else's event.
                self.start(clause, "meeting" if publisher in orgs else "event", people, orgs)
            elif self.mission is not None and self.current is None:
                # « la directrice générale a rencontré plusieurs partenaires »: the mission, told again
                self.mission.add(people, orgs)
            return
        if clause.container and self.mission is None and self.current is None:
            self.open_mission(clause, people, orgs)
            return
        if self.current and self.current.kind in {"meeting", "event"}:
            self.current.add(people, orgs)
            self.current.end = max(self.current.end, self.offset + clause.end)
        elif clause.title_cue == "meeting" and self.item_drafts == 0 and \
                ([p for p in people if p not in self.reg.staff] or [o for o in orgs if o != publisher]):
            self.start(clause, "meeting", people, orgs)

    def start(self, clause: Clause, kind: str, people: list[int], orgs: list[int]) -> None:
        when = self.when(clause)
        if when is None and kind == "meeting":
            when = self.last_when or (self.mission.when if self.mission else None)
        place = self.place(clause)
        if place is None and kind == "meeting" and (when is None or when == self.last_when):
            place = self.last_place or (self.mission.place if self.mission else None)
        draft = _Draft(kind, self.offset + clause.start, self.offset + clause.end,
                       self.text[self.offset + clause.start:self.offset + clause.end], when, place, item=self.n)
        draft.add(people, orgs)
        if kind == "meeting":
            if self.mission is not None:
                draft.add(self.mission.people, [o for o in self.mission.orgs if o != self.reg.publisher])
                draft.part_of = len(self.missions) - 1
        if kind in {"meeting", "hire"} and self.reg.publisher is not None:
            draft.add([], [self.reg.publisher])
        if kind in {"publication", "event"}:
            draft.title = _quoted(draft.summary)
        self.drafts.append(draft)
        self.current = draft
        self.item_drafts += 1
        if when is not None and kind == "meeting":
            self.last_when = when
        if place is not None:
            self.last_place = place

    def open_mission(self, clause: Clause, people: list[int], orgs: list[int]) -> None:
        when = self.when(clause)
        mission = _Draft("visit" if any(o != self.reg.publisher for o in orgs) else "mission",
                         self.offset + clause.start, self.offset + clause.end,
                         self.text[self.offset + clause.start:self.offset + clause.end], when, self.place(clause))
        mission.add(people, orgs)
        self.missions.append(mission)
        self.mission = mission
        self.current = None
        if when is not None:
            self.last_when = when if when.precision == "day" else self.last_when
        self.last_place = mission.place or self.last_place


def _quoted(text: str) -> str | None:
    start = text.find("«")
    end = text.find("»", start + 1)
    return " ".join(text[start + 1:end].split()) if start >= 0 and end > start else None


def _activity(d: _Draft, register: Register, items: list[tuple[int, ItemFacts]], text: str) -> Activity:
    topics = []
    offset, facts = items[d.item]
    for t in facts.topics:
        if d.start <= offset + t.start < d.end and t.topic not in topics:
            topics.append(t.topic)
    return Activity(
        kind=d.kind, date=d.when.iso() if d.when else None, date_precision=d.when.precision if d.when else None,
        place=d.place, people=[register.people[p].name for p in d.people],
        organizations=[register.organizations[o].label for o in d.orgs], topics=topics,
        summary=_summary(d.summary), evidence={"start": d.start, "end": d.end}, title=d.title, part_of=d.part_of)


def _mission(m: _Draft, register: Register, text: str) -> Mission:
    return Mission(kind=m.kind, date=m.when.iso() if m.when else None, date_precision=m.when.precision if m.when else None,
                   place=m.place, people=[register.people[p].name for p in m.people],
                   organizations=[register.organizations[o].label for o in m.orgs], summary=_summary(m.summary),
                   evidence={"start": m.start, "end": m.end})


def _summary(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SUMMARY_CHARS else text[:SUMMARY_CHARS - 1].rsplit(" ", 1)[0] + "…"
