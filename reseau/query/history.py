"""The change history of a record, or of the whole register, from the audit table, each change
told in words: before → after (:func:`describe`)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import PurePath
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from reseau.query.prepared import fetch
from reseau.store.tables import AuditEntry

COLUMNS = (AuditEntry.id, AuditEntry.at, AuditEntry.actor, AuditEntry.action, AuditEntry.record_kind, AuditEntry.record_id,
           AuditEntry.before, AuditEntry.after, AuditEntry.undo.is_not(None).label("has_undo"), AuditEntry.undone_by)
CHANGES = (select(*COLUMNS)
           .where(AuditEntry.record_kind == bindparam("kind"), AuditEntry.record_id == bindparam("id"))
           .order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(bindparam("limit")))
# Sign-ins and accounts are an admin's business (``reseau user``), not the register's history.
RECORD_KINDS = ("organization", "person", "document")

# One sentence per field, so that a language other than French words each whole.
FIELDS = {"name": "Nom : « {before} » → « {after} »", "acronym": "Sigle : « {before} » → « {after} »",
          "kind": "Type : « {before} » → « {after} »", "country": "Pays : « {before} » → « {after} »",
          "city": "Ville : « {before} » → « {after} »", "notes": "Notes : « {before} » → « {after} »",
          "title": "Titre : « {before} » → « {after} »", "first_seen": "Vu d'abord : « {before} » → « {after} »",
          "last_seen": "Vu en dernier : « {before} » → « {after} »", "date": "Date : « {before} » → « {after} »",
          "place": "Lieu : « {before} » → « {after} »"}
EMPTY = "—"

Line = tuple[str, dict[str, Any]]  # a French sentence with {names}, and its values


def _entry(e) -> dict[str, Any]:
    before = json.loads(e.before) if e.before else None
    after = json.loads(e.after) if e.after else None
    return {"id": e.id, "at": e.at, "actor": e.actor, "action": e.action, "kind": e.record_kind, "record_id": e.record_id,
            "before": before, "after": after, "undone_by": e.undone_by,
            "undoable": e.undone_by is None and e.action != "undo" and (bool(e.has_undo) or e.action == "ingest")}


def record_history(session: Session, kind: str, record_id: int, limit: int = 200) -> list[dict[str, Any]]:
    """Every change to a record, newest first: its number, when, who, what, before and after,
    and whether it can be undone."""
    return [_entry(e) for e in fetch(session, CHANGES, kind=kind, id=record_id, limit=limit)]


def recent_changes(session: Session, limit: int = 100, before_id: int | None = None) -> list[dict[str, Any]]:
    """The latest changes to the register's records and documents, newest first."""
    query = select(*COLUMNS).where(AuditEntry.record_kind.in_(RECORD_KINDS))
    if before_id:
        query = query.where(AuditEntry.id < before_id)
    return [_entry(e) for e in session.execute(query.order_by(AuditEntry.id.desc()).limit(limit)).all()]


def last_change(session: Session) -> int:
    """The number of the newest audit entry: every write to the register adds one, so it tells
    whether anything changed since it was last read."""
    return session.scalar(select(func.max(AuditEntry.id))) or 0


def _name(snapshot: Any) -> str:
    return (snapshot or {}).get("name") or EMPTY


def describe(entry: dict[str, Any]) -> list[Line]:
    """A change in words, as French sentences with their values (pages translate them)."""
    action, before, after = entry["action"], entry["before"] or {}, entry["after"] or {}
    if action == "merge" and "keep" in before:
        moved = after.get("moved") or {}
        lines: list[Line] = [("Fusion : « {drop} » (n° {drop_id}) disparaît, « {keep} » (n° {keep_id}) est gardée",
                              {"drop": _name(before["drop"]), "drop_id": before["drop"].get("id"),
                               "keep": _name(before["keep"]), "keep_id": before["keep"].get("id")})]
        if moved:
            lines.append(("Passés à la fiche gardée — alias : {aliases}, fonctions : {roles}, participations : "
                          "{participations}, mentions : {mentions}", {k: moved.get(k, 0) for k in
                                                                    ("aliases", "roles", "participations", "mentions")}))
        return lines
    if action.startswith("edit ") and action[5:] in FIELDS:
        field = action[5:]
        return [(FIELDS[field], {"before": before.get(field) or EMPTY, "after": after.get(field) or EMPTY})]
    if action == "alias add":
        return [("Alias ajouté : « {alias} »", {"alias": after.get("alias", "")})]
    if action == "create":
        return [("Fiche créée : « {name} »", {"name": _name(after)})]
    if action == "delete":
        removed = after.get("removed") or {}
        return [("Organisation supprimée : « {name} » (fonctions : {roles}, participations : {participations})",
                 {"name": _name(before), "roles": removed.get("role", 0), "participations": removed.get("participation", 0)})]
    if action == "forget":
        removed = after.get("removed") or {}
        return [("Document retiré : « {source} »", {"source": PurePath(before.get("source") or EMPTY).name}),
                ("Partis avec lui — organisations : {organizations}, personnes : {people}, fonctions : {roles}, "
                 "activités : {activities}", {"organizations": removed.get("organization", 0), "people": removed.get("person", 0),
                                              "roles": removed.get("role", 0), "activities": removed.get("activity", 0)})]
    if action == "ingest":
        created = after.get("created") or {}
        return [("Import de « {source} » — organisations : {organizations}, personnes : {people}, activités : {activities}",
                 {"source": PurePath(after.get("source") or EMPTY).name, "organizations": created.get("organization", 0),
                  "people": created.get("person", 0), "activities": created.get("activity", 0)})]
    if action == "review accepted":
        return [("Proposition n° {proposal} acceptée : les deux fiches n'en font qu'une", {"proposal": after.get("proposal")})]
    if action == "review rejected":
        return [("Proposition n° {proposal} refusée : les deux fiches restent distinctes", {"proposal": after.get("proposal")})]
    if action == "undo":
        return [("Annulation de la modification n° {undid}", {"undid": after.get("undid")})]
    if action == "erase":
        return [("Données personnelles effacées (ne peut pas être annulé)", {})]
    if action == "role add":
        return [("Fonction ajoutée : « {title} »", {"title": after.get("title") or EMPTY})]
    if before and after and isinstance(before, dict) and isinstance(after, dict):
        # Edits of activities and roles: each field that changed, before → after.
        lines = [(FIELDS[field], {"before": before.get(field) or EMPTY, "after": after.get(field) or EMPTY})
                 for field in FIELDS if before.get(field) != after.get(field)]
        if before.get("participants") != after.get("participants") and "participants" in after:
            lines.append(("Participants : {before} → {after}", {"before": len(before.get("participants") or []),
                                                                 "after": len(after["participants"])}))
        if lines:
            return lines
    return [("{action}", {"action": action})]


def in_words(entry: dict[str, Any], say: Callable[..., str] | None = None) -> str:
    """A change in words, one line: French, or the language of ``say`` (a catalogue's
    ``_(text, **values)``)."""
    say = say or (lambda text, **values: text.format(**values))
    return " ; ".join(say(text, **values) for text, values in describe(entry))
