"""Documents: the list (title, publication date, who imported, what each supports), a document's
text with its mentions linked, « Retirer ce document » with its preview and confirmation, sources
that link to their document; the API's routes for the same."""

from __future__ import annotations

import re
import shutil
import warnings
from datetime import date

import pytest

from reseau.app import create_app
from reseau.auth.users import add_user
from reseau.workflows import ingest_paths
from reseau.settings import Settings
from reseau.store.database import open_register
from tests.conftest import ROOT

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

PASSWORD = "un-mot-de-passe-long"
APU = ROOT / "examples" / "bulletin-apu-2023-10.txt"
OBSERVATOIRE = ROOT / "examples" / "bulletin-observatoire-2021-03.md"
PASTED = ("Rencontre avec la Ville de Québec\n\nLe 12 mars 2024, à Québec, Mme Hélène Forget, directrice de la "
          "prévention de la Ville de Québec, a reçu le président de l'Alliance pour la prévention urbaine (APU).")


@pytest.fixture(scope="module")
def filled(tmp_path_factory, nlp):
    """Two bulletins imported by « ingrid » (an editor); a viewer « lea »: made once, copied per test."""
    path = tmp_path_factory.mktemp("documents") / "r.db"
    register = open_register(f"sqlite:///{path}")
    ingest_paths(register, [str(APU), str(OBSERVATOIRE)], published=date(2023, 10, 31), actor="ingrid")
    with register.transaction() as s:
        add_user(s, "lea", PASSWORD, "viewer", actor="test")
        add_user(s, "ingrid", PASSWORD, "editor", actor="test")
    register.close()
    return path


@pytest.fixture()
def app_settings(filled, tmp_path):
    """A fresh copy of the filled register, for a test that may change it."""
    copy = tmp_path / "r.db"
    shutil.copyfile(filled, copy)
    return Settings(database_url=f"sqlite:///{copy}", secret_key="cle-de-test")


def signed_in(settings: Settings, who: str) -> TestClient:
    client = TestClient(create_app(settings))
    client.__enter__()
    assert client.post("/api/login", json={"username": who, "password": PASSWORD}).status_code == 200
    return client


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def test_the_list_shows_titles_dates_importers_and_counts(app_settings):
    client = signed_in(app_settings, "lea")
    page = client.get("/documents").text
    assert "bulletin-apu-2023-10.txt" in page and str(ROOT) not in page
    assert "ingrid" in page and "2023-10-31" in page
    documents = client.get("/api/documents").json()
    assert documents["total"] == 2
    apu = next(d for d in documents["items"] if d["title"] == "bulletin-apu-2023-10.txt")
    assert apu["imported_by"] == "ingrid" and apu["published"] == "2023-10-31"
    assert apu["supports"]["organizations"] >= 10 and apu["supports"]["activities"] >= 5
    assert 'href="/documents"' in client.get("/").text  # the home page's card leads to the list


def test_a_document_page_links_every_mention_to_its_record(app_settings):
    client = signed_in(app_settings, "lea")
    apu = next(d for d in client.get("/api/documents").json()["items"] if d["title"] == "bulletin-apu-2023-10.txt")
    detail = client.get(f"/api/documents/{apu['id']}").json()
    assert "".join(p["text"] for p in detail["pieces"]) == APU.read_text(encoding="utf-8")
    geneva = next(p for p in detail["pieces"] if p["text"] == "Ville de Genève")
    assert geneva["kind"] == "organization"
    page = client.get(f"/documents/{apu['id']}").text
    assert f'<a class="mention organization" href="/organisations/{geneva["record_id"]}"' in page
    assert re.search(r'<a class="mention person" href="/personnes/\d+"[^>]*>Lucie Perret</a>', page)
    assert re.search(r'<a class="mention activity" href="/activites/\d+"', page)
    # A viewer reads the document but is offered no removal.
    assert "Retirer ce document" not in page
    assert client.get("/documents/999").status_code == 404
    assert client.get("/api/documents/999").status_code == 404


def test_sources_on_a_profile_link_to_their_document_not_a_path(app_settings):
    client = signed_in(app_settings, "lea")
    geneva = client.get("/api/organizations", params={"q": "Ville de Genève"}).json()["items"][0]["id"]
    profile = client.get(f"/organisations/{geneva}").text
    assert re.search(r'<a href="/documents/\d+">bulletin-apu-2023-10.txt</a>', profile)
    assert str(ROOT) not in profile
    assert client.get(f"/api/organizations/{geneva}").json()["sources"][0]["source"] == "bulletin-apu-2023-10.txt"
    # A document found by a search is named and linked the same way.
    found = client.get("/recherche", params={"q": "chaleureusement"}).text
    assert re.search(r'<a href="/documents/\d+">bulletin-apu-2023-10.txt</a>', found) and str(ROOT) not in found


def test_removing_a_document_shows_what_goes_then_asks_to_confirm(app_settings):
    client = signed_in(app_settings, "ingrid")
    observatoire = next(d for d in client.get("/api/documents").json()["items"] if d["title"].startswith("bulletin-observatoire"))
    preview = client.get(f"/api/documents/{observatoire['id']}/forget-preview").json()
    assert preview["activities"] and preview["organizations"]
    page = client.get(f"/documents/{observatoire['id']}/retirer").text
    for record in preview["organizations"] + preview["people"]:
        assert record["name"].replace("'", "&#39;") in page
    assert preview["roles"] and all(r["page_kind"] == "person" for r in preview["roles"])
    for role in preview["roles"]:  # a role is shown on its person's page
        assert f'href="/personnes/{role["page_id"]}"' in page
    # Without the confirmation nothing goes.
    client.post(f"/documents/{observatoire['id']}/retirer", data={"csrf": csrf_of(page)})
    assert client.get("/api/documents").json()["total"] == 2
    done = client.post(f"/documents/{observatoire['id']}/retirer", data={"csrf": csrf_of(page), "confirm": "1"},
                       follow_redirects=True)
    assert "Document retiré" in done.text
    assert client.get("/api/documents").json()["total"] == 1
    for record in preview["organizations"]:
        assert client.get(f"/api/organizations/{record['id']}").status_code == 404
    # What the other bulletin also supports stays.
    assert client.get("/api/organizations", params={"q": "Ville de Genève"}).json()["total"] == 1


def test_the_api_removes_a_document_for_editors_only(app_settings):
    viewer = signed_in(app_settings, "lea")
    first = viewer.get("/api/documents").json()["items"][0]["id"]
    headers = {"X-CSRF-Token": csrf_of(viewer.get("/").text)}
    assert viewer.delete(f"/api/documents/{first}", headers=headers).status_code == 403
    editor = signed_in(app_settings, "ingrid")
    headers = {"X-CSRF-Token": csrf_of(editor.get("/").text)}
    gone = editor.delete(f"/api/documents/{first}", headers=headers)
    assert gone.status_code == 200 and gone.json()["activity"] >= 1
    assert editor.delete(f"/api/documents/{first}", headers=headers).status_code == 404


def test_a_pasted_text_takes_its_first_line_as_title(app_settings):
    editor = signed_in(app_settings, "ingrid")
    headers = {"X-CSRF-Token": csrf_of(editor.get("/").text)}
    draft = editor.post("/api/imports", json={"text": PASTED, "published": "2024-03-15"}, headers=headers).json()
    assert editor.post(f"/api/imports/{draft['id']}/accept", json={}, headers=headers).status_code == 200
    titles = [d["title"] for d in editor.get("/api/documents").json()["items"]]
    assert titles[0] == "Rencontre avec la Ville de Québec"
    assert "texte envoyé" not in editor.get("/documents").text


def test_openapi_declares_the_documents_routes_with_their_errors(app_settings):
    client = signed_in(app_settings, "lea")
    paths = client.get("/openapi.json").json()["paths"]
    assert {"401", "404"} <= set(paths["/api/documents/{document_id}"]["get"]["responses"])
    assert {"403", "404"} <= set(paths["/api/documents/{document_id}"]["delete"]["responses"])
    assert "404" in paths["/api/documents/{document_id}/forget-preview"]["get"]["responses"]


def test_the_cli_lists_documents_and_what_forget_would_remove(app_settings):
    import json

    from tests.conftest import run_cli

    env = {"RESEAU_DATABASE_URL": app_settings.database_url}
    listed = json.loads(run_cli("documents", "--format", "json", env=env).stdout)
    apu = next(d for d in listed if d["document"] == "bulletin-apu-2023-10.txt")
    assert apu["imported_by"] == "ingrid" and apu["activities"] >= 5
    preview = json.loads(run_cli("documents", str(apu["id"]), "--format", "json", env=env).stdout)
    assert {"organization", "person", "activity"} <= {r["kind"] for r in preview}
    missing = run_cli("documents", "999", env=env)
    assert missing.returncode == 1 and missing.stderr.decode().count("\n") == 1 and b"Traceback" not in missing.stderr
    # Nothing was removed by looking.
    assert len(json.loads(run_cli("documents", "--format", "json", env=env).stdout)) == 2


def test_documents_missions_and_edits_on_both_databases(register, nlp):
    """The queries and the edits of this part on SQLite and on PostgreSQL."""
    from reseau.query.activities import ActivityFilter, list_activities, mission_spans
    from reseau.query.documents import document_view, forget_preview, list_documents
    from reseau.store.curation import forget_document
    from reseau.store.editing import add_role, edit_activity, end_role

    ingest_paths(register, [str(APU), str(OBSERVATOIRE)], published=date(2023, 10, 31), actor="ingrid")
    with register.sessions() as s:
        total, rows = list_documents(s)
        assert total == 2 and {r.imported_by for r in rows} == {"ingrid"}
        apu = next(r for r in rows if r.title == "bulletin-apu-2023-10.txt")
        view = document_view(s, apu.id)
        assert "".join(p.text for p in view.pieces) == APU.read_text(encoding="utf-8")
        visit = list_activities(s, ActivityFilter(kind="visit"))[0]
        meeting = list_activities(s, ActivityFilter(place="Lyon"))[0]
        mission = list_activities(s, ActivityFilter(kind="mission"))[0]
        other = next(r for r in rows if r.id != apu.id)
        preview = forget_preview(s, other.id)
    with register.transaction() as s:
        edit_activity(s, meeting.id, {"parent_id": mission.id, "place": "Villeurbanne"}, actor="eddy")
        role = add_role(s, 1, title="Présidente", first_seen="2024-01-01", actor="eddy")
        end_role(s, role, "2024-12-31", actor="eddy")
    with register.sessions() as s:
        spans = {span.id: span for span in mission_spans(s, ActivityFilter())}
        assert meeting.id in {i for i, _ in spans[mission.id].meetings} and len(spans[visit.id].meetings) == 2
    with register.transaction() as s:
        gone = forget_document(s, str(other.id), actor="eddy")
    assert gone["organization"] == len(preview.organizations) and gone["activity"] == len(preview.activities)
    assert gone["person"] == len(preview.people) and gone["role"] == len(preview.roles)
