"""Proposals left for a person: list them, accept one (merge the two records) or reject it."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from reseau.errors import UnknownName
from reseau.i18n import Text
from reseau.resolve.merge import merge_records
from reseau.store.tables import AuditEntry, Organization, Person, Proposal


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


def decide(session: Session, proposal_id: int, *, accept: bool, actor: str) -> str:
    """Accept (merge the new record into the candidate) or reject a proposal; returns what was done."""
    proposal = session.get(Proposal, proposal_id)
    if proposal is None or proposal.status != "open":
        raise UnknownName("proposal", proposal_id)
    proposal.status = "accepted" if accept else "rejected"
    session.add(AuditEntry(actor=actor, action="review " + proposal.status, record_kind=proposal.record_kind,
                           record_id=proposal.record_id, after=json.dumps({"proposal": proposal_id})))
    if not accept:
        return Text("proposition {number} refusée : les deux fiches restent distinctes", number=proposal_id)
    merge_records(session, proposal.record_kind, keep=proposal.candidate_id, drop=proposal.record_id, actor=actor)
    return Text("proposition {number} acceptée : fiches fusionnées en #{kept}", number=proposal_id, kept=proposal.candidate_id)
