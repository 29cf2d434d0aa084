"""Activities filtered by period, place, organization, person, topic and kind."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from reseau.query.profiles import ACTIVITY_COLUMNS, NEWEST_FIRST, activity_rows
from reseau.store.tables import Activity, Participation


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
    query = select(*ACTIVITY_COLUMNS).where(Activity.kind.in_(["meeting", "event", "hire", "publication"]))
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
