"""Curation by hand: rename, add an alias, edit a field, forget a document. Every change
is written to the audit table with who made it."""

from __future__ import annotations

import json
import re

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from reseau.errors import Ambiguous, Conflict, FormatError, LookupFailed, UnknownName
from reseau.resolve.merge import MODELS, reindex, snapshot
from reseau.names import name_key
from reseau.store.tables import (Activity, AuditEntry, Document, Mention, Organization, Participation, Person, Proposal, Role,
                                 SearchEntry)

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


def _audit(session: Session, actor: str, action: str, kind: str, record_id: int | None, before, after) -> None:
    session.add(AuditEntry(actor=actor, action=action, record_kind=kind, record_id=record_id,
                           before=json.dumps(before, ensure_ascii=False, default=str) if before is not None else None,
                           after=json.dumps(after, ensure_ascii=False, default=str) if after is not None else None))


def add_alias(session: Session, kind: str, record_id: int, alias: str, *, actor: str) -> None:
    """Record another way the organization or person is written."""
    model, alias_model, column = MODELS[kind]
    row = session.get(model, record_id)
    key = name_key(alias)
    if not key:
        raise FormatError("alias vide")
    if key not in {a.key for a in row.aliases}:
        session.add(alias_model(**{column: record_id, "alias": alias, "key": key}))
        session.flush()
    reindex(session, kind, record_id)
    _audit(session, actor, "alias add", kind, record_id, None, {"alias": alias})


def edit_field(session: Session, kind: str, record_id: int, field: str, value: str | None, *, actor: str) -> None:
    """Set one field of a record (``rename`` is ``edit … name``); the old name stays an alias."""
    if field not in EDITABLE.get(kind, set()):
        raise FormatError("champ « {field} » non modifiable ; champs possibles : {fields}", field=field,
                          fields=", ".join(sorted(EDITABLE.get(kind, set()))))
    if field == "name" and not (value or "").strip():
        raise FormatError("un nom ne peut pas être vide")
    _check_value(field, value)
    model = MODELS[kind][0]
    row = session.get(model, record_id)
    before = snapshot(row)
    setattr(row, field, value or None)
    if field in {"name", "acronym"} and value:
        add_alias(session, kind, record_id, value, actor=actor)
    reindex(session, kind, record_id)
    _audit(session, actor, "edit " + field, kind, record_id, before, snapshot(row))


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
    gone = {"organization": 0, "person": 0, "role": 0, "activity": 0}
    touched: dict[str, set[int]] = {"organization": set(), "person": set(), "role": set()}
    for kind, record_id in session.execute(select(Mention.record_kind, Mention.record_id).where(Mention.document_id == document.id)).all():
        if kind in touched:
            touched[kind].add(record_id)
    gone["activity"] = len(session.scalars(select(Activity.id).where(Activity.document_id == document.id)).all())
    _audit(session, actor, "forget", "document", document.id, {"source": document.source, "hash": document.content_hash}, None)
    session.execute(delete(SearchEntry).where(SearchEntry.record_kind == "activity", SearchEntry.record_id.in_(
        select(Activity.id).where(Activity.document_id == document.id))))
    session.execute(delete(Activity).where(Activity.document_id == document.id))
    session.execute(delete(SearchEntry).where(SearchEntry.record_kind == "document", SearchEntry.record_id == document.id))
    session.delete(document)
    session.flush()
    still = lambda kind, record_id: session.scalar(  # noqa: E731
        select(Mention.id).where(Mention.record_kind == kind, Mention.record_id == record_id).limit(1)) is not None
    for role_id in touched["role"]:
        if not still("role", role_id) and (role := session.get(Role, role_id)) is not None:
            session.delete(role)
            gone["role"] += 1
    for kind, model in (("person", Person), ("organization", Organization)):
        for record_id in touched[kind]:
            if not still(kind, record_id) and (row := session.get(model, record_id)) is not None:
                _drop_search_and_proposals(session, kind, record_id)
                session.delete(row)
                gone[kind] += 1
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
    _audit(session, actor, "create", kind, row.id, None, snapshot(row))
    return row.id


def delete_organization(session: Session, organization_id: int, *, actor: str) -> dict[str, int]:
    """Remove an organization read by mistake: its names, the titles held in it, its places in
    activities and its mentions (the people and the activities stay); returns what went."""
    org = session.get(Organization, organization_id)
    if org is None:
        raise UnknownName("organization", f"#{organization_id}")
    roles = session.execute(select(Role.id, Role.person_id).where(Role.organization_id == organization_id)).all()
    role_ids = [role_id for role_id, _ in roles]
    _audit(session, actor, "delete", "organization", organization_id, snapshot(org), None)
    session.execute(delete(Mention).where(or_((Mention.record_kind == "organization") & (Mention.record_id == organization_id),
                                              (Mention.record_kind == "role") & Mention.record_id.in_(role_ids))))
    _drop_search_and_proposals(session, "organization", organization_id)
    participations = session.execute(delete(Participation).where(Participation.organization_id == organization_id)).rowcount
    session.execute(delete(Role).where(Role.id.in_(role_ids)))
    session.delete(org)
    session.flush()
    for person_id in {person_id for _, person_id in roles}:
        reindex(session, "person", person_id)  # their titles there no longer find them
    return {"role": len(role_ids), "participation": participations}


def _drop_search_and_proposals(session: Session, kind: str, record_id: int) -> None:
    """Take a record that is going away out of the search index and of the open doubts."""
    session.execute(delete(SearchEntry).where(SearchEntry.record_kind == kind, SearchEntry.record_id == record_id))
    session.execute(delete(Proposal).where(Proposal.record_kind == kind, or_(Proposal.record_id == record_id,
                                                                               Proposal.candidate_id == record_id)))
