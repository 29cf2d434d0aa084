"""The register at scale: a synthetic register, query latencies, and the ingest rate.

    .venv/bin/python benchmarks/register.py [--db /tmp/reseau-bench.db] [--calls 1000] [--bulletins 500]

1. Writes a synthetic register with bulk inserts (100,000 people, 20,000 organizations,
   300,000 activities, with roles, participations, aliases and the search index) into a
   SQLite file, unless it is already there.
2. Times 1,000 random calls of each answer (organization profile, person profile,
   activities filter, search, search with a misspelt surname) and prints p50 and p95 in
   milliseconds.
3. Times the network of 2,000 nodes, gathered and laid out, for the whole register and a month.
4. Ingests generated bulletins into fresh registers with `reseau ingest`, single process
   and `--jobs 2`, and prints documents per second.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.synthetic import CITIES, MONTHS, TITLES, TOPICS, bulletin, organization_name, person_name  # noqa: E402

PEOPLE, ORGS, ACTIVITIES = 100_000, 20_000, 300_000
KINDS = ["meeting"] * 8 + ["event", "hire", "publication"]


def build(url: str, seed: int = 7) -> None:
    """Fill an empty register with synthetic records, in bulk."""
    from sqlalchemy import insert

    from reseau.names import name_key
    from reseau.store.database import open_register
    from reseau.store.repo import fold
    from reseau.store.tables import Activity, OrgAlias, Organization, Participation, Person, PersonAlias, Role, SearchEntry

    rng = random.Random(seed)
    register = open_register(url)
    started = time.perf_counter()
    org_names = [f"{organization_name(rng)} {n}" if n >= 200 else organization_name(rng) + f" ({n})" for n in range(ORGS)]
    people = [f"{person_name(rng)} {chr(65 + n % 26)}{n}" for n in range(PEOPLE)]
    with register.engine.begin() as c:
        c.execute(insert(Organization), [{"id": i + 1, "name": n, "kind": "police" if "police" in n else None} for i, n in enumerate(org_names)])
        c.execute(insert(OrgAlias), [{"organization_id": i + 1, "alias": n, "key": name_key(n)} for i, n in enumerate(org_names)])
        c.execute(insert(Person), [{"id": i + 1, "name": n} for i, n in enumerate(people)])
        c.execute(insert(PersonAlias), [{"person_id": i + 1, "alias": n, "key": name_key(n), "partial": False} for i, n in enumerate(people)])
        # Organizations of very different sizes: a few large partners, a long tail.
        org_of = lambda: min(int(rng.paretovariate(1.0)), ORGS) if rng.random() < 0.3 else rng.randint(1, ORGS)  # noqa: E731
        c.execute(insert(Role), [{"person_id": i + 1, "organization_id": org_of(), "title": rng.choice(TITLES)} for i in range(PEOPLE)])
        acts, parts = [], []
        for a in range(1, ACTIVITIES + 1):
            year, month = rng.randint(2012, 2024), rng.randint(1, 12)
            acts.append({"id": a, "kind": rng.choice(KINDS), "date": f"{year}-{month:02}-{rng.randint(1, 28):02}",
                         "date_precision": "day", "place": rng.choice(CITIES), "summary": f"Rencontre à propos de {rng.choice(TOPICS)}",
                         "topics": rng.choice(TOPICS)[3:]})
            parts.append({"activity_id": a, "organization_id": 1, "person_id": None})
            parts.append({"activity_id": a, "organization_id": org_of(), "person_id": None})
            parts.append({"activity_id": a, "organization_id": None, "person_id": rng.randint(1, PEOPLE)})
        c.execute(insert(Activity), acts)
        c.execute(insert(Participation), parts)
        entries = [{"record_kind": "organization", "record_id": i + 1, "label": n, "folded": fold(n)} for i, n in enumerate(org_names)]
        entries += [{"record_kind": "person", "record_id": i + 1, "label": n, "folded": fold(n)} for i, n in enumerate(people)]
        entries += [{"record_kind": "activity", "record_id": a["id"], "label": a["summary"], "folded": fold(a["summary"] + " " + a["place"])} for a in acts]
        c.execute(insert(SearchEntry), entries)
    register.close()
    print(f"synthetic register written in {time.perf_counter() - started:.0f} s: {PEOPLE} people, {ORGS} organizations, {ACTIVITIES} activities")


def percentiles(samples: list[float]) -> str:
    q = statistics.quantiles(samples, n=100)
    return f"p50 {q[49]:6.1f} ms   p95 {q[94]:6.1f} ms"


def misspelt(rng: random.Random, word: str) -> str:
    """A word with one of its inner letters dropped (« Tremblay » → « Tremblya » is too kind)."""
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1:]


def time_queries(url: str, calls: int, seed: int = 11) -> None:
    """p50/p95 of the four answers over random calls."""
    from sqlalchemy import select

    from reseau.query.activities import ActivityFilter, list_activities
    from reseau.query.lookup import find_organization, find_person
    from reseau.query.profiles import organization_profile, person_profile
    from reseau.query.search import search
    from reseau.store.database import open_register
    from reseau.store.tables import Organization, Person

    rng = random.Random(seed)
    register = open_register(url)
    with register.sessions() as s:
        orgs = s.scalars(select(Organization.name)).all()
        people = s.scalars(select(Person.name)).all()
    tasks = {
        "org profile": lambda s: organization_profile(s, find_organization(s, rng.choice(orgs))),
        "person profile": lambda s: person_profile(s, find_person(s, rng.choice(people))),
        "activities filter": lambda s: list_activities(s, ActivityFilter(
            start=f"{rng.randint(2012, 2024)}-{rng.randint(1, 12):02}", place=rng.choice(CITIES),
            organization_id=rng.randint(1, len(orgs)) if rng.random() < 0.5 else None), limit=100),
        "search": lambda s: search(s, rng.choice([rng.choice(people).split()[1], rng.choice(CITIES), rng.choice(MONTHS)])),
        # A surname with a letter dropped: full-text search finds nothing, the close-name search runs.
        "misspelt search": lambda s: search(s, misspelt(rng, rng.choice(people).split()[-1])),
    }
    for name, task in tasks.items():
        samples = []
        with register.sessions() as s:
            for _ in range(calls):
                started = time.perf_counter()
                task(s)
                samples.append((time.perf_counter() - started) * 1000)
        print(f"{name:18} {percentiles(samples)}   ({calls} calls)")
    register.close()


def time_graph(url: str) -> None:
    """Seconds to gather and lay out the 2,000-node network: the whole register, then one month."""
    from reseau.query.graph import graph_data
    from reseau.store.database import open_register

    register = open_register(url)
    for label, period in (("whole register", {}), ("one month", {"start": "2023-01", "end": "2023-01"})):
        with register.sessions() as s:
            started = time.perf_counter()
            graph = graph_data(s, positions=True, **period)
            print(f"graph, {label:14} {time.perf_counter() - started:5.1f} s   "
                  f"({len(graph.nodes)} nodes, {len(graph.edges)} edges, laid out)")
    register.close()


def time_ingest(count: int) -> None:
    """Documents per second of `reseau ingest` on generated bulletins, one process and --jobs 2."""
    rng = random.Random(5)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "bulletins"
        folder.mkdir()
        for n in range(count):
            (folder / f"b{n:04}.txt").write_text(bulletin(rng, n), encoding="utf-8")
        reseau = Path(sys.executable).with_name("reseau")
        for jobs in (1, 2):
            env = {**os.environ, "RESEAU_DATABASE_URL": f"sqlite:///{tmp}/ingest{jobs}.db"}
            started = time.perf_counter()
            done = subprocess.run([str(reseau), "ingest", str(folder), "--published", "2024-12-31", "--jobs", str(jobs)],
                                  env=env, capture_output=True)
            seconds = time.perf_counter() - started
            status = "" if done.returncode == 0 else f" (failed: {done.stderr.decode()[-200:]})"
            print(f"ingest --jobs {jobs}: {count} bulletins in {seconds:.1f} s = {count / seconds:.1f} documents/s{status}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", default="/tmp/reseau-bench.db", help="SQLite file of the synthetic register")
    parser.add_argument("--calls", type=int, default=1000)
    parser.add_argument("--bulletins", type=int, default=500)
    parser.add_argument("--skip-ingest", action="store_true")
    parser.add_argument("--build-only", action="store_true", help="only write the synthetic register")
    args = parser.parse_args()
    url = f"sqlite:///{args.db}"
    if not Path(args.db).exists():
        build(url)
    if args.build_only:
        return
    time_queries(url, args.calls)
    time_graph(url)
    if not args.skip_ingest:
        time_ingest(args.bulletins)


if __name__ == "__main__":
    main()
