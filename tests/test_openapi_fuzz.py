"""schemathesis against the OpenAPI document of a running ``reseau serve``: whatever the
generated request, never a 500, and every answer as the description declares it."""

from __future__ import annotations

import os
import subprocess

import httpx
import pytest

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
    """A live server on a small register, its base address and an admin's token."""
    base, token, server = _serve()
    # The first import loads the language model: done here, it slows no generated request.
    httpx.post(f"{base}/api/imports", json={"text": "Le 3 mai, le RQP a rencontré Marie Roy."}, timeout=120,
               headers={"Authorization": f"Bearer {token}"}).raise_for_status()
    yield base, token
    server.terminate()
    server.wait(timeout=10)


SCHEMATHESIS = RESEAU.with_name("schemathesis")


def test_no_server_error_and_every_answer_matches_the_openapi_description(live, tmp_path):
    """schemathesis with all its checks, as admin: no 5xx; every status code, content type,
    body and ``Allow`` header an answer carries is the one the OpenAPI description declares;
    what the description allows is accepted, what it forbids is refused.

    The seed is fixed so that CI sees the same requests each time; to search further, run
    ``schemathesis run URL/openapi.json --checks all --header "Authorization: Bearer …"``
    against a served register without it."""
    base, token = live
    run = subprocess.run([str(SCHEMATHESIS), "run", f"{base}/openapi.json", "--checks", "all",
                          "--max-response-time", "30", "--max-examples", "10", "--seed", "20261127",
                          "--header", f"Authorization: Bearer {token}", "--no-color", "--generation-database", "none",
                          "--request-timeout", "30"], capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert run.returncode == 0, run.stdout[-6000:]


def test_text_that_is_not_unicode_in_a_json_body_is_refused_not_a_500(live):
    """A JSON string may hold half of a UTF-16 pair (``\\ud800``), which no UTF-8 answer can
    repeat: the refusal still arrives, as a 422."""
    base, token = live
    for body in ('{"name": "\\ud800"}', '{"nom": "a\\udc00b"}'):
        answer = httpx.post(f"{base}/api/people", content=body, timeout=10,
                            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
        assert answer.status_code == 422, answer.text
        assert answer.json()["detail"]


def test_a_body_over_its_limit_gets_the_413_the_description_declares(live):
    """The body limits answer 413 before reading: that status is in the description too."""
    from reseau.settings import Settings

    base, token = live
    body = b'{"name": "' + b"a" * Settings.from_env().max_json_bytes + b'"}'
    answer = httpx.post(f"{base}/api/people", content=body, timeout=30,
                        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    assert answer.status_code == 413 and "volumineux" in answer.json()["detail"]
    declared = httpx.get(f"{base}/openapi.json", timeout=10).json()["paths"]["/api/people"]["post"]["responses"]
    assert "413" in declared
