"""Import drafts in the register: kept, read, replaced and removed as they are given.

What a draft holds (extraction, resolution, choices) is JSON made by
:mod:`reseau.workflows`; this module does not read it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from reseau.store.tables import ImportDraft, now


@dataclass(frozen=True)
class StoredDraft:
    """A draft's row, detached from its session."""

    id: str
    created_by: str
    created_at: datetime
    expires_at: datetime
    source: str
    text: str
    extraction: str
    resolution: str
    choices: str


def _utc(moment: datetime) -> datetime:
    # SQLite gives back the UTC time it was given, without its zone.
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _stored(row: ImportDraft) -> StoredDraft:
    return StoredDraft(row.id, row.created_by, _utc(row.created_at), _utc(row.expires_at), row.source, row.text,
                       row.extraction, row.resolution, row.choices)


def purge_drafts(session: Session, *, keep_at_most: int) -> None:
    """Remove the drafts past their expiry, then the oldest ones over ``keep_at_most``."""
    session.execute(delete(ImportDraft).where(ImportDraft.expires_at <= now()))
    over = (session.scalar(select(func.count()).select_from(ImportDraft)) or 0) - keep_at_most
    if over > 0:
        oldest = select(ImportDraft.id).order_by(ImportDraft.created_at, ImportDraft.id).limit(over)
        session.execute(delete(ImportDraft).where(ImportDraft.id.in_(oldest.scalar_subquery())))


def add_draft(session: Session, draft_id: str, *, created_by: str, lifetime: timedelta, source: str, text: str,
              extraction: str, resolution: str, choices: str = "{}") -> StoredDraft:
    """Keep a new draft, to expire after ``lifetime``."""
    row = ImportDraft(id=draft_id, created_by=created_by, created_at=now(), expires_at=now() + lifetime,
                      source=source[:1000], text=text, extraction=extraction, resolution=resolution, choices=choices)
    session.add(row)
    session.flush()
    return _stored(row)


def get_draft(session: Session, draft_id: str, *, for_update: bool = False) -> StoredDraft | None:
    """A draft not yet expired, or None. ``for_update`` locks its row until the transaction ends
    (PostgreSQL; SQLite's writing transactions already hold the whole register)."""
    query = select(ImportDraft).where(ImportDraft.id == draft_id, ImportDraft.expires_at > now())
    row = session.scalar(query.with_for_update() if for_update else query)
    return _stored(row) if row is not None else None


def update_draft(session: Session, draft_id: str, *, resolution: str, choices: str) -> None:
    """Replace a draft's resolution and choices."""
    row = session.get(ImportDraft, draft_id)
    if row is not None:
        row.resolution, row.choices = resolution, choices


def remove_draft(session: Session, draft_id: str) -> None:
    """Remove a draft (accepted or dropped)."""
    session.execute(delete(ImportDraft).where(ImportDraft.id == draft_id))
