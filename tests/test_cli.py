"""The real ``reseau`` command: output formats, standard input, and one clear line for
every input it cannot read (never a traceback)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT, run_cli

SAMPLE = "Le 3 mars, le CIPC a rencontré Jeanne Lefort, directrice de l’Office municipal de prévention (OMP).\n"


def assert_one_clear_error(done: subprocess.CompletedProcess, *words: str) -> None:
    err = done.stderr.decode()
    assert done.returncode != 0
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    for word in words:
        assert word in lines[0], err


def test_help_does_not_load_spacy():
    # `reseau --help` must answer at once: the CLI module may not import spaCy.
    code = "import sys, reseau.cli; print('spacy' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "False"
    assert run_cli("--help").returncode == 0


def test_json_of_a_sample_bulletin_follows_the_contract():
    done = run_cli("extract", str(ROOT / "examples" / "bulletin-apu-2023-10.txt"), "--published", "2023-10-31", "--format", "json")
    assert done.returncode == 0, done.stderr.decode()
    data = json.loads(done.stdout)
    assert set(data) >= {"source", "published", "items", "organizations", "people", "activities"}
    assert data["published"] == "2023-10-31"
    apu = next(o for o in data["organizations"] if o["acronym"] == "APU")
    assert apu["name"] == "Alliance pour la prévention urbaine"
    assert all(a["kind"] in {"meeting", "hire", "publication", "event", "agreement"} for a in data["activities"])
    assert all(set(a["evidence"]) == {"start", "end"} for a in data["activities"])
    records = data["organizations"] + data["people"] + data["activities"] + [r for p in data["people"] for r in p["roles"]]
    assert all(0 <= r["confidence"] <= 1 for r in records)


def test_min_confidence_leaves_out_the_least_sure_records():
    path = str(ROOT / "examples" / "bulletin-apu-2023-10.txt")
    every = json.loads(run_cli("extract", path, "--published", "2023-10-31", "--format", "json").stdout)
    floor = sorted(o["confidence"] for o in every["organizations"])[len(every["organizations"]) // 2]
    done = run_cli("extract", path, "--published", "2023-10-31", "--format", "json", "--min-confidence", str(floor))
    assert done.returncode == 0, done.stderr.decode()
    sure = json.loads(done.stdout)
    assert 0 < len(sure["organizations"]) < len(every["organizations"])
    assert all(o["confidence"] >= floor for o in sure["organizations"])
    kept = {o["name"] for o in sure["organizations"]} | {o["acronym"] for o in sure["organizations"]}
    # What was left out is no longer named as a participant or as a role's organization.
    assert all(set(a["organizations"]) <= kept for a in sure["activities"])
    assert all(r["organization"] in kept | {None} for p in sure["people"] for r in p["roles"])


def test_standard_input_and_jsonl():
    done = run_cli("extract", "-", "--published", "2023-03-31", "--format", "jsonl", stdin=SAMPLE.encode())
    assert done.returncode == 0, done.stderr.decode()
    lines = done.stdout.decode().strip().splitlines()
    assert len(lines) == 1
    data = json.loads(lines[0])
    assert data["people"][0]["name"] == "Jeanne Lefort"
    assert data["activities"][0]["date"] == "2023-03-03"


def test_table_is_readable(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    done = run_cli("extract", str(path))
    out = done.stdout.decode()
    assert done.returncode == 0
    assert "Jeanne Lefort" in out and "Office municipal de prévention" in out and "Activités" in out


def test_missing_file():
    assert_one_clear_error(run_cli("extract", "/nulle/part/bulletin.txt"), "introuvable")


def test_directory(tmp_path):
    assert_one_clear_error(run_cli("extract", str(tmp_path)), "dossier")


def test_empty_file(tmp_path):
    path = tmp_path / "vide.txt"
    path.write_text("  \n\n", encoding="utf-8")
    assert_one_clear_error(run_cli("extract", str(path)), "vide")


@pytest.mark.parametrize("name, data, what", [
    ("rapport.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "PDF"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10", "image"),
    ("donnees.bin", b"\x00\x01\x02\x03" * 100, "binaire"),
])
def test_binary_files(tmp_path, name, data, what):
    path = tmp_path / name
    path.write_bytes(data)
    assert_one_clear_error(run_cli("extract", str(path)), what)


def test_cp1252_text_is_read_with_a_warning(tmp_path):
    path = tmp_path / "ancien.txt"
    path.write_bytes(SAMPLE.encode("cp1252"))
    done = run_cli("extract", str(path), "--format", "json")
    assert done.returncode == 0
    assert "cp1252" in done.stderr.decode() and "Traceback" not in done.stderr.decode()
    data = json.loads(done.stdout)
    assert data["people"][0]["roles"][0]["title"] == "Directrice"
    assert "Office municipal de prévention" in {o["name"] for o in data["organizations"]}


def test_bad_publication_date(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    assert_one_clear_error(run_cli("extract", str(path), "--published", "17/05/2022"), "date")


def test_a_bad_file_among_good_ones_does_not_stop_the_others(tmp_path):
    good = tmp_path / "bon.txt"
    good.write_text(SAMPLE, encoding="utf-8")
    done = run_cli("extract", "/nulle/part.txt", str(good), "--format", "jsonl")
    assert done.returncode == 1
    assert len(done.stdout.decode().strip().splitlines()) == 1
    assert "introuvable" in done.stderr.decode()


def test_every_command_is_documented():
    from reseau.cli import app
    from typer.main import get_command

    group = get_command(app)
    names = list(group.commands)
    assert {"extract", "ingest", "org", "person", "activities", "search", "stats", "export", "merge", "forget", "review"} <= set(names)
    for name, command in group.commands.items():
        assert (command.help or "").strip(), f"reseau {name} has no help"
    listing = run_cli("--help").stdout.decode()
    assert all(name in listing for name in names)
