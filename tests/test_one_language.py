"""One language at a time: every page (as admin, through the ASGI app) and every CLI command
(its ``--help`` and a real run on a small register), in French then in English, holds no word
that only the other language's catalogue has.

The register is written by hand with made-up names (Zorglub, Kwarx Plom, Vlorn), so that no
word of the data can pass for a word of either language; words of the data are allowed anyway.
"""

from __future__ import annotations

import html
import json
import importlib
import io
import pkgutil
import re
import sys
import warnings
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
import typer

import reseau.web
from reseau.app import create_app
from reseau.auth.users import add_user
from reseau.cli import app as cli_app
from reseau.cli import main as cli_main
from reseau.cli.language import click_messages
from reseau.extract import records
from reseau.i18n import catalog, plural_catalog
from reseau.settings import Settings
from reseau.store.database import open_register
from reseau.resolve.resolver import resolve
from reseau.store.writer import write_extraction

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

TEXT = ("Zorglub et Kwarx Plom à Vlorn.\n\nLe 3 mai 2023, Kwarx Plom, directeur de Zorglub (ZGB), a vu "
        "Quimby Trask de Blorpco à Vlorn.\n")
# Words both languages write the same way, or that are names (of the product, of formats).
SHARED = {"réseau", "reseau", "json", "jsonl", "graphml", "gexf", "gephi", "excel", "openapi", "sqlite", "postgresql",
          "utf", "html", "csv", "api", "viewer", "editor", "admin", "name", "acronym", "kind", "country", "city", "notes",
          "organization", "person", "export", "erase", "table", "meeting", "event", "agreement", "hire", "publication",
          "sessions", "tokens", "vacuum", "into", "pragma", "quick_check", "ingest", "serve", "backup", "pg_dump",
          "pg_restore", "unodc", "onudc", "icpc", "cipc", "force", "help", "version", "format", "from", "place",
          "topic", "person", "dry", "run", "jobs", "min", "confidence", "published", "password", "stdin", "role",
          "session", "token", "days", "port", "host", "workers", "yes", "docx", "pdf", "txt", "zip", "info", "stats",
          "search", "activities", "merge", "rename", "edit", "alias", "forget", "review", "accept", "reject", "user",
          "add", "passwd", "list", "disable", "enable", "remove", "revoke", "restore", "extract", "org", "people",
          "loi", "rgpd", "gdpr"}


def _words(text: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"[^\W\d_]{4,}", text)}


def _only_in(one: set[str], other: set[str]) -> set[str]:
    return one - other - SHARED


def _vocabularies() -> tuple[set[str], set[str]]:
    """The words only French texts of the catalogues hold, and those only English ones hold."""
    french, english = set(), set()
    for fr, en in catalog("en").items():
        french |= _words(fr)
        english |= _words(en)
    for fr, forms in plural_catalog("en").items():
        french |= _words(fr)
        english |= _words(" ".join(forms))
    # Click's and Typer's own words: English is their source, French their translation.
    for en, fr in click_messages("fr")._singular.items():
        french |= _words(fr)
        english |= _words(en)
    return _only_in(french, english), _only_in(english, french)


FRENCH_ONLY, ENGLISH_ONLY = _vocabularies()


def _foreign(text: str, lang: str, data_words: set[str]) -> set[str]:
    """Words of ``text`` that belong to the other language's catalogue only."""
    return (_words(text) & (ENGLISH_ONLY if lang == "fr" else FRENCH_ONLY)) - data_words


def _extraction() -> records.Extraction:
    span = lambda text: records.Mention(TEXT.index(text), TEXT.index(text) + len(text), text)  # noqa: E731
    return records.Extraction(
        source="vlorn.txt", published="2023-05-31",
        organizations=[records.Organization("Zorglub", acronym="ZGB", mentions=[span("Zorglub")]),
                       records.Organization("Blorpco", mentions=[span("Blorpco")])],
        people=[records.Person("Kwarx Plom", roles=[records.Role("directeur", "Zorglub")], mentions=[span("Kwarx Plom")]),
                records.Person("Quimby Trask", mentions=[span("Quimby Trask")])],
        activities=[records.Activity("meeting", "2023-05-03", "day", "Vlorn", ["Kwarx Plom", "Quimby Trask"],
                                     ["Zorglub", "Blorpco"], [], "Kwarx Plom a vu Quimby Trask.", {"start": 40, "end": 120})])


@pytest.fixture
def small_register(tmp_path):
    """A register with two organizations, two people, one role, one meeting and an admin."""
    url = f"sqlite:///{tmp_path / 'r.db'}"
    register = open_register(url)
    with register.transaction() as session:
        extraction = _extraction()
        write_extraction(session, extraction, resolve(session, extraction), TEXT, actor="test")
        add_user(session, "zadmin", "un-mot-de-passe-long", "admin", actor="test")
    register.close()
    return url


DATA_WORDS = _words(TEXT) | {"zadmin", "zorglub", "blorpco", "kwarx", "plom", "quimby", "trask", "vlorn", "testclient", "nulle", "part",
                                  "couleur", "bleu", "absent", "absente", "copie", "zlecteur", "zscript", "vlornie", "zorg"}


# --- pages -------------------------------------------------------------------------------

def _page_paths() -> list[str]:
    """Every GET page of reseau.web's routers (new pages are picked up by themselves)."""
    paths = []
    for info in pkgutil.iter_modules(reseau.web.__path__):
        module = importlib.import_module(f"reseau.web.{info.name}")
        router = getattr(module, "router", None)
        for route in getattr(router, "routes", []):
            if "GET" in getattr(route, "methods", ()) and route.path not in paths:
                paths.append(route.path)
    return paths


def _visible(page: str) -> str:
    """What a reader sees or hears: the text, and the words of titles, placeholders and labels."""
    page = re.sub(r"(?s)<(script|style)\b.*?</\1>", " ", page)
    said = " ".join(re.findall(r'(?:title|placeholder|aria-label|alt)="([^"]*)"', page))
    return html.unescape(re.sub(r"<[^>]+>", " ", page) + " " + said)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_page_speaks_one_language(small_register, lang):
    settings = Settings(database_url=small_register, secret_key="cle-de-test")
    checked, foreign = [], {}
    with TestClient(create_app(settings)) as client:
        client.get(f"/langue/{lang}")
        form = client.get("/connexion").text
        csrf = re.search(r'name="csrf" value="([^"]+)"', form).group(1)
        client.post("/connexion", data={"username": "zadmin", "password": "un-mot-de-passe-long", "csrf": csrf})
        client.get(f"/langue/{lang}")
        # A change, so that the history (and its undo) has a line to show.
        token = re.search(r'name="csrf" value="([^"]+)"', client.get("/organisations/1").text).group(1)
        client.post("/organisations/1/modifier", data={"csrf": token, "name": "Zorglub", "country": "Vlornie"})
        for path in _page_paths():
            if "{lang}" in path or "{draft_id}" in path:
                continue  # the switch itself; a draft needs the language model (the review page is tested with it)
            url = re.sub(r"\{\w+\}", "1", path)
            for query in ("", "?q=zorglub", "?organisation=Nulle-part-Zorglub"):
                if query and path not in ("/recherche", "/activites"):
                    continue
                page = client.get(url + query, headers={"Accept-Language": lang})
                checked.append(f"{url}{query} {page.status_code}")
                words = _foreign(_visible(page.text), lang, DATA_WORDS)
                if words:
                    foreign[url + query] = sorted(words)
        missing = client.get("/organisations/99999", headers={"Accept-Language": lang})
        words = _foreign(_visible(missing.text), lang, DATA_WORDS)
        if words:
            foreign["/organisations/99999"] = sorted(words)
    assert len(checked) >= 12, checked
    assert not foreign, f"pages in {lang} with words of the other language: {foreign}"


# --- CLI ---------------------------------------------------------------------------------

def _command_paths(command, prefix=()) -> list[tuple[str, ...]]:
    paths = [prefix]
    for name, sub in getattr(command, "commands", {}).items():
        paths += _command_paths(sub, (*prefix, name))
    return paths


def _run(args: list[str], monkeypatch, lang: str, url: str, stdin: str = "") -> tuple[int, str]:
    """Run ``reseau ARGS`` in this process; its exit code and everything it printed."""
    monkeypatch.setenv("RESEAU_LANG", lang)
    monkeypatch.setenv("RESEAU_DATABASE_URL", url)
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setattr(sys, "argv", ["reseau", *args])
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    out, err = io.StringIO(), io.StringIO()
    code = 0
    with redirect_stdout(out), redirect_stderr(err):
        try:
            cli_main()
        except SystemExit as exit:
            code = exit.code if isinstance(exit.code, int) else 1
    return code, out.getvalue() + err.getvalue()


def _runs(tmp_path: Path) -> list[list[str]]:
    """A real run of every command on the small register (errors included: they are output too)."""
    return [
        ["info"], ["stats"], ["stats", "-f", "csv"], ["org", "Zorglub"], ["org", "ZGB", "-f", "csv"], ["person", "Kwarx Plom"],
        ["activities"], ["activities", "--kind", "réunion"], ["activities", "--kind", "meeting", "-f", "csv"],
        ["activities", "--kind", "pique-nique"], ["activities", "--from", "2023-13"], ["search", "zorglub"],
        ["org", "Nulle-part-Zorglub"], ["review"], ["review", "accept", "999"], ["review", "reject", "999"],
        ["export", str(tmp_path / "out"), "-f", "json"], ["backup", str(tmp_path / "copie.db")],
        ["restore", str(tmp_path / "absente.db")],
        ["user", "add", "zlecteur", "--password-stdin"], ["user", "list"], ["user", "role", "zlecteur", "editor"],
        ["user", "passwd", "zlecteur", "--password-stdin"], ["user", "disable", "zlecteur"], ["user", "enable", "zlecteur"],
        ["user", "sessions"], ["user", "token", "zlecteur", "--name", "zscript"], ["user", "tokens"],
        ["user", "revoke", "zlecteur"], ["user", "revoke"], ["user", "remove", "zlecteur", "--yes"],
        ["user", "role", "zadmin", "viewer"],
        ["alias", "add", "org", "Zorglub", "Zorg"], ["edit", "org", "Zorglub", "country", "Vlornie"],
        ["edit", "org", "Zorglub", "couleur", "bleu"], ["rename", "person", "Quimby Trask", "Quimby Trask-Vlorn"],
        ["merge", "org", "Zorglub", "Zorglub"], ["merge", "truc", "Zorglub", "Blorpco"],
        ["person", "export", "Kwarx Plom"], ["person", "erase", "Kwarx Plom", "--yes"],
        ["forget", "vlorn.txt"], ["forget", "vlorn.txt"], ["ingest", str(tmp_path / "absent.txt")],
        ["extract", str(tmp_path / "absent.txt")], ["org"], ["stats", "--format", "xml"], ["stats", "--bogus"], ["nosuch"],
    ]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_cli_command_speaks_one_language(small_register, tmp_path, monkeypatch, lang):
    foreign = {}
    command = typer.main.get_command(cli_app)
    for path in _command_paths(command):
        code, output = _run([*path, "--help"], monkeypatch, lang, small_register)
        assert code == 0, (path, output)
        words = _foreign(output, lang, DATA_WORDS)
        if words:
            foreign[" ".join(path) + " --help"] = sorted(words)
    for args in _runs(tmp_path):
        code, output = _run(args, monkeypatch, lang, small_register, stdin="un-mot-de-passe-long\n")
        assert "Traceback" not in output, (args, output)
        try:
            json.loads(output)
            continue  # JSON keeps stable English keys in every language
        except ValueError:
            pass
        words = _foreign(output, lang, DATA_WORDS | _words(str(tmp_path)))
        if words:
            foreign[" ".join(args)] = sorted(words)
    assert not foreign, f"CLI output in {lang} with words of the other language: {foreign}"


def test_cli_language_follows_reseau_lang_then_the_locale(small_register, monkeypatch):
    monkeypatch.delenv("RESEAU_LANG", raising=False)
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    from reseau.i18n import environment_language

    assert environment_language() == "en"
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert environment_language() == "fr"
    monkeypatch.setenv("RESEAU_LANG", "en")
    assert environment_language() == "en"


def test_counts_agree_in_number_in_both_languages(small_register, monkeypatch):
    code, french = _run(["info"], monkeypatch, "fr", small_register)
    assert code == 0 and "2 organisations" in french and "1 fonction\n" in french and "0 document" not in french
    code, english = _run(["info"], monkeypatch, "en", small_register)
    assert "2 organizations" in english and "1 title\n" in english and "2 people" in english and "0 open proposals" in english
    code, french = _run(["info"], monkeypatch, "fr", small_register)
    assert "0 proposition en attente" in french


def test_stats_json_keeps_english_keys_in_both_languages(small_register, monkeypatch):
    import json

    for lang in ("fr", "en"):
        code, output = _run(["stats", "--format", "json"], monkeypatch, lang, small_register)
        assert json.loads(output) == {"documents": 1, "organizations": 2, "people": 2, "roles": 1, "activities": 1,
                                      "missions": 0, "open_proposals": 0}


def test_help_is_french_down_to_clicks_own_words(small_register, monkeypatch):
    code, output = _run(["stats", "--help"], monkeypatch, "fr", small_register)
    assert "Afficher cette aide et quitter." in output and "Utilisation" in output and "Show this message" not in output
    code, output = _run(["org"], monkeypatch, "fr", small_register)
    assert code == 2 and "argument manquant" in output and "Missing argument" not in output
    code, output = _run(["stats", "--help"], monkeypatch, "en", small_register)
    assert "Show this message and exit." in output and "Count what the register holds." in output


def test_home_cards_agree_with_their_counts(small_register):
    settings = Settings(database_url=small_register, secret_key="cle-de-test")
    with TestClient(create_app(settings)) as client:
        csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/connexion").text).group(1)
        client.post("/connexion", data={"username": "zadmin", "password": "un-mot-de-passe-long", "csrf": csrf})
        french = " ".join(_visible(client.get("/", headers={"Accept-Language": "fr"}).text).split())
        assert "2 organisations" in french and "1 activité " in french and "1 document " in french
        client.get("/langue/en")
        english = " ".join(_visible(client.get("/").text).split())
        assert "2 organizations" in english and "2 people" in english and "1 activity " in english


def test_the_document_page_counts_agree_in_both_languages(small_register):
    settings = Settings(database_url=small_register, secret_key="cle-de-test")
    with TestClient(create_app(settings)) as client:
        csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/connexion").text).group(1)
        client.post("/connexion", data={"username": "zadmin", "password": "un-mot-de-passe-long", "csrf": csrf})
        french = " ".join(_visible(client.get("/documents/1", headers={"Accept-Language": "fr"}).text).split())
        assert "2 organisations, 2 personnes, 0 fonction, 1 activité" in french
        client.get("/langue/en")
        english = " ".join(_visible(client.get("/documents/1").text).split())
        assert "2 organizations, 2 people, 0 titles, 1 activity" in english


def test_kind_takes_french_words(small_register, monkeypatch):
    for word in ("réunion", "Reunion", "rencontre", "meeting"):
        code, output = _run(["activities", "--kind", word, "--format", "json"], monkeypatch, "fr", small_register)
        assert code == 0 and [a["kind"] for a in json.loads(output)] == ["meeting"], word
    code, output = _run(["activities", "--kind", "embauche", "--format", "json"], monkeypatch, "fr", small_register)
    assert code == 0 and json.loads(output) == []
    code, output = _run(["activities", "--kind", "pique-nique"], monkeypatch, "en", small_register)
    assert code == 2 and "unknown kind “pique-nique”" in output and "meeting" in output
