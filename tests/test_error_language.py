"""Errors carry a code and their fields; their message is rendered in the reader's language
by the API (JSON body), the pages and the CLI — never a French sentence built in core code."""

from __future__ import annotations

import ast
import warnings
from pathlib import Path

import pytest

from reseau import errors
from reseau.app import create_app
from reseau.auth.tokens import create_token
from reseau.auth.users import add_user
from reseau.errors import Ambiguous, ReseauError, UnknownName
from reseau.i18n import catalog
from reseau.settings import Settings
from reseau.store.database import open_register

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

RESEAU = Path(__file__).resolve().parents[1] / "reseau"
ERROR_TYPES = {name for name, value in vars(errors).items() if isinstance(value, type) and issubclass(value, ReseauError)}


def _raised_templates() -> dict[str, str]:
    """The French template of every ``reseau.errors`` exception raised outside extract/."""
    found = {}
    for path in RESEAU.rglob("*.py"):
        if "extract" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) in ERROR_TYPES - {"UnknownName"}):
                continue
            args = [k.value for k in node.keywords if k.arg == "template"] if node.func.id == "Ambiguous" else node.args[:1]
            for arg in args:
                assert not isinstance(arg, ast.JoinedStr), f"{path}:{node.lineno}: a template, not an f-string"
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found[arg.value] = f"{path.name}:{node.lineno}"
    found |= {t: "errors.UNKNOWN_NAME" for t in errors.UNKNOWN_NAME.values()}
    found |= {t: "errors.KIND_WORDS" for t in errors.KIND_WORDS.values()}
    return found


def test_every_error_template_has_an_english_entry():
    english = catalog("en")
    missing = sorted(f"{where}: {t}" for t, where in _raised_templates().items() if t not in english)
    assert not missing, "missing in reseau/locale/en/LC_MESSAGES/reseau.po:\n" + "\n".join(missing)


def test_an_error_keeps_its_code_fields_and_status_and_speaks_both_languages():
    error = UnknownName("organization", "Zorglub")
    assert (error.code, error.status, error.fields) == ("unknown_name", 404, {"kind": "organization", "name": "Zorglub"})
    assert str(error) == "aucune organisation ne s'appelle « Zorglub »"
    assert error.render("en") == "no organization is called “Zorglub”"
    twice = Ambiguous("person", "Dupont", ["Jean Dupont [#1]", "Marie Dupont [#2]"])
    assert (twice.code, twice.status) == ("ambiguous", 409)
    assert twice.render("en") == "“Dupont” names several records: Jean Dupont [#1] ; Marie Dupont [#2]"


TOKEN: dict[str, str] = {}


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('errors') / 'r.db'}"
    register = open_register(url)
    with register.transaction() as s:
        add_user(s, "ana", "un-mot-de-passe-long", "viewer", actor="test")
        TOKEN["ana"] = create_token(s, "ana", actor="test")
    register.close()
    with TestClient(create_app(Settings(database_url=url, secret_key="cle-de-test"))) as c:
        assert c.post("/api/login", json={"username": "ana", "password": "un-mot-de-passe-long"}).status_code == 200
        yield c


def test_the_api_sends_code_fields_and_the_message_in_the_accept_language(client):
    english = client.get("/api/organizations/999", headers={"Accept-Language": "en-GB,en;q=0.8"})
    assert english.status_code == 404
    assert english.json() == {"code": "unknown_name", "fields": {"kind": "organization", "name": "#999"},
                              "detail": "no organization is called “#999”"}
    french = client.get("/api/organizations/999", headers={"Accept-Language": "fr"})
    assert french.json()["detail"] == "aucune organisation ne s'appelle « #999 »"
    refused = client.delete("/api/people/1", headers={"Accept-Language": "en", "Authorization": f"Bearer {TOKEN['ana']}"})
    assert refused.status_code == 403 and refused.json()["code"] == "forbidden"
    assert refused.json()["detail"] == "reserved for the admin role or higher"


def test_a_page_shows_the_error_in_the_readers_language(client):
    page = client.get("/activites", params={"organisation": "Zorglub"}, headers={"Accept-Language": "en"})
    assert "no organization is called “Zorglub”" in page.text


def test_a_reading_warning_crosses_the_isolated_reader_and_speaks_both_languages():
    from reseau.ingest.isolated import IsolatedReader
    from reseau.i18n import render

    source = IsolatedReader().read("Le café de la Ville de Zorglub.".encode("cp1252"), "zorglub.txt")
    (warning,) = source.warnings
    assert warning == "zorglub.txt : le texte n'est pas en UTF-8 ; lu en Windows-1252 (cp1252)"
    assert render(warning, "en") == "zorglub.txt: the text is not UTF-8; read as Windows-1252 (cp1252)"
    with pytest.raises(errors.BinaryInput) as caught:
        IsolatedReader().read(b"\x89PNG\r\n\x1a\n\x00\x00", "zorglub.txt")
    assert caught.value.render("en") == "zorglub.txt: this file is a PNG image, not text"
    assert caught.value.code == "binary_input" and caught.value.fields["name"] == "zorglub.txt"


def test_a_text_said_in_pieces_is_said_whole_in_each_language():
    from reseau.i18n import Text, render

    flag = Text("{kind} {number} : {reason}", kind=Text(errors.KIND_WORDS["organization"]), number=4,
                reason=Text("nom proche de « {known} »", known="Zorglub"))
    assert flag == "organisation 4 : nom proche de « Zorglub »"
    assert render(flag, "en").startswith("organization 4: ") and "Zorglub" in render(flag, "en")
