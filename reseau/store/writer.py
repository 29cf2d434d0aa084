"""Writing one document's records into the register, as its :class:`Resolution` says.

The writer decides nothing: an organization or person the resolution calls "same as #id"
joins that record (taking the fields and roles the resolution says it brings), a "new" one
is created, an "ask" one is created with a proposal left to a person; an activity that the
resolution says reports a planned one marks it held. Whether the document is already
stored, and how each record resolves, were decided before (:mod:`reseau.workflows`). Every
record written gets the mentions that support it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from reseau.errors import KIND_WORDS, Conflict
from reseau.extract import records
from reseau.extract.assemble import title_key
from reseau.i18n import Text
from reseau.names import name_key
from reseau.resolve.resolver import Decision, Resolution, Verdict
from reseau.store.index import set_search_text
from reseau.store.repo import content_hash
from reseau.store.tables import (Activity, AuditEntry, Document, Mention, OrgAlias, Organization, Participation,
                                 Person, PersonAlias, Proposal, Role)


@dataclass
class SaveReport:
    """What writing one document did to the register."""

    source: str
    skipped: bool = False
    created: dict[str, int] = field(default_factory=lambda: {"organization": 0, "person": 0, "activity": 0, "role": 0})
    merged: dict[str, int] = field(default_factory=lambda: {"organization": 0, "person": 0})
    flagged: list[str] = field(default_factory=list)
    document_id: int | None = None


def write_extraction(session: Session, extraction: records.Extraction, resolution: Resolution, text: str, *,
                     actor: str) -> SaveReport:
    """Write an extraction and its source text, each record as ``resolution`` (in the
    extraction's order) says. A record it joins that has gone since is a :class:`Conflict`."""
    if len(resolution.organizations) != len(extraction.organizations) or len(resolution.people) != len(extraction.people):
        raise ValueError("a resolution made for another extraction")
    report = SaveReport(extraction.source)
    published = date.fromisoformat(extraction.published) if extraction.published else None
    document = Document(content_hash=content_hash(text), source=extraction.source, published=published, text=text)
    session.add(document)
    session.flush()
    report.document_id = document.id
    writer = _Writer(session, document, report)
    org_ids = {}
    for org, decision in zip(extraction.organizations, resolution.organizations):
        org_id = writer.organization(org, decision)
        for label in {org.name, org.label}:
            org_ids[label] = org_id
    person_ids = {}
    seen = _days_seen(extraction)
    for person, decision in zip(extraction.people, resolution.people):
        person_ids[person.name] = writer.person(person, decision)
        if decision.action == Verdict.SAME:
            writer.roles.update(((person_ids[person.name], org, key), role_id) for org, key, role_id in decision.known_roles)
        days = seen.get(person.name) or ([published] if published else [])
        for role in person.roles:
            writer.role(person_ids[person.name], org_ids.get(role.organization), role, days)
    mission_ids = [writer.activity(m, org_ids, person_ids, None) for m in extraction.missions]
    plans = resolution.reported_plans or (None,) * len(extraction.activities)
    for activity, planned_id in zip(extraction.activities, plans):
        parent = mission_ids[activity.part_of] if activity.part_of is not None else None
        activity_id = writer.activity(activity, org_ids, person_ids, parent)
        if planned_id is not None:
            writer.report_plan(planned_id, activity_id)
    for announced in extraction.announcements:
        writer.activity(announced, org_ids, person_ids, None)
    writer.index_document()
    # The known records the document joined: undoing an earlier merge of one of them would
    # take back from it what this document brought, so the import is undone first.
    joined = [["organization", d.existing_id] for d in resolution.organizations if d.action == Verdict.SAME]
    joined += [["person", d.existing_id] for d in resolution.people if d.action == Verdict.SAME]
    session.add(AuditEntry(actor=actor, action="ingest", record_kind="document", record_id=document.id,
                           after=json.dumps({"source": extraction.source, "created": report.created,
                                             "merged": report.merged}, ensure_ascii=False),
                           undo=json.dumps({"touches": joined})))
    return report


def _days_seen(extraction: records.Extraction) -> dict[str, list[date]]:
    """The days each person is seen at an activity of the document (days only, not months)."""
    seen: dict[str, list[date]] = {}
    for activity in extraction.activities:
        if activity.date and len(activity.date) == 10:
            day = date.fromisoformat(activity.date)
            for name in activity.people:
                seen.setdefault(name, []).append(day)
    return seen


def _new_forms(row, forms) -> list[tuple[str, str]]:
    """The ways of writing a name that a record does not have yet, with their keys."""
    known = {a.key for a in row.aliases}
    new = []
    for written in forms:
        key = name_key(written)
        if key and key not in known:
            known.add(key)
            new.append((written, key))
    return new


class _Writer:
    def __init__(self, session: Session, document: Document, report: SaveReport) -> None:
        self.session, self.document, self.report = session, document, report
        # The roles a title seen again extends, by (person, organization, title key): those the
        # resolution says the known people hold, and those written for this document.
        self.roles: dict[tuple[int, int | None, str], int] = {}

    def mentions(self, kind: str, record_id: int, mentions: list[records.Mention]) -> None:
        for m in mentions:
            self.session.add(Mention(document_id=self.document.id, record_kind=kind, record_id=record_id,
                                     start=m.start, end=m.end, text=m.text))

    def known(self, model, decision: Decision):
        row = self.session.get(model, decision.existing_id)
        if row is None:
            raise Conflict("la fiche n° {id} ({name}) n'existe plus ; relisez l'import",
                           id=decision.existing_id, name=decision.existing_name or "?")
        return row

    def organization(self, org: records.Organization, decision: Decision) -> int:
        if decision.action == Verdict.SAME:
            row = self.known(Organization, decision)
            for field_name, value in decision.fill:
                setattr(row, field_name, value)
            self.report.merged["organization"] += 1
        else:
            row = Organization(name=org.name, acronym=org.acronym, kind=org.kind, country=org.country)
            self.session.add(row)
            self.session.flush()
            self.report.created["organization"] += 1
            if decision.action == Verdict.ASK:
                self.propose("organization", row.id, decision)
        for written, key in _new_forms(row, (org.name, org.acronym, *org.aliases)):
            row.aliases.append(OrgAlias(alias=written, key=key))
        self.mentions("organization", row.id, org.mentions)
        self.index("organization", row.id, row.name, [a.alias for a in row.aliases] + [row.kind or "", row.country or ""])
        return row.id

    def person(self, person: records.Person, decision: Decision) -> int:
        if decision.action == Verdict.SAME:
            row = self.known(Person, decision)
            self.report.merged["person"] += 1
        else:
            row = Person(name=person.name)
            self.session.add(row)
            self.session.flush()
            self.report.created["person"] += 1
            if decision.action == Verdict.ASK:
                self.propose("person", row.id, decision)
        for written, key in _new_forms(row, (person.name, *person.aliases)):
            row.aliases.append(PersonAlias(alias=written, key=key, partial=len(key.split()) == 1 and written != person.name))
        self.mentions("person", row.id, person.mentions)
        titles = [r.title for r in person.roles]
        self.index("person", row.id, row.name, [a.alias for a in row.aliases] + titles)
        return row.id

    def role(self, person_id: int, org_id: int | None, role: records.Role, days: list[date]) -> None:
        key = (person_id, org_id, title_key(role.title))
        row = self.session.get(Role, self.roles[key]) if key in self.roles else None
        first, last = (min(days), max(days)) if days else (None, None)
        if row is None:
            row = Role(person_id=person_id, organization_id=org_id, title=role.title, first_seen=first, last_seen=last,
                       document_id=self.document.id)
            self.session.add(row)
            self.session.flush()
            self.roles[key] = row.id
            self.report.created["role"] += 1
        elif days:
            row.first_seen = min(filter(None, [row.first_seen, first]))
            row.last_seen = max(filter(None, [row.last_seen, last]))
        if role.evidence:
            self.mentions("role", row.id, [role.evidence])

    def activity(self, activity: records.Activity | records.Mission, org_ids: dict[str, int],
                 person_ids: dict[str, int], parent: int | None) -> int:
        row = Activity(kind=activity.kind, date=activity.date, date_precision=activity.date_precision,
                       place=activity.place, title=getattr(activity, "title", None), summary=activity.summary,
                       topics="; ".join(getattr(activity, "topics", [])), parent_id=parent, document_id=self.document.id,
                       status=getattr(activity, "status", "held"))
        for name in activity.people:
            if name in person_ids:
                row.participants.append(Participation(person_id=person_ids[name]))
        for label in activity.organizations:
            if label in org_ids:
                row.participants.append(Participation(organization_id=org_ids[label]))
        self.session.add(row)
        self.session.flush()
        self.report.created["activity"] += 1
        evidence = activity.evidence
        self.mentions("activity", row.id, [records.Mention(evidence["start"], evidence["end"],
                                                           self.document.text[evidence["start"]:evidence["end"]])])
        self.index("activity", row.id, row.title or activity.summary[:120],
                   [activity.summary, activity.place or "", row.topics, *activity.people, *activity.organizations])
        return row.id

    def report_plan(self, planned_id: int, activity_id: int) -> None:
        """The planned activity is reported by this one: the promise is kept."""
        planned = self.session.get(Activity, planned_id)
        if planned is not None and planned.followed_by_id is None:
            planned.followed_by_id = activity_id

    def index(self, kind: str, record_id: int, label: str, words: list[str]) -> None:
        set_search_text(self.session, kind, record_id, label, words)

    def index_document(self) -> None:
        set_search_text(self.session, "document", self.document.id, self.document.source, [self.document.text])

    def propose(self, kind: str, record_id: int, decision: Decision) -> None:
        self.session.add(Proposal(record_kind=kind, record_id=record_id, candidate_id=decision.existing_id,
                                  reason=decision.reason, reason_values=json.dumps(dict(decision.values), ensure_ascii=False),
                                  score=decision.score))
        # Said in each reader's language: the kind, then the resolver's reason, both from the catalogue.
        self.report.flagged.append(Text("{kind} {number} : {reason}", kind=Text(KIND_WORDS.get(kind, kind)), number=record_id,
                                        reason=Text(decision.reason, **dict(decision.values))))
