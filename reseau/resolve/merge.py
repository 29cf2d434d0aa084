"""Merging two records of the register into one, keeping every alias, role, mention and
participation of both."""

from __future__ import annotations

import json

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from reseau.errors import Conflict, LookupFailed
from reseau.store.repo import fold
from reseau.store.tables import (AuditEntry, Mention, OrgAlias, Organization, Participation, Person, PersonAlias,
                                 Proposal, Role, SearchEntry)

MODELS = {"organization": (Organization, OrgAlias, "organization_id"), "person": (Person, PersonAlias, "person_id")}


def snapshot(row) -> dict:
    """The plain fields of a record, for the audit table."""
    return {c.name: getattr(row, c.name) for c in row.__table__.columns if c.name not in {"notes"}}


def merge_records(session: Session, kind: str, *, keep: int, drop: int, actor: str) -> None:
    """Fold record ``drop`` into record ``keep`` (both organizations or both people)."""
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
    before = {"keep": snapshot(kept), "drop": snapshot(dropped)}
    known = {a.key for a in kept.aliases}
    for alias in list(dropped.aliases):
        if alias.key not in known:
            known.add(alias.key)
            session.add(alias_model(**{column: keep, "alias": alias.alias, "key": alias.key,
                                       **({"partial": alias.partial} if kind == "person" else {})}))
    role_column = Role.organization_id if kind == "organization" else Role.person_id
    session.execute(update(Role).where(role_column == drop).values({role_column: keep}))
    part_column = Participation.organization_id if kind == "organization" else Participation.person_id
    session.execute(update(Participation).where(part_column == drop).values({part_column: keep}))
    session.execute(update(Mention).where(Mention.record_kind == kind, Mention.record_id == drop).values(record_id=keep))
    session.execute(update(Proposal).where(Proposal.record_kind == kind, Proposal.candidate_id == drop).values(candidate_id=keep))
    session.execute(update(Proposal).where(Proposal.record_kind == kind, Proposal.record_id == drop, Proposal.status == "open")
                    .values(status="merged"))
    if kind == "organization":
        kept.acronym = kept.acronym or dropped.acronym
        kept.kind = kept.kind or dropped.kind
        kept.country = kept.country or dropped.country
        session.execute(update(Organization).where(Organization.parent_id == drop).values(parent_id=keep))
    session.execute(delete(SearchEntry).where(SearchEntry.record_kind == kind, SearchEntry.record_id == drop))
    session.delete(dropped)
    session.flush()
    reindex(session, kind, keep)
    session.add(AuditEntry(actor=actor, action="merge", record_kind=kind, record_id=keep,
                           before=json.dumps(before, ensure_ascii=False, default=str),
                           after=json.dumps(snapshot(kept), ensure_ascii=False, default=str)))


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


def reindex(session: Session, kind: str, record_id: int) -> None:
    """Rewrite the search text of an organization or a person from its current names and titles."""
    model = MODELS[kind][0]
    row = session.get(model, record_id)
    session.execute(delete(SearchEntry).where(SearchEntry.record_kind == kind, SearchEntry.record_id == record_id))
    if row is None:
        return
    role_column = Role.organization_id if kind == "organization" else Role.person_id
    titles = session.scalars(select(Role.title).where(role_column == record_id)).all()
    words = [a.alias for a in row.aliases] + list(titles) + [getattr(row, "kind", None) or "", getattr(row, "country", None) or ""]
    session.add(SearchEntry(record_kind=kind, record_id=record_id, label=row.name[:500], folded=fold(" ".join([row.name, *words]))))
