"""``reseau serve --workers 2`` over real HTTP: a draft made by one worker process is
accepted by the other (drafts wait in the register, not in a process's memory).

Which worker served a request is read from the system, not from the app: while the
keep-alive connection is open, the process holding its server-side socket is the one that
answered (``/proc/net/tcp`` gives the socket's inode, ``/proc/PID/fd`` who holds it)."""

from __future__ import annotations

import http.client
import json
import os
import socket
import subprocess
import time
from pathlib import Path

import pytest

from reseau.auth.tokens import create_token
from reseau.auth.users import add_user
from reseau.store.database import open_register
from tests.conftest import RESEAU

pytestmark = pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="needs Linux's /proc")

TEXT = "Le 3 mai 2023, à Laval, l’Alliance pour la prévention urbaine (APU) a rencontré la Ville de Laval."


def _children(pid: int) -> list[int]:
    kids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                kids.append(int(entry.name))
    return kids


def _inode(server_port: int, client_port: int) -> str | None:
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        local, remote = fields[1], fields[2]
        if int(local.split(":")[1], 16) == server_port and int(remote.split(":")[1], 16) == client_port:
            return fields[9]
    return None


def _holder(workers: list[int], inode: str) -> int | None:
    for pid in workers:
        try:
            for fd in Path(f"/proc/{pid}/fd").iterdir():
                if os.readlink(fd) == f"socket:[{inode}]":
                    return pid
        except OSError:
            continue
    return None


def _request(port: int, workers: list[int], method: str, path: str, token: str, body: dict) -> tuple[int, dict, int | None]:
    """Send one request on a new connection; its status, JSON answer and the worker that served it."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        connection.connect()
        client_port = connection.sock.getsockname()[1]
        connection.request(method, path, body=json.dumps(body), headers={"Authorization": f"Bearer {token}",
                                                                          "Content-Type": "application/json"})
        answer = connection.getresponse()
        data = json.loads(answer.read() or b"null")
        inode = _inode(port, client_port)  # the connection is still open (keep-alive)
        return answer.status, data, _holder(workers, inode) if inode else None
    finally:
        connection.close()


@pytest.fixture
def served(tmp_path):
    url = f"sqlite:///{tmp_path / 'r.db'}"
    register = open_register(url)
    with register.transaction() as s:
        add_user(s, "eddy", "un-mot-de-passe-long", "editor", actor="test")
        token = create_token(s, "eddy", actor="test")
    register.close()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "RESEAU_DATABASE_URL": url, "RESEAU_SECRET_KEY": "cle-de-test", "RESEAU_MODEL": "blank:fr"}
    process = subprocess.Popen([str(RESEAU), "serve", "--port", str(port), "--workers", "2"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        workers: list[int] = []
        while len(workers) < 2 or not _answers(port):
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.2)
            # uvicorn's supervisor spawns the workers (and multiprocessing's resource tracker).
            workers = _children(process.pid)
        yield port, token, workers
    finally:
        process.terminate()
        process.wait(timeout=20)


def _answers(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
        return True
    except OSError:
        return False


def test_a_draft_made_by_one_worker_is_accepted_by_the_other(served):
    port, token, workers = served
    seen: set[int] = set()
    crossed = None
    for attempt in range(40):
        status, draft, maker = _request(port, workers, "POST", "/api/imports", token,
                                        {"text": f"{TEXT} (n° {attempt})", "published": "2023-05-31"})
        assert status == 201, draft
        status, done, accepter = _request(port, workers, "POST", f"/api/imports/{draft['id']}/accept", token, {})
        assert status == 200, done  # with drafts in one process's memory, about half were 404
        assert done["document"] and not done["skipped"]
        seen |= {maker, accepter}
        if maker and accepter and maker != accepter:
            crossed = (maker, accepter)
            break
    assert crossed, f"every request went to the same worker ({seen}); the test proves nothing"
    assert None not in seen and len(seen) == 2
