"""``reseau backup`` while another process writes gives a consistent copy; ``reseau restore``
puts it back, refuses a register that is not empty (unless --force) and a file that is not a
register; PostgreSQL gets a sentence pointing to pg_dump."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time

import pytest

from reseau.errors import StoreError
from reseau.store.backup import backup
from reseau.store.database import open_register
from tests.conftest import ROOT, run_cli

# A writer that adds people one transaction at a time; each transaction writes a person, her
# names, her search row and an audit row, so a copy taken between two commits has as many of
# each, and the people are numbered without a gap.
WRITER = """
import sys, time
from reseau.store.database import open_register
from reseau.store.curation import create_record
register = open_register(sys.argv[1])
deadline, n = time.monotonic() + float(sys.argv[2]), 0
while time.monotonic() < deadline:
    with register.transaction() as s:
        create_record(s, "person", {"name": f"Personne {n:05d}", "notes": "x" * 2000}, actor="writer")
    n += 1
    if n == 1:
        print("started", flush=True)
print(n, flush=True)
"""


def counts(path) -> tuple[int, int, list[str]]:
    with sqlite3.connect(path) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        people = [name for (name,) in c.execute("SELECT name FROM people ORDER BY id")]
        audit = c.execute("SELECT count(*) FROM audit WHERE action = 'create'").fetchone()[0]
        search = c.execute("SELECT count(*) FROM search_entries WHERE record_kind = 'person'").fetchone()[0]
    assert search == len(people)
    return len(people), audit, people


def test_backup_while_a_writer_writes_then_restore(tmp_path):
    database = tmp_path / "r.db"
    env = {"RESEAU_DATABASE_URL": f"sqlite:///{database}"}
    writer = subprocess.Popen([sys.executable, "-c", WRITER, env["RESEAU_DATABASE_URL"], "3"], stdout=subprocess.PIPE,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert writer.stdout.readline().strip() == b"started"
    register = open_register(env["RESEAU_DATABASE_URL"])
    copies = []
    while writer.poll() is None and len(copies) < 5:
        copies.append(backup(register, tmp_path / f"copie-{len(copies)}.db"))
        time.sleep(0.3)
    register.close()
    written = int(writer.stdout.readline())
    writer.wait(timeout=30)
    done = run_cli("backup", str(tmp_path / "copie-cli.db"), env=env)
    assert done.returncode == 0, done.stderr.decode()
    sizes = []
    for copy in [*copies, tmp_path / "copie-cli.db"]:
        people, audit, names = counts(copy)
        assert people == audit and names == [f"Personne {n:05d}" for n in range(people)]
        assert oct(os.stat(copy).st_mode & 0o777) == "0o600"
        sizes.append(people)
    assert len(copies) >= 2 and 0 < sizes[0] < sizes[len(copies) - 1] < written  # taken while the writer wrote
    assert sizes[-1] == written

    again = run_cli("backup", str(copies[0]), env=env)
    assert again.returncode == 1 and "existe déjà" in again.stderr.decode() and b"Traceback" not in again.stderr

    fresh = {"RESEAU_DATABASE_URL": f"sqlite:///{tmp_path / 'nouveau.db'}"}
    restored = run_cli("restore", str(tmp_path / "copie-cli.db"), env=fresh)
    assert restored.returncode == 0, restored.stderr.decode()
    assert counts(tmp_path / "nouveau.db")[0] == sizes[-1]
    refused = run_cli("restore", str(copies[0]), env=fresh)
    assert refused.returncode == 1 and "--force" in refused.stderr.decode()
    forced = run_cli("restore", str(copies[0]), "--force", env=fresh)
    assert forced.returncode == 0, forced.stderr.decode()
    assert counts(tmp_path / "nouveau.db")[0] == sizes[0]
    # What --force replaced is kept beside the register, whole.
    kept = list(tmp_path.glob("nouveau.avant-restauration-*.db"))
    assert len(kept) == 1 and counts(kept[0])[0] == sizes[-1] and str(kept[0]) in forced.stdout.decode()


def test_a_restore_ends_the_sign_ins_the_backup_holds(tmp_path):
    """A backup holds the sessions open when it was taken: restored, they would sign in again
    someone who has since logged out or been disabled."""
    from reseau.auth.sessions import open_session
    from reseau.auth.users import add_user
    from reseau.store.tables import LoginSession

    url = f"sqlite:///{tmp_path / 'r.db'}"
    register = open_register(url)
    with register.transaction() as session:
        user = add_user(session, "lea", "Tournesol-Vif-2026!", "viewer", actor="test")
        open_session(session, user.id, max_age=3600, address="127.0.0.1")
    backup(register, tmp_path / "copie.db")
    register.close()
    done = run_cli("restore", str(tmp_path / "copie.db"), "--force", env={"RESEAU_DATABASE_URL": url})
    assert done.returncode == 0, done.stderr.decode()
    assert "connexions fermées : 1" in done.stdout.decode()
    register = open_register(url)
    with register.sessions() as session:
        assert all(s.revoked_at is not None for s in session.query(LoginSession).all())
    register.close()


def test_restore_refuses_what_is_not_a_register(tmp_path):
    env = {"RESEAU_DATABASE_URL": f"sqlite:///{tmp_path / 'r.db'}"}
    text = tmp_path / "notes.db"
    text.write_text("pas une base\n" * 100)
    other = tmp_path / "autre.db"
    with sqlite3.connect(other) as c:
        c.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT)")
    for wrong in (text, other, tmp_path / "absente.db"):
        done = run_cli("restore", str(wrong), env=env)
        message = done.stderr.decode()
        assert done.returncode == 1 and b"Traceback" not in done.stderr, message
        assert "registre Réseau" in message or "introuvable" in message
        assert len(message.strip().splitlines()) == 1


def test_postgresql_says_to_use_pg_dump(register, tmp_path):
    if register.engine.dialect.name != "postgresql":
        pytest.skip("the SQLite case is the test above")
    with pytest.raises(StoreError, match="pg_dump"):
        backup(register, tmp_path / "copie.db")
