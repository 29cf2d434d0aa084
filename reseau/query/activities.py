"""Activities filtered by period, place, organization, person, topic and kind; one activity whole."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from reseau.errors import UnknownName
from reseau.kinds import REPORTED_KINDS
from reseau.query.profiles import ACTIVITY_COLUMNS, NEWEST_FIRST, activity_rows
from reseau.query.sources import source_sentences
from reseau.store.tables import Activity, Organization, Participation, Person


@dataclass(frozen=True)
class ActivityFilter:
    """What to keep; dates are prefixes (``2022``, ``2022-05``, ``2022-05-17``)."""

    start: str | None = None
    end: str | None = None
    place: str | None = None
    organization_id: int | None = None
    person_id: int | None = None
    topic: str | None = None
    kind: str | None = None


def list_activities(session: Session, f: ActivityFilter, limit: int = 500) -> list[dict[str, Any]]:
    """Activities matching the filter, newest first."""
    query = select(*ACTIVITY_COLUMNS).where(Activity.kind.in_(REPORTED_KINDS))
    if f.start:
        query = query.where(Activity.date >= f.start)
    if f.end:
        # « --to 2022-05 » keeps every day of May 2022.
        query = query.where(Activity.date <= f.end + "\uffff")
    if f.place:
        query = query.where(Activity.place.ilike(f.place))
    if f.kind:
        query = query.where(Activity.kind == f.kind)
    if f.topic:
        query = query.where(Activity.topics.ilike(f"%{f.topic}%"))
    if f.organization_id is not None:
        query = query.where(Activity.id.in_(select(Participation.activity_id).where(Participation.organization_id == f.organization_id)))
    if f.person_id is not None:
        query = query.where(Activity.id.in_(select(Participation.activity_id).where(Participation.person_id == f.person_id)))
    query = query.order_by(*NEWEST_FIRST).limit(limit)
    return activity_rows(session, session.execute(query).all())


def activity_profile(session: Session, activity_id: int) -> dict[str, Any]:
    """An activity with its participants (linked to their records), the mission it belongs to,
    the activities it holds, and the sentences it came from."""
    activity = session.get(Activity, activity_id)
    if activity is None:
        raise UnknownName("activity", activity_id)
    rows = session.execute(select(Participation.part, Person.id, Person.name, Organization.id, Organization.name, Organization.acronym)
                           .select_from(Participation)
                           .outerjoin(Person, Person.id == Participation.person_id)
                           .outerjoin(Organization, Organization.id == Participation.organization_id)
                           .where(Participation.activity_id == activity_id).order_by(Participation.id)).all()
    participants = [{"type": "person", "id": pid, "name": pname, "part": part} if pid else
                    {"type": "organization", "id": oid, "name": acronym or oname, "part": part}
                    for part, pid, pname, oid, oname, acronym in rows if pid or oid]
    parent = session.get(Activity, activity.parent_id) if activity.parent_id else None
    parts = session.execute(select(*ACTIVITY_COLUMNS).where(Activity.parent_id == activity_id).order_by(*NEWEST_FIRST)).all()
    return {
        "id": activity.id, "date": activity.date, "kind": activity.kind, "place": activity.place, "title": activity.title,
        "summary": activity.summary, "topics": [t for t in activity.topics.split("; ") if t],
        "participants": participants,
        "part_of": {"id": parent.id, "title": parent.title or parent.summary[:120], "date": parent.date} if parent else None,
        "parts": activity_rows(session, parts),
        "sources": source_sentences(session, "activity", activity_id),
    }
