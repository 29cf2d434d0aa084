"""The register's commands through the real CLI on a real SQLite file."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.conftest import ROOT, run_cli
from tests.test_cli import assert_one_clear_error

APU = str(ROOT / "examples" / "bulletin-apu-2023-10.txt")
JEUNESSE = str(ROOT / "examples" / "bulletin-reseau-jeunesse.html")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """The environment of a register in a temporary SQLite file, with the sample bulletins ingested
    (read by the tests below, never changed)."""
    env = {"RESEAU_DATABASE_URL": f"sqlite:///{tmp_path_factory.mktemp('register') / 'r.db'}"}
    done = run_cli("ingest", APU, "--published", "2023-10-31", env=env)
    assert done.returncode == 0, done.stderr.decode()
    done = run_cli("ingest", JEUNESSE, "--published", "2024-04-30", env=env)
    assert done.returncode == 0, done.stderr.decode()
    return env


def test_ingest_is_idempotent(db):
    again = run_cli("ingest", APU, "--published", "2023-10-31", env=db)
    assert again.returncode == 0 and "déjà au registre" in again.stdout.decode()
    stats = json.loads(run_cli("stats", "--format", "json", env=db).stdout)
    assert stats["documents"] == 2


def test_dry_run_writes_nothing(tmp_path):
    env = {"RESEAU_DATABASE_URL": f"sqlite:///{tmp_path / 'r.db'}"}
    done = run_cli("ingest", APU, "--published", "2023-10-31", "--dry-run", env=env)
    assert done.returncode == 0 and "essai" in done.stdout.decode() and "créés" in done.stdout.decode()
    stats = json.loads(run_cli("stats", "--format", "json", env=env).stdout)
    assert stats["documents"] == 0


def test_failures_are_listed_and_the_rest_kept(tmp_path):
    env = {"RESEAU_DATABASE_URL": f"sqlite:///{tmp_path / 'r.db'}"}
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.4 binary")
    folder = tmp_path / "lot"
    folder.mkdir()
    (folder / "a.txt").write_text("Le 3 mai, le Réseau a rencontré Jeanne Lefort, directrice de la Ville de Laval.\n", encoding="utf-8")
    (folder / "b.txt").write_bytes(b"")
    done = run_cli("ingest", str(folder), str(bad), env=env)
    err = done.stderr.decode()
    assert done.returncode == 1 and "2 fichiers en échec" in err and "b.txt" in err and "PDF" in err
    assert "Traceback" not in err
    assert "a.txt : créés" in done.stdout.decode()


def test_org_profile(db):
    out = run_cli("org", "SPVM", "--format", "json", env=db)
    profile = json.loads(out.stdout)
    assert profile["name"] == "Service de police de la Ville de Montréal"
    assert profile["people"][0]["name"] == "Jean-François Lapointe"
    assert profile["last_contact"] == "2023-10-23"


def test_person_profile_with_who_else_was_there(db):
    profile = json.loads(run_cli("person", "Ousmane Ndiaye", "--format", "json", env=db).stdout)
    assert profile["roles"][0]["organization"] == "Police nationale du Sénégal"
    assert {m["name"] for m in profile["met_with"]} >= {"Jean-François Lapointe", "Isabelle Gagnon"}


def test_activities_filters_and_csv(db):
    out = run_cli("activities", "--place", "Genève", "--format", "csv", env=db).stdout.decode()
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 2 and all(r["lieu"] == "Genève" for r in rows)  # headings in the CLI's language
    english = run_cli("activities", "--place", "Genève", "--format", "csv", env={**db, "RESEAU_LANG": "en"}).stdout.decode()
    assert [r["place"] for r in csv.DictReader(io.StringIO(english))] == ["Genève", "Genève"]
    hires = json.loads(run_cli("activities", "--kind", "hire", "--from", "2024", "--format", "json", env=db).stdout)
    assert [h["people"] for h in hires] == [["Maude Lavoie"]]
    by_org = json.loads(run_cli("activities", "--org", "Police nationale du Sénégal", "--format", "json", env=db).stdout)
    # The delegation's visit is an activity too, and each of its meetings points to it.
    visit = next(a for a in by_org if a["kind"] == "visit")
    meetings = [a for a in by_org if a["kind"] == "meeting"]
    assert len(meetings) == 2 and all(m["part_of"] == visit["id"] for m in meetings)
    visits = json.loads(run_cli("activities", "--kind", "visit", "--format", "json", env=db).stdout)
    assert [v["id"] for v in visits] == [visit["id"]]


def test_search_ignores_accents(db):
    rows = json.loads(run_cli("search", "mediation sociale", "--format", "json", env=db).stdout)
    assert any(r["kind"] == "activity" for r in rows)
    rows = json.loads(run_cli("search", "Genève", "--format", "json", env=db).stdout)
    assert rows[0]["kind"] == "organization" and rows[0]["label"] == "Ville de Genève"


def test_unknown_and_ambiguous_names_and_bad_dates(db):
    assert_one_clear_error(run_cli("org", "Banque de France", env=db), "aucune")
    assert_one_clear_error(run_cli("org", "Université", env=db), "plusieurs", "Université de Lausanne")
    assert_one_clear_error(run_cli("activities", "--from", "2022-13", env=db), "date invalide")
    assert_one_clear_error(run_cli("activities", "--kind", "party", env=db), "type inconnu")


def test_bad_database_url(tmp_path):
    assert_one_clear_error(run_cli("stats", env={"RESEAU_DATABASE_URL": "pas une url"}), "base de données")
    assert_one_clear_error(run_cli("stats", env={"RESEAU_DATABASE_URL": "postgresql+psycopg://x@127.0.0.1:1/none"}), "inaccessible")


def test_user_accounts(tmp_path):
    env = {"RESEAU_DATABASE_URL": f"sqlite:///{tmp_path / 'r.db'}"}
    assert run_cli("init", env=env).returncode == 0
    done = run_cli("user", "add", "admin1", "--role", "admin", "--password-stdin", stdin=b"une-phrase-secrete\n", env=env)
    assert done.returncode == 0 and b"une-phrase-secrete" not in done.stdout + done.stderr
    assert_one_clear_error(run_cli("user", "add", "bob", "--password-stdin", stdin=b"court\n", env=env), "trop court")
    assert_one_clear_error(run_cli("user", "add", "admin1", "--password-stdin", stdin=b"une-autre-phrase\n", env=env), "existe déjà")
    assert_one_clear_error(run_cli("user", "add", "eve", "--role", "chef", "--password-stdin", stdin=b"une-autre-phrase\n", env=env), "rôle inconnu")
    users = json.loads(run_cli("user", "list", "--format", "json", env=env).stdout)
    assert users == [{"username": "admin1", "role": "admin", "disabled": False, "created_at": users[0]["created_at"]}]
    token = run_cli("user", "token", "admin1", env=env).stdout.decode().strip()
    assert token.startswith("rsx_") and len(token) > 30


def test_serve_on_a_new_register_prints_the_link_that_makes_the_first_admin(tmp_path):
    import os
    import re
    import subprocess

    import httpx

    from tests.conftest import start_server

    env = {**os.environ, "RESEAU_DATABASE_URL": f"sqlite:///{tmp_path / 'r.db'}", "RESEAU_SECRET_KEY": "cle-de-test"}
    assert run_cli("init", env=env).returncode == 0
    base, process = start_server(env, stdout=subprocess.PIPE)
    try:
        printed = process.stdout.readline().decode() + process.stdout.readline().decode()
        link = re.search(r"(http://\S+/premier-compte\?jeton=\S+)", printed).group(1)
        page = httpx.get(link, timeout=10)
        assert page.status_code == 200 and 'name="password"' in page.text
    finally:
        process.terminate()
        process.wait(timeout=10)


AGREEMENT = ("Entente avec la Ville de Longueuil\n\n"
             "Le 14 mars 2024, à Longueuil, l’Observatoire québécois de la sécurité urbaine (OQSU) et la Ville de "
             "Longueuil ont signé une convention de partenariat sur la prévention des violences chez les jeunes. "
             "La convention a été signée par Annie Caron, directrice générale de l’OQSU, et par Marc Gagnon, "
             "maire de Longueuil.\n")


def test_a_signed_agreement_is_kept_listed_and_exported_with_its_parties(tmp_path):
    env = {"RESEAU_DATABASE_URL": f"sqlite:///{tmp_path / 'r.db'}"}
    bulletin = tmp_path / "entente.txt"
    bulletin.write_text(AGREEMENT, encoding="utf-8")
    assert run_cli("ingest", str(bulletin), "--published", "2024-03-20", env=env).returncode == 0
    done = run_cli("activities", "--kind", "agreement", "--format", "json", env=env)
    assert done.returncode == 0, done.stderr.decode()
    [signed] = json.loads(done.stdout)
    assert signed["date"] == "2024-03-14"
    assert "Annie Caron" in signed["people"] and "OQSU" in signed["organizations"]
    # Each party's profile shows the agreement.
    profile = json.loads(run_cli("org", "Ville de Longueuil", "--format", "json", env=env).stdout)
    assert any(a["kind"] == "agreement" for a in profile["activities"])
    out = tmp_path / "export.json"
    assert run_cli("export", str(out), "--format", "json", env=env).returncode == 0
    assert any(a["kind"] == "agreement" for a in json.loads(out.read_text(encoding="utf-8"))["activities"])


def test_user_roles_disable_remove_and_tokens(tmp_path):
    env = {"RESEAU_DATABASE_URL": f"sqlite:///{tmp_path / 'r.db'}"}
    assert run_cli("init", env=env).returncode == 0
    for name, role in (("admin1", "admin"), ("bob", "viewer")):
        assert run_cli("user", "add", name, "--role", role, "--password-stdin", stdin=b"une-phrase-secrete\n", env=env).returncode == 0
    assert_one_clear_error(run_cli("user", "add", "ADMIN1", "--password-stdin", stdin=b"une-autre-phrase\n", env=env), "existe déjà")
    assert_one_clear_error(run_cli("user", "add", "carl", "--password-stdin", stdin=b" " * 10 + b"\n", env=env), "espaces")
    assert_one_clear_error(run_cli("user", "add", "carl", "--password-stdin", stdin=b"motdepasse123\n", env=env), "mot de passe")
    assert run_cli("user", "role", "BOB", "editor", env=env).returncode == 0
    assert run_cli("user", "disable", "bob", env=env).returncode == 0
    users = {u["username"]: u for u in json.loads(run_cli("user", "list", "--format", "json", env=env).stdout)}
    assert users["bob"]["role"] == "editor" and users["bob"]["disabled"] is True
    assert run_cli("user", "enable", "bob", env=env).returncode == 0
    token = run_cli("user", "token", "bob", "--name", "script", "--days", "30", env=env).stdout.decode().strip()
    listed = json.loads(run_cli("user", "tokens", "bob", "--format", "json", env=env).stdout)
    assert [(t["name"], t["state"]) for t in listed] == [("script", "valid")] and listed[0]["expires_at"]
    assert token not in json.dumps(listed)
    assert run_cli("user", "revoke", "--token", str(listed[0]["id"]), env=env).returncode == 0
    assert json.loads(run_cli("user", "tokens", "--format", "json", env=env).stdout) == []
    assert_one_clear_error(run_cli("user", "token", "bob", "--days", "0", env=env), "durée")
    assert_one_clear_error(run_cli("user", "remove", "admin1", "--yes", env=env), "dernier administrateur")
    assert run_cli("user", "remove", "bob", "--yes", env=env).returncode == 0
    assert_one_clear_error(run_cli("user", "role", "bob", "admin", env=env), "aucun utilisateur")
