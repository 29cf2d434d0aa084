"""The change history of a record, from the audit table."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from reseau.query.prepared import fetch
from reseau.store.tables import AuditEntry

CHANGES = (select(AuditEntry.at, AuditEntry.actor, AuditEntry.action, AuditEntry.before, AuditEntry.after)
           .where(AuditEntry.record_kind == bindparam("kind"), AuditEntry.record_id == bindparam("id"))
           .order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(bindparam("limit")))


def record_history(session: Session, kind: str, record_id: int, limit: int = 200) -> list[dict[str, Any]]:
    """Every change to a record, newest first: when, who, what, before and after."""
    rows = fetch(session, CHANGES, kind=kind, id=record_id, limit=limit)
    return [{"at": e.at, "actor": e.actor, "action": e.action,
             "before": json.loads(e.before) if e.before else None, "after": json.loads(e.after) if e.after else None}
            for e in rows]


def last_change(session: Session) -> int:
    """The number of the newest audit entry: every write to the register adds one, so it tells
    whether anything changed since it was last read."""
    return session.scalar(select(func.max(AuditEntry.id))) or 0
