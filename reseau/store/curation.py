"""Curation by hand: rename, add an alias, edit a field, forget a document. Every change
is written to the audit table with who made it."""

from __future__ import annotations

import json
import re

from sqlalchemy import false, or_, select
from sqlalchemy.orm import Session

from reseau.errors import Ambiguous, Conflict, FormatError, UnknownName
from reseau.names import name_key
from reseau.store.index import MODELS, reindex, search_rows
from reseau.store.merge import snapshot
from reseau.store.removal import KIND_OF_TABLE, remove
from reseau.store.tables import AuditEntry, Document, Mention, Organization

EDITABLE = {"organization": {"name", "acronym", "kind", "country", "city", "notes"}, "person": {"name", "notes"}}
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


# The longest value each field takes, as the API's schemas say (a page's form or the CLI too).
MAX_LENGTHS = {"name": 500, "acronym": 100, "kind": 100, "country": 100, "city": 200, "notes": 10_000}


def _check_value(field: str, value: str | None) -> None:
    """Refuse control characters, which no name holds and which exports to XML cannot carry,
    and values longer than the field takes."""
    if value and _CONTROL.search(value):
        raise FormatError("caractère de contrôle dans le champ « {field} »", field=field)
    if value and len(value) > MAX_LENGTHS.get(field, 10_000):
        raise FormatError("champ « {field} » trop long ({most} caractères au plus)", field=field, most=MAX_LENGTHS.get(field, 10_000))


def _audit(session: Session, actor: str, action: str, kind: str, record_id: int | None, before, after,
           undo: dict | None = None) -> None:
    dump = lambda value: json.dumps(value, ensure_ascii=False, default=str) if value is not None else None  # noqa: E731
    session.add(AuditEntry(actor=actor, action=action, record_kind=kind, record_id=record_id, before=dump(before),
                           after=dump(after), undo=dump(undo)))


def _add_alias(session: Session, kind: str, record_id: int, alias: str) -> int | None:
    """Add another way of writing a record's name; the new alias row's id, None if it was known."""
    model, alias_model, column = MODELS[kind]
    row = session.get(model, record_id)
    key = name_key(alias)
    if not key:
        raise FormatError("alias vide")
    added = None
    if key not in {a.key for a in row.aliases}:
        new = alias_model(**{column: record_id, "alias": alias, "key": key})
        session.add(new)
        session.flush()
        added = new.id
        session.expire(row, ["aliases"])
    reindex(session, kind, record_id)
    return added


def add_alias(session: Session, kind: str, record_id: int, alias: str, *, actor: str) -> None:
    """Record another way the organization or person is written."""
    search = search_rows(session, kind, record_id)
    added = _add_alias(session, kind, record_id, alias)
    undo = {"touches": [[kind, record_id]], "delete": [[MODELS[kind][1].__tablename__, added]] if added else [],
            "search": [[kind, record_id, search]]}
    _audit(session, actor, "alias add", kind, record_id, None, {"alias": alias}, undo)


def edit_field(session: Session, kind: str, record_id: int, field: str, value: str | None, *, actor: str) -> None:
    """Set one field of a record (``rename`` is ``edit … name``); the old name stays an alias,
    and a new name or acronym becomes one too (undoing the change takes that alias back)."""
    if field not in EDITABLE.get(kind, set()):
        raise FormatError("champ « {field} » non modifiable ; champs possibles : {fields}", field=field,
                          fields=", ".join(sorted(EDITABLE.get(kind, set()))))
    if field == "name" and not (value or "").strip():
        raise FormatError("un nom ne peut pas être vide")
    _check_value(field, value)
    model = MODELS[kind][0]
    row = session.get(model, record_id)
    before, search = snapshot(row), search_rows(session, kind, record_id)
    old = getattr(row, field)
    setattr(row, field, value or None)
    added = _add_alias(session, kind, record_id, value) if field in {"name", "acronym"} and value else None
    reindex(session, kind, record_id)
    undo = {"touches": [[kind, record_id]], "revert": [[model.__tablename__, record_id, {field: old}]],
            "delete": [[MODELS[kind][1].__tablename__, added]] if added else [], "search": [[kind, record_id, search]]}
    _audit(session, actor, "edit " + field, kind, record_id, before, snapshot(row), undo)


def find_document(session: Session, ref: str) -> Document:
    """A document by number, source path or the start of its content hash."""
    conditions = [Document.source == ref]
    if ref.isdigit():
        conditions.append(Document.id == int(ref))
    if len(ref) >= 8:
        conditions.append(Document.content_hash.like(ref + "%"))
    rows = session.scalars(select(Document).where(or_(*conditions))).all()
    if not rows:
        raise UnknownName("document", ref)
    if len(rows) > 1:
        raise Ambiguous("document", ref, [f"#{d.id} {d.source}" for d in rows], template="« {name} » désigne plusieurs documents : {matches}")
    return rows[0]


def forget_document(session: Session, ref: str, *, actor: str) -> dict[str, int]:
    """Remove a document and every record that only it supported; returns what went."""
    document = find_document(session, ref)
    touched: dict[str, set[int]] = {"organization": set(), "person": set(), "role": set()}
    for kind, record_id in session.execute(select(Mention.record_kind, Mention.record_id).where(Mention.document_id == document.id)).all():
        if kind in touched:
            touched[kind].add(record_id)
    elsewhere = {(kind, record_id) for kind, record_id in session.execute(
        select(Mention.record_kind, Mention.record_id).where(Mention.document_id != document.id, or_(
            *((Mention.record_kind == kind) & Mention.record_id.in_(ids) for kind, ids in touched.items() if ids), false()))).all()}
    document_id, before = document.id, {"source": document.source, "hash": document.content_hash}
    removed = remove(session, "documents", [document_id])
    for kind, table in (("role", "roles"), ("person", "people"), ("organization", "organizations")):
        remove(session, table, {record_id for record_id in touched[kind] if (kind, record_id) not in elsewhere}, removed)
    gone = {"organization": removed.count("organizations"), "person": removed.count("people"),
            "role": removed.count("roles"), "activity": removed.count("activities")}
    undo = {"touches": [["document", document_id], *([KIND_OF_TABLE[table], row_id] for table in KIND_OF_TABLE
                                                    for row_id in removed.rows.get(table, {}) if table != "documents")],
            "restore": removed.to_json()}
    _audit(session, actor, "forget", "document", document_id, before, {"removed": gone}, undo)
    return gone


def create_record(session: Session, kind: str, fields: dict[str, str | None], *, actor: str) -> int:
    """Add an organization or a person by hand (its name and acronym become aliases); refused
    if another record is already known by that name."""
    if kind not in MODELS:
        raise FormatError("type de fiche inconnu « {kind} » (organization ou person)", kind=kind)
    model, alias_model, column = MODELS[kind]
    unknown = set(fields) - EDITABLE[kind]
    if unknown:
        raise FormatError("champ(s) inconnu(s) : {fields}", fields=", ".join(sorted(unknown)))
    for field, value in fields.items():
        _check_value(field, value)
    name = (fields.get("name") or "").strip()
    if not name_key(name):
        raise FormatError("un nom ne peut pas être vide")
    forms = [form for form in (name, fields.get("acronym")) if form and name_key(form)]
    taken = session.scalars(select(getattr(alias_model, column)).where(alias_model.key.in_([name_key(f) for f in forms]))).first()
    if taken is not None:
        raise Conflict("« {name} » désigne déjà la fiche #{taken} ; corrigez-la ou fusionnez plutôt", name=name, taken=taken)
    row = model(**{field: (value or None) for field, value in fields.items()})
    session.add(row)
    session.flush()
    for form in dict.fromkeys(forms):
        session.add(alias_model(**{column: row.id, "alias": form, "key": name_key(form)}))
    session.flush()
    reindex(session, kind, row.id)
    _audit(session, actor, "create", kind, row.id, None, snapshot(row),
           {"touches": [[kind, row.id]], "delete": [[model.__tablename__, row.id]]})
    return row.id


def delete_organization(session: Session, organization_id: int, *, actor: str) -> dict[str, int]:
    """Remove an organization read by mistake: its names, the titles held in it, its places in
    activities and its mentions (the people and the activities stay); returns what went."""
    org = session.get(Organization, organization_id)
    if org is None:
        raise UnknownName("organization", f"#{organization_id}")
    before = snapshot(org)
    removed = remove(session, "organizations", [organization_id])
    people = sorted({role["person_id"] for role in removed.rows.get("roles", {}).values()})
    search = [["person", person_id, search_rows(session, "person", person_id)] for person_id in people]
    for person_id in people:
        reindex(session, "person", person_id)  # their titles there no longer find them
    gone = {"role": removed.count("roles"), "participation": removed.count("participations")}
    undo = {"touches": [["organization", organization_id]], "restore": removed.to_json(),
            "search": search}
    _audit(session, actor, "delete", "organization", organization_id, before, {"removed": gone}, undo)
    return gone
