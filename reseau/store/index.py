"""The one writer of search rows: a record's label and its folded text (no accents, lower
case), written when a document is stored and rewritten when a record changes (renamed,
merged, an alias added). A record that goes takes its search row with it (a trigger,
migration 0005).
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
    if row is None:
        session.execute(delete(SearchEntry).where(SearchEntry.record_kind == kind, SearchEntry.record_id == record_id))
        return
    role_column = Role.organization_id if kind == "organization" else Role.person_id
    titles = session.scalars(select(Role.title).where(role_column == record_id)).all()
    words = [a.alias for a in row.aliases] + list(titles) + [getattr(row, "kind", None) or "", getattr(row, "country", None) or ""]
    set_search_text(session, kind, record_id, row.name, words)


def set_search_text(session: Session, kind: str, record_id: int, label: str, words: list[str]) -> None:
    """Replace the search row of a record: found by its label and by any of ``words``."""
    session.execute(delete(SearchEntry).where(SearchEntry.record_kind == kind, SearchEntry.record_id == record_id))
    session.add(SearchEntry(record_kind=kind, record_id=record_id, label=label[:500], folded=fold(" ".join([label, *words]))))


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
