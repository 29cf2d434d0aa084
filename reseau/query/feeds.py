"""What the feeds say of each activity beyond its row: when it last changed in the register and
when its source was published; and the key that names this register in feed and calendar ids."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reseau.periods import parse_day
from reseau.query.activities import ActivityFilter, list_activities
from reseau.query.results import ActivityRow
from reseau.store.tables import Activity, AuditEntry, Document

# An activity with neither a source nor an edit (written by hand into the database) still needs
# an « updated » time: its own first day, else this.
NEVER = datetime(2000, 1, 1, tzinfo=timezone.utc)
# Activities are asked for by batches of their ids; past WHOLE_FROM, every activity's source and
# edits are read in one pass each. Measured on 300,000 activities and 200,000 audit rows
# (benchmarks/feeds.py): a pass over the audit for 5,000 activities costs ~70 ms, one for every
# activity ~450 ms.
BATCH, WHOLE_FROM = 5000, 30000


@dataclass(frozen=True, slots=True)
class FeedItem:
    """An activity as a feed tells it: its row, when it last changed, when its source was published."""

    activity: ActivityRow
    updated: datetime  # aware, UTC
    published: date | None = None


def _utc(moment: datetime) -> datetime:
    # SQLite gives stored times back without their zone; they were written in UTC.
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


def feed_items(session: Session, f: ActivityFilter, limit: int) -> list[FeedItem]:
    """The activities the filter keeps, newest first, with the last time each changed: its
    document's import, an edit of it, or the import of the report that kept its promise."""
    rows = list_activities(session, f, limit=limit)
    ids = [row.id for row in rows]
    changed: dict[int, datetime] = {}
    published: dict[int, date | None] = {}

    def later(activity_id: int, moment: datetime | None) -> None:
        if moment is not None:
            moment = _utc(moment)
            changed[activity_id] = max(changed.get(activity_id, moment), moment)

    wanted = set(ids)
    # A held activity that reported a promise: its import changed the promise too.
    followers = {row.followed_by: row.id for row in rows if row.followed_by}
    asked = ids + [f for f in followers if f not in wanted]
    whole = len(asked) > WHOLE_FROM
    sources = (select(Activity.id, Document.ingested_at, Document.published)
               .join(Document, Document.id == Activity.document_id))
    for batch in [None] if whole else [asked[i:i + BATCH] for i in range(0, len(asked), BATCH)]:
        for activity_id, ingested, day in session.execute(sources if batch is None else sources.where(Activity.id.in_(batch))):
            if activity_id in followers:
                later(followers[activity_id], ingested)
            if activity_id in wanted:
                later(activity_id, ingested)
                published[activity_id] = day
    # The audit table has no index on its records: each query reads it whole.
    edits = (select(AuditEntry.record_id, func.max(AuditEntry.at)).where(AuditEntry.record_kind == "activity")
             .group_by(AuditEntry.record_id))
    for batch in [None] if whole else [ids[i:i + BATCH] for i in range(0, len(ids), BATCH)]:
        for activity_id, moment in session.execute(edits if batch is None else edits.where(AuditEntry.record_id.in_(batch))):
            if activity_id in wanted:
                later(activity_id, moment)
    items = []
    for row in rows:
        first = parse_day(row.date)
        fallback = datetime(first.year, first.month, first.day, tzinfo=timezone.utc) if first else NEVER
        items.append(FeedItem(row, changed.get(row.id, fallback), published.get(row.id)))
    return items


def register_key(session: Session) -> str:
    """Twelve hexadecimal digits that name this register, the same in every process and after a
    backup is restored: drawn from its first audit entry (which no change removes), so that a
    calendar app that reads two registers never takes one's activity n° 4 for the other's."""
    first = session.execute(select(AuditEntry.id, AuditEntry.at).order_by(AuditEntry.id).limit(1)).first()
    seed = f"{first.id}:{_utc(first.at).isoformat(timespec='seconds')}" if first else "empty"
    return hashlib.sha256(seed.encode()).hexdigest()[:12]
