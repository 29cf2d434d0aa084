"""The workflow's three callers, each through its real entry — ``reseau ingest`` run as a
command, the JSON API over HTTP, the import page's forms as a browser sends them — give the
same register from the same bulletin."""

from __future__ import annotations

import re
import shutil
import time
import warnings
from datetime import date
from html.parser import HTMLParser

import pytest

from reseau.app import create_app
from reseau.auth.tokens import create_token
from reseau.auth.users import add_user
from reseau.publish.exports import register_tables
from reseau.settings import Settings
from reseau.store.database import open_register
from reseau.workflows import ingest_paths
from tests.conftest import ROOT, run_cli

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

PASSWORD = "un-mot-de-passe-long"
BASE = ROOT / "examples" / "bulletin-reseau-jeunesse.html"
BULLETIN = ROOT / "examples" / "bulletin-apu-2023-10.txt"


class FormFields(HTMLParser):
    """The fields a browser sends for the first form posting to ``action``: text and hidden
    inputs, checked boxes, each list's selected option (else its first)."""

    def __init__(self, action: str) -> None:
        super().__init__()
        self.action, self.inside, self.select, self.fields = action, False, None, []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.inside = a.get("action") == self.action
        elif not self.inside:
            return
        elif tag == "input" and a.get("name"):
            if a.get("type") != "checkbox" or "checked" in a:
                self.fields.append((a["name"], a.get("value") or ""))
        elif tag == "select":
            self.select = [a["name"], None, None]
        elif tag == "option" and self.select is not None:
            if self.select[2] is None:
                self.select[2] = a.get("value", "")
            if "selected" in a:
                self.select[1] = a.get("value", "")

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select" and self.select is not None:
            name, chosen, first = self.select
            self.fields.append((name, chosen if chosen is not None else first or ""))
            self.select = None


def browser_fields(html: str, action: str) -> dict[str, list[str]]:
    parser = FormFields(action)
    parser.feed(html)
    fields: dict[str, list[str]] = {}
    for name, value in parser.fields:
        fields.setdefault(name, []).append(value)
    return fields


@pytest.fixture(scope="module")
def registers(tmp_path_factory, nlp):
    """Three copies of one register that already holds a bulletin, with an editor."""
    folder = tmp_path_factory.mktemp("callers")
    register = open_register(f"sqlite:///{folder / 'base.db'}")
    ingest_paths(register, [str(BASE)], published=date(2023, 7, 31))
    with register.transaction() as s:
        add_user(s, "eddy", PASSWORD, "editor", actor="test")
    register.close()
    urls = {}
    for caller in ("cli", "api", "page"):
        shutil.copy(folder / "base.db", folder / f"{caller}.db")
        urls[caller] = f"sqlite:///{folder / caller}.db"
    return urls


def tables(url: str) -> dict:
    register = open_register(url)
    try:
        with register.sessions() as session:
            return register_tables(session)
    finally:
        register.close()


def by_cli(url: str) -> None:
    done = run_cli("ingest", str(BULLETIN), "--published", "2023-10-31", env={"RESEAU_DATABASE_URL": url})
    assert done.returncode == 0, done.stderr.decode()


def by_api(url: str) -> None:
    register = open_register(url)
    with register.transaction() as s:
        token = create_token(s, "eddy", actor="test")
    register.close()
    editor = {"Authorization": f"Bearer {token}"}
    with TestClient(create_app(Settings(database_url=url, secret_key="cle"))) as client:
        draft = client.post("/api/imports", json={"text": BULLETIN.read_text(encoding="utf-8"), "published": "2023-10-31"},
                            headers=editor)
        assert draft.status_code == 201
        assert client.get(f"/api/imports/{draft.json()['id']}", headers=editor).json() == draft.json()
        assert client.post(f"/api/imports/{draft.json()['id']}/accept", json={}, headers=editor).status_code == 200


def by_page(url: str) -> None:
    # Every record kept as the reviewer found it: nothing starts unchecked.
    with TestClient(create_app(Settings(database_url=url, secret_key="cle", review_floor=0))) as client:
        csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/connexion").text).group(1)
        client.post("/connexion", data={"username": "eddy", "password": PASSWORD, "csrf": csrf, "next": "/"})
        csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/import").text).group(1)
        review = client.post("/import", data={"csrf": csrf, "text": BULLETIN.read_text(encoding="utf-8"),
                                              "published": "2023-10-31"})
        action = review.url.path
        assert re.fullmatch(r"/import/[\w-]+", action), review.text[:500]
        done = client.post(action, data=browser_fields(review.text, action), follow_redirects=False)
        assert done.status_code == 303, done.text[:2000]


def test_cli_api_and_pages_give_the_same_register(registers):
    before = tables(registers["cli"])
    by_cli(registers["cli"])
    by_api(registers["api"])
    by_page(registers["page"])
    cli, api, page = (tables(registers[c]) for c in ("cli", "api", "page"))
    assert len(cli["people"]) > len(before["people"]) and len(cli["activities"]) > len(before["activities"])
    assert api == cli
    assert page == cli


TWO = ("Le 12 septembre 2023, à Gatineau, l’APU a rencontré Josée Bérubé, directrice de l’Office municipal "
       "de prévention de Gatineau (OMPG), et Marc Lavoie, chercheur à l’Université du Québec en Outaouais (UQO).\n\n"
       "Le 20 septembre 2023, à Montréal, l’APU a reçu Nadia Roy, conseillère au ministère de la Sécurité publique (MSP).\n\n"
       "Le 25 septembre 2023, l’APU a rencontré Olivia Tremblay à Longueuil.\n")  # Olivier Tremblay is known: a doubt


def test_the_review_screen_edits_an_activity_before_accepting(registers, tmp_path):
    url = f"sqlite:///{tmp_path / 'edit.db'}"
    shutil.copy(registers["page"].removeprefix("sqlite:///").replace("page.db", "base.db"), tmp_path / "edit.db")
    with TestClient(create_app(Settings(database_url=url, secret_key="cle", review_floor=0))) as client:
        csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/connexion").text).group(1)
        client.post("/connexion", data={"username": "eddy", "password": PASSWORD, "csrf": csrf, "next": "/"})
        csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/import").text).group(1)
        review = client.post("/import", data={"csrf": csrf, "text": TWO, "published": "2023-10-31"})
        action = review.url.path
        english = client.get(action, headers={"Accept-Language": "en"}).text
        assert "Add a participant" in english and "same record as" in english and "decide later" in english
        assert "Ajouter un participant" not in english and "même fiche" not in english and "nom proche" not in english
        fields = browser_fields(review.text, action)
        j = next(k.split("-")[1] for k, v in fields.items() if k.endswith("-person") and "Josée Bérubé" in v)
        assert "Marc Lavoie" in fields[f"activity-{j}-person"]
        # The reviewer unticks Marc Lavoie, adds Nadia Roy, and corrects kind, date and place.
        fields[f"activity-{j}-person"].remove("Marc Lavoie")
        fields.update({f"activity-{j}-add": ["person:Nadia Roy"], f"activity-{j}-kind": ["event"],
                       f"activity-{j}-date": ["2023-09-13"], f"activity-{j}-place": ["Hull"]})
        wrong = {**fields, f"activity-{j}-date": ["13/09/2023"]}
        refused = client.post(action, data=wrong, follow_redirects=False)
        assert refused.status_code == 422 and "13/09/2023" in refused.text and "Vérifier l" in refused.text
        assert client.post(action, data=fields, follow_redirects=False).status_code == 303
        found = client.get("/api/activities", params={"place": "Hull"}).json()
        assert len(found) == 1
        activity = client.get(f"/api/activities/{found[0]['id']}").json()
    assert activity["kind"] == "event" and activity["date"] == "2023-09-13"
    names = {p["name"] for p in activity["participants"]}
    assert "Nadia Roy" in names and "Josée Bérubé" in names and "Marc Lavoie" not in names


def test_a_draft_lives_as_long_as_the_setting_says(tmp_path):
    url = f"sqlite:///{tmp_path / 'r.db'}"
    register = open_register(url)
    with register.transaction() as s:
        add_user(s, "eddy", PASSWORD, "editor", actor="test")
        editor = {"Authorization": f"Bearer {create_token(s, 'eddy', actor='test')}"}
    register.close()
    with TestClient(create_app(Settings(database_url=url, secret_key="cle", model="blank:fr", draft_seconds=1))) as client:
        draft = client.post("/api/imports", json={"text": "Le 3 mai, la Ville de Laval."}, headers=editor).json()
        assert client.get(f"/api/imports/{draft['id']}", headers=editor).status_code == 200
        time.sleep(1.2)
        assert client.get(f"/api/imports/{draft['id']}", headers=editor).status_code == 404
        assert client.post(f"/api/imports/{draft['id']}/accept", json={}, headers=editor).status_code == 404
