"""Erasure leaves the name nowhere: after ``DELETE /api/people/{id}`` or ``reseau person erase``,
every table (the search index's internal tables included), the database file, its WAL and
every export are walked for the erased person's name; the other people stay whole."""

from __future__ import annotations

import io
import os
import warnings
import zipfile
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text

from reseau.app import create_app
from reseau.auth.tokens import create_token
from reseau.auth.users import add_user
from reseau.workflows import ingest_paths
from reseau.publish.exports import register_tables, write_csv, write_graph, write_json
from reseau.query.lookup import find_person
from reseau.query.search import search
from reseau.store.merge import merge_records
from reseau.settings import Settings
from reseau.store.curation import add_alias, create_record, edit_field
from reseau.store.database import open_register
from reseau.store.personal_data import erase_person
from reseau.store.repo import fold
from reseau.store.tables import Document
from tests.conftest import ROOT, run_cli

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

BULLETIN = ("Une nouvelle coordonnatrice à l’APU\n\n"
            "En septembre 2023, l’Alliance pour la prévention urbaine (APU) a accueilli une nouvelle employée : "
            "Zéphyrine Wqxbrandt.\n\n"
            "Zéphyrine Wqxbrandt, coordonnatrice des projets internationaux à l’APU, a rencontré le 12 septembre 2023, "
            "à Gatineau, Josée Bérubé, directrice de l’Office municipal de prévention de Gatineau (OMPG), pour parler "
            "de sécurité urbaine. Mme Wqxbrandt présentera le projet en novembre.\n")
NAME = "Zéphyrine Wqxbrandt"
# Words of the name as they can be stored: as written, folded for search, and the end of the
# surname alone (the search index stores a word after the letters it shares with the previous
# one; no word shares more than « wq » with this one).
TRACES = ("zephyrine", "zéphyrine", "wqxbrandt", "xbrandt")
PASSWORD = "un-mot-de-passe-long"


def fill(register, folder: Path) -> int:
    """The bulletin and the APU example in the register, and the person edited in every way the
    audit records (rename, alias, merge, notes); her number."""
    (folder / "bulletin.txt").write_text(BULLETIN, encoding="utf-8")
    ingest_paths(register, [str(folder / "bulletin.txt")], published=date(2023, 10, 31))
    ingest_paths(register, [str(ROOT / "examples" / "bulletin-apu-2023-10.txt")], published=date(2023, 10, 31))
    with register.transaction() as s:
        person_id = find_person(s, NAME).id
        twin = create_record(s, "person", {"name": "Zéphyrine Wqxbrandt-Ly", "notes": "née Wqxbrandt"}, actor="eddy")
        merge_records(s, "person", keep=person_id, drop=twin, actor="eddy")
        add_alias(s, "person", person_id, "Z. Wqxbrandt", actor="eddy")
        edit_field(s, "person", person_id, "name", "Zéphyrine A. Wqxbrandt", actor="eddy")
        edit_field(s, "person", person_id, "notes", "Mme Wqxbrandt préfère le courriel", actor="eddy")
        # Her name in capitals, accents included, in another record: SQLite's LIKE folds the case
        # of ASCII letters only.
        create_record(s, "organization", {"name": "Cercle des amis", "notes": "contact : ZÉPHYRINE WQXBRANDT"}, actor="eddy")
    with register.sessions() as s:
        assert any(r.kind == "person" for r in search(s, "wqxbrandt"))
    return person_id


def traces_in_tables(register) -> list[str]:
    """Every cell of every table (search index's shadow tables included) that holds the name."""
    found = []
    with register.engine.connect() as c:
        tables = inspect(c).get_table_names()
        if c.dialect.name == "sqlite":
            tables = c.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'")).scalars().all()
        for table in tables:
            for row in c.execute(text(f'SELECT * FROM "{table}"')).all():
                for value in row:
                    if isinstance(value, bytes):
                        cell = value.decode("utf-8", "replace").casefold()
                    elif isinstance(value, str):
                        cell = fold(value)
                    else:
                        continue
                    if any(fold(t) in cell for t in TRACES):
                        found.append(f"{table}: {cell[:120]}")
    return found


def traces_in_files(database: Path) -> list[str]:
    """The database file and its WAL, read as bytes."""
    found = []
    for path in (database, Path(f"{database}-wal")):
        if path.exists():
            raw = path.read_bytes().lower()
            found += [f"{path.name}: {t}" for t in TRACES if t.encode("utf-8") in raw]
    return found


def traces_in_exports(register, folder: Path) -> list[str]:
    """Every export format of the register."""
    with register.sessions() as s:
        tables = register_tables(s)
    write_csv(tables, folder / "csv")
    write_json(tables, folder / "r.json")
    write_graph(tables, folder / "r.graphml", "graphml")
    write_graph(tables, folder / "r.gexf", "gexf")
    found = []
    for path in [*(folder / "csv").iterdir(), folder / "r.json", folder / "r.graphml", folder / "r.gexf"]:
        content = fold(path.read_text(encoding="utf-8-sig"))
        found += [f"{path.name}: {t}" for t in TRACES if fold(t) in content]
    return found


def test_erasure_leaves_the_name_in_no_table_and_no_export(register, nlp, tmp_path):
    person_id = fill(register, tmp_path)
    assert traces_in_tables(register)  # the walk does see the name before the erasure
    with register.transaction() as s:
        counts = erase_person(s, find_person(s, NAME), actor="dpo")
    register.checkpoint()
    assert counts["roles"] >= 1 and counts["mentions"] >= 2
    assert traces_in_tables(register) == []
    assert traces_in_exports(register, tmp_path) == []
    with register.sessions() as s:
        assert search(s, "wqxbrandt") == [] and search(s, "zephyrine") == []
        # Everyone else stays whole: the other person of the sentence, the other bulletin.
        assert any(r.kind == "person" and r.label == "Josée Bérubé" for r in search(s, "berube"))
        assert find_person(s, "Claire Dubuc") is not None
        texts = s.scalars(select(Document.text)).all()
        assert any("Josée Bérubé" in t and "█" in t for t in texts)
        history = s.execute(text("SELECT action, before, after FROM audit WHERE record_kind = 'person' AND record_id = :id"),
                            {"id": person_id}).all()
        assert {"edit name", "alias add", "merge", "erase"} <= {a for a, _, _ in history}


def test_erase_by_the_cli_leaves_nothing_in_the_files(nlp, tmp_path):
    database = tmp_path / "r.db"
    register = open_register(f"sqlite:///{database}")
    fill(register, tmp_path)
    register.close()
    assert traces_in_files(database)  # before: the name is in the file or its WAL
    done = run_cli("person", "erase", "Zéphyrine A. Wqxbrandt", "--yes", env={"RESEAU_DATABASE_URL": f"sqlite:///{database}"})
    assert done.returncode == 0, done.stderr.decode()
    assert traces_in_files(database) == []
    assert not Path(f"{database}-wal").exists() or os.path.getsize(f"{database}-wal") == 0
    register = open_register(f"sqlite:///{database}")
    try:
        assert traces_in_tables(register) == []
    finally:
        register.close()


@pytest.fixture
def served(tmp_path, nlp):
    database = tmp_path / "r.db"
    register = open_register(f"sqlite:///{database}")
    person_id = fill(register, tmp_path)
    with register.transaction() as s:
        add_user(s, "vera", PASSWORD, "viewer", actor="test")
        add_user(s, "ada", PASSWORD, "admin", actor="test")
        tokens = {"viewer": create_token(s, "vera", actor="test"), "admin": create_token(s, "ada", actor="test")}
    register.close()
    with TestClient(create_app(Settings(database_url=f"sqlite:///{database}", secret_key="cle"))) as client:
        yield client, database, person_id, {role: {"Authorization": f"Bearer {t}"} for role, t in tokens.items()}


def test_erase_through_the_api_clears_history_exports_and_files(served):
    client, database, person_id, auth = served
    before = client.get(f"/api/history/person/{person_id}", headers=auth["viewer"])
    assert "Wqxbrandt" in before.text
    assert client.delete(f"/api/people/{person_id}", headers=auth["admin"]).status_code == 200
    history = client.get(f"/api/history/person/{person_id}", headers=auth["viewer"])
    assert history.status_code == 200 and history.json()[0]["action"] == "erase"
    assert not any(fold(t) in fold(history.text) for t in TRACES)
    for fmt in ("csv", "json", "graphml", "gexf"):
        answer = client.get("/api/export", params={"format": fmt}, headers=auth["viewer"])
        assert answer.status_code == 200
        if fmt == "csv":
            with zipfile.ZipFile(io.BytesIO(answer.content)) as z:
                content = " ".join(z.read(n).decode("utf-8-sig") for n in z.namelist())
        else:
            content = answer.text
        assert not any(fold(t) in fold(content) for t in TRACES), fmt
    assert client.get("/api/search", params={"q": "wqxbrandt"}, headers=auth["viewer"]).json() == []
    # The server still holds its connections, and the files are clean all the same.
    assert traces_in_files(database) == []


def test_an_erased_name_that_is_also_a_json_value_leaves_every_history_readable(register):
    """A person named « 1 » (schemathesis made one): blanking her name in the audit's JSON text
    blanked the number 1 too, and the history of every record holding one answered a 500."""
    from reseau.query.history import record_history
    from reseau.store.tables import Person

    with register.transaction() as s:
        org = create_record(s, "organization", {"name": "Office municipal de prévention"}, actor="eddy")
        person = create_record(s, "person", {"name": "1", "notes": "vue à l’Office municipal"}, actor="eddy")
    with register.transaction() as s:
        erase_person(s, s.get(Person, person), actor="admin")
    with register.sessions() as s:
        history = record_history(s, "organization", org)
    assert history[0]["after"]["id"] == org == 1
    assert history[0]["after"]["name"] == "Office municipal de prévention"
