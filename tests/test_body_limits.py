"""Request bodies over their route's limit are refused before they are read: a live
``reseau serve`` answers a 200 MB upload it was only sent the start of, writes nothing to
disk, and stops a streamed body as soon as it passes the limit; a 422 never echoes what was sent."""

from __future__ import annotations

import os
import select
import socket
import time
import warnings
from urllib.parse import urlsplit

import pytest

from reseau.app import create_app
from reseau.auth.tokens import create_token
from reseau.auth.users import add_user
from reseau.settings import Settings
from reseau.store.database import open_register
from tests.conftest import start_server

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

PASSWORD = "un-mot-de-passe-long"
CHUNK = 64 * 1024


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    """A served register (limits lowered for the streamed case), its address, an editor's token
    and the server's temporary folder."""
    folder = tmp_path_factory.mktemp("limits")
    url = f"sqlite:///{folder / 'r.db'}"
    register = open_register(url)
    with register.transaction() as s:
        add_user(s, "eddy", PASSWORD, "editor", actor="test")
        add_user(s, "vera", PASSWORD, "viewer", actor="test")
        token = create_token(s, "eddy", actor="test")
    register.close()
    spool = folder / "tmp"
    spool.mkdir()
    env = {**os.environ, "RESEAU_DATABASE_URL": url, "RESEAU_SECRET_KEY": "cle-de-test", "RESEAU_MODEL": "blank:fr",
           "TMPDIR": str(spool), "RESEAU_MAX_IMPORT_BYTES": str(2 * 1024 * 1024)}
    base, process = start_server(env)
    yield base, token, spool
    process.terminate()
    process.wait(timeout=10)


def send_slowly(base: str, head: str, chunks: int, pause: float = 0.05, chunked: bool = False) -> tuple[str, int, float]:
    """Send a request's head, then its body 64 KB at a time (``chunks`` of them, a pause between
    each: the whole would take long), stopping as soon as the server answers. The answer's
    status line, the body bytes sent, and the seconds it took."""
    address = urlsplit(base)
    started = time.monotonic()
    sent = 0
    with socket.create_connection((address.hostname, address.port), timeout=10) as s:
        s.sendall(head.encode("latin-1"))
        for _ in range(chunks):
            if select.select([s], [], [], pause)[0]:
                break
            piece = b"x" * CHUNK
            try:
                s.sendall(f"{len(piece):x}\r\n".encode() + piece + b"\r\n" if chunked else piece)
            except (BrokenPipeError, ConnectionResetError):
                break
            sent += len(piece)
        s.settimeout(5)
        answer = s.recv(4096).decode("latin-1", "replace")
    return answer.split("\r\n", 1)[0], sent, time.monotonic() - started


def test_an_anonymous_200_mb_upload_is_refused_unread_and_nothing_is_written(live):
    base, _, spool = live
    head = ("POST /import HTTP/1.1\r\nHost: test\r\nContent-Type: multipart/form-data; boundary=b\r\n"
            f"Content-Length: {200 * 1024 * 1024}\r\n\r\n--b\r\nContent-Disposition: form-data; name=\"file\"; "
            "filename=\"gros.txt\"\r\n\r\n")
    status, sent, seconds = send_slowly(base, head, chunks=3200)
    assert " 413 " in status and seconds < 2 and sent < 2 * 1024 * 1024
    assert list(spool.iterdir()) == []


def test_an_anonymous_150_mb_json_import_is_refused_unread(live):
    base, _, _ = live
    head = (f"POST /api/imports HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
            f"Content-Length: {150 * 1024 * 1024}\r\n\r\n{{\"text\": \"")
    status, sent, seconds = send_slowly(base, head, chunks=2400)
    assert " 413 " in status and seconds < 2 and sent < 1024 * 1024


def test_a_signed_in_import_streamed_without_length_stops_at_the_limit(live):
    base, token, spool = live
    head = ("POST /api/imports HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
            f"Authorization: Bearer {token}\r\nTransfer-Encoding: chunked\r\n\r\n")
    status, sent, seconds = send_slowly(base, head, chunks=400, chunked=True)  # 25 MB if it were all read
    assert " 413 " in status and seconds < 5
    assert 2 * 1024 * 1024 <= sent < 6 * 1024 * 1024
    assert list(spool.iterdir()) == []


def test_a_viewer_upload_is_refused_before_it_is_read(live):
    import httpx

    base, _, spool = live
    cookie = httpx.post(f"{base}/api/login", json={"username": "vera", "password": PASSWORD}).cookies["reseau_session"]
    size = 2 * 1024 * 1024 - 4096  # under the import limit: only the account can refuse it
    head = ("POST /import HTTP/1.1\r\nHost: test\r\nContent-Type: multipart/form-data; boundary=b\r\n"
            f"Cookie: reseau_session={cookie}\r\nContent-Length: {size}\r\n\r\n")
    status, sent, seconds = send_slowly(base, head, chunks=size // CHUNK)
    assert " 403 " in status and sent < size // 2
    assert list(spool.iterdir()) == []


def test_a_forged_token_gets_its_401_before_the_body_is_read(live):
    base, _, _ = live
    size = 2 * 1024 * 1024 - 4096
    head = ("POST /api/imports HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
            f"Authorization: Bearer rsx_faux\r\nContent-Length: {size}\r\n\r\n{{\"text\": \"")
    status, sent, _ = send_slowly(base, head, chunks=size // CHUNK)
    assert " 401 " in status and sent < size // 2


@pytest.fixture
def small(tmp_path):
    """The app with small limits, and an editor's token."""
    url = f"sqlite:///{tmp_path / 'r.db'}"
    register = open_register(url)
    with register.transaction() as s:
        add_user(s, "eddy", PASSWORD, "editor", actor="test")
        token = create_token(s, "eddy", actor="test")
    register.close()
    settings = Settings(database_url=url, secret_key="cle", model="blank:fr", max_json_bytes=4096, max_form_bytes=1500,
                        max_import_chars=20_000)
    with TestClient(create_app(settings)) as client:
        yield client, {"Authorization": f"Bearer {token}"}


def test_each_route_has_its_limit(small):
    client, editor = small
    notes = "n" * 5000  # within the field's 10,000 characters, over the 4 KB of a JSON body
    refused = client.post("/api/organizations", json={"name": "Ville de Laval", "notes": notes}, headers=editor)
    assert refused.status_code == 413 and "4 Ko au plus" in refused.json()["detail"]
    assert client.post("/api/organizations", json={"name": "Ville de Laval"}, headers=editor).status_code == 201
    # The import route takes larger bodies than other JSON.
    assert client.post("/api/imports", json={"text": "Le 3 mai, la Ville de Laval. " * 300}, headers=editor).status_code == 201
    # An import's text is bounded too: spaCy would keep a thread busy for minutes.
    too_long = client.post("/api/imports", json={"text": "Le 3 mai, la Ville de Laval. " * 800}, headers=editor)
    assert too_long.status_code == 422 and too_long.json()["detail"].startswith("texte envoyé : texte trop long")
    # A page's form: the error page, in the visitor's language.
    page = client.post("/connexion", data={"username": "x" * 2000, "password": "y"}, headers={"Accept-Language": "en"})
    assert page.status_code == 413 and "Request too large: 1.465 KB at most" in page.text


def test_a_422_never_echoes_what_was_sent(small):
    client, editor = small
    answer = client.post("/api/organizations", json={"name": "SECRET" * 100}, headers=editor)
    assert answer.status_code == 422 and "SECRET" not in answer.text
    assert answer.json()["detail"][0]["loc"] == ["body", "name"]
    login = client.post("/api/login", json={"username": "eddy", "password": "motdepasse" * 101})
    assert login.status_code == 422 and "motdepasse" not in login.text


def test_the_review_of_an_import_takes_a_json_sized_body(small):
    client, editor = small
    review = {"organization_names": {str(i): "Ville de Laval" for i in range(400)}}  # some 9 KB, over the 4 KB of JSON
    answer = client.post("/api/imports/abc/accept", json=review, headers=editor)
    assert answer.status_code == 413
    assert client.post("/api/imports/abc/accept", json={}, headers=editor).status_code == 404
