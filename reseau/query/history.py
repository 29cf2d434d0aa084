"""The change history of a record, from the audit table."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from reseau.store.tables import AuditEntry


def record_history(session: Session, kind: str, record_id: int, limit: int = 200) -> list[dict[str, Any]]:
    """Every change to a record, newest first: when, who, what, before and after."""
    rows = session.scalars(select(AuditEntry).where(AuditEntry.record_kind == kind, AuditEntry.record_id == record_id)
                           .order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit)).all()
    return [{"at": e.at, "actor": e.actor, "action": e.action,
             "before": json.loads(e.before) if e.before else None, "after": json.loads(e.after) if e.after else None}
            for e in rows]
