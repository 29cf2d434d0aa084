"""Correcting what extraction got wrong: an activity's date, place, kind and participants, a
person's roles (add, edit, end), from the pages and the API; each change audited with the
record before and after, so that it can be read and reverted."""

from __future__ import annotations

import json
import shutil
import warnings
from datetime import date

import pytest
from sqlalchemy import select

from reseau.auth.users import add_user
from reseau.workflows import ingest_paths
from reseau.settings import Settings
from reseau.store.database import open_register
from reseau.store.tables import AuditEntry
from tests.conftest import ROOT
from tests.test_documents import PASSWORD, csrf_of, signed_in

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient



@pytest.fixture(scope="module")
def filled(tmp_path_factory, nlp):
    path = tmp_path_factory.mktemp("editing") / "r.db"
    register = open_register(f"sqlite:///{path}")
    ingest_paths(register, [str(ROOT / "examples" / "bulletin-apu-2023-10.txt")], published=date(2023, 10, 31))
    with register.transaction() as s:
        add_user(s, "lea", PASSWORD, "viewer", actor="test")
        add_user(s, "eddy", PASSWORD, "editor", actor="test")
    register.close()
    return path


@pytest.fixture()
def settings(filled, tmp_path):
    copy = tmp_path / "r.db"
    shutil.copyfile(filled, copy)
    return Settings(database_url=f"sqlite:///{copy}", secret_key="cle-de-test")



def audit(settings: Settings, kind: str, record_id: int) -> list[AuditEntry]:
    register = open_register(settings.database_url)
    with register.sessions() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.record_kind == kind, AuditEntry.record_id == record_id)
                         .order_by(AuditEntry.id)).all()
        s.expunge_all()
    register.close()
    return rows


def geneva_meeting(client: TestClient) -> dict:
    rows = client.get("/api/activities", params={"place": "Genève", "kind": "meeting"}).json()
    return client.get(f"/api/activities/{rows[0]['id']}").json()


def test_an_editor_changes_an_activity_from_its_page(settings):
    client = signed_in(settings, "eddy")
    meeting = geneva_meeting(client)
    page = client.get(f"/activites/{meeting['id']}").text
    assert "Corriger cette activité" in page
    done = client.post(f"/activites/{meeting['id']}/modifier", follow_redirects=True,
                       data={"csrf": csrf_of(page), "date": "2023-10-06", "place": "Lausanne", "kind": "event",
                             "title": meeting["title"] or ""})
    assert "Activité modifiée : date, lieu, type." in done.text and "Lieu : « Genève » → « Lausanne »" in done.text
    after = client.get(f"/api/activities/{meeting['id']}").json()
    assert (after["date"], after["place"], after["kind"]) == ("2023-10-06", "Lausanne", "event")
    entry = audit(settings, "activity", meeting["id"])[-1]
    assert entry.actor == "eddy" and json.loads(entry.before)["place"] == "Genève"
    assert json.loads(entry.after)["place"] == "Lausanne" and json.loads(entry.after)["date_precision"] == "day"
    bad = client.post(f"/activites/{meeting['id']}/modifier", follow_redirects=True,
                      data={"csrf": csrf_of(page), "date": "2023-13-45", "place": "", "kind": "event", "title": ""})
    assert "Modification refusée" in bad.text and client.get(f"/api/activities/{meeting['id']}").json()["date"] == "2023-10-06"


def test_an_editor_removes_a_wrong_participant_and_adds_the_right_one(settings):
    client = signed_in(settings, "eddy")
    meeting = geneva_meeting(client)
    wrong = next(p for p in meeting["participants"] if p["type"] == "person")
    page = client.get(f"/activites/{meeting['id']}").text
    client.post(f"/activites/{meeting['id']}/participants/retirer",
                data={"csrf": csrf_of(page), "type": "person", "record_id": str(wrong["id"])})
    after = client.get(f"/api/activities/{meeting['id']}").json()
    assert wrong["id"] not in {p["id"] for p in after["participants"] if p["type"] == "person"}
    assert client.get(f"/api/people/{wrong['id']}").status_code == 200  # the person stays in the register
    done = client.post(f"/activites/{meeting['id']}/participants", follow_redirects=True,
                       data={"csrf": csrf_of(page), "name": "Ousmane Ndiaye", "type": "person", "part": "invité"})
    assert "Participant ajouté." in done.text
    added = client.get(f"/api/activities/{meeting['id']}").json()["participants"]
    assert any(p["name"] == "Ousmane Ndiaye" and p["part"] == "invité" for p in added)
    again = client.post(f"/activites/{meeting['id']}/participants", follow_redirects=True,
                        data={"csrf": csrf_of(page), "name": "Ousmane Ndiaye", "type": "person"})
    assert "déjà inscrit" in again.text
    entries = audit(settings, "activity", meeting["id"])
    assert [e.action for e in entries[-2:]] == ["participant remove", "participant add"]
    removed = json.loads(entries[-2].before)["participants"]
    assert {"person_id": wrong["id"], "organization_id": None, "part": None} in removed


def test_a_viewer_sees_no_form_and_cannot_post(settings):
    client = signed_in(settings, "lea")
    meeting = geneva_meeting(client)
    page = client.get(f"/activites/{meeting['id']}").text
    assert "Corriger cette activité" not in page and "/participants/retirer" not in page
    refused = client.post(f"/activites/{meeting['id']}/modifier", data={"csrf": csrf_of(page), "place": "Paris"})
    assert refused.status_code == 403
    assert client.patch(f"/api/activities/{meeting['id']}", json={"place": "Paris"},
                        headers={"X-CSRF-Token": csrf_of(page)}).status_code == 403


def test_an_editor_adds_edits_and_ends_a_role_from_a_person_page(settings):
    client = signed_in(settings, "eddy")
    person = client.get("/api/people", params={"q": "Lucie Perret"}).json()["items"][0]["id"]
    page = client.get(f"/personnes/{person}").text
    client.post(f"/personnes/{person}/fonctions", data={"csrf": csrf_of(page), "title": "Conseillère municipale",
                                                        "organisation": "Ville de Genève", "first_seen": "2024-01-15"})
    roles = client.get(f"/api/people/{person}").json()["roles"]
    new = next(r for r in roles if r["title"] == "Conseillère municipale")
    assert new["organization"] == "Ville de Genève" and new["first_seen"] == "2024-01-15"
    page = client.get(f"/personnes/{person}").text
    old = next(r for r in roles if r["title"] != "Conseillère municipale")
    client.post(f"/fonctions/{old['id']}/modifier", data={
        "csrf": csrf_of(page), "title": "Déléguée à la prévention urbaine", "organisation": old["organization"] or "",
        "organisation_was": old["organization"] or "", "organisation_id": str(old["organization_id"] or ""),
        "first_seen": old["first_seen"] or "", "last_seen": old["last_seen"] or ""})
    done = client.post(f"/fonctions/{new['id']}/terminer", data={"csrf": csrf_of(page), "on": "2024-06-30"}, follow_redirects=True)
    assert "Fonction terminée le 2024-06-30." in done.text
    roles = {r["id"]: r for r in client.get(f"/api/people/{person}").json()["roles"]}
    assert roles[old["id"]]["title"] == "Déléguée à la prévention urbaine"
    assert roles[old["id"]]["organization_id"] == old["organization_id"]
    assert roles[new["id"]]["last_seen"] == "2024-06-30"
    assert [e.action for e in audit(settings, "role", new["id"])] == ["role add", "role end"]
    # The person's history shows the roles' changes, in words.
    assert "Vu en dernier : « " in client.get(f"/personnes/{person}").text and "→ « 2024-06-30 »" in client.get(f"/personnes/{person}").text
    edit = audit(settings, "role", old["id"])[-1]
    assert json.loads(edit.before)["title"] == old["title"] and json.loads(edit.after)["title"] == "Déléguée à la prévention urbaine"
    # An end before the start is refused, and says so.
    bad = client.post(f"/fonctions/{new['id']}/terminer", data={"csrf": csrf_of(page), "on": "2020-01-01"}, follow_redirects=True)
    assert "Modification refusée" in bad.text and client.get(f"/api/people/{person}").json()["roles"]


def test_the_api_edits_activities_and_roles_with_clean_errors(settings):
    client = signed_in(settings, "eddy")
    headers = {"X-CSRF-Token": csrf_of(client.get("/").text)}
    meeting = geneva_meeting(client)
    changed = client.patch(f"/api/activities/{meeting['id']}", json={"date": "2023-10", "kind": "mission"}, headers=headers)
    assert changed.status_code == 200 and set(changed.json()["changed"]) == {"date", "kind"}
    assert meeting["id"] in {a["id"] for a in client.get("/api/activities", params={"kind": "mission"}).json()}
    assert client.patch(f"/api/activities/{meeting['id']}", json={"kind": "fête"}, headers=headers).status_code == 422
    # A meeting the extraction left outside its mission is put in it, and the mission lists it.
    other = client.get("/api/activities", params={"place": "Lyon"}).json()[0]
    week = next(a for a in client.get("/api/activities", params={"kind": "mission"}).json() if a["id"] != meeting["id"])
    assert client.patch(f"/api/activities/{other['id']}", json={"part_of": week["id"]}, headers=headers).json()["changed"] == ["part_of"]
    assert other["id"] in {p["id"] for p in client.get(f"/api/activities/{week['id']}").json()["parts"]}
    assert client.patch(f"/api/activities/{week['id']}", json={"part_of": other["id"]}, headers=headers).status_code == 422
    assert client.patch(f"/api/activities/{other['id']}", json={"part_of": None}, headers=headers).json()["changed"] == ["part_of"]
    assert client.patch("/api/activities/99999", json={"place": "Paris"}, headers=headers).status_code == 404
    org = client.get("/api/organizations", params={"q": "Ville de Genève"}).json()["items"][0]["id"]
    added = client.post(f"/api/activities/{meeting['id']}/participants", json={"type": "organization", "id": org}, headers=headers)
    assert added.status_code in (201, 409)
    assert client.post(f"/api/activities/{meeting['id']}/participants", json={"type": "organization", "id": org},
                       headers=headers).status_code == 409
    assert client.delete(f"/api/activities/{meeting['id']}/participants/organization/{org}", headers=headers).status_code == 200
    assert client.delete(f"/api/activities/{meeting['id']}/participants/organization/{org}", headers=headers).status_code == 404
    person = client.get("/api/people", params={"q": "Lucie Perret"}).json()["items"][0]["id"]
    role = client.post(f"/api/people/{person}/roles", json={"title": "Présidente", "organization": org,
                                                            "first_seen": "2024-01-01"}, headers=headers)
    assert role.status_code == 201
    role_id = role.json()["id"]
    assert client.patch(f"/api/roles/{role_id}", json={"title": "Vice-présidente"}, headers=headers).json()["changed"] == ["title"]
    assert client.post(f"/api/roles/{role_id}/end", json={"on": "2023-01-01"}, headers=headers).status_code == 422
    assert client.post(f"/api/roles/{role_id}/end", json={"on": "2024-12-31"}, headers=headers).status_code == 200
    assert client.patch("/api/roles/99999", json={"title": "x"}, headers=headers).status_code == 404
    paths = client.get("/openapi.json").json()["paths"]
    assert {"403", "404", "409", "422"} <= set(paths["/api/activities/{activity_id}/participants"]["post"]["responses"])
