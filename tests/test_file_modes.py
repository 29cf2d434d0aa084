"""A register Réseau creates is readable by its owner only: the SQLite file, its WAL and shared
memory files 0600, in a folder 0700 (the default data folder too), whatever the umask."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from reseau.store.curation import create_record
from reseau.store.database import open_register
from tests.conftest import run_cli


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask():
    """The usual umask, which lets everyone read new files."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_new_register_is_private(tmp_path, open_umask):
    database = tmp_path / "new" / "folder" / "r.db"
    register = open_register(f"sqlite:///{database}")
    with register.transaction() as s:
        create_record(s, "person", {"name": "Josée Bérubé"}, actor="test")
    assert mode(database.parent) == 0o700
    for path in (database, Path(f"{database}-wal"), Path(f"{database}-shm")):
        assert path.exists() and mode(path) == 0o600, path
    register.close()


def test_an_existing_file_and_folder_keep_their_modes(tmp_path, open_umask):
    folder = tmp_path / "shared"
    folder.mkdir(mode=0o750)
    database = folder / "r.db"
    open_register(f"sqlite:///{database}").close()
    database.chmod(0o640)  # chosen by their owner: Réseau leaves them so
    open_register(f"sqlite:///{database}").close()
    assert mode(database) == 0o640 and mode(folder) == 0o750


def test_the_default_data_folder_is_private(tmp_path):
    env = {"XDG_DATA_HOME": str(tmp_path / "data"), "RESEAU_DATABASE_URL": ""}
    done = run_cli("init", env=env)
    assert done.returncode == 0, done.stderr.decode()
    folder = tmp_path / "data" / "reseau"
    assert mode(folder) == 0o700 and mode(folder / "reseau.db") == 0o600
