"""Merging two records of the register into one, keeping every alias, role, mention and
participation of both, and settling the doubts the resolver left (a merge or two records).

The audit entry of a merge keeps what undoing it needs: the absorbed record's rows, and which
roles, participations, mentions and doubts moved to the kept record (:mod:`reseau.store.undo`).
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from reseau.errors import Conflict, LookupFailed, UnknownName
from reseau.i18n import Text
from reseau.store.index import MODELS, reindex, search_rows
from reseau.store.removal import remove
from reseau.store.tables import AuditEntry, Mention, Organization, Participation, Proposal, Role

__all__ = ["MODELS", "decide", "lock_records", "merge_records", "reindex", "snapshot"]


def snapshot(row) -> dict:
    """The plain fields of a record, for the audit table."""
    return {c.name: getattr(row, c.name) for c in row.__table__.columns if c.name not in {"notes"}}


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def merge_records(session: Session, kind: str, *, keep: int, drop: int, actor: str) -> dict[str, int]:
    """Fold record ``drop`` into record ``keep`` (both organizations or both people); returns
    how many aliases, roles, participations and mentions moved."""
    if kind not in MODELS:
        raise LookupFailed("type de fiche inconnu « {kind} » (organization ou person)", kind=kind)
    model, alias_model, column = MODELS[kind]
    if keep == drop:
        raise Conflict("une fiche ne peut pas être fusionnée avec elle-même")
    present = lock_records(session, model, [keep, drop])
    if present != {keep, drop}:
        missing = sorted({keep, drop} - present)
        if len(missing) == 1:
            raise Conflict("fusion impossible : la fiche #{number} n'existe plus (déjà fusionnée ou effacée ?)", number=missing[0])
        raise Conflict("fusion impossible : les fiches #{keep} et #{drop} n'existent plus (déjà fusionnées ou effacées ?)",
                       keep=keep, drop=drop)
    kept, dropped = session.get(model, keep), session.get(model, drop)
    search = search_rows(session, kind, keep)
    before = {"keep": snapshot(kept), "drop": {**snapshot(dropped), "aliases": sorted(a.alias for a in dropped.aliases)}}
    revert: list[list[Any]] = []  # [table, id, {column: value before}]: what undo sets back
    added: list[list[Any]] = []  # [table, id]: the rows undo deletes

    known = {a.key for a in kept.aliases}
    for alias in list(dropped.aliases):
        if alias.key not in known:
            known.add(alias.key)
            row = alias_model(**{column: keep, "alias": alias.alias, "key": alias.key,
                                 **({"partial": alias.partial} if kind == "person" else {})})
            session.add(row)
            session.flush()
            added.append([alias_model.__tablename__, row.id])

    def move(model_, id_column, condition, value) -> int:
        ids = session.scalars(select(model_.id).where(condition)).all()
        revert.extend([model_.__tablename__, row_id, {id_column.key: drop}] for row_id in ids)
        if ids:
            session.execute(update(model_).where(model_.id.in_(ids)).values({id_column: value}))
        return len(ids)

    role_column = Role.organization_id if kind == "organization" else Role.person_id
    part_column = Participation.organization_id if kind == "organization" else Participation.person_id
    moved = {"aliases": len(added),
             "roles": move(Role, role_column, role_column == drop, keep),
             "participations": move(Participation, part_column, part_column == drop, keep),
             "mentions": move(Mention, Mention.record_id, (Mention.record_kind == kind) & (Mention.record_id == drop), keep)}
    # A doubt between the two records goes with the absorbed one (the trigger deletes it); a doubt
    # between the absorbed record and a third one now concerns the kept record.
    move(Proposal, Proposal.candidate_id, (Proposal.record_kind == kind) & (Proposal.candidate_id == drop)
         & (Proposal.record_id != keep), keep)
    if kind == "organization":
        revert.append(["organizations", keep, {"acronym": kept.acronym, "kind": kept.kind, "country": kept.country,
                                               "parent_id": kept.parent_id}])
        kept.acronym = kept.acronym or dropped.acronym
        kept.kind = kept.kind or dropped.kind
        kept.country = kept.country or dropped.country
        if kept.parent_id == drop:  # a division merged with its parent keeps the parent's parent
            kept.parent_id = dropped.parent_id
        move(Organization, Organization.parent_id, (Organization.parent_id == drop) & (Organization.id != keep), keep)
    removed = remove(session, model.__tablename__, [drop])
    reindex(session, kind, keep)
    kept = session.get(model, keep)
    undo = {"touches": [[kind, keep], [kind, drop]], "restore": removed.to_json(), "revert": revert, "delete": added,
            "search": [[kind, keep, search]]}
    session.add(AuditEntry(actor=actor, action="merge", record_kind=kind, record_id=keep, before=_dump(before),
                           after=_dump({**snapshot(kept), "moved": moved}), undo=_dump(undo)))
    return moved


def lock_records(session: Session, model, ids: list[int]) -> set[int]:
    """Lock the rows of these records until the transaction ends and return those that still exist.

    On PostgreSQL two merges of the same records at once otherwise both read them, then wait
    on each other's writes (crossed merges: a deadlock, a 500) or both go through (one record
    into two others: two merges audited, one done). Locking in one order, ids ascending, makes
    the second wait for the first and then find what it left. SQLite has no row locks and
    needs none: a writing transaction there holds the whole database from its start."""
    query = select(model.id).where(model.id.in_(ids)).order_by(model.id)
    if session.get_bind().dialect.name != "sqlite":
        query = query.with_for_update()
    present = set(session.scalars(query).all())
    for row_id in present:
        # A record read before the lock may have changed since: read it again.
        session.get(model, row_id, populate_existing=True)
    return present


def decide(session: Session, proposal_id: int, *, accept: bool, actor: str) -> str:
    """Accept (merge the new record into the candidate) or reject a proposal; returns what was done."""
    proposal = session.get(Proposal, proposal_id)
    if proposal is None or proposal.status != "open":
        raise UnknownName("proposal", proposal_id)
    proposal.status = "accepted" if accept else "rejected"
    kind, record_id, candidate_id = proposal.record_kind, proposal.record_id, proposal.candidate_id
    session.add(AuditEntry(actor=actor, action="review " + proposal.status, record_kind=kind, record_id=record_id,
                           after=_dump({"proposal": proposal_id, "candidate": candidate_id}),
                           undo=_dump({"touches": [["proposal", proposal_id], [kind, record_id]],
                                       "revert": [["proposals", proposal_id, {"status": "open"}]]})))
    if not accept:
        return Text("proposition {number} refusée : les deux fiches restent distinctes", number=proposal_id)
    merge_records(session, kind, keep=candidate_id, drop=record_id, actor=actor)
    return Text("proposition {number} acceptée : fiches fusionnées en #{kept}", number=proposal_id, kept=candidate_id)
