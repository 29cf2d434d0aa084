"""The feeds at scale: the Atom feed and the calendar of the synthetic register.

    .venv/bin/python benchmarks/feeds.py [--db /tmp/reseau-bench.db] [--audit 200000] [--calls 20]

Copies the synthetic register of ``benchmarks/register.py`` (written first if missing: 300,000
activities), adds ``--audit`` audit rows (a third of them edits of activities, the rest sign-ins
and imports, as a register used for years holds), then times, through the app over HTTP with a
feed token in the address: the feed's 50 newest entries, a month's calendar, a year's calendar,
and the calendar of 10,000 activities (the route's largest answer); p50 and p95 in milliseconds.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
import warnings
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def percentiles(samples: list[float]) -> str:
    """p50 and p95 of durations in seconds, in milliseconds."""
    ordered = sorted(samples)
    return f"p50 {statistics.median(ordered) * 1000:.0f} ms, p95 {ordered[int(len(ordered) * 0.95) - 1] * 1000:.0f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", default="/tmp/reseau-bench.db", help="SQLite file of the synthetic register")
    parser.add_argument("--audit", type=int, default=200_000)
    parser.add_argument("--calls", type=int, default=20)
    args = parser.parse_args()

    from sqlalchemy import insert

    from benchmarks.register import build
    from reseau.app import create_app
    from reseau.auth.tokens import create_token
    from reseau.auth.users import add_user
    from reseau.settings import Settings
    from reseau.store.database import open_register
    from reseau.store.tables import AuditEntry

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    if not Path(args.db).exists():
        build(f"sqlite:///{args.db}")
    folder = Path(tempfile.mkdtemp(prefix="reseau-feeds-"))
    copy = folder / "r.db"
    shutil.copyfile(args.db, copy)
    url = f"sqlite:///{copy}"
    register = open_register(url)
    rng = random.Random(5)
    start = datetime(2020, 1, 1, tzinfo=timezone.utc)
    rows = [{"actor": "bench", "action": "activity edit" if n % 3 == 0 else "login",
             "record_kind": "activity" if n % 3 == 0 else "user", "record_id": rng.randint(1, 300_000) if n % 3 == 0 else 1,
             "at": start + timedelta(minutes=n)} for n in range(args.audit)]
    with register.engine.begin() as c:
        if rows:
            c.execute(insert(AuditEntry), rows)
    with register.transaction() as session:
        add_user(session, "bench", "un-mot-de-passe-long", "viewer", actor="bench")
        token = create_token(session, "bench", "bench", actor="bench", scope="feed")
    register.close()
    print(f"register: 300000 activities, {args.audit} audit rows")
    with TestClient(create_app(Settings(database_url=url, secret_key="bench"))) as client:
        cases = {"feed, 50 newest": ("/api/feed.atom", {}),
                 "calendar, a month (2022-05)": ("/api/calendar.ics", {"start": "2022-05", "end": "2022-05"}),
                 "calendar, a year (2022, 10,000 at most)": ("/api/calendar.ics", {"start": "2022", "end": "2022", "limit": 10000}),
                 "calendar, an organization (limit 2000)": ("/api/calendar.ics", {"organization": 1})}
        for name, (path, params) in cases.items():
            samples, size = [], 0
            for _ in range(args.calls):
                began = time.perf_counter()
                answer = client.get(path, params={"jeton": token, **params})
                samples.append(time.perf_counter() - began)
                assert answer.status_code == 200, answer.text[:300]
                size = len(answer.content)
            print(f"{name}: {percentiles(samples)} ({size // 1024} KiB)")
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
