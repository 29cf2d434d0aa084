"""Writing through the API: roles, CSRF for cookie sessions, edits, merges (409), imports,
erasure, change history — on a real SQLite register."""

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

TOKENS: dict[str, str] = {}


@pytest.fixture
def client(tmp_path, nlp):
    url = f"sqlite:///{tmp_path / 'r.db'}"
    register = open_register(url)
    ingest_paths(register, [str(ROOT / "examples" / "bulletin-apu-2023-10.txt")], published=date(2023, 10, 31))
    with register.transaction() as s:
        for name, role in (("vera", "viewer"), ("eddy", "editor"), ("ada", "admin")):
            add_user(s, name, "un-mot-de-passe-long", role, actor="test")
            TOKENS[role] = create_token(s, name, actor="test")
    register.close()
    with TestClient(create_app(Settings(database_url=url, secret_key="cle"))) as c:
        yield c


def auth(role: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKENS[role]}"}


def org_id(client, q: str) -> int:
    items = client.get("/api/organizations", params={"q": q}, headers=auth("viewer")).json()["items"]
    return next((o for o in items if q in (o["name"], o["acronym"])), items[0])["id"]


def test_a_viewer_cannot_write(client):
    apu = org_id(client, "APU")
    assert client.patch(f"/api/organizations/{apu}", json={"country": "Canada"}, headers=auth("viewer")).status_code == 403
    assert client.post("/api/imports", json={"text": "Le 3 mai, le Réseau a rencontré la Ville de Laval."},
                       headers=auth("viewer")).status_code == 403
    assert client.delete("/api/people/1", headers=auth("editor")).status_code == 403


def test_cookie_sessions_need_the_csrf_header(client):
    client.post("/api/login", json={"username": "eddy", "password": "un-mot-de-passe-long"})
    apu = org_id(client, "APU")
    refused = client.patch(f"/api/organizations/{apu}", json={"country": "Canada"})
    assert refused.status_code == 403 and "CSRF" in refused.json()["detail"]


def test_edit_then_history(client):
    apu = org_id(client, "APU")
    done = client.patch(f"/api/organizations/{apu}", json={"country": "Canada", "name": "Alliance pour la prévention urbaine du Québec"},
                        headers=auth("editor"))
    assert done.status_code == 200
    profile = client.get(f"/api/organizations/{apu}", headers=auth("viewer")).json()
    assert profile["country"] == "Canada" and "Alliance pour la prévention urbaine" in profile["aliases"]
    history = client.get(f"/api/history/organization/{apu}", headers=auth("viewer")).json()
    assert {h["action"] for h in history} >= {"edit country", "edit name"} and history[0]["actor"] == "eddy"


def test_merge_and_conflicting_merge(client):
    spvm, mtl = org_id(client, "SPVM"), org_id(client, "Ville de Montréal")
    assert client.post(f"/api/organizations/{spvm}/merge", json={"other": spvm}, headers=auth("editor")).status_code == 409
    assert client.post(f"/api/organizations/{spvm}/merge", json={"other": mtl}, headers=auth("editor")).status_code == 200
    again = client.post(f"/api/organizations/{spvm}/merge", json={"other": mtl}, headers=auth("editor"))
    assert again.status_code == 409


def test_import_review_accept(client):
    text = "Le 12 septembre, l’APU a rencontré Josée Bérubé, directrice de l’Office municipal de prévention de Gatineau (OMPG).\n"
    draft = client.post("/api/imports", json={"text": text, "published": "2023-10-31"}, headers=auth("editor")).json()
    orgs = draft["extraction"]["organizations"]
    assert {o["match"]["status"] for o in orgs} == {"same", "new"}
    before = client.get("/api/stats", headers=auth("viewer")).json()["people"]
    done = client.post(f"/api/imports/{draft['id']}/accept", json={}, headers=auth("editor")).json()
    assert done["created"]["person"] == 1
    assert client.get("/api/stats", headers=auth("viewer")).json()["people"] == before + 1
    assert client.post(f"/api/imports/{draft['id']}/accept", json={}, headers=auth("editor")).status_code == 404
    empty = client.post("/api/imports", json={"text": "   "}, headers=auth("editor"))
    assert empty.status_code == 422


def test_admin_erases_a_person(client):
    person = client.get("/api/people", params={"q": "Amina"}, headers=auth("viewer")).json()["items"][0]
    assert client.delete(f"/api/people/{person['id']}", headers=auth("admin")).status_code == 200
    assert client.get(f"/api/people/{person['id']}", headers=auth("viewer")).status_code == 404


def test_the_network_has_positions_and_follows_an_edit(client):
    first = client.get("/api/graph", params={"positions": "true"}, headers=auth("viewer")).json()
    assert all(0 <= n["x"] <= 1000 and 0 <= n["y"] <= 1000 for n in first["nodes"])
    apu = org_id(client, "APU")
    assert client.patch(f"/api/organizations/{apu}", json={"acronym": "APU-QC"}, headers=auth("editor")).status_code == 200
    after = client.get("/api/graph", params={"positions": "true"}, headers=auth("viewer")).json()
    labels = {n["label"] for n in after["nodes"]}
    assert "APU-QC" in labels and "APU" not in labels


def test_records_made_by_hand_and_exports(client, tmp_path):
    made = client.post("/api/organizations", json={"name": "Maison des jeunes de Verdun", "acronym": "MJV", "country": "Canada"},
                       headers=auth("editor"))
    assert made.status_code == 201
    profile = client.get(f"/api/organizations/{made.json()['id']}", headers=auth("viewer")).json()
    assert profile["acronym"] == "MJV" and "Maison des jeunes de Verdun" in client.get(
        "/api/search", params={"q": "verdun"}, headers=auth("viewer")).text
    assert client.post("/api/organizations", json={"name": "MJV"}, headers=auth("editor")).status_code == 409
    assert client.post("/api/people", json={"name": "Rosalie Fortin"}, headers=auth("viewer")).status_code == 403
    assert client.post("/api/people", json={"name": "Rosalie Fortin"}, headers=auth("editor")).status_code == 201
    assert client.post("/api/people", json={"name": "  "}, headers=auth("editor")).status_code == 422
    assert client.post("/api/people", json={"name": "Rose\x00Lin"}, headers=auth("editor")).status_code == 422
    history = client.get(f"/api/history/organization/{made.json()['id']}", headers=auth("viewer")).json()
    assert history[0]["action"] == "create" and history[0]["actor"] == "eddy"

    import io
    import zipfile

    archive = client.get("/api/export", params={"format": "csv"}, headers=auth("viewer"))
    assert archive.status_code == 200 and "reseau.zip" in archive.headers["content-disposition"]
    with zipfile.ZipFile(io.BytesIO(archive.content)) as z:
        organizations = z.read("organizations.csv").decode("utf-8-sig")
    assert "Maison des jeunes de Verdun" in organizations
    gexf = client.get("/api/export", params={"format": "gexf", "start": "2023-10"}, headers=auth("viewer"))
    assert gexf.status_code == 200 and b"<gexf" in gexf.content
    assert client.get("/api/export", params={"format": "xlsx"}, headers=auth("viewer")).status_code == 422


def test_an_admin_deletes_an_organization_read_by_mistake(client):
    geneva = org_id(client, "Ville de Genève")
    profile = client.get(f"/api/organizations/{geneva}", headers=auth("viewer")).json()
    people = [p["id"] for p in profile["people"]]
    assert client.delete(f"/api/organizations/{geneva}", headers=auth("editor")).status_code == 403
    done = client.delete(f"/api/organizations/{geneva}", headers=auth("admin"))
    assert done.status_code == 200 and done.json()["role"] >= 1
    assert client.get(f"/api/organizations/{geneva}", headers=auth("viewer")).status_code == 404
    assert client.delete(f"/api/organizations/{geneva}", headers=auth("admin")).status_code == 404
    assert all(client.get(f"/api/people/{p}", headers=auth("viewer")).status_code == 200 for p in people)
    found = client.get("/api/search", params={"q": "geneve"}, headers=auth("viewer")).json()
    assert not any(r["kind"] == "organization" and r["label"] == "Ville de Genève" for r in found)
    assert not any(n["label"] == "Ville de Genève" for n in client.get("/api/graph", headers=auth("viewer")).json()["nodes"])
    history = client.get(f"/api/history/organization/{geneva}", headers=auth("viewer")).json()
    assert history[0]["action"] == "delete" and history[0]["actor"] == "ada"


def test_a_merge_undone_through_the_api(client):
    spvm, mtl = org_id(client, "SPVM"), org_id(client, "Ville de Montréal")
    before = client.get(f"/api/organizations/{mtl}", headers=auth("viewer")).json()
    assert client.post(f"/api/organizations/{spvm}/merge", json={"other": mtl}, headers=auth("editor")).status_code == 200
    change = client.get("/api/history", headers=auth("viewer")).json()[0]
    assert change["action"] == "merge" and change["undoable"]
    assert change["summary"].startswith(f"Fusion : « Ville de Montréal » (n° {mtl}) disparaît, « Service de police")
    assert client.post(f"/api/changes/{change['id']}/undo", headers=auth("viewer")).status_code == 403
    done = client.post(f"/api/changes/{change['id']}/undo", headers=auth("editor"))
    assert done.status_code == 200 and done.json()["undid"] == change["id"]
    assert client.get(f"/api/organizations/{mtl}", headers=auth("viewer")).json() == before
    again = client.post(f"/api/changes/{change['id']}/undo", headers=auth("editor"))
    assert again.status_code == 409 and "déjà été annulée" in again.json()["detail"]
    assert client.post("/api/changes/999999/undo", headers=auth("editor")).status_code == 404
    operation = client.get("/openapi.json").json()["paths"]["/api/changes/{audit_id}/undo"]["post"]
    assert {"200", "404", "409"} <= set(operation["responses"])
