"""What a person sees before merging two records: both, side by side."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reseau.errors import Conflict, UnknownName
from reseau.store.tables import (Mention, OrgAlias, Organization, Participation, Person, PersonAlias, Role)

MODELS = {"organization": (Organization, OrgAlias, OrgAlias.organization_id, Role.organization_id,
                           Participation.organization_id),
          "person": (Person, PersonAlias, PersonAlias.person_id, Role.person_id, Participation.person_id)}
SHOWN_ROLES = 12


def merge_sides(session: Session, kind: str, first: int, second: int) -> list[dict[str, Any]]:
    """Both records of a merge: names, other names, roles, how many activities and mentions."""
    if first == second:
        raise Conflict("une fiche ne peut pas être fusionnée avec elle-même")
    model, alias_model, alias_column, role_column, part_column = MODELS[kind]
    sides = []
    for record_id in (first, second):
        row = session.get(model, record_id)
        if row is None:
            raise UnknownName("record", f"n° {record_id}")
        aliases = sorted(set(session.scalars(select(alias_model.alias).where(alias_column == record_id)).all())
                         - {row.name, getattr(row, "acronym", None)})
        other = Organization if kind == "person" else Person
        other_column = Role.organization_id if kind == "person" else Role.person_id
        roles = session.execute(select(Role.title, other.name).outerjoin(other, other.id == other_column)
                                .where(role_column == record_id).order_by(Role.id)).all()
        sides.append({
            "id": record_id, "name": row.name, "acronym": getattr(row, "acronym", None), "aliases": aliases,
            "roles": [f"{title}, {name}" if name else title for title, name in roles[:SHOWN_ROLES]], "roles_total": len(roles),
            "activities": session.scalar(select(func.count(func.distinct(Participation.activity_id))).where(part_column == record_id)),
            "mentions": session.scalar(select(func.count(Mention.id)).where(Mention.record_kind == kind, Mention.record_id == record_id)),
        })
    return sides
