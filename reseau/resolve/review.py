"""Proposals left for a person: the list of them (settling one writes: :func:`reseau.store.merge.decide`)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from reseau.store.tables import Organization, Person, Proposal


def _label(session: Session, kind: str, record_id: int) -> str:
    model = Organization if kind == "organization" else Person
    row = session.get(model, record_id)
    return f"{row.name} [#{record_id}]" if row else f"[#{record_id} supprimée]"


def open_proposals(session: Session, limit: int | None = None) -> list[dict[str, Any]]:
    """Proposals waiting for a decision, oldest first (the first ``limit`` of them)."""
    rows = session.scalars(select(Proposal).where(Proposal.status == "open").order_by(Proposal.id).limit(limit)).all()
    return [{"id": p.id, "kind": p.record_kind, "record": _label(session, p.record_kind, p.record_id),
             "candidate": _label(session, p.record_kind, p.candidate_id), "reason": p.reason, "score": p.score,
             "record_id": p.record_id, "candidate_id": p.candidate_id}
            for p in rows]
