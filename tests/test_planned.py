"""What is announced is kept as planned, with the precision the text gives, and becomes a
promise kept when a later bulletin reports it (SQLite, and PostgreSQL when given)."""

from __future__ import annotations

import html
from datetime import date

import pytest
from sqlalchemy import select

from reseau.auth.users import add_user
from reseau.settings import Settings
from reseau.store.database import open_register

from reseau.query.activities import ActivityFilter, activity_profile, list_activities
from reseau.store.curation import forget_document
from reseau.store.tables import Activity, Document
from reseau.workflows import ingest_paths
from tests.test_documents import PASSWORD, signed_in

ANNOUNCED = ("Conférence sur la sécurité des gares\n\nLe Centre d’études sur la sécurité urbaine (CESU) tiendra à "
             "l’automne 2022, à Rimouski, une conférence internationale sur la sécurité des gares avec l’Université "
             "de Rimouski.\n")
REPORTED = ("Retour sur la conférence\n\nLe 18 octobre 2022, à Rimouski, le Centre d’études sur la sécurité urbaine "
            "(CESU) et l’Université de Rimouski ont tenu une conférence internationale sur la sécurité des gares.\n")


def test_an_announced_conference_is_planned_then_reported(register, nlp, tmp_path):
    announced, reported = tmp_path / "annonce.txt", tmp_path / "retour.txt"
    announced.write_text(ANNOUNCED, encoding="utf-8")
    reported.write_text(REPORTED, encoding="utf-8")
    ingest_paths(register, [str(announced)], published=date(2022, 6, 1))
    with register.sessions() as s:
        planned = list_activities(s, ActivityFilter(status="planned"))
        assert [(a.date, a.date_precision, a.followed_by) for a in planned] == [("2022-09", "season", None)]
        assert list_activities(s, ActivityFilter(status="held")) == []
    ingest_paths(register, [str(reported)], published=date(2022, 11, 30))
    with register.sessions() as s:
        held = list_activities(s, ActivityFilter(status="held"))
        assert len(held) == 1 and held[0].date == "2022-10-18"
        promise = activity_profile(s, planned[0].id)
        assert promise.status == "planned" and promise.followed_by == held[0].id
        assert activity_profile(s, held[0].id).follows == [planned[0].id]
    # The report taken back, the promise waits again.
    with register.transaction() as s:
        document = s.scalar(select(Document.id).where(Document.source == str(reported)))
        forget_document(s, str(document), actor="test")
    with register.sessions() as s:
        assert s.get(Activity, planned[0].id).followed_by_id is None


def test_a_conference_announced_in_passing_is_a_promise_of_the_register(register, nlp, tmp_path):
    told = tmp_path / "rencontre.txt"
    told.write_text("Rencontre à Lyon\n\nLe 4 avril 2023, à Lyon, le Centre d’études sur la sécurité urbaine (CESU) a "
                    "rencontré l’Observatoire lyonnais de la sécurité (OLS) afin de préparer un colloque qui aura lieu "
                    "à l’automne 2023.\n", encoding="utf-8")
    ingest_paths(register, [str(told)], published=date(2023, 6, 1))
    with register.sessions() as s:
        planned = list_activities(s, ActivityFilter(status="planned"))
        assert [(a.date, a.date_precision) for a in planned] == [("2023-09", "season")]
        assert "OLS" in planned[0].organizations
        assert [a.date for a in list_activities(s, ActivityFilter(status="held"))] == ["2023-04-04"]


def test_a_report_of_another_organization_keeps_the_promise_waiting(register, nlp, tmp_path):
    announced, other = tmp_path / "annonce.txt", tmp_path / "autre.txt"
    announced.write_text(ANNOUNCED, encoding="utf-8")
    other.write_text("Colloque\n\nLe 20 octobre 2022, à Gaspé, l’Observatoire gaspésien de la délinquance (OGD) a tenu "
                     "un colloque sur la sécurité des gares.\n", encoding="utf-8")
    ingest_paths(register, [str(announced), str(other)], published=date(2022, 11, 30))
    with register.sessions() as s:
        assert [a.followed_by for a in list_activities(s, ActivityFilter(status="planned"))] == [None]


AGREEMENT = ("Signature d’une convention\n\nLe 4 mars 2024, à Trois-Rivières, la Ville de Trois-Rivières et le Centre "
             "d’études sur la sécurité urbaine (CESU) ont signé une convention de partenariat sur la prévention de la "
             "violence dans les transports.\n")
FAR_AHEAD = ("Forum annoncé\n\nLe Centre d’études sur la sécurité urbaine (CESU) tiendra au printemps 2040, à Rimouski, "
             "un forum international sur la sécurité des quais avec l’Université de Rimouski.\n")


@pytest.fixture(scope="module")
def pages(tmp_path_factory, nlp):
    """A viewer signed in on a register told of a promise past its period, one to come, and an agreement."""
    folder = tmp_path_factory.mktemp("promesses")
    register = open_register(f"sqlite:///{folder / 'r.db'}")
    for name, text, published in (("annonce.txt", ANNOUNCED, date(2022, 6, 1)), ("forum.txt", FAR_AHEAD, date(2026, 11, 1)),
                                  ("convention.txt", AGREEMENT, date(2024, 3, 31))):
        (folder / name).write_text(text, encoding="utf-8")
        ingest_paths(register, [str(folder / name)], published=published)
    with register.transaction() as s:
        add_user(s, "lea", PASSWORD, "viewer", actor="test")
    register.close()
    client = signed_in(Settings(database_url=f"sqlite:///{folder / 'r.db'}", secret_key="cle-de-test"), "lea")
    yield client
    client.__exit__(None, None, None)


def test_the_home_page_lists_what_is_coming_and_promises_with_nothing_since(pages):
    home = pages.get("/").text
    coming = home.split('id="a-venir"')[1].split("<h2")[0]
    assert "le printemps 2040" in coming and "forum international" in coming
    assert "Annoncé pour l'automne 2022 : rien depuis" in html.unescape(home)
    pages.get("/langue/en")
    english = html.unescape(pages.get("/").text)
    assert "Coming up" in english and "Announced for autumn 2022: nothing since" in english
    pages.get("/langue/fr")


def test_an_agreement_shows_on_both_parties_profiles(pages):
    for name in ("CESU", "Ville de Trois-Rivières"):
        found = pages.get("/api/search", params={"q": name}).json()
        org = next(h for h in found if h["kind"] == "organization")
        profile = pages.get(f"/api/organizations/{org['id']}").json()
        assert [a["date"] for a in profile["agreements"]] == ["2024-03-04"]
        page = html.unescape(pages.get(f"/organisations/{org['id']}").text)
        assert "signé le 4 mars 2024" in page and "Parties : " in page
