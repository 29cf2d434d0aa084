"""What the session lookup at every request costs: signed-in ``GET /api/me`` and ``GET /api/stats``
through the ASGI app on a SQLite register, and the lookup alone.

    PYTHONPATH=. .venv/bin/python benchmarks/session_lookup.py [N]

Prints requests per second and microseconds per lookup. Runs on any version of Réseau that
has ``/api/login`` (the lookup alone only where ``reseau.auth.sessions`` exists).
"""

from __future__ import annotations

import sys
import tempfile
import time
import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from reseau.app import create_app
from reseau.auth.users import add_user
from reseau.settings import Settings
from reseau.store.database import open_register


def main(n: int = 2000) -> None:
    url = f"sqlite:///{tempfile.mkdtemp()}/r.db"
    register = open_register(url)
    with register.transaction() as s:
        add_user(s, "lea", "un-mot-de-passe-long", "viewer", actor="bench")
    register.close()
    with TestClient(create_app(Settings(database_url=url, secret_key="bench"))) as c:
        assert c.post("/api/login", json={"username": "lea", "password": "un-mot-de-passe-long"}).status_code == 200
        for path in ("/api/me", "/api/stats"):
            for _ in range(100):
                c.get(path)
            started = time.perf_counter()
            for _ in range(n):
                assert c.get(path).status_code == 200
            print(f"GET {path}: {n / (time.perf_counter() - started):.0f} requêtes/s")
        try:
            from reseau.auth.sessions import session_account
        except ImportError:
            return
        secret = c.cookies.get("reseau_session")
        from base64 import b64decode
        import json

        payload = secret.split(".")[0]
        sid = json.loads(b64decode(payload + "=" * (-len(payload) % 4)))["sid"]
        with c.app.state.register.sessions() as s:
            started = time.perf_counter()
            for _ in range(n):
                session_account(s, sid, idle=3600)
            print(f"session_account : {(time.perf_counter() - started) / n * 1e6:.0f} µs par lecture")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
