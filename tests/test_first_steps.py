"""A newcomer's first commands: a register exists only once made on purpose, and the README's
first command leads to a page where the first admin signs in."""

from __future__ import annotations

import os
import re
import subprocess

import httpx

from tests.conftest import ROOT, run_cli, start_server


def _one_line_error(done: subprocess.CompletedProcess, *words: str) -> str:
    err = done.stderr.decode()
    assert done.returncode != 0, done.stdout.decode()
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    for word in words:
        assert word in err, err
    return err


def test_a_command_on_a_missing_register_says_so_and_creates_nothing(tmp_path):
    database = tmp_path / "reseau.db"
    env = {"RESEAU_DATABASE_URL": f"sqlite:///{database}"}
    for command in (["stats"], ["org", "UITP"], ["search", "police"], ["user", "list"], ["serve", "--port", "1"]):
        _one_line_error(run_cli(*command, env=env), "pas de registre", str(database), "reseau init")
    assert not database.exists()


def test_a_typo_in_the_database_url_is_no_new_empty_register(tmp_path):
    made = tmp_path / "reseau.db"
    assert run_cli("init", env={"RESEAU_DATABASE_URL": f"sqlite:///{made}"}).returncode == 0
    typo = tmp_path / "reseua.db"
    _one_line_error(run_cli("stats", env={"RESEAU_DATABASE_URL": f"sqlite:///{typo}"}), "pas de registre")
    assert not typo.exists()
    # A PostgreSQL database without Réseau's tables is no register either.
    if os.environ.get("RESEAU_TEST_POSTGRES_URL"):
        _one_line_error(run_cli("stats", env={"RESEAU_DATABASE_URL": os.environ["RESEAU_TEST_POSTGRES_URL"]}), "pas de registre")


def test_init_creates_a_register_once(tmp_path):
    env = {"RESEAU_DATABASE_URL": f"sqlite:///{tmp_path / 'reseau.db'}"}
    first = run_cli("init", env=env)
    assert first.returncode == 0 and "Registre créé" in first.stdout.decode()
    again = run_cli("init", env=env)
    assert again.returncode == 0 and "existe déjà" in again.stdout.decode()
    assert run_cli("stats", env=env).returncode == 0


def test_the_readme_first_command_then_serve_lets_a_newcomer_sign_in(tmp_path):
    """README: ``reseau ingest examples/… && reseau serve``; the link serve prints makes the admin."""
    env = {**os.environ, "RESEAU_DATABASE_URL": f"sqlite:///{tmp_path / 'r.db'}", "RESEAU_SECRET_KEY": "cle-de-test",
           "RESEAU_MODEL": "blank:fr"}
    done = run_cli("ingest", str(ROOT / "examples" / "bulletin-apu-2023-10.txt"), "--published", "2023-10-31", env=env)
    assert done.returncode == 0, done.stderr.decode()
    assert "Registre créé" in done.stderr.decode()
    base, process = start_server(env, stdout=subprocess.PIPE)
    try:
        printed = process.stdout.readline().decode() + process.stdout.readline().decode()
        link = re.search(r"(http://127\.0\.0\.1:\d+/premier-compte\?jeton=\S+)", printed).group(1)
        with httpx.Client(timeout=20, follow_redirects=True) as browser:
            form = browser.get(link)
            csrf = re.search(r'name="csrf" value="([^"]+)"', form.text).group(1)
            jeton = re.search(r'name="jeton" value="([^"]+)"', form.text).group(1)
            made = browser.post(f"{base}/premier-compte", data={"csrf": csrf, "jeton": jeton, "username": "ada",
                                                                "password": "une-phrase-secrete"})
            assert made.status_code == 200 and "Accueil" in made.text  # signed in, on the home page
    finally:
        process.terminate()
        process.wait(timeout=10)
