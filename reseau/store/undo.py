"""Undoing a change of the register from its audit entry.

Each undoable change keeps in its audit entry (column ``undo``, JSON) what undoing it takes:
``restore`` rows that went (:func:`reseau.store.removal.restore`), ``revert`` values of rows it
changed, ``delete`` rows it added, ``search`` rows to put back as they were (``reindex``: to
rewrite), and
``touches``, the records it concerned. A change is undone only while no later change (not
undone itself) touches the same records: undoing a merge after the kept record was renamed
would otherwise mix the two states; the later change is undone first. An import that joined
the kept record counts as such a change for a merge (its entry lists the records it joined).

An import is undone by forgetting its document (itself undoable). An erasure of personal data
keeps no values on purpose, and so cannot be undone.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from reseau.errors import Conflict, LookupFailed
from reseau.store.curation import forget_document
from reseau.store.index import put_search_rows, reindex
from reseau.store.removal import decode_row, restore
from reseau.store.tables import AuditEntry, Base, Document

NEVER = {"erase": "un effacement de données personnelles ne peut pas être annulé : il ne garde rien de la personne"}


def undoable(entry: AuditEntry) -> bool:
    """Whether an audit entry can be undone (as far as the entry itself says)."""
    return entry.undone_by is None and entry.action != "undo" and (entry.undo is not None or entry.action == "ingest")


def undo_change(session: Session, audit_id: int, *, actor: str) -> AuditEntry:
    """Undo the change of an audit entry; returns the audit entry that records the undo."""
    query = select(AuditEntry).where(AuditEntry.id == audit_id)
    if session.get_bind().dialect.name != "sqlite":
        query = query.with_for_update()  # two undos of one change at once: the second finds it undone
    entry = session.scalars(query).first()
    if entry is None:
        raise LookupFailed("aucune modification n'a le numéro {number}", number=audit_id)
    if entry.undone_by is not None:
        raise Conflict("la modification n° {number} a déjà été annulée (n° {by})", number=audit_id, by=entry.undone_by)
    if entry.action in NEVER:
        raise Conflict(NEVER[entry.action], action=entry.action)
    if not undoable(entry):
        raise Conflict("la modification n° {number} ne peut pas être annulée", number=audit_id, action=entry.action)
    if entry.action == "ingest":
        if session.get(Document, entry.record_id) is None:
            raise Conflict("le document n° {number} n'est plus dans le registre", number=entry.record_id)
        forget_document(session, str(entry.record_id), actor=actor)
    else:
        payload = json.loads(entry.undo)
        _check_later(session, entry, payload)
        _apply(session, payload)
    record = AuditEntry(actor=actor, action="undo", record_kind=entry.record_kind, record_id=entry.record_id,
                        after=json.dumps({"undid": entry.id, "action": entry.action}, ensure_ascii=False))
    session.add(record)
    session.flush()
    entry.undone_by = record.id
    return record


def _check_later(session: Session, entry: AuditEntry, payload: dict[str, Any]) -> None:
    """Refuse while a later change, not undone, touches one of the records this one touched."""
    touches = {tuple(t) for t in payload.get("touches", [])}
    later = session.scalars(select(AuditEntry).where(AuditEntry.id > entry.id, AuditEntry.undone_by.is_(None),
                                                     AuditEntry.undo.is_not(None)).order_by(AuditEntry.id.desc())).all()
    for other in later:
        # An import that joined a merged record blocks undoing the merge only: an edit undone
        # after it sets back a field, and takes nothing from what the import brought.
        if other.action == "ingest" and entry.action != "merge":
            continue
        if touches & {tuple(t) for t in json.loads(other.undo).get("touches", [])}:
            raise Conflict("annulez d'abord la modification n° {number}, plus récente, qui touche les mêmes fiches",
                           number=other.id, action=other.action)


def _apply(session: Session, payload: dict[str, Any]) -> None:
    """Put back what went, set back what changed, take out what was added, rewrite search rows."""
    session.flush()
    if payload.get("restore"):
        restore(session, payload["restore"])
    for name, row_id, values in payload.get("revert", []):
        table = Base.metadata.tables[name]
        session.execute(update(table).where(table.c.id == row_id).values(decode_row(table, values)))
    for name, row_id in payload.get("delete", []):
        table = Base.metadata.tables[name]
        session.execute(delete(table).where(table.c.id == row_id))
    session.expire_all()
    for kind, record_id in payload.get("reindex", []):
        reindex(session, kind, record_id)
    for kind, record_id, rows in payload.get("search", []):
        put_search_rows(session, kind, record_id, rows)
