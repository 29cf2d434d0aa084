"""Proposals left for a person, each with its reason in the reader's language (settling one
writes: :func:`reseau.store.merge.decide`)."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from reseau.i18n import Text
from reseau.query.results import ProposalRow
from reseau.store.tables import Organization, Person, Proposal


def _label(session: Session, kind: str, record_id: int) -> str:
    row = session.get(Organization if kind == "organization" else Person, record_id)
    return f"{row.name} [#{record_id}]" if row else Text("fiche n° {id} supprimée", id=record_id)


def _reason(proposal: Proposal) -> Text:
    # Reasons stored before migration 0006 are French sentences with no values: kept as written.
    values = json.loads(proposal.reason_values) if proposal.reason_values else {}
    return Text(proposal.reason, **values)


def open_proposals(session: Session, limit: int | None = None) -> list[ProposalRow]:
    """Proposals waiting for a decision, oldest first (the first ``limit`` of them)."""
    rows = session.scalars(select(Proposal).where(Proposal.status == "open").order_by(Proposal.id).limit(limit)).all()
    return [ProposalRow(p.id, p.record_kind, p.record_id, _label(session, p.record_kind, p.record_id), p.candidate_id,
                        _label(session, p.record_kind, p.candidate_id), _reason(p), p.score)
            for p in rows]
