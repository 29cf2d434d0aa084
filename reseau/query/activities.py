"""Activities filtered by period, place, organization, person, topic and kind; one activity
whole; missions and visits as spans of the activities they hold."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from reseau.errors import FormatError, UnknownName
from reseau.kinds import ACTIVITY_KINDS, CONTAINER_KINDS, STATUSES
from reseau.query.profiles import ACTIVITY_COLUMNS, NEWEST_FIRST, activity_rows
from reseau.query.results import ActivityProfile, ActivityRef, ActivityRow, MissionSpan, Participant
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
    status: str | None = None  # held | planned


def _filtered(f: ActivityFilter):
    """The activities a filter keeps, as a query of ``ACTIVITY_COLUMNS``."""
    if f.kind is not None and f.kind not in ACTIVITY_KINDS:
        raise FormatError("type d'activité inconnu « {value} » ({kinds})", value=f.kind, kinds=", ".join(ACTIVITY_KINDS))
    query = select(*ACTIVITY_COLUMNS)
    if f.start:
        query = query.where(Activity.date >= f.start)
    if f.end:
        # « --to 2022-05 » keeps every day of May 2022.
        query = query.where(Activity.date <= f.end + "\uffff")
    if f.place:
        query = query.where(Activity.place.ilike(f.place))
    if f.kind:
        query = query.where(Activity.kind == f.kind)
    if f.status is not None:
        if f.status not in STATUSES:
            raise FormatError("statut d'activité inconnu « {value} » ({statuses})", value=f.status, statuses=", ".join(STATUSES))
        query = query.where(Activity.status == f.status)
    if f.topic:
        query = query.where(Activity.topics.ilike(f"%{f.topic}%"))
    if f.organization_id is not None:
        query = query.where(Activity.id.in_(select(Participation.activity_id).where(Participation.organization_id == f.organization_id)))
    if f.person_id is not None:
        query = query.where(Activity.id.in_(select(Participation.activity_id).where(Participation.person_id == f.person_id)))
    return query


def list_activities(session: Session, f: ActivityFilter, limit: int = 500) -> list[ActivityRow]:
    """Activities matching the filter, newest first; missions and visits among them."""
    query = _filtered(f).order_by(*NEWEST_FIRST).limit(limit)
    return activity_rows(session, session.execute(query).all())


def mission_spans(session: Session, f: ActivityFilter, limit: int = 100) -> list[MissionSpan]:
    """The missions and visits whose activities (or themselves) the filter keeps, each from its
    first activity's date to its last, earliest first: the bars of a timeline."""
    kept = _filtered(f).subquery()
    ids = select(Activity.id).where(Activity.kind.in_(CONTAINER_KINDS),
                                    Activity.id.in_(select(kept.c.id)) | Activity.id.in_(select(kept.c.parent_id)))
    missions = session.execute(select(Activity.id, Activity.kind, Activity.title, Activity.summary, Activity.date)
                               .where(Activity.id.in_(ids)).order_by(Activity.date, Activity.id).limit(limit)).all()
    held: dict[int, list[tuple[int, str]]] = {m.id: [] for m in missions}
    if held:
        for activity_id, parent, day in session.execute(select(Activity.id, Activity.parent_id, Activity.date)
                                                        .where(Activity.parent_id.in_(held), Activity.date.is_not(None))
                                                        .order_by(Activity.date, Activity.id)).all():
            held[parent].append((activity_id, day))
    spans = []
    for m in missions:
        # The mission's own date counts: « Du 2 au 6 octobre » starts on the 2nd even if its first meeting is on the 5th.
        days = [day for _, day in held[m.id]] + ([m.date] if m.date else [])
        if days:
            spans.append(MissionSpan(id=m.id, kind=m.kind, title=m.title or m.summary[:120], start=min(days), end=max(days),
                                     meetings=held[m.id]))
    return sorted(spans, key=lambda s: (s.start, s.id))


def mission_choices(session: Session, activity_id: int) -> list[ActivityRef]:
    """The missions and visits an activity could belong to: those told by the same document,
    and the one holding it now."""
    activity = session.get(Activity, activity_id)
    if activity is None:
        raise UnknownName("activity", activity_id)
    same_document = Activity.document_id == activity.document_id if activity.document_id else Activity.id.is_(None)
    rows = session.execute(select(Activity.id, Activity.title, Activity.summary, Activity.date, Activity.kind)
                           .where(Activity.kind.in_(CONTAINER_KINDS), Activity.id != activity_id,
                                  same_document | (Activity.id == activity.parent_id))
                           .order_by(Activity.date, Activity.id)).all()
    return [ActivityRef(i, title or summary[:120], day, kind) for i, title, summary, day, kind in rows]


def activity_profile(session: Session, activity_id: int) -> ActivityProfile:
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
    participants = [Participant("person", pid, pname, part) if pid else Participant("organization", oid, acronym or oname, part)
                    for part, pid, pname, oid, oname, acronym in rows if pid or oid]
    parent = session.get(Activity, activity.parent_id) if activity.parent_id else None
    parts = session.execute(select(*ACTIVITY_COLUMNS).where(Activity.parent_id == activity_id)
                            .order_by(Activity.date.nulls_last(), Activity.id)).all()
    return ActivityProfile(
        id=activity.id, date=activity.date, kind=activity.kind, place=activity.place, title=activity.title,
        summary=activity.summary, topics=[t for t in activity.topics.split("; ") if t], participants=participants,
        part_of=ActivityRef(parent.id, parent.title or parent.summary[:120], parent.date, parent.kind) if parent else None,
        parts=activity_rows(session, parts), sources=source_sentences(session, "activity", activity_id),
        document=activity.document_id, status=activity.status, date_precision=activity.date_precision,
        followed_by=activity.followed_by_id,
        follows=list(session.scalars(select(Activity.id).where(Activity.followed_by_id == activity_id)).all()))

