"""Profiles: everything the register knows of an organization or a person."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from reseau.store.tables import Activity, Mention, Organization, Participation, Person, Role


def _activity_row(activity: Activity, session: Session) -> dict[str, Any]:
    people, orgs = participants(session, activity.id)
    return {"id": activity.id, "date": activity.date, "kind": activity.kind, "place": activity.place,
            "title": activity.title, "summary": activity.summary, "people": people, "organizations": orgs,
            "topics": [t for t in activity.topics.split("; ") if t]}


def participants(session: Session, activity_id: int) -> tuple[list[str], list[str]]:
    """Names of the people and organizations that took part in an activity."""
    rows = session.execute(select(Person.name, Organization.acronym, Organization.name)
                           .select_from(Participation)
                           .outerjoin(Person, Person.id == Participation.person_id)
                           .outerjoin(Organization, Organization.id == Participation.organization_id)
                           .where(Participation.activity_id == activity_id)).all()
    return [p for p, _, _ in rows if p], [a or n for _, a, n in rows if n]


def _newest_first(activities: list[Activity]) -> list[Activity]:
    return sorted(activities, key=lambda a: (a.date or "", a.id), reverse=True)


def organization_profile(session: Session, org: Organization) -> dict[str, Any]:
    """Names, kind, country, people with their titles and dates, activities newest first, last contact."""
    roles = session.execute(select(Role, Person).join(Person, Person.id == Role.person_id)
                            .where(Role.organization_id == org.id).order_by(Person.name)).all()
    activities = session.scalars(select(Activity).join(Participation, Participation.activity_id == Activity.id)
                                 .where(Participation.organization_id == org.id).distinct()).all()
    ordered = _newest_first(list(activities))
    dated = [a for a in ordered if a.date]
    return {
        "id": org.id, "name": org.name, "acronym": org.acronym, "kind": org.kind, "country": org.country,
        "aliases": sorted({a.alias for a in org.aliases} - {org.name, org.acronym}),
        "people": [{"name": p.name, "title": r.title, "first_seen": _iso(r.first_seen), "last_seen": _iso(r.last_seen)}
                   for r, p in roles],
        "activities": [_activity_row(a, session) for a in ordered],
        "last_contact": dated[0].date if dated else None,
        "sources": _sources(session, "organization", org.id),
    }


def person_profile(session: Session, person: Person) -> dict[str, Any]:
    """Roles over time, activities newest first, and who else was there."""
    roles = session.execute(select(Role, Organization).outerjoin(Organization, Organization.id == Role.organization_id)
                            .where(Role.person_id == person.id).order_by(Role.first_seen)).all()
    activities = _newest_first(list(session.scalars(select(Activity).join(Participation, Participation.activity_id == Activity.id)
                                                    .where(Participation.person_id == person.id).distinct()).all()))
    rows = [_activity_row(a, session) for a in activities]
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
