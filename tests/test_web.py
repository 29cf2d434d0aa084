"""The pages through real HTTP on the app: sign-in, redirects, CSRF, escaping, every page."""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from contextlib import contextmanager
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
def web_settings(tmp_path_factory, nlp):
    """A register with a sample bulletin, a text holding a <script>, and a viewer."""
    folder = tmp_path_factory.mktemp("web")
    hostile = folder / "hostile.txt"
    hostile.write_text("Le 3 mai, le Réseau a rencontré Jeanne Lefort, directrice de la Ville de Laval "
                       "<script>alert('x')</script>.\n", encoding="utf-8")
    url = f"sqlite:///{folder / 'r.db'}"
    register = open_register(url)
    ingest_paths(register, [str(ROOT / "examples" / "bulletin-apu-2023-10.txt"), str(hostile)], published=date(2023, 10, 31))
    with register.transaction() as s:
        add_user(s, "lea", PASSWORD, "viewer", actor="test")
    register.close()
    return Settings(database_url=url, secret_key="cle-de-test")


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


@contextmanager
def signed_in(settings: Settings):
    """The viewer « lea », signed in."""
    with TestClient(create_app(settings)) as client:
        token = csrf_of(client.get("/connexion").text)
        done = client.post("/connexion", data={"username": "lea", "password": PASSWORD, "csrf": token, "next": "/"},
                           follow_redirects=False)
        assert done.status_code == 303
        yield client


def test_from_a_profile_to_its_timeline_and_one_activity(web_settings):
    with signed_in(web_settings) as client:
        orgs = client.get("/organisations", params={"q": "Genève"}).text
        geneva = re.search(r'href="/organisations/(\d+)">Ville de Genève', orgs).group(1)
        profile = client.get(f"/organisations/{geneva}").text
        assert f'href="/activites?organisation={geneva}"' in profile
        assert '<p class="muted">ville' in profile  # its kind, in French
        assert "Ville de Genève" in client.get("/organisations", params={"kind": "city"}).text
        timeline = client.get("/activites", params={"organisation": geneva}).text
        assert "2023-10" in timeline and "Lyon" not in timeline  # only Geneva's activities
        activity = re.search(r'href="/activites/(\d+)">2023-10-05', timeline).group(1)
        page = client.get(f"/activites/{activity}").text
        assert "Lucie Perret" in page and f'href="/organisations/{geneva}"' in page and "<mark>" in page
        assert "Lucie Perret" in client.get("/activites", params={"personne": "Lucie Perret"}).text
        unknown = client.get("/activites", params={"organisation": "Organisation qui n'existe pas"})
        assert unknown.status_code == 200 and 'class="error"' in unknown.text
        assert client.get("/activites/999999").status_code == 404
        api = client.get(f"/api/activities/{activity}").json()
        assert any(p["name"] == "Lucie Perret" and p["type"] == "person" for p in api["participants"]) and api["sources"]


def test_signed_out_pages_redirect_to_sign_in(web_settings):
    with TestClient(create_app(web_settings)) as c:
        done = c.get("/organisations?q=APU", follow_redirects=False)
        assert done.status_code == 303 and done.headers["location"] == "/connexion?next=/organisations%3Fq%3DAPU"
        assert c.get("/api/organizations").status_code == 401


def test_a_form_without_its_csrf_token_is_refused(web_settings):
    with TestClient(create_app(web_settings)) as c:
        c.get("/connexion")
        done = c.post("/connexion", data={"username": "lea", "password": PASSWORD, "next": "/"}, follow_redirects=False)
        assert done.status_code == 403
        done = c.post("/connexion", data={"username": "lea", "password": PASSWORD, "csrf": "faux", "next": "/"}, follow_redirects=False)
        assert done.status_code == 403


def test_wrong_password_says_so(web_settings):
    with TestClient(create_app(web_settings)) as c:
        token = csrf_of(c.get("/connexion").text)
        done = c.post("/connexion", data={"username": "lea", "password": "non", "csrf": token, "next": "/"})
        assert done.status_code == 401 and "incorrect" in done.text


def test_every_page_renders_for_a_viewer(web_settings):
    with signed_in(web_settings) as client:
        home = client.get("/")
        assert home.status_code == 200 and "Activités récentes" in home.text
        orgs = client.get("/organisations", params={"q": "APU"})
        apu_id = re.search(r'href="/organisations/(\d+)">Alliance pour la prévention urbaine', orgs.text).group(1)
        profile = client.get(f"/organisations/{apu_id}").text
        assert "Claire Dubuc" in profile and "<mark>" in profile
        assert client.get("/personnes", params={"q": "Dubuc"}).status_code == 200
        by_topic = client.get("/organisations", params={"topic": "violences conjugales"}).text
        assert "Direction départementale de la sécurité publique du Rhône" in by_topic and "Ville de Genève" not in by_topic
        assert "Paul Martin" in client.get("/personnes", params={"topic": "violences conjugales"}).text
        assert "Genève" in client.get("/activites", params={"place": "Genève"}).text
        assert "Ville de Genève" in client.get("/recherche", params={"q": "geneve"}).text
        assert "cytoscape-3.30.4.min.js" in client.get("/reseau").text
        assert client.get("/static/vendor/htmx-2.0.4.min.js").status_code == 200


def test_stored_script_is_shown_escaped(web_settings):
    with signed_in(web_settings) as client:
        people = client.get("/personnes", params={"q": "Lefort"}).text
        person_id = re.search(r'href="/personnes/(\d+)">Jeanne Lefort', people).group(1)
        page = client.get(f"/personnes/{person_id}").text
        assert "<script>alert" not in page
        assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page


def test_sign_out_needs_the_token(web_settings):
    with signed_in(web_settings) as client:
        assert client.post("/deconnexion", data={}, follow_redirects=False).status_code == 403
        token = csrf_of(client.get("/").text)
        assert client.post("/deconnexion", data={"csrf": token}, follow_redirects=False).status_code == 303
        assert client.get("/", follow_redirects=False).status_code == 303


BULLETIN = ("Rencontre avec l’Office municipal de prévention\n\n"
            "Le 12 septembre, à Gatineau, le Réseau a rencontré Josée Bérubé, directrice de l’Office municipal de "
            "prévention de Gatineau (OMPG), pour parler de sécurité urbaine.\n")


@contextmanager
def editor_client(settings: Settings, username: str, role: str = "editor"):
    """A new editor (or admin) account, signed in; the client and its CSRF token."""
    register = open_register(settings.database_url)
    with register.transaction() as s:
        add_user(s, username, PASSWORD, role, actor="test")
    register.close()
    with TestClient(create_app(settings)) as c:
        token = csrf_of(c.get("/connexion").text)
        c.post("/connexion", data={"username": username, "password": PASSWORD, "csrf": token, "next": "/"})
        yield c, csrf_of(c.get("/").text)  # signing in gave a new token


def test_an_editor_settles_a_proposal_from_the_home_page(tmp_path, nlp):
    url = f"sqlite:///{tmp_path / 'r.db'}"
    register = open_register(url)
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Le 3 mai, le Réseau a rencontré l’Office municipal de prévention (OMP) à Lyon.\n", encoding="utf-8")
    b.write_text("Le 2 juillet, le Réseau a rencontré l’Office métropolitain de la prévention (OMP).\n", encoding="utf-8")
    ingest_paths(register, [str(a), str(b)], published=date(2023, 7, 31))
    register.close()
    with editor_client(Settings(database_url=url, secret_key="cle"), "paule") as (c, token):
        home = c.get("/").text
        proposal = re.search(r'action="/propositions/(\d+)"', home).group(1)
        assert "Même fiche : fusionner" in home
        assert c.post(f"/propositions/{proposal}", data={"decision": "accept"}).status_code == 403  # no token
        home = c.post(f"/propositions/{proposal}", data={"csrf": token, "decision": "accept"}).text
        assert "Fiches fusionnées." in home and "Rien à vérifier." in home
        assert c.get("/organisations", params={"q": "OMP"}).text.count('href="/organisations/') == 1
        export = zipfile.ZipFile(io.BytesIO(c.get("/api/export", params={"format": "csv"}).content))
        assert "organizations.csv" in export.namelist()


def test_only_editors_import_and_nothing_is_written_before_acceptance(web_settings):
    with signed_in(web_settings) as viewer:
        assert viewer.get("/import").status_code == 403
        token = csrf_of(viewer.get("/").text)
        assert viewer.post("/import", data={"csrf": token, "text": BULLETIN}).status_code == 403
    with editor_client(web_settings, "eddy") as (c, token):
        assert c.post("/import", data={"text": BULLETIN}).status_code == 403  # no CSRF token
        done = c.post("/import", data={"csrf": token, "text": BULLETIN, "published": "2023-10-31"}, follow_redirects=False)
        review = c.get(done.headers["location"]).text
        assert '<mark class="org">' in review and "Office municipal de prévention de Gatineau" in review
        assert "Josée Bérubé" not in c.get("/personnes", params={"q": "Berube"}).text  # not written yet
        form = {"csrf": token, "org-0-keep": "1", "org-1-keep": "1", "person-0-keep": "1",
                "org-1-name": "Office municipal de prévention de Gatineau"}
        accepted = c.post(done.headers["location"], data=form, follow_redirects=False)
        assert accepted.status_code == 303
        assert "Import accepté" in c.get("/").text
        assert "Josée Bérubé" in c.get("/personnes", params={"q": "Berube"}).text


def test_the_review_shows_the_least_sure_records_first_and_leaves_them_unchecked(web_settings):
    from dataclasses import replace

    # A floor above every record: nothing starts checked, the reviewer chooses what to keep.
    strict = replace(web_settings, review_floor=1.0)
    text = ("Le 12 septembre, à Gatineau, le Réseau a rencontré Josée Bérubé, directrice de l’Office municipal de "
            "prévention de Gatineau (OMPG), et l’ONUDC. Le groupe Xyloma y était.\n")
    with editor_client(strict, "rita") as (c, token):
        done = c.post("/import", data={"csrf": token, "text": text, "published": "2023-10-31"}, follow_redirects=False)
        review = c.get(done.headers["location"]).text
        orgs = review.split("<h2>", 3)[2]
        shown = [float(x) for x in re.findall(r'class="confidence"[^>]*>([\d.]+)<', orgs)]
        assert len(shown) >= 2 and shown == sorted(shown)
        assert "checked" not in orgs


def test_an_editor_corrects_and_merges_from_the_profile_and_sees_the_history(web_settings):
    with editor_client(web_settings, "cora") as (c, token):
        orgs = c.get("/organisations", params={"q": "Genève"}).text
        geneva = re.search(r'href="/organisations/(\d+)">Ville de Genève', orgs).group(1)
        lausanne = re.search(r'href="/organisations/(\d+)">Université de Lausanne',
                             c.get("/organisations", params={"q": "Lausanne"}).text).group(1)
        assert c.post(f"/organisations/{geneva}/modifier", data={"country": "Suisse"}).status_code == 403  # no token
        page = c.post(f"/organisations/{geneva}/modifier", data={"csrf": token, "country": "Suisse", "name": "Ville de Genève"}).text
        assert "Modifié : pays." in page and "Pays : « — » → « Suisse »" in page and "cora" in page
        # Nothing is merged before both records were shown side by side, this one kept by default.
        page = c.post(f"/organisations/{geneva}/fusionner", data={"csrf": token, "other": f"#{lausanne}"}).text
        assert "Confirmer la fusion" in page and f'name="keep" value="{geneva}" checked' in page
        assert c.get(f"/organisations/{lausanne}").status_code == 200
        page = c.post(f"/organisations/{geneva}/fusionner",
                      data={"csrf": token, "other": f"#{lausanne}", "keep": geneva, "confirm": "1"}).text
        assert "« Université de Lausanne » a été fondue dans « Ville de Genève »" in page
        assert "Université de Lausanne" in page.split("Aussi écrit", 1)[1].split("</p>", 1)[0]  # now an alias
        assert f"« Université de Lausanne » (n° {lausanne}) disparaît, « Ville de Genève » (n° {geneva}) est gardée" in page
        gone = c.get(f"/organisations/{lausanne}")
        assert gone.status_code == 404 and "Page introuvable" in gone.text and "organisation introuvable" in gone.text
        c.get("/langue/en?next=/")
        page = c.post(f"/organisations/{geneva}/modifier", data={"csrf": token, "country": "Schweiz", "name": "Ville de Genève"}).text
        assert "Changed: country." in page
        gone = c.get(f"/organisations/{lausanne}")
        assert gone.status_code == 404 and "Page not found" in gone.text and "organization not found" in gone.text
        assert "Page not found" in c.get("/nulle-part").text and c.get("/api/nulle-part").json() == {"detail": "Not Found"}
        assert c.get("/organisations/abc").status_code == 422 and "Invalid request" in c.get("/organisations/abc").text


def test_an_admin_deletes_an_organization_from_its_profile(web_settings):
    with editor_client(web_settings, "adele", "admin") as (c, token):
        laval = re.search(r'href="/organisations/(\d+)">Ville de Laval', c.get("/organisations", params={"q": "Laval"}).text).group(1)
        assert "la supprimer" in c.get(f"/organisations/{laval}").text
        page = c.post(f"/organisations/{laval}/supprimer", data={"csrf": token}).text
        assert "Cochez la confirmation" in page and c.get(f"/organisations/{laval}").status_code == 200
        page = c.post(f"/organisations/{laval}/supprimer", data={"csrf": token, "confirm": "1"}).text
        assert f"Fiche #{laval} supprimée." in page and c.get(f"/organisations/{laval}").status_code == 404
        again = c.post(f"/organisations/{laval}/supprimer", data={"csrf": token, "confirm": "1"})
        assert again.status_code == 404 and "<h1>Page introuvable</h1>" in again.text
        assert "Jeanne Lefort" in c.get("/personnes", params={"q": "Lefort"}).text
    with editor_client(web_settings, "edgar") as (c, token):
        apu = re.search(r'href="/organisations/(\d+)">Alliance', c.get("/organisations", params={"q": "APU"}).text).group(1)
        assert "la supprimer" not in c.get(f"/organisations/{apu}").text
        assert c.post(f"/organisations/{apu}/supprimer", data={"csrf": token, "confirm": "1"}).status_code == 403


def test_french_first_english_by_the_browser_or_the_switch(web_settings):
    with TestClient(create_app(web_settings)) as c:
        assert "Se connecter" in c.get("/connexion").text
        english = c.get("/connexion", headers={"Accept-Language": "en-CA,en;q=0.9,fr;q=0.5"}).text
        assert "Sign in" in english and '<html lang="en">' in english
        token = csrf_of(english)
        c.post("/connexion", data={"username": "lea", "password": PASSWORD, "csrf": token, "next": "/"})
        c.get("/langue/en?next=/")
        home = c.get("/", headers={"Accept-Language": "fr"}).text
        assert "Recent activities" in home and "Organizations" in home
        c.get("/langue/fr?next=/")
        assert "Activités récentes" in c.get("/").text


def test_every_read_answers_on_both_databases(register, nlp):
    """The pages' prepared statements and the graph, on SQLite and on PostgreSQL."""
    ingest_paths(register, [str(ROOT / "examples" / "bulletin-apu-2023-10.txt")], published=date(2023, 10, 31))
    with register.transaction() as s:
        add_user(s, "lea", PASSWORD, "viewer", actor="test")
    url = register.engine.url.render_as_string(hide_password=False)
    with signed_in(Settings(database_url=url, secret_key="cle")) as c:
        geneva = re.search(r'href="/organisations/(\d+)">Ville de Genève', c.get("/organisations", params={"q": "Genève"}).text).group(1)
        profile = c.get(f"/organisations/{geneva}").text
        assert "Lucie Perret" in profile and "<mark>" in profile
        person = re.search(r'href="/personnes/(\d+)">Lucie Perret', profile).group(1)
        assert "Déléguée à la prévention" in c.get(f"/personnes/{person}").text
        timeline = c.get("/activites", params={"organisation": geneva}).text
        activity = re.search(r'href="/activites/(\d+)">2023-10-05', timeline).group(1)
        assert "Lucie Perret" in c.get(f"/activites/{activity}").text
        assert "Ville de Genève" in c.get("/recherche", params={"q": "geneve"}).text
        assert "Activités récentes" in c.get("/").text
        graph = c.get("/api/graph", params={"positions": "true", "start": "2023-10"}).json()
        assert any(n["label"] == "Ville de Genève" and n["x"] is not None for n in graph["nodes"])
        assert c.get(f"/api/organizations/{geneva}").json()["people_total"] >= 1


def test_a_new_register_gets_its_first_admin_from_the_link_serve_prints(tmp_path):
    from reseau.auth.users import first_account_token

    settings = Settings(database_url=f"sqlite:///{tmp_path / 'new.db'}", secret_key="cle-de-test")
    link = first_account_token("cle-de-test")
    with TestClient(create_app(settings), client=("192.0.2.7", 50000)) as far:
        # From another machine the page is refused, even with the right link.
        assert far.get("/premier-compte", params={"jeton": link}).status_code == 403
    with TestClient(create_app(settings), client=("127.0.0.1", 50000)) as c:
        token = csrf_of(c.get("/connexion").text)
        assert c.get("/premier-compte", params={"jeton": "faux"}).status_code == 403
        link = first_account_token(settings.session_secret())
        assert "administrateur" in c.get("/premier-compte", params={"jeton": link}).text
        short = c.post("/premier-compte", data={"csrf": token, "jeton": link, "username": "ada", "password": "court"})
        assert short.status_code == 422 and "trop court" in short.text
        done = c.post("/premier-compte", data={"csrf": token, "jeton": link, "username": "ada", "password": PASSWORD},
                      follow_redirects=False)
        assert done.status_code == 303
        assert "Importer" in c.get("/").text  # signed in, as an admin
        # Once an account exists the link is spent.
        assert c.get("/premier-compte", params={"jeton": link}, follow_redirects=False).status_code == 303
        token = csrf_of(c.get("/").text)  # signing in gave a new token
        again = c.post("/premier-compte", data={"csrf": token, "jeton": link, "username": "bob", "password": PASSWORD})
        assert again.status_code == 409
