"""Lists a person can read: names in French order, any column sorted, the last contact shown,
a bad filter value said rather than shown as an empty list; the home page's cards and first
step; the favicon."""

from __future__ import annotations

import re
import warnings

import pytest

from reseau.auth.users import add_user
from reseau.query.listing import list_organizations, list_people
from reseau.settings import Settings
from reseau.store.database import open_register
from reseau.store.tables import Activity, Organization, Participation, Person

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from reseau.app import create_app  # noqa: E402

PASSWORD = "un-mot-de-passe-long"
NAMES = ["Zurich Sécurité", "État de Vaud", "école de police", "Ecole nationale", "Edmonton Police", "Éducation Genève"]


def _fill(session) -> dict[str, Organization]:
    orgs = {name: Organization(name=name, kind="police" if "olice" in name else None, country="Suisse" if "Vaud" in name else None)
            for name in NAMES}
    session.add_all(orgs.values())
    ada, bea = Person(name="Ève Martin"), Person(name="Adèle Zed")
    session.add_all([ada, bea])
    session.flush()
    for day, who in (("2021-03-02", [orgs["Zurich Sécurité"], ada]), ("2023-06-01", [orgs["État de Vaud"], bea]),
                     ("2022", [orgs["Zurich Sécurité"]])):
        activity = Activity(kind="meeting", date=day)
        session.add(activity)
        session.flush()
        for record in who:
            session.add(Participation(activity_id=activity.id, **({"organization_id": record.id} if isinstance(record, Organization)
                                                                   else {"person_id": record.id})))
    return orgs


def test_names_sort_in_french_order_and_by_any_column(register):
    with register.transaction() as session:
        _fill(session)
    with register.sessions() as session:
        names = [o.name for o in list_organizations(session).rows]
        # Accents and case only break ties: « école », « Ecole », « Edmonton », « Éducation », « État ».
        assert names == ["école de police", "Ecole nationale", "Edmonton Police", "Éducation Genève", "État de Vaud", "Zurich Sécurité"] \
            or names == ["Ecole nationale", "école de police", "Edmonton Police", "Éducation Genève", "État de Vaud", "Zurich Sécurité"]
        assert [o.name for o in list_organizations(session, descending=True).rows][0] == "Zurich Sécurité"
        latest = [o.name for o in list_organizations(session, sort="last_contact", descending=True).rows]
        assert latest[:2] == ["État de Vaud", "Zurich Sécurité"]  # 2023-06-01, then 2022; the never met after
        assert [o.name for o in list_organizations(session, sort="country").rows][0] == "État de Vaud"  # blanks last
        assert [o.kind for o in list_organizations(session, sort="kind", descending=True).rows][:2] == ["police", "police"]
        assert [p.name for p in list_people(session, sort="last_contact", descending=True).rows] == ["Adèle Zed", "Ève Martin"]
        assert [p.name for p in list_people(session).rows] == ["Adèle Zed", "Ève Martin"]


@pytest.fixture()
def client(tmp_path):
    url = f"sqlite:///{tmp_path / 'r.db'}"
    register = open_register(url)
    with register.transaction() as session:
        add_user(session, "lea", PASSWORD, "editor", actor="test")
    yield register, Settings(database_url=url, secret_key="cle-de-test")
    register.close()


def _signed_in(settings):
    c = TestClient(create_app(settings))
    c.__enter__()
    token = re.search(r'name="csrf" value="([^"]+)"', c.get("/connexion").text).group(1)
    assert c.post("/connexion", data={"username": "lea", "password": PASSWORD, "csrf": token, "next": "/"},
                  follow_redirects=False).status_code == 303
    return c


def test_an_empty_register_offers_a_first_import_and_cards_link_to_their_lists(client):
    register, settings = client
    c = _signed_in(settings)
    try:
        home = c.get("/").text
        assert 'href="/import">Importer un premier bulletin' in home
        for path in ("/organisations", "/personnes", "/activites"):
            assert f'<a class="card" href="{path}">' in home
        assert "<h2>" not in home.split("<title>")[1].split("</title>")[0]  # the title is a title
        assert c.get("/reseau").status_code == 200  # an empty network: no slider, no error
        with register.transaction() as session:
            _fill(session)
        assert "Importer un premier bulletin" in c.get("/").text  # no bulletin yet: records typed by hand
        icon = c.get("/favicon.ico")
        assert icon.status_code == 200 and icon.headers["content-type"].startswith("image/svg+xml")
        assert 'rel="icon"' in home
        assert "publication" in c.get("/import").text.lower() and "l'année" in c.get("/import").text.replace("&#39;", "'")
    finally:
        c.__exit__(None, None, None)


def test_list_pages_sort_by_any_column_and_say_when_a_filter_is_wrong(client):
    register, settings = client
    with register.transaction() as session:
        _fill(session)
    c = _signed_in(settings)
    try:
        page = c.get("/organisations", params={"tri": "last_contact", "ordre": "desc"}).text
        assert page.index("État de Vaud") < page.index("Zurich Sécurité") < page.index("Edmonton Police")
        assert 'aria-sort="descending"' in page and "2023-06-01" in page and "Dernier contact" in page
        people = c.get("/personnes", params={"tri": "last_contact"}).text
        assert people.index("Ève Martin") < people.index("Adèle Zed") and "2021-03-02" in people
        for path, params, words in (("/organisations", {"kind": "pompiers"}, "Type d'organisation inconnu"),
                                    ("/organisations", {"tri": "taille"}, "Tri inconnu"),
                                    ("/personnes", {"organisation": "abc"}, "Aucune organisation numéro"),
                                    ("/activites", {"start": "2023-13"}, "Date invalide"),
                                    ("/activites", {"kind": "réunion"}, "Type d'activité inconnu"),
                                    ("/reseau", {"end": "mai"}, "Date invalide"),
                                    ("/organisations", {"country": "Atlantide"}, "Aucune organisation ne répond")):
            answer = c.get(path, params=params)
            assert answer.status_code == 200 and words in answer.text.replace("&#39;", "'"), (path, params)
    finally:
        c.__exit__(None, None, None)


def test_search_finds_a_misspelt_name(register):
    from reseau.query.search import search
    from reseau.store.tables import OrgAlias, PersonAlias
    from reseau.names import name_key

    with register.transaction() as session:
        marie = Person(name="Marie Tremblay")
        office = Organization(name="Office municipal de prévention de Gatineau", acronym="OMPG")
        session.add_all([marie, office])
        session.flush()
        session.add(PersonAlias(person_id=marie.id, alias=marie.name, key=name_key(marie.name)))
        for alias in (office.name, "OMPG"):
            session.add(OrgAlias(organization_id=office.id, alias=alias, key=name_key(alias)))
    with register.sessions() as session:
        assert [(r.label, r.close) for r in search(session, "Marie Tremblé")] == [("Marie Tremblay", True)]
        assert [r.label for r in search(session, "prevension Gatinau")] == ["Office municipal de prévention de Gatineau"]
        assert search(session, "Trombone") == [] and search(session, "OMPH") == []  # short words must be exact


def test_csv_export_for_a_french_excel_splits_on_semicolons_with_french_headings(client):
    import io
    import zipfile

    register, settings = client
    with register.transaction() as session:
        _fill(session)
    c = _signed_in(settings)
    try:
        home = c.get("/").text
        link = re.search(r'href="(/api/export\?format=csv&amp;separator=semicolon[^"]*)"', home).group(1).replace("&amp;", "&")
        french = c.get(link, headers={"Accept-Language": "fr"})
        with zipfile.ZipFile(io.BytesIO(french.content)) as z:
            lines = z.read("organizations.csv").decode("utf-8-sig").splitlines()
        assert lines[0].startswith("n°;nom;sigle;type;pays;ville") and ";État de Vaud;" in "\n".join(lines)
        c.get("/langue/en")
        english = c.get(link.replace("semicolon", "comma"))
        with zipfile.ZipFile(io.BytesIO(english.content)) as z:
            assert z.read("people.csv").decode("utf-8-sig").startswith("no.,name,aliases")
        # Programs keep the stable keys by default.
        with zipfile.ZipFile(io.BytesIO(c.get("/api/export", params={"format": "csv"}).content)) as z:
            assert z.read("organizations.csv").decode("utf-8-sig").startswith("id,name,acronym")
    finally:
        c.__exit__(None, None, None)


def test_cli_export_takes_a_semicolon_and_speaks_the_command_s_language(tmp_path):
    from tests.conftest import run_cli

    env = {"RESEAU_DATABASE_URL": f"sqlite:///{tmp_path / 'r.db'}", "RESEAU_LANG": "fr"}
    assert run_cli("init", env=env).returncode == 0
    assert run_cli("export", str(tmp_path / "out"), "--separator", ";", env=env).returncode == 0
    assert (tmp_path / "out" / "people.csv").read_text(encoding="utf-8-sig").startswith("n°;nom;alias")
    bad = run_cli("export", str(tmp_path / "out2"), "--separator", "|", env=env)
    assert bad.returncode == 2 and "--separator" in bad.stderr.decode()


def test_every_export_table_lists_its_columns_even_when_empty(register):
    from reseau.publish.exports import TABLE_COLUMNS, register_tables

    with register.transaction() as session:
        _fill(session)
        session.flush()
        tables = register_tables(session)
    for name, rows in tables.items():
        if rows:
            assert list(rows[0]) == TABLE_COLUMNS[name], name
