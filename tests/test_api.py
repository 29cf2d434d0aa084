"""The JSON API through real HTTP requests on the ASGI app, on a real SQLite register."""

from __future__ import annotations

import warnings
from datetime import date

import pytest

from reseau.app import create_app
from reseau.auth.tokens import create_token
from reseau.auth.users import add_user
from reseau.workflows import ingest_paths
from reseau.settings import Settings
from reseau.store.database import open_register
from tests.conftest import ROOT

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


SETTINGS: dict = {}


@pytest.fixture(scope="module")
def app_settings(tmp_path_factory, nlp):
    """A register with the APU sample bulletin, a viewer account and a token for it."""
    url = f"sqlite:///{tmp_path_factory.mktemp('api') / 'r.db'}"
    register = open_register(url)
    ingest_paths(register, [str(ROOT / "examples" / "bulletin-apu-2023-10.txt")], published=date(2023, 10, 31))
    with register.transaction() as s:
        add_user(s, "lea", "un-mot-de-passe-long", "viewer", actor="test")
        SETTINGS["token"] = create_token(s, "lea", actor="test")
    register.close()
    return Settings(database_url=url, secret_key="cle-de-test")


@pytest.fixture(scope="module")
def client(app_settings):
    """A client signed in as a viewer through /api/login."""
    with TestClient(create_app(app_settings)) as c:
        assert c.post("/api/login", json={"username": "lea", "password": "un-mot-de-passe-long"}).status_code == 200
        yield c


def test_organizations_list_filters_and_pages(client):
    page = client.get("/api/organizations", params={"q": "universite", "limit": 2}).json()
    assert page["total"] == 3 and len(page["items"]) == 2
    assert all("Université" in o["name"] for o in page["items"])
    police = client.get("/api/organizations", params={"kind": "police"}).json()
    assert {o["name"] for o in police["items"]} >= {"Police nationale du Sénégal", "Service de police de la Ville de Montréal"}


def test_organization_profile_with_sources(client):
    apu = client.get("/api/organizations", params={"q": "APU"}).json()["items"][0]
    profile = client.get(f"/api/organizations/{apu['id']}").json()
    assert profile["name"] == "Alliance pour la prévention urbaine"
    assert {p["name"] for p in profile["people"]} >= {"Claire Dubuc", "Amina Diallo", "Karim Benali"}
    assert profile["sources"] and all(s["text"] for s in profile["sources"])


def test_person_profile(client):
    person = client.get("/api/people", params={"q": "Ndiaye"}).json()["items"][0]
    profile = client.get(f"/api/people/{person['id']}").json()
    assert profile["roles"][0]["title"] == "Directeur de la sécurité publique"
    assert {m["name"] for m in profile["met_with"]} >= {"Isabelle Gagnon"}


def test_activities_search_graph_and_stats(client):
    geneva = client.get("/api/activities", params={"place": "Genève"}).json()
    assert len(geneva) == 2 and all(a["date"] == "2023-10-05" for a in geneva)
    results = client.get("/api/search", params={"q": "geneve"}).json()
    assert results[0] == {"kind": "organization", "id": results[0]["id"], "label": "Ville de Genève"}
    typing = client.get("/api/search", params={"q": "Gen"}).json()  # a word being typed still finds
    assert {"kind": "organization", "id": results[0]["id"], "label": "Ville de Genève"} in typing
    graph = client.get("/api/graph").json()
    assert any(n["label"] == "APU" for n in graph["nodes"]) and any(e["type"] == "role" for e in graph["edges"])
    assert client.get("/api/stats").json()["documents"] == 1


def test_user_mistakes_get_clean_statuses(client):
    assert client.get("/api/organizations/999999").status_code == 404
    assert client.get("/api/people/abc").status_code == 422
    assert client.get("/api/activities", params={"start": "2022-13"}).status_code == 422
    assert client.get("/api/activities", params={"kind": "party"}).status_code == 422
    assert client.get("/api/search").status_code == 422
    assert client.get("/api/organizations", params={"limit": 0}).status_code == 422


def test_openapi_document(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/organizations", "/api/organizations/{organization_id}", "/api/people", "/api/activities",
            "/api/search", "/api/graph", "/api/stats"} <= set(spec["paths"])


def test_signed_out_requests_get_401_and_a_token_signs_in(app_settings):
    with TestClient(create_app(app_settings)) as anonymous:
        assert anonymous.get("/api/organizations").status_code == 401
        assert anonymous.get("/api/stats").status_code == 401
        bad = anonymous.post("/api/login", json={"username": "lea", "password": "pas-le-bon-mot"})
        assert bad.status_code == 401 and "incorrect" in bad.json()["detail"]
        assert anonymous.get("/api/stats", headers={"Authorization": "Bearer rsx_faux"}).status_code == 401
        ok = anonymous.get("/api/stats", headers={"Authorization": f"Bearer {SETTINGS['token']}"})
        assert ok.status_code == 200 and ok.json()["documents"] == 1


def test_login_logout_and_me(app_settings):
    with TestClient(create_app(app_settings)) as c:
        c.post("/api/login", json={"username": "lea", "password": "un-mot-de-passe-long"})
        assert c.get("/api/me").json() == {"username": "lea", "role": "viewer"}
        assert c.post("/api/logout").status_code == 204
        assert c.get("/api/me").status_code == 401
