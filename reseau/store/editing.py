"""Correcting what extraction got wrong in an activity (date, place, kind, title, participants)
and in a person's roles (add, edit, end). The functions write what they are given, after
checking it can be written; each change is one audit row with the record before and after,
so that it can be read in the history and reverted.

An activity's audit rows hold the activity's fields and its participants (``participants``:
``[{"person_id", "organization_id", "part"}, …]``); a role's hold the role's fields.
"""

from __future__ import annotations

import json
import re
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from reseau.errors import Conflict, FormatError, LookupFailed, UnknownName
from reseau.kinds import ACTIVITY_KINDS, CONTAINER_KINDS
from reseau.store.index import reindex, search_rows, set_search_text
from reseau.store.merge import snapshot
from reseau.store.removal import encode_value
from reseau.store.tables import Activity, AuditEntry, Organization, Participation, Person, Role

ACTIVITY_FIELDS = {"date", "place", "kind", "title", "parent_id"}
ROLE_FIELDS = {"title", "organization_id", "first_seen", "last_seen"}
LENGTHS = {"place": 200, "title": 500, "part": 50}
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
DATE_PREFIX_ERROR = "date invalide « {value} » (AAAA, AAAA-MM ou AAAA-MM-JJ)"
FIELDS_ERROR = "champ(s) non modifiable(s) : {fields} ; champs possibles : {allowed}"


def _audit(session: Session, actor: str, action: str, kind: str, record_id: int, before, after, undo: dict) -> None:
    """One audit row: the record before and after, and what undoing the change takes
    (:mod:`reseau.store.undo` reads it)."""
    session.add(AuditEntry(actor=actor, action=action, record_kind=kind, record_id=record_id,
                           before=_dump(before), after=_dump(after), undo=_dump(undo)))


def _dump(value) -> str | None:
    return json.dumps(value, ensure_ascii=False, default=str) if value is not None else None


def _activity_undo(session: Session, activity_id: int, **steps) -> dict:
    """Undo data of a change to an activity: its search rows as they were, then ``steps``."""
    return {"touches": [["activity", activity_id]], "search": [["activity", activity_id, search_rows(session, "activity", activity_id)]],
            **steps}


def _text(field: str, value: str | None) -> str | None:
    """A typed value without its outer spaces, or None; refused if it holds a control character
    or passes the column's length."""
    value = (value or "").strip() or None
    if value and _CONTROL.search(value):
        raise FormatError("caractère de contrôle dans le champ « {field} »", field=field)
    if value and len(value) > LENGTHS.get(field, 500):
        raise FormatError("champ « {field} » trop long ({limit} caractères au plus)", field=field, limit=LENGTHS.get(field, 500))
    return value


def date_with_precision(value: str | None) -> tuple[str | None, str | None]:
    """An activity's date as typed (``2024``, ``2024-05`` or ``2024-05-17``) and its precision
    (year, month, day); an empty value is no date."""
    value = (value or "").strip()
    if not value:
        return None, None
    if not _DATE.match(value):
        raise FormatError(DATE_PREFIX_ERROR, value=value)
    parts = [int(p) for p in value.split("-")]
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        raise FormatError(DATE_PREFIX_ERROR, value=value) from None
    return value, ("year", "month", "day")[len(parts) - 1]


def _day(field: str, value: date | str | None) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise FormatError("date invalide « {value} » pour « {field} » (AAAA-MM-JJ)", value=value, field=field) from None


def activity_state(session: Session, activity: Activity) -> dict:
    """An activity's fields and participants, as its audit rows record them."""
    parts = session.execute(select(Participation.person_id, Participation.organization_id, Participation.part)
                            .where(Participation.activity_id == activity.id).order_by(Participation.id)).all()
    return {**snapshot(activity),
            "participants": [{"person_id": p, "organization_id": o, "part": part} for p, o, part in parts]}


def _activity(session: Session, activity_id: int) -> Activity:
    activity = session.get(Activity, activity_id)
    if activity is None:
        raise UnknownName("activity", activity_id)
    return activity


def reindex_activity(session: Session, activity: Activity) -> None:
    """Rewrite an activity's search text from its title, summary, place, topics and participants."""
    names = session.execute(select(Person.name, Organization.name).select_from(Participation)
                            .outerjoin(Person, Person.id == Participation.person_id)
                            .outerjoin(Organization, Organization.id == Participation.organization_id)
                            .where(Participation.activity_id == activity.id)).all()
    words = [activity.summary, activity.place or "", activity.topics, *[p or o or "" for p, o in names]]
    set_search_text(session, "activity", activity.id, activity.title or activity.summary[:120], words)


def edit_activity(session: Session, activity_id: int, changes: dict[str, str | None], *, actor: str) -> list[str]:
    """Set the date, place, kind or title of an activity, or the mission or visit that holds it
    (``parent_id``, None for none); returns the fields that changed."""
    unknown = set(changes) - ACTIVITY_FIELDS
    if unknown:
        raise FormatError(FIELDS_ERROR, fields=", ".join(sorted(unknown)), allowed=", ".join(sorted(ACTIVITY_FIELDS)))
    activity = _activity(session, activity_id)
    values: dict[str, str | None] = {}
    for field, value in changes.items():
        if field == "date":
            values["date"], values["date_precision"] = date_with_precision(value)
        elif field == "kind":
            if value not in ACTIVITY_KINDS:
                raise FormatError("type d'activité inconnu « {value} » ({kinds})", value=value, kinds=", ".join(ACTIVITY_KINDS))
            values["kind"] = value
        elif field == "parent_id":
            values["parent_id"] = _container(session, activity_id, value)
        else:
            values[field] = _text(field, value)
    changed = [f for f, v in values.items() if getattr(activity, f) != v and f != "date_precision"]
    if not changed:
        return []
    before = activity_state(session, activity)
    undo = _activity_undo(session, activity_id, revert=[[Activity.__tablename__, activity_id,
                                                         {f: encode_value(getattr(activity, f)) for f in values}]])
    for field, value in values.items():
        setattr(activity, field, value)
    session.flush()
    reindex_activity(session, activity)
    _audit(session, actor, "edit activity", "activity", activity_id, before, activity_state(session, activity), undo)
    return changed


def _container(session: Session, activity_id: int, value: int | str | None) -> int | None:
    """The mission or visit an activity is to belong to, checked: it exists, holds activities,
    and is neither the activity nor one of the activities it holds."""
    if value in (None, ""):
        return None
    if not str(value).isdigit() or int(value) >= 2**31:
        raise FormatError("numéro de mission invalide « {value} »", value=value)
    parent_id = int(value)
    parent = session.get(Activity, parent_id)
    if parent is None:
        raise UnknownName("activity", parent_id)
    if parent.kind not in CONTAINER_KINDS:
        raise FormatError("l'activité n° {number} n'est ni une mission ni une visite", number=parent_id)
    if parent_id == activity_id or parent.parent_id == activity_id:
        raise Conflict("une activité ne peut pas faire partie d'elle-même")
    return parent_id


def add_participant(session: Session, activity_id: int, *, person_id: int | None = None, organization_id: int | None = None,
                    part: str | None = None, actor: str) -> None:
    """Add a person or an organization to an activity's participants."""
    if (person_id is None) == (organization_id is None):
        raise FormatError("un participant est une personne ou une organisation")
    activity = _activity(session, activity_id)
    model, record_id = (Person, person_id) if person_id is not None else (Organization, organization_id)
    if session.get(model, record_id) is None:
        raise UnknownName("person" if person_id is not None else "organization", f"#{record_id}")
    column = Participation.person_id if person_id is not None else Participation.organization_id
    if session.scalar(select(Participation.id).where(Participation.activity_id == activity_id, column == record_id)) is not None:
        raise Conflict("ce participant est déjà inscrit à cette activité")
    before = activity_state(session, activity)
    row = Participation(activity_id=activity_id, person_id=person_id, organization_id=organization_id, part=_text("part", part))
    undo = _activity_undo(session, activity_id)
    session.add(row)
    session.flush()
    undo["delete"] = [[Participation.__tablename__, row.id]]
    reindex_activity(session, activity)
    _audit(session, actor, "participant add", "activity", activity_id, before, activity_state(session, activity), undo)


def remove_participant(session: Session, activity_id: int, *, person_id: int | None = None,
                       organization_id: int | None = None, actor: str) -> None:
    """Take a person or an organization out of an activity's participants (the record stays)."""
    activity = _activity(session, activity_id)
    column, record_id = ((Participation.person_id, person_id) if person_id is not None
                         else (Participation.organization_id, organization_id))
    rows = session.scalars(select(Participation).where(Participation.activity_id == activity_id, column == record_id)).all()
    if record_id is None or not rows:
        raise LookupFailed("la fiche n° {number} ne participe pas à l'activité n° {activity}", number=record_id, activity=activity_id)
    before = activity_state(session, activity)
    table = Participation.__table__
    gone = [{k: encode_value(v) for k, v in r.items()}
            for r in session.execute(select(table).where(table.c.id.in_([row.id for row in rows]))).mappings()]
    undo = _activity_undo(session, activity_id, restore={"rows": {table.name: gone}, "unlinked": []})
    for row in rows:
        session.delete(row)
    session.flush()
    session.expire(activity, ["participants"])
    reindex_activity(session, activity)
    _audit(session, actor, "participant remove", "activity", activity_id, before, activity_state(session, activity), undo)


def _role_values(session: Session, changes: dict) -> dict:
    unknown = set(changes) - ROLE_FIELDS
    if unknown:
        raise FormatError(FIELDS_ERROR, fields=", ".join(sorted(unknown)), allowed=", ".join(sorted(ROLE_FIELDS)))
    values = {}
    for field, value in changes.items():
        if field == "title":
            values["title"] = _text("title", value)
            if not values["title"]:
                raise FormatError("une fonction a un intitulé")
        elif field == "organization_id":
            if value is not None and session.get(Organization, value) is None:
                raise UnknownName("organization", f"#{value}")
            values["organization_id"] = value
        else:
            values[field] = _day(field, value)
    return values


def _check_period(role: Role) -> None:
    if role.first_seen and role.last_seen and role.first_seen > role.last_seen:
        raise FormatError("la fin d'une fonction ne peut pas précéder son début")


def add_role(session: Session, person_id: int, *, title: str, organization_id: int | None = None,
             first_seen: date | str | None = None, last_seen: date | str | None = None, actor: str) -> int:
    """Give a person a role (a title, in an organization or none, between two dates); its number."""
    if session.get(Person, person_id) is None:
        raise UnknownName("person", f"#{person_id}")
    values = _role_values(session, {"title": title, "organization_id": organization_id, "first_seen": first_seen,
                                    "last_seen": last_seen})
    role = Role(person_id=person_id, **values)
    _check_period(role)
    session.add(role)
    session.flush()
    undo = {"touches": [["role", role.id]], "delete": [[Role.__tablename__, role.id]],
            "search": [["person", person_id, search_rows(session, "person", person_id)]]}
    reindex(session, "person", person_id)
    _audit(session, actor, "role add", "role", role.id, None, snapshot(role), undo)
    return role.id


def _role(session: Session, role_id: int) -> Role:
    role = session.get(Role, role_id)
    if role is None:
        raise LookupFailed("aucune fonction n'a le numéro {number}", number=role_id)
    return role


def edit_role(session: Session, role_id: int, changes: dict, *, actor: str, action: str = "role edit") -> list[str]:
    """Set the title, organization or dates of a role; returns the fields that changed."""
    role = _role(session, role_id)
    values = _role_values(session, changes)
    changed = [f for f, v in values.items() if getattr(role, f) != v]
    if not changed:
        return []
    before = snapshot(role)
    undo = {"touches": [["role", role_id]], "search": [["person", role.person_id, search_rows(session, "person", role.person_id)]],
            "revert": [[Role.__tablename__, role_id, {f: encode_value(getattr(role, f)) for f in values}]]}
    for field, value in values.items():
        setattr(role, field, value)
    _check_period(role)
    session.flush()
    reindex(session, "person", role.person_id)
    _audit(session, actor, action, "role", role_id, before, snapshot(role), undo)
    return changed


def end_role(session: Session, role_id: int, on: date | str, *, actor: str) -> None:
    """Mark a role as ended on a day: its last date becomes that day."""
    if not on:
        raise FormatError("date de fin manquante (AAAA-MM-JJ)")
    edit_role(session, role_id, {"last_seen": on}, actor=actor, action="role end")
