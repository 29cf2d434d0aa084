"""Migration 0005 moves a register made at revision 0003 over without loss: same rows, same
JSON export, rows that pointed at nothing gone, and the database cleaning up from then on."""

from __future__ import annotations

import os
from datetime import date
from importlib import resources

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import MetaData, create_engine, func, insert, select, text

from reseau.workflows import ingest_paths
from reseau.query.search import search
from reseau.store.database import WRITE, open_register
from reseau.store.tables import Base
from tests.conftest import POSTGRES_URL
from tests.test_integrity import APU, JEUNESSE, export, orphans


def database_url(kind: str, tmp_path, name: str) -> str:
    if kind == "sqlite":
        return f"sqlite:///{tmp_path / name}.db"
    if not POSTGRES_URL:
        pytest.skip("RESEAU_TEST_POSTGRES_URL is not set")
    database = f"reseau_mig_{os.getpid()}_{name}"
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{database}"'))
        c.execute(text(f'CREATE DATABASE "{database}"'))
    admin.dispose()
    return POSTGRES_URL.rsplit("/", 1)[0] + "/" + database


def at_revision(url: str, revision: str):
    """A register whose schema stops at a revision, as an older Réseau left it."""
    register = open_register(url, migrate=False)
    config = Config()
    config.set_main_option("script_location", str(resources.files("reseau.store").joinpath("migrations")))
    with register.engine.connect().execution_options(**{WRITE: True}) as connection, connection.begin():
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    return register


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_a_register_at_0003_moves_over_without_loss(kind, tmp_path, nlp):
    current = open_register(database_url(kind, tmp_path, "current"))
    ingest_paths(current, [str(APU)], published=date(2023, 10, 31))
    ingest_paths(current, [str(JEUNESSE)], published=date(2024, 4, 30))
    expected = export(current)

    old_url = database_url(kind, tmp_path, "old")
    old = at_revision(old_url, "0003")
    columns = MetaData()
    columns.reflect(old.engine)
    counts = {}
    with current.engine.connect() as source, old.engine.begin() as target:
        for table in Base.metadata.sorted_tables:
            if table.name not in columns.tables:
                continue
            kept = [c.name for c in columns.tables[table.name].columns]
            rows = [{c: row[c] for c in kept} for row in source.execute(select(table)).mappings()]
            if rows:
                target.execute(insert(columns.tables[table.name]), rows)
            counts[table.name] = len(rows)
        if kind == "postgresql":  # ids inserted by hand leave the sequences behind
            for table in (name for name, n in counts.items() if n and name != "sessions"):
                target.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                    f"(SELECT coalesce(max(id), 1) FROM {table}))"))
        # What an older version could leave behind: rows that point at no record.
        target.execute(text("INSERT INTO mentions (document_id, record_kind, record_id, start, \"end\", text) "
                            "VALUES (1, 'person', 99999, 0, 4, 'Nemo')"))
        target.execute(text("INSERT INTO proposals (record_kind, record_id, candidate_id, reason, score, status, created_at) "
                            "VALUES ('person', 1, 99999, 'fusionnée', 0, 'merged', CURRENT_TIMESTAMP)"))
        target.execute(text("INSERT INTO search_entries (record_kind, record_id, label, folded) "
                            "VALUES ('organization', 99999, 'Fantôme', 'fantome')"))
    old.close()

    moved = open_register(old_url)  # upgrades to the last revision
    assert export(moved) == expected
    assert orphans(moved) == {}
    with moved.sessions() as s:
        for name, count in counts.items():
            assert s.scalar(select(func.count()).select_from(Base.metadata.tables[name])) == count, name
        assert ("person", person_id(s), "Maude Lavoie") in [(hit.kind, hit.id, hit.label) for hit in search(s, "Lavoie")]
    with moved.transaction() as s:  # the triggers clean up from now on
        person = s.scalar(text("SELECT id FROM people WHERE name = 'Maude Lavoie'"))
        s.execute(text(f"DELETE FROM people WHERE id = {person}"))
    assert orphans(moved) == {}
    moved.close()
    current.close()


def person_id(s) -> int:
    return s.scalar(text("SELECT id FROM people WHERE name = 'Maude Lavoie'"))
