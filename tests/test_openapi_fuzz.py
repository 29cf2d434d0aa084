"""schemathesis against the OpenAPI document of a running ``reseau serve``: whatever the
generated request, never a 500."""

from __future__ import annotations

import os
import socket
import subprocess
import time

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from tests.conftest import RESEAU, ROOT


def _serve() -> tuple[str, str, subprocess.Popen]:
    import tempfile

    folder = tempfile.mkdtemp(prefix="reseau-fuzz-")
    env = {**os.environ, "RESEAU_DATABASE_URL": f"sqlite:///{folder}/r.db", "RESEAU_SECRET_KEY": "cle-de-test"}
    subprocess.run([str(RESEAU), "ingest", str(ROOT / "examples" / "bulletin-apu-2023-10.txt"), "--published", "2023-10-31"],
                   env=env, check=True, capture_output=True)
    subprocess.run([str(RESEAU), "user", "add", "robot", "--role", "viewer", "--password-stdin"],
                   input=b"un-mot-de-passe-long\n", env=env, check=True, capture_output=True)
    token = subprocess.run([str(RESEAU), "user", "token", "robot"], env=env, check=True, capture_output=True).stdout.decode().strip()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen([str(RESEAU), "serve", "--port", str(port)], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(150):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    return f"http://127.0.0.1:{port}", token, process


BASE, TOKEN, SERVER = _serve()
schema = schemathesis.openapi.from_url(f"{BASE}/openapi.json")


@pytest.fixture(scope="module", autouse=True)
def _stop_server():
    yield
    SERVER.terminate()
    SERVER.wait(timeout=10)


@schema.parametrize()
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_error(case):
    response = case.call(headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code < 500, f"{case.method} {case.formatted_path} → {response.status_code}: {response.text[:300]}"
