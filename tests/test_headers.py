"""Security headers on every answer: a Content-Security-Policy that forbids inline script and
framing, nosniff, a Referrer-Policy, and ``Cache-Control: no-store`` on pages and API answers
that carry personal data; no template holds an inline script, handler or style."""

from __future__ import annotations

import re
import warnings
from importlib import resources

import pytest

from reseau.app import create_app
from reseau.auth.tokens import create_token
from reseau.auth.users import add_user
from reseau.settings import Settings
from reseau.store.curation import create_record
from reseau.store.database import open_register

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    folder = tmp_path_factory.mktemp("headers")
    url = f"sqlite:///{folder / 'r.db'}"
    register = open_register(url)
    with register.transaction() as s:
        create_record(s, "person", {"name": "Josée Bérubé"}, actor="test")
        add_user(s, "vera", "un-mot-de-passe-long", "viewer", actor="test")
        token = create_token(s, "vera", actor="test")
    register.close()
    with TestClient(create_app(Settings(database_url=url, secret_key="cle")), follow_redirects=False) as c:
        c.headers["Authorization"] = f"Bearer {token}"
        yield c


def directives(answer) -> dict[str, str]:
    policy = answer.headers.get("content-security-policy", "")
    return {d.split()[0]: d.strip() for d in policy.split(";") if d.strip()}


@pytest.mark.parametrize("path", ["/connexion", "/", "/personnes", "/api/people", "/api/people/1", "/api/export?format=json",
                                  "/api/history/person/1", "/api/people/999", "/nowhere", "/openapi.json", "/static/app.css"])
def test_every_answer_carries_the_security_headers(client, path):
    answer = client.get(path)
    policy = directives(answer)
    assert policy.get("frame-ancestors") == "frame-ancestors 'none'"
    assert "unsafe-inline" not in policy.get("script-src", "x") and "'self'" in policy["script-src"]
    assert "unsafe-eval" not in answer.headers["content-security-policy"]
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert answer.headers["referrer-policy"] in {"no-referrer", "same-origin", "strict-origin-when-cross-origin"}
    assert answer.headers["x-frame-options"] == "DENY"
    if not path.startswith("/static"):
        assert answer.headers["cache-control"] == "no-store", path


def test_templates_hold_no_inline_script_handler_or_style():
    folder = resources.files("reseau.web").joinpath("templates")
    for template in folder.iterdir():
        html = template.read_text(encoding="utf-8")
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), template.name
        assert not re.search(r"\son[a-z]+\s*=", html), template.name
        assert not re.search(r"\sstyle\s*=|<style", html), template.name
        assert "javascript:" not in html, template.name


def test_an_unexpected_error_answers_500_with_the_headers():
    from starlette.applications import Starlette
    from starlette.routing import Route

    from reseau.http.headers import SecurityHeaders

    async def broken(request):
        raise RuntimeError("bug")

    app = Starlette(routes=[Route("/", broken)])
    app.add_middleware(SecurityHeaders)
    with TestClient(app, raise_server_exceptions=False) as c:
        answer = c.get("/")
    assert answer.status_code == 500 and answer.headers["cache-control"] == "no-store"
    assert "frame-ancestors 'none'" in answer.headers["content-security-policy"]
