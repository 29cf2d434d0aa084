"""The Atom feed and the calendar of activities: read back by ``feedparser`` and ``icalendar`` as a
feed reader and a calendar app would; opened by a feed token in their address (which opens
nothing else), by a Bearer token or a session; filtered like the activity list; made and revoked
from the CLI and from « Mes flux »; in French and in English."""

from __future__ import annotations

import json
import os
import re
import warnings
from datetime import date

import feedparser
import icalendar
import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from reseau.app import create_app
from reseau.auth.tokens import create_token
from reseau.auth.users import add_user
from reseau.extract import records
from reseau.publish.calendar import calendar, escape_text, fold
from reseau.query.activities import ActivityFilter, list_activities
from reseau.query.feeds import feed_items, register_key
from reseau.resolve.resolver import resolve
from reseau.settings import Settings
from reseau.store.database import open_register
from reseau.store.writer import write_extraction
from tests.conftest import SHARED_EVAL, run_cli, start_server

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

PASSWORD = "un-mot-de-passe-long"
TEXT = ("Nouvelles du Centre de prévention de Vlorn (CPV).\n\n"
        "Le mardi 17 mai 2022, à Paris, Alix Vernay, directrice du CPV, a rencontré l'Union des transports de Blorp (UTB).\n"
        "En mai 2022, à Bordeaux, l'UTB a tenu son colloque sur les gares.\n"
        "La semaine du 16 mai 2022, à Lyon, le CPV a réuni ses partenaires.\n"
        "En 2021, le CPV a publié une étude sur les quais.\n"
        "Le CPV tiendra à l'automne 2022, à Rimouski, une conférence sur la sécurité des gares.\n"
        "Le CPV a accueilli une stagiaire.\n")


def _activity(kind, day, precision, place, people, orgs, summary, *, title=None, status="held"):
    start = TEXT.index(summary.split(",")[0]) if summary.split(",")[0] in TEXT else 0
    return records.Activity(kind, day, precision, place, people, orgs, [], summary, {"start": start, "end": start + 10},
                            title=title, status=status)


def _extraction() -> records.Extraction:
    return records.Extraction(
        source="vlorn.txt", published="2022-06-01",
        organizations=[records.Organization("Centre de prévention de Vlorn", acronym="CPV"),
                       records.Organization("Union des transports de Blorp", acronym="UTB")],
        people=[records.Person("Alix Vernay", roles=[records.Role("directrice", "CPV")])],
        activities=[
            _activity("meeting", "2022-05-17", "day", "Paris", ["Alix Vernay"], ["CPV", "UTB"],
                      "Alix Vernay a rencontré l'UTB ; il fut question, entre autres, des quais."),
            _activity("event", "2022-05", "month", "Bordeaux", [], ["UTB"], "L'UTB a tenu son colloque sur les gares.",
                      title="Colloque sur les gares"),
            _activity("meeting", "2022-05-16", "week", "Lyon", [], ["CPV"], "Le CPV a réuni ses partenaires."),
            _activity("publication", "2021", "year", None, [], ["CPV"], "Le CPV a publié une étude sur les quais."),
            _activity("event", "2022-09", "season", "Rimouski", [], ["CPV"], "Une conférence sur la sécurité des gares.",
                      status="planned"),
            _activity("hire", None, None, None, [], ["CPV"], "Le CPV a accueilli une stagiaire."),
        ])


def _fill(register) -> None:
    with register.transaction() as session:
        extraction = _extraction()
        write_extraction(session, extraction, resolve(session, extraction), TEXT, actor="test")
        add_user(session, "lea", PASSWORD, "viewer", actor="test")
        add_user(session, "max", PASSWORD, "viewer", actor="test")


@pytest.fixture()
def settings(tmp_path):
    url = f"sqlite:///{tmp_path / 'r.db'}"
    register = open_register(url)
    _fill(register)
    register.close()
    return Settings(database_url=url, secret_key="cle-de-test")


def _tokens(settings, scope: str, who: str = "lea") -> str:
    register = open_register(settings.database_url)
    with register.transaction() as session:
        token = create_token(session, who, "test", actor="test", scope=scope)
    register.close()
    return token


@pytest.fixture()
def client(settings):
    with TestClient(create_app(settings)) as c:
        yield c


def _events(body: bytes) -> list:
    return icalendar.Calendar.from_ical(body).walk("VEVENT")


def _span(event) -> tuple[date, date]:
    return event.decoded("DTSTART"), event.decoded("DTEND")


# --- the calendar and the feed, as their readers see them ---------------------------------

def test_the_calendar_has_one_all_day_event_per_dated_activity_as_long_as_its_date(register):
    _fill(register)
    with register.sessions() as session:
        items, key = feed_items(session, ActivityFilter(), 1000), register_key(session)
        dated = [a for a in list_activities(session, ActivityFilter()) if a.date]
    text = calendar(items, lang="fr", key=key)
    events = _events(text.encode())
    assert len(events) == len(dated) == 5
    by_place = {str(e.get("LOCATION", "")): e for e in events}
    assert _span(by_place["Paris"]) == (date(2022, 5, 17), date(2022, 5, 18))  # a day: DTEND is the next day
    assert _span(by_place["Bordeaux"]) == (date(2022, 5, 1), date(2022, 6, 1))  # the whole month
    assert _span(by_place["Lyon"]) == (date(2022, 5, 16), date(2022, 5, 23))  # the whole week
    assert _span(by_place["Rimouski"]) == (date(2022, 9, 1), date(2022, 12, 1))  # a season: three months
    year = next(e for e in events if "LOCATION" not in e)
    assert _span(year) == (date(2021, 1, 1), date(2022, 1, 1))
    assert str(by_place["Rimouski"]["STATUS"]) == "TENTATIVE" and str(by_place["Paris"]["STATUS"]) == "CONFIRMED"
    assert "le 17 mai 2022" in str(by_place["Paris"]["SUMMARY"])
    assert "Alix Vernay" in str(by_place["Paris"]["DESCRIPTION"]) and "entre autres" in str(by_place["Paris"]["DESCRIPTION"])
    # Lines are folded at 75 octets, and the same activity keeps its UID from one download to the next.
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    with register.sessions() as session:
        again = calendar(feed_items(session, ActivityFilter(), 1000), lang="en", key=register_key(session))
    assert {str(e["UID"]) for e in _events(again.encode())} == {str(e["UID"]) for e in events}
    assert "17 May 2022" in again and "autumn 2022" in again and "17 mai" not in again


def test_the_atom_feed_reads_in_a_feed_reader_newest_first_with_links_and_announcements(settings, client):
    token = _tokens(settings, "feed")
    answer = client.get("/api/feed.atom", params={"jeton": token, "lang": "fr"})
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(answer.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.feed.title == "Activités du réseau" and token not in answer.text  # the document never repeats its reader's token
    assert len(feed.entries) == 6
    planned = feed.entries[0]  # autumn 2022 is the newest date
    assert planned.title.startswith("Annonce : ") and "automne 2022" in planned.title and "Rimouski" in planned.title
    paris = next(e for e in feed.entries if "Paris" in e.title)
    assert "le 17 mai 2022" in paris.title
    assert re.fullmatch(r"http://testserver/activites/\d+", paris.link)
    assert client.get(paris.link.replace("http://testserver", "")).status_code in (200, 303)
    assert paris.updated_parsed and "Alix Vernay" in paris.content[0].value and "UTB" in paris.content[0].value
    english = feedparser.parse(client.get("/api/feed.atom", params={"token": token, "lang": "en"}).content)
    assert english.feed.title == "Network activities"
    assert english.entries[0].title.startswith("Announced: ") and "autumn 2022" in english.entries[0].title
    assert "Meeting — 17 May 2022, Paris" == next(e for e in english.entries if "Paris" in e.title).title
    # Without lang, the reader's Accept-Language.
    assert feedparser.parse(client.get("/api/feed.atom", params={"jeton": token},
                                       headers={"Accept-Language": "en-GB"}).content).feed.title == "Network activities"


def test_filters_keep_what_the_activity_list_keeps(settings, client):
    token = _tokens(settings, "feed")
    ics = lambda **p: _events(client.get("/api/calendar.ics", params={"jeton": token, **p}).content)  # noqa: E731
    atom = lambda **p: feedparser.parse(client.get("/api/feed.atom", params={"jeton": token, **p}).content).entries  # noqa: E731
    assert [str(e["LOCATION"]) for e in ics(status="planned")] == ["Rimouski"]
    assert sorted(str(e["LOCATION"]) for e in ics(start="2022-05", end="2022-05")) == ["Bordeaux", "Lyon", "Paris"]
    assert {str(e["LOCATION"]) for e in ics(kind="event")} == {"Bordeaux", "Rimouski"}
    assert [str(e["LOCATION"]) for e in ics(place="Paris")] == ["Paris"]
    utb = next(o["id"] for o in client.get("/api/organizations", params={"q": "UTB"},
                                            headers={"Authorization": f"Bearer {_tokens(settings, 'api')}"}).json()["items"]
               if o["acronym"] == "UTB")
    assert {str(e["LOCATION"]) for e in ics(organization=utb)} == {"Paris", "Bordeaux"}
    assert len(atom(organization=utb)) == 2 and len(atom(kind="hire")) == 1 and len(atom(limit=2)) == 2
    assert client.get("/api/calendar.ics", params={"jeton": token, "kind": "party"}).status_code == 422
    assert client.get("/api/feed.atom", params={"jeton": token, "start": "mai"}).status_code == 422


# --- who may read them ----------------------------------------------------------------------

def test_a_feed_token_opens_the_feeds_and_nothing_else(settings, client):
    feed, api = _tokens(settings, "feed"), _tokens(settings, "api")
    for path in ("/api/feed.atom", "/api/calendar.ics"):
        assert client.get(path, params={"jeton": feed}).status_code == 200
        assert client.get(path, params={"token": feed}).status_code == 200
        assert client.get(path, headers={"Authorization": f"Bearer {feed}"}).status_code == 200
        assert client.get(path, headers={"Authorization": f"Bearer {api}"}).status_code == 200
        assert client.get(path).status_code == 401
        assert client.get(path, params={"jeton": "rsx_faux"}).status_code == 401
        # An API token opens the whole API: it never travels in an address.
        assert client.get(path, params={"jeton": api}).status_code == 401
    refused = client.get("/api/organizations", headers={"Authorization": f"Bearer {feed}"})
    assert refused.status_code == 403 and "/api/feed.atom" in refused.json()["detail"]
    assert client.get("/api/organizations", params={"jeton": feed}).status_code == 401
    assert client.get("/api/activities", headers={"Authorization": f"Bearer {feed}"}).status_code == 403
    assert client.get("/api/organizations", headers={"Authorization": f"Bearer {api}"}).status_code == 200


def test_the_cli_makes_lists_and_revokes_feed_tokens_and_exports_the_calendar(settings, client, tmp_path):
    env = {"RESEAU_DATABASE_URL": settings.database_url, "RESEAU_LANG": "en"}
    made = run_cli("user", "token", "lea", "--feed", "--name", "agenda", env=env)
    assert made.returncode == 0, made.stderr
    token = made.stdout.decode().strip()
    assert client.get("/api/calendar.ics", params={"jeton": token}).status_code == 200
    assert client.get("/api/people", headers={"Authorization": f"Bearer {token}"}).status_code == 403
    listed = json.loads(run_cli("user", "tokens", "lea", "--format", "json", env=env).stdout)
    assert [(t["name"], t["scope"]) for t in listed] == [("agenda", "feed")] and token not in json.dumps(listed)
    assert "scope" in run_cli("user", "tokens", env=env).stdout.decode()
    target = tmp_path / "mai.ics"
    written = run_cli("export", str(target), "--format", "ical", "--from", "2022-05", "--to", "2022-05", env=env)
    assert written.returncode == 0, written.stderr
    assert "3 events" in written.stdout.decode()
    events = _events(target.read_bytes())
    assert sorted(_span(e) for e in events)[0] == (date(2022, 5, 1), date(2022, 6, 1))
    assert any("17 May 2022" in str(e["SUMMARY"]) for e in events)
    assert "3 événements" in run_cli("export", str(target), "--format", "ical", "--from", "2022-05", "--to", "2022-05",
                                     env={**env, "RESEAU_LANG": "fr"}).stdout.decode()
    assert "le 17 mai 2022" in target.read_text(encoding="utf-8")
    # A disabled account's feed token opens nothing, and again once the account is enabled.
    assert run_cli("user", "disable", "lea", env=env).returncode == 0
    assert client.get("/api/calendar.ics", params={"jeton": token}).status_code == 401
    assert run_cli("user", "enable", "lea", env=env).returncode == 0
    assert client.get("/api/calendar.ics", params={"jeton": token}).status_code == 200
    revoked = run_cli("user", "revoke", "--token", str(listed[0]["id"]), env=env)
    assert revoked.returncode == 0, revoked.stderr
    assert client.get("/api/calendar.ics", params={"jeton": token}).status_code == 401
    assert client.get("/api/feed.atom", headers={"Authorization": f"Bearer {token}"}).status_code == 401


def test_my_feeds_page_shows_a_new_token_once_and_revokes_it(settings, client):
    assert client.post("/api/login", json={"username": "lea", "password": PASSWORD}).status_code == 200
    page = client.get("/mes-flux")
    assert page.status_code == 200 and "Aucun jeton de flux." in page.text and 'href="/mes-flux"' in page.text
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    made = client.post("/mes-flux", data={"name": "Thunderbird", "csrf": csrf})
    assert made.status_code == 200 and "Thunderbird" in made.text and "Aucun jeton de flux." not in made.text
    atom, ics = re.findall(r'value="(http://testserver/api/[^"]+)"', made.text)
    token = re.search(r"jeton=([\w-]+)", atom).group(1)
    assert atom.startswith("http://testserver/api/feed.atom?jeton=") and ics.endswith(f"calendar.ics?jeton={token}")
    client.cookies.clear()  # a calendar app has no session: the address alone opens the feeds
    assert client.get(ics.replace("http://testserver", "")).status_code == 200
    assert client.get(atom.replace("http://testserver", "")).status_code == 200
    client.post("/api/login", json={"username": "lea", "password": PASSWORD})
    listed = client.get("/mes-flux").text
    assert "Thunderbird" in listed and token not in listed  # shown once, never again
    number = re.search(r'action="/mes-flux/(\d+)/revoquer"', listed).group(1)
    csrf = re.search(r'name="csrf" value="([^"]+)"', listed).group(1)  # a new session, a new token
    # Another account cannot revoke it.
    other = TestClient(create_app(settings))
    with other:
        other.post("/api/login", json={"username": "max", "password": PASSWORD})
        other_csrf = re.search(r'name="csrf" value="([^"]+)"', other.get("/mes-flux").text).group(1)
        assert other.post(f"/mes-flux/{number}/revoquer", data={"csrf": other_csrf}).status_code == 404
    assert client.get(ics.replace("http://testserver", "")).status_code == 200
    done = client.post(f"/mes-flux/{number}/revoquer", data={"csrf": csrf}, follow_redirects=True)
    assert f"Jeton de flux n° {number} révoqué." in done.text and "Thunderbird" not in done.text
    client.cookies.clear()
    assert client.get(ics.replace("http://testserver", "")).status_code == 401
    signed_out = client.post("/mes-flux", data={"name": "x", "csrf": csrf}, follow_redirects=False)
    assert signed_out.status_code in (303, 403) and "jeton=" not in signed_out.text


def test_the_page_speaks_english(settings, client):
    client.post("/api/login", json={"username": "lea", "password": PASSWORD})
    client.get("/langue/en")
    page = client.get("/mes-flux").text
    assert "My feeds" in page and "No feed token." in page and "Mes flux" not in page


def test_the_openapi_describes_both_feeds_with_their_errors(client):
    paths = client.get("/openapi.json").json()["paths"]
    atom, ics = paths["/api/feed.atom"]["get"], paths["/api/calendar.ics"]["get"]
    assert "application/atom+xml" in atom["responses"]["200"]["content"]
    assert "text/calendar" in ics["responses"]["200"]["content"]
    for route in (atom, ics):
        assert {"401", "403", "422", "503"} <= set(route["responses"])
        assert {"start", "end", "place", "organization", "person", "topic", "kind", "status", "jeton", "token", "lang"} \
            <= {p["name"] for p in route["parameters"]}


def test_the_server_writes_no_feed_address_to_its_output(settings, tmp_path):
    """The token travels in the address: ``reseau serve`` keeps no access log that would hold it."""
    import urllib.request

    token = _tokens(settings, "feed")
    log = tmp_path / "serve.log"
    env = {**os.environ, "RESEAU_DATABASE_URL": settings.database_url, "RESEAU_SECRET_KEY": "cle-de-test"}
    with log.open("wb") as out:
        base, server = start_server(env, stdout=out, stderr=out)
        try:
            with urllib.request.urlopen(f"{base}/api/calendar.ics?jeton={token}", timeout=10) as answer:
                assert answer.status == 200 and b"BEGIN:VCALENDAR" in answer.read()
        finally:
            server.terminate()
            server.wait(timeout=10)
    written = log.read_text(encoding="utf-8", errors="replace")
    assert "Réseau sert" in written and token not in written and "calendar.ics" not in written


# --- a register fed with a real bulletin -----------------------------------------------------

def test_a_bulletins_calendar_holds_every_dated_activity_of_its_period(tmp_path, nlp):
    from reseau.workflows import ingest_paths

    register = open_register(f"sqlite:///{tmp_path / 'cipc.db'}")
    ingest_paths(register, [str(SHARED_EVAL / "texts" / "cipc-bulletin-2022.txt")], published=date(2022, 6, 1))
    period = ActivityFilter("2022-01-01", "2022-06-30")
    with register.sessions() as session:
        dated = [a for a in list_activities(session, period, limit=10_000)
                 if a.date and not (a.status == "planned" and a.followed_by)]
        events = _events(calendar(feed_items(session, period, 10_000), lang="fr", key=register_key(session)).encode())
    register.close()
    assert dated and len(events) == len(dated)
    assert {str(e["UID"]) for e in events} == {f"activity-{a.id}@{str(events[0]['UID']).split('@')[1]}" for a in dated}


def test_a_kept_promise_leaves_the_calendar_to_its_report_and_says_so_in_the_feed(tmp_path, nlp):
    from reseau.publish.feeds import atom_feed
    from reseau.workflows import ingest_paths
    from tests.test_planned import ANNOUNCED, REPORTED

    announced, reported = tmp_path / "annonce.txt", tmp_path / "retour.txt"
    announced.write_text(ANNOUNCED, encoding="utf-8")
    reported.write_text(REPORTED, encoding="utf-8")
    register = open_register(f"sqlite:///{tmp_path / 'r.db'}")
    ingest_paths(register, [str(announced)], published=date(2022, 6, 1))
    with register.sessions() as session:
        before = _events(calendar(feed_items(session, ActivityFilter(), 100), lang="fr", key="k").encode())
    ingest_paths(register, [str(reported)], published=date(2022, 11, 30))
    with register.sessions() as session:
        items, key = feed_items(session, ActivityFilter(), 100), register_key(session)
    register.close()
    assert [str(e["STATUS"]) for e in before] == ["TENTATIVE"]
    after = _events(calendar(items, lang="fr", key=key).encode())
    assert [(str(e["STATUS"]), e.decoded("DTSTART")) for e in after] == [("CONFIRMED", date(2022, 10, 18))]
    held = next(i.activity for i in items if i.activity.status == "held")
    promise = next(i for i in items if i.activity.status == "planned")
    assert promise.updated >= next(i.updated for i in items if i.activity.status == "held")  # the report changed it
    feed = feedparser.parse(atom_feed(items, lang="fr", key=key, site_url="http://x"))
    told = next(e for e in feed.entries if e.title.startswith("Annonce"))
    assert f"rapportée depuis (activité n° {held.id})" in told.content[0].value


@given(st.text(st.characters(codec="utf-8"), max_size=300))
@hypothesis_settings(max_examples=200, deadline=None)
def test_any_text_comes_back_whole_from_a_calendar_app(text):
    """Escaped and folded at 75 octets, any text reads back as it was, but for the control
    characters a calendar value may not hold."""
    line = fold("DESCRIPTION:" + escape_text(text))
    assert all(len(piece.encode("utf-8")) <= 75 for piece in line.split("\r\n"))
    body = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//FR\r\nBEGIN:VEVENT\r\nUID:1\r\n{line}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    expected = re.sub("[\x00-\x08\x0b-\x1f\x7f]", "", text.replace("\r\n", "\n").replace("\r", "\n"))
    assert str(_events(body.encode())[0]["DESCRIPTION"]) == expected
