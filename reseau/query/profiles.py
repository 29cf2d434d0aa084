"""Profiles: everything the register knows of an organization or a person."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from reseau.store.tables import Activity, Mention, Organization, Participation, Person, Role

# A profile shows the newest activities; ``reseau activities --org`` lists them all.
PROFILE_ACTIVITIES = 100


def activity_rows(session: Session, activities: list[Activity]) -> list[dict[str, Any]]:
    """Activities as rows with their participants' names, fetched in one query."""
    ids = [a.id for a in activities]
    people: dict[int, list[str]] = {i: [] for i in ids}
    orgs: dict[int, list[str]] = {i: [] for i in ids}
    for start in range(0, len(ids), 500):
        rows = session.execute(select(Participation.activity_id, Person.name, Organization.acronym, Organization.name)
                               .select_from(Participation)
                               .outerjoin(Person, Person.id == Participation.person_id)
                               .outerjoin(Organization, Organization.id == Participation.organization_id)
                               .where(Participation.activity_id.in_(ids[start:start + 500]))
                               .order_by(Participation.id)).all()
        for activity_id, person, acronym, name in rows:
            if person:
                people[activity_id].append(person)
            if name:
                orgs[activity_id].append(acronym or name)
    return [{"id": a.id, "date": a.date, "kind": a.kind, "place": a.place, "title": a.title, "summary": a.summary,
             "people": people[a.id], "organizations": orgs[a.id], "topics": [t for t in a.topics.split("; ") if t]}
            for a in activities]


def _latest(session: Session, condition, limit: int = PROFILE_ACTIVITIES) -> list[Activity]:
    """The newest activities a participation condition selects."""
    ids = select(Participation.activity_id).where(condition)
    return list(session.scalars(select(Activity).where(Activity.id.in_(ids))
                                .order_by(Activity.date.desc().nulls_last(), Activity.id.desc()).limit(limit)).all())


def organization_profile(session: Session, org: Organization) -> dict[str, Any]:
    """Names, kind, country, people with their titles and dates, activities newest first, last contact."""
    roles = session.execute(select(Role, Person).join(Person, Person.id == Role.person_id)
                            .where(Role.organization_id == org.id).order_by(Person.name)).all()
    ordered = _latest(session, Participation.organization_id == org.id)
    dated = [a for a in ordered if a.date]
    return {
        "id": org.id, "name": org.name, "acronym": org.acronym, "kind": org.kind, "country": org.country, "city": org.city,
        "aliases": sorted({a.alias for a in org.aliases} - {org.name, org.acronym}),
        "people": [{"name": p.name, "title": r.title, "first_seen": _iso(r.first_seen), "last_seen": _iso(r.last_seen)}
                   for r, p in roles],
        "activities": activity_rows(session, ordered),
        "last_contact": dated[0].date if dated else None,
        "sources": _sources(session, "organization", org.id),
    }


def person_profile(session: Session, person: Person) -> dict[str, Any]:
    """Roles over time, activities newest first, and who else was there."""
    roles = session.execute(select(Role, Organization).outerjoin(Organization, Organization.id == Role.organization_id)
                            .where(Role.person_id == person.id).order_by(Role.first_seen)).all()
    rows = activity_rows(session, _latest(session, Participation.person_id == person.id))
    others: dict[str, int] = {}
    for row in rows:
        for name in row["people"]:
            if name != person.name:
                others[name] = others.get(name, 0) + 1
    return {
        "id": person.id, "name": person.name,
        "aliases": sorted({a.alias for a in person.aliases} - {person.name}),
        "roles": [{"title": r.title, "organization": (o.acronym or o.name) if o else None,
                   "first_seen": _iso(r.first_seen), "last_seen": _iso(r.last_seen)} for r, o in roles],
        "activities": rows,
        "met_with": [{"name": n, "times": k} for n, k in sorted(others.items(), key=lambda kv: (-kv[1], kv[0]))],
        "sources": _sources(session, "person", person.id),
    }


def _sources(session: Session, kind: str, record_id: int, limit: int = 20) -> list[dict[str, Any]]:
    rows = session.scalars(select(Mention).where(Mention.record_kind == kind, Mention.record_id == record_id)
                           .order_by(Mention.document_id, Mention.start).limit(limit)).all()
    return [{"document": m.document_id, "start": m.start, "end": m.end, "text": m.text} for m in rows]


def _iso(value) -> str | None:
    return value.isoformat() if value else None
