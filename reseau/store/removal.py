"""Taking rows out of the register, and putting them back.

Every deletion of records (forget a document, delete an organization, erase a person, the
record a merge absorbs) goes through :func:`remove`. The database does the clean-up: foreign
keys with ON DELETE CASCADE take the aliases, roles and participations, and triggers (migration
0005) the mentions, proposals and search rows that point at a record by (kind, id). Before
deleting, :func:`remove` reads every row that will go with the records and every link that will
be set to NULL: that is what an undo needs to put them back (:func:`restore`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, DateTime, Table, delete, or_, select, update
from sqlalchemy.orm import Session

from reseau.errors import Conflict
from reseau.store.tables import Base

# The tables whose rows are records that mentions, proposals and search rows point at.
KIND_OF_TABLE = {"organizations": "organization", "people": "person", "roles": "role", "activities": "activity",
                 "documents": "document"}
# The tables that point at a record by (record_kind, <column>), and their columns that do.
# Rows nothing points at: put back under another id if theirs was given again meanwhile (SQLite
# gives the highest id again once its row is deleted).
RENUMBERED = {"mentions", "search_entries", "proposals", "org_aliases", "person_aliases", "participations"}
POINTING = {"mentions": ("record_id",), "search_entries": ("record_id",), "proposals": ("record_id", "candidate_id")}


@dataclass
class Removed:
    """The rows that went with some records (by table, then id), and the links set to NULL
    (table, id, column, the value it had)."""

    rows: dict[str, dict[int, dict[str, Any]]] = field(default_factory=dict)
    unlinked: list[tuple[str, int, str, int]] = field(default_factory=list)

    def count(self, table: str) -> int:
        """How many rows of a table went."""
        return len(self.rows.get(table, {}))

    def to_json(self) -> dict[str, Any]:
        """A form that JSON can carry (dates as ISO text)."""
        return {"rows": {name: [{k: encode_value(v) for k, v in row.items()} for row in rows.values()]
                         for name, rows in self.rows.items() if rows},
                "unlinked": [list(link) for link in self.unlinked if link[1] not in self.rows.get(link[0], {})]}


def encode_value(value: Any) -> Any:
    """A value as JSON can carry it: dates as ISO text."""
    return value.isoformat() if isinstance(value, (date, datetime)) else value


def decode_row(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    """A row as JSON carried it (dates as ISO text), with the values its table's columns take."""
    out = {}
    for name, value in row.items():
        kind = table.c[name].type
        if value is not None and isinstance(kind, DateTime):
            value = datetime.fromisoformat(value)
        elif value is not None and isinstance(kind, Date):
            value = date.fromisoformat(value)
        out[name] = value
    return out


def plan(session: Session, table_name: str, ids: set[int] | list[int], removed: Removed | None = None) -> Removed:
    """Read what deleting these rows would take with them, without deleting anything."""
    removed = removed or Removed()
    queue = [(table_name, set(ids))]
    while queue:
        name, wanted = queue.pop()
        table = Base.metadata.tables[name]
        new = set(wanted) - removed.rows.setdefault(name, {}).keys()
        if not new:
            continue
        for row in session.execute(select(table).where(table.c.id.in_(new))).mappings():
            removed.rows[name][row["id"]] = dict(row)
        for child in Base.metadata.sorted_tables:
            for key in child.foreign_keys:
                if key.column.table.name != name:
                    continue
                found = session.execute(select(child.c.id, key.parent).where(key.parent.in_(new))).all()
                if key.ondelete == "CASCADE":
                    queue.append((child.name, {row_id for row_id, _ in found}))
                elif key.ondelete == "SET NULL":
                    removed.unlinked += [(child.name, row_id, key.parent.name, value) for row_id, value in found]
        if name in KIND_OF_TABLE:
            for pointing, columns in POINTING.items():
                other = Base.metadata.tables[pointing]
                found = session.scalars(select(other.c.id).where(other.c.record_kind == KIND_OF_TABLE[name], or_(
                    *(other.c[column].in_(new) for column in columns)))).all()
                queue.append((pointing, set(found)))
    return removed


def remove(session: Session, table_name: str, ids: set[int] | list[int], removed: Removed | None = None) -> Removed:
    """Delete rows of a record table; the database deletes what points at them. Returns what
    went, for the audit (pass ``removed`` to gather several deletions in one)."""
    ids = set(ids)
    removed = plan(session, table_name, ids, removed)
    if ids:
        session.flush()
        table = Base.metadata.tables[table_name]
        session.execute(delete(table).where(table.c.id.in_(ids)))
        # Objects the session still holds for deleted rows must be read again (and found gone).
        session.expire_all()
    return removed


def restore(session: Session, data: dict[str, Any]) -> None:
    """Insert again the rows :meth:`Removed.to_json` kept, with their ids, and set again the links
    that were set to NULL. Refused if a row with one of those ids exists again."""
    rows = data.get("rows", {})
    later: list[tuple[Table, int, dict[str, Any]]] = []
    session.flush()
    # Records first, then what points at them by (kind, id): the database refuses the reverse.
    tables = sorted(Base.metadata.sorted_tables, key=lambda t: t.name in POINTING)
    for table in tables:
        if not rows.get(table.name):
            continue
        ids = [row["id"] for row in rows[table.name]]
        taken = set(session.scalars(select(table.c.id).where(table.c.id.in_(ids))).all())
        if taken and table.name not in RENUMBERED:
            raise Conflict("impossible de rétablir : la ligne n° {number} de « {table} » existe de nouveau", number=min(taken),
                           table=table.name)
        # A row pointing at another row of its own table (a parent organization) gets the link
        # once every row is back, whatever their order.
        own = [key.parent.name for key in table.foreign_keys if key.column.table is table]
        values, renumbered = [], []
        for row in rows[table.name]:
            row = decode_row(table, row)
            if row["id"] in taken:
                renumbered.append({k: v for k, v in row.items() if k != "id"})
                continue
            if own and any(row.get(column) is not None for column in own):
                later.append((table, row["id"], {column: row[column] for column in own}))
                row = {**row, **{column: None for column in own}}
            values.append(row)
        for batch in (values, renumbered):
            if batch:
                session.execute(table.insert(), batch)
    for table, row_id, links in later:
        session.execute(update(table).where(table.c.id == row_id).values(links))
    for name, row_id, column, value in data.get("unlinked", []):
        table = Base.metadata.tables[name]
        session.execute(update(table).where(table.c.id == row_id, table.c[column].is_(None)).values({column: value}))
    session.expire_all()
