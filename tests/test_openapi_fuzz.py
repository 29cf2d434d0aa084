"""schemathesis against the OpenAPI document of a running ``reseau serve``: whatever the
generated request, never a 500."""

from __future__ import annotations

import os
import subprocess

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from tests.conftest import RESEAU, ROOT, start_server


def _serve() -> tuple[str, str, subprocess.Popen]:
    import tempfile

    folder = tempfile.mkdtemp(prefix="reseau-fuzz-")
    env = {**os.environ, "RESEAU_DATABASE_URL": f"sqlite:///{folder}/r.db", "RESEAU_SECRET_KEY": "cle-de-test"}
    subprocess.run([str(RESEAU), "ingest", str(ROOT / "examples" / "bulletin-apu-2023-10.txt"), "--published", "2023-10-31"],
                   env=env, check=True, capture_output=True)
    subprocess.run([str(RESEAU), "user", "add", "robot", "--role", "admin", "--password-stdin"],
                   input=b"un-mot-de-passe-long\n", env=env, check=True, capture_output=True)
    token = subprocess.run([str(RESEAU), "user", "token", "robot"], env=env, check=True, capture_output=True).stdout.decode().strip()
    base, process = start_server(env)
    return base, token, process


@pytest.fixture(scope="module")
def live():
    """A live server on a small register, its base address and a viewer's token."""
    base, token, server = _serve()
    yield base, token
    server.terminate()
    server.wait(timeout=10)


def test_no_server_error_on_any_operation(live):
    base, token = live
    schema = schemathesis.openapi.from_url(f"{base}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 9
    for operation in operations:
        @given(case=operation.as_strategy())
        @settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def check(case):
            response = case.call(headers={"Authorization": f"Bearer {token}"})
            assert response.status_code < 500, f"{case.method} {case.formatted_path} {case.query} → {response.status_code}"

        check()
