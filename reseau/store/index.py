"""The search text of organizations and people, rewritten from their names and titles.

A record that goes takes its search row with it (a trigger, migration 0005); a record that
changes (renamed, merged, an alias added) has its row rewritten here.
"""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from reseau.store.repo import fold
from reseau.store.tables import OrgAlias, Organization, Person, PersonAlias, Role, SearchEntry

MODELS = {"organization": (Organization, OrgAlias, "organization_id"), "person": (Person, PersonAlias, "person_id")}


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


def search_rows(session: Session, kind: str, record_id: int) -> list[list]:
    """The search rows of a record as they are (label, folded text), for an undo to put back:
    rewriting them would not give the same text as the import wrote."""
    return [[kind, record_id, label, folded] for label, folded in session.execute(
        select(SearchEntry.label, SearchEntry.folded).where(SearchEntry.record_kind == kind, SearchEntry.record_id == record_id)
        .order_by(SearchEntry.id)).all()]


def put_search_rows(session: Session, kind: str, record_id: int, rows: list[list]) -> None:
    """Replace the search rows of a record by rows :func:`search_rows` read."""
    session.execute(delete(SearchEntry).where(SearchEntry.record_kind == kind, SearchEntry.record_id == record_id))
    for _, _, label, folded in rows:
        session.add(SearchEntry(record_kind=kind, record_id=record_id, label=label, folded=folded))
