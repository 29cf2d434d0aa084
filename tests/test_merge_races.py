"""Merges that race: two editors merging crossed pairs (A←B and B←A), or one record into two
others (A←C and B←C), at the same moment. One merge happens, the other is refused with a
Conflict (409 through the API), and the audit holds one row per merge that happened — on
SQLite and on a real PostgreSQL (skipped without one)."""

from __future__ import annotations

import threading
import warnings

from sqlalchemy import func, select

from reseau.app import create_app
from reseau.auth.tokens import create_token
from reseau.auth.users import add_user
from reseau.errors import Conflict
from reseau.store.merge import merge_records
from reseau.settings import Settings
from reseau.store.curation import create_record
from reseau.store.database import open_register
from reseau.store.tables import AuditEntry, Person, PersonAlias

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


def people(register, *names: str) -> list[int]:
    with register.transaction() as s:
        return [create_record(s, "person", {"name": name}, actor="test") for name in names]


def race(register, pairs: list[tuple[int, int]]) -> list[str]:
    """Run each merge (keep, drop) in its own thread and transaction; what each ended with."""
    postgres = register.engine.dialect.name == "postgresql"
    # On PostgreSQL both transactions first read the two records (as the API does) and only then
    # merge, so that they overlap for sure; SQLite lets one writer in at a time.
    barrier = threading.Barrier(len(pairs), timeout=20)
    outcomes: list[str] = [""] * len(pairs)

    def merge(n: int, keep: int, drop: int) -> None:
        try:
            if not postgres:
                barrier.wait()
            with register.transaction() as s:
                s.get(Person, keep), s.get(Person, drop)
                if postgres:
                    barrier.wait()
                merge_records(s, "person", keep=keep, drop=drop, actor=f"editor{n}")
            outcomes[n] = "merged"
        except Conflict:
            outcomes[n] = "conflict"
        except Exception as error:  # what the test must never see: a deadlock, a stale row
            outcomes[n] = f"error: {type(error).__name__}: {error}"

    threads = [threading.Thread(target=merge, args=(n, keep, drop)) for n, (keep, drop) in enumerate(pairs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return outcomes


def merges_audited(register) -> int:
    with register.sessions() as s:
        return s.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.action == "merge"))


def test_crossed_merges(register):
    a, b = people(register, "Anne Aubry", "Bruno Barré")
    outcomes = race(register, [(a, b), (b, a)])
    assert sorted(outcomes) == ["conflict", "merged"], outcomes
    with register.sessions() as s:
        left = s.scalars(select(Person.id)).all()
        assert len(left) == 1
        names = set(s.scalars(select(PersonAlias.alias).where(PersonAlias.person_id == left[0])).all())
        assert names == {"Anne Aubry", "Bruno Barré"}
    assert merges_audited(register) == 1


def test_one_record_into_two_others(register):
    a, b, c = people(register, "Anne Aubry", "Bruno Barré", "Chloé Caron")
    outcomes = race(register, [(a, c), (b, c)])
    assert sorted(outcomes) == ["conflict", "merged"], outcomes
    with register.sessions() as s:
        assert s.get(Person, c) is None and s.scalar(select(func.count(Person.id))) == 2
        holders = s.scalars(select(PersonAlias.person_id).where(PersonAlias.alias == "Chloé Caron")).all()
        assert len(holders) == 1 and holders[0] == (a if outcomes[0] == "merged" else b)
    assert merges_audited(register) == 1


def test_the_api_answers_409_to_a_merge_that_lost(tmp_path):
    url = f"sqlite:///{tmp_path / 'r.db'}"
    register = open_register(url)
    a, b = people(register, "Anne Aubry", "Bruno Barré")
    with register.transaction() as s:
        add_user(s, "eddy", "un-mot-de-passe-long", "editor", actor="test")
        token = create_token(s, "eddy", actor="test")
    register.close()
    auth = {"Authorization": f"Bearer {token}"}
    with TestClient(create_app(Settings(database_url=url, secret_key="cle"))) as client:
        assert client.post(f"/api/people/{a}/merge", json={"other": b}, headers=auth).status_code == 200
        crossed = client.post(f"/api/people/{b}/merge", json={"other": a}, headers=auth)
        again = client.post(f"/api/people/{a}/merge", json={"other": b}, headers=auth)
        history = client.get(f"/api/history/person/{a}", headers=auth).json()
    assert crossed.status_code == 409 and "fusionnée" in crossed.json()["detail"]
    assert again.status_code == 409
    assert [h["action"] for h in history].count("merge") == 1
