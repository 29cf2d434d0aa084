"""``reseau history`` and ``reseau undo`` through the real CLI on a real SQLite file."""

from __future__ import annotations

import json

from tests.conftest import ROOT, run_cli
from tests.test_cli import assert_one_clear_error

APU = str(ROOT / "examples" / "bulletin-apu-2023-10.txt")


def test_a_merge_undone_from_the_command_line(tmp_path):
    env = {"RESEAU_DATABASE_URL": f"sqlite:///{tmp_path / 'r.db'}"}
    assert run_cli("ingest", APU, "--published", "2023-10-31", env=env).returncode == 0
    exported = tmp_path / "avant.json"
    assert run_cli("export", str(exported), "--format", "json", env=env).returncode == 0
    done = run_cli("merge", "org", "Ville de Montréal", "SPVM", env=env)
    assert done.returncode == 0, done.stderr.decode()
    history = json.loads(run_cli("history", "--format", "json", env=env).stdout)
    merge = history[0]
    assert merge["change"].startswith("Fusion : « Service de police de la Ville de Montréal »") and merge["undoable"] is True
    done = run_cli("undo", str(merge["id"]), env=env)
    assert done.returncode == 0 and f"modification n° {merge['id']} annulée (Fusion" in done.stdout.decode()
    after = tmp_path / "apres.json"
    assert run_cli("export", str(after), "--format", "json", env=env).returncode == 0
    assert json.loads(after.read_text()) == json.loads(exported.read_text())
    assert_one_clear_error(run_cli("undo", str(merge["id"]), env=env), "déjà été annulée")
    assert_one_clear_error(run_cli("undo", "99999", env=env), "aucune modification")
