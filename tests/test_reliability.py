"""The register survives a killed ingest and two ingests at once on the same SQLite file."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

from sqlalchemy import func, select

from benchmarks.synthetic import bulletin
from reseau.store.database import open_register
from reseau.store.tables import Activity, Document, Mention, Organization, Person
from tests.conftest import RESEAU


def write_bulletins(folder, count: int, seed: int) -> list:
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for n in range(count):
        path = folder / f"bulletin-{seed}-{n:03}.txt"
        path.write_text(bulletin(rng, n), encoding="utf-8")
        paths.append(path)
    return paths


def documents(url: str) -> int:
    register = open_register(url)
    try:
        with register.sessions() as s:
            return s.scalar(select(func.count(Document.id)))
    finally:
        register.close()


def test_killed_ingest_keeps_only_whole_documents(tmp_path):
    url = f"sqlite:///{tmp_path / 'r.db'}"
    files = write_bulletins(tmp_path / "lot", 24, seed=1)
    env = {**os.environ, "RESEAU_DATABASE_URL": url}
    process = subprocess.Popen([str(RESEAU), "ingest", str(tmp_path / "lot"), "--published", "2023-12-31"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 240
    while time.time() < deadline and process.poll() is None:
        time.sleep(0.2)
        if (tmp_path / "r.db").exists() and documents(url) >= 3:
            break
    process.send_signal(signal.SIGKILL)
    process.wait()
    register = open_register(url)
    with register.sessions() as s:
        kept = s.scalars(select(Document.id)).all()
        assert 3 <= len(kept) < len(files), "the ingest should have been killed midway"
        for document_id in kept:
            # Every document present is whole: its activities and the mentions that support them.
            assert s.scalar(select(func.count(Activity.id)).where(Activity.document_id == document_id)) == 3
            assert s.scalar(select(func.count(Mention.id)).where(Mention.document_id == document_id)) >= 9
        orphans = s.scalar(select(func.count(Mention.id)).where(Mention.document_id.not_in(select(Document.id))))
        assert orphans == 0
    register.close()
    # Running it again finishes the job, keeping what was there.
    done = subprocess.run([str(RESEAU), "ingest", str(tmp_path / "lot"), "--published", "2023-12-31"], env=env,
                          capture_output=True, timeout=600)
    assert done.returncode == 0, done.stderr.decode()[-1000:]
    assert documents(url) == len(files)


def test_two_ingests_at_once_on_one_sqlite_file(tmp_path):
    url = f"sqlite:///{tmp_path / 'r.db'}"
    write_bulletins(tmp_path / "a", 10, seed=2)
    write_bulletins(tmp_path / "b", 10, seed=3)
    env = {**os.environ, "RESEAU_DATABASE_URL": url}
    runs = [subprocess.Popen([str(RESEAU), "ingest", str(tmp_path / name), "--published", "2023-12-31"], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE) for name in ("a", "b")]
    outputs = [r.communicate(timeout=600) for r in runs]
    for run, (_, err) in zip(runs, outputs):
        assert run.returncode == 0, err.decode()[-1000:]
        assert b"locked" not in err
    register = open_register(url)
    with register.sessions() as s:
        assert s.scalar(select(func.count(Document.id))) == 20
        orgs = s.scalars(select(Organization.name)).all()
        people = s.scalars(select(Person.name)).all()
    register.close()
    assert len(orgs) == len(set(orgs)) and len(people) == len(set(people))
    assert orgs.count("Réseau québécois de prévention") == 1


def test_jobs_give_the_same_register(tmp_path):
    write_bulletins(tmp_path / "lot", 20, seed=4)  # more than one worker's chunk (ingest.CHUNK)
    counts = []
    for jobs in ("1", "2"):
        url = f"sqlite:///{tmp_path / f'r{jobs}.db'}"
        done = subprocess.run([str(RESEAU), "ingest", str(tmp_path / "lot"), "--published", "2023-12-31", "--jobs", jobs],
                              env={**os.environ, "RESEAU_DATABASE_URL": url}, capture_output=True, timeout=600)
        assert done.returncode == 0, done.stderr.decode()[-1000:]
        register = open_register(url)
        with register.sessions() as s:
            counts.append((s.scalar(select(func.count(Document.id))), s.scalar(select(func.count(Organization.id))),
                           s.scalar(select(func.count(Person.id)))))
        register.close()
    assert counts[0] == counts[1] and counts[0][0] == 20


OPEN_AT = """import sys, time
from reseau.store.database import open_register
start = float(sys.argv[2])
while time.time() < start:
    pass
register = open_register(sys.argv[1])
with register.transaction():
    pass
register.close()
"""


def test_processes_creating_one_register_at_once_all_open_it(tmp_path):
    # Two commands started together on a register that does not exist yet (two ingests, a
    # serve and an ingest) once made one of them fail with « database is locked ».
    for round_ in range(4):
        url = f"sqlite:///{tmp_path / f'r{round_}.db'}"
        start = time.time() + 3
        runs = [subprocess.Popen([sys.executable, "-c", OPEN_AT, url, str(start)], stderr=subprocess.PIPE)
                for _ in range(6)]
        for run in runs:
            _, err = run.communicate(timeout=120)
            assert run.returncode == 0, err.decode()[-500:]
