"""Copies of the register: ``backup`` writes a consistent copy of a SQLite register while others
keep reading and writing it (``VACUUM INTO`` reads one snapshot; copying the file while it is
served loses the writes still in its WAL), ``restore`` puts such a copy back.

PostgreSQL has its own tools (``pg_dump``, ``pg_restore``): both functions say so.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import inspect, text, update

from reseau.errors import Conflict, InputError, StoreError
from reseau.store.database import Register, upgrade
from reseau.store.tables import LoginSession

# Tables every register has had since its first migration; a file without them is not one.
CORE_TABLES = {"alembic_version", "documents", "organizations", "people", "roles", "activities", "mentions", "audit"}
RECORD_TABLES = ("documents", "organizations", "people", "activities", "users")


def _sqlite_only(register: Register, tool: str) -> None:
    if register.engine.dialect.name != "sqlite":
        raise StoreError("registre PostgreSQL ({url}) : utilisez {tool} "
                         "(par exemple pg_dump -Fc -f reseau.dump BASE, puis pg_restore -d BASE reseau.dump)",
                         url=register.url, tool=tool)


def backup(register: Register, target: Path) -> Path:
    """Write a consistent copy of the register to a new file, readable by its owner only."""
    _sqlite_only(register, "pg_dump")
    target = target.expanduser().resolve()
    if not target.parent.is_dir():
        raise InputError("{path} : dossier introuvable", path=target.parent)
    try:
        # VACUUM INTO accepts an empty file: made here first so that it is private from the start.
        os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        raise Conflict("{target} existe déjà : choisissez un autre nom (une sauvegarde n'en écrase pas une autre)", target=target) from None
    try:
        with register.driver_connection() as connection:
            connection.execute("VACUUM INTO ?", (str(target),))
    except Exception:
        target.unlink(missing_ok=True)
        raise
    return target


def check_backup(source: Path) -> str:
    """The migration revision of a file that is a Réseau register; an error if it is not one."""
    if not source.is_file():
        raise InputError("{source} : fichier introuvable", source=source)
    try:
        with closing(sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)) as connection:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not CORE_TABLES <= tables:
                raise InputError("{source} n'est pas un registre Réseau (tables manquantes : {tables})",
                                 source=source, tables=", ".join(sorted(CORE_TABLES - tables)))
            if connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise InputError("{source} est endommagé (PRAGMA quick_check)", source=source)
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as error:
        raise InputError("{source} n'est pas un registre Réseau ({error})", source=source, error=error) from None
    if revision is None:
        raise InputError("{source} n'est pas un registre Réseau (aucune version de schéma)", source=source)
    return revision[0]


def is_empty(register: Register) -> bool:
    """Whether the register holds no record and no account."""
    with register.engine.connect() as connection:
        names = set(inspect(connection).get_table_names())
        return not any(connection.execute(text(f"SELECT 1 FROM {table} LIMIT 1")).first()
                       for table in RECORD_TABLES if table in names)


@dataclass(frozen=True)
class Restored:
    """What a restore did: the backup's schema revision, where the replaced register was kept
    (when it held anything), and how many sign-ins it ended."""

    revision: str
    previous: Path | None
    sessions_ended: int


def restore(register: Register, source: Path, *, force: bool = False) -> Restored:
    """Replace the register's content by a backup's, then bring its schema up to date; refused if
    the register holds anything, unless ``force`` (the replaced register is then first copied
    beside it). Every sign-in the backup holds is ended: a session or a logout made since the
    backup must not come back to life."""
    _sqlite_only(register, "pg_restore")
    revision = check_backup(source)
    known = {script.revision for script in _migrations()}
    if revision not in known:
        raise Conflict("{source} vient d'une version plus récente de Réseau (schéma {revision}) : mettez Réseau à jour", source=source, revision=revision)
    previous = None
    if not is_empty(register):
        if not force:
            raise Conflict("le registre n'est pas vide : --force pour le remplacer par la sauvegarde")
        here = Path(register.engine.url.database)
        previous = backup(register, here.with_name(f"{here.stem}.avant-restauration-{datetime.now():%Y%m%d-%H%M%S}{here.suffix}"))
    with closing(sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)) as copy:
        with register.driver_connection() as connection:
            # SQLite's online backup copies every page under the write lock: readers see the old
            # register or the restored one, never half of each.
            copy.backup(connection)
    register.engine.dispose()
    upgrade(register.engine)
    with register.transaction() as session:
        ended = session.execute(update(LoginSession).where(LoginSession.revoked_at.is_(None))
                                .values(revoked_at=datetime.now(timezone.utc))).rowcount
    return Restored(revision, previous, ended)


def _migrations():
    from importlib import resources

    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(resources.files("reseau.store").joinpath("migrations")))
    return ScriptDirectory.from_config(config).walk_revisions()


