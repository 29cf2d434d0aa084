"""Missions and delegation visits are activities everywhere: the Activités page and its type
filter, the timeline's bars, the API, each meeting linking to its mission."""

from __future__ import annotations

import re
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


@pytest.fixture(scope="module")
def client(tmp_path_factory, nlp):
    """A viewer signed in on a register holding the APU bulletin (a Senegalese police visit)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('missions') / 'r.db'}"
    register = open_register(url)
    ingest_paths(register, [str(ROOT / "examples" / "bulletin-apu-2023-10.txt")], published=date(2023, 10, 31))
    with register.transaction() as s:
        add_user(s, "lea", PASSWORD, "viewer", actor="test")
    register.close()
    with TestClient(create_app(Settings(database_url=url, secret_key="cle-de-test"))) as c:
        assert c.post("/api/login", json={"username": "lea", "password": PASSWORD}).status_code == 200
        yield c


def test_the_api_lists_and_filters_visits_and_points_meetings_to_them(client):
    visits = client.get("/api/activities", params={"kind": "visit"}).json()
    assert len(visits) == 1
    visit = client.get(f"/api/activities/{visits[0]['id']}").json()
    assert len(visit["parts"]) == 2 and all(p["part_of"] == visit["id"] for p in visit["parts"])
    meeting = client.get(f"/api/activities/{visit['parts'][0]['id']}").json()
    assert meeting["part_of"]["id"] == visit["id"] and meeting["part_of"]["kind"] == "visit"
    everything = client.get("/api/activities").json()
    assert visit["id"] in {a["id"] for a in everything}
    assert client.get("/api/activities", params={"kind": "party"}).status_code == 422


def test_the_activities_page_filters_visits_and_draws_them_as_bars(client):
    page = client.get("/activites", params={"kind": "visit"}).text
    assert '<option value="visit" selected>' in page
    visit_id = client.get("/api/activities", params={"kind": "visit"}).json()[0]["id"]
    assert f'href="/activites/{visit_id}"' in page
    # The timeline: one bar for the visit, one dot per meeting it holds, each linked.
    assert page.count("<rect ") == 1
    parts = client.get(f"/api/activities/{visit_id}").json()["parts"]
    for part in parts:
        assert re.search(rf'<a href="/activites/{part["id"]}"><circle ', page)
    meeting_page = client.get(f"/activites/{parts[0]['id']}").text
    assert f'href="/activites/{visit_id}"' in meeting_page
    listing = client.get("/activites").text
    assert "Voir la mission" in listing and "visite de délégation" in listing


def test_a_bad_type_gets_a_message_not_an_empty_list(client):
    page = client.get("/activites", params={"kind": "fête"}).text
    assert "Type d&#39;activité inconnu : fête." in page


def test_timeline_bars_share_one_axis_and_keep_their_labels_inside():
    from reseau.query.results import MissionSpan
    from reseau.web.timeline import WIDTH, timeline_bars

    spans = [MissionSpan(1, "mission", "Semaine à Paris", "2023-10-02", "2023-10-06", [(5, "2023-10-03")]),
             MissionSpan(2, "visit", "Délégation chilienne", "2023-11-20", "2023-11-24", [])]
    bars, height = timeline_bars(spans)
    first, second = bars
    assert first.x < first.x + first.width < second.x < second.x + second.width <= WIDTH
    assert first.x < first.dots[0][2] < first.x + first.width  # the meeting sits on its mission's bar
    assert first.label_anchor == "start" and second.label_anchor == "end" and second.label_x <= WIDTH
    assert height > second.y and timeline_bars([]) == ([], 0)
