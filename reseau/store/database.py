"""Opening the register: engine, migrations, sessions.

SQLite runs in WAL mode with a busy timeout; writing transactions start with
``BEGIN IMMEDIATE`` so that two processes writing at once wait for each other instead of
failing with « database is locked », and readers never wait.
"""

from __future__ import annotations

import os
import random
import re
import time
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from reseau.errors import StoreError

BUSY_TIMEOUT_MS = 60_000
CHECKPOINT_WAIT_MS = 5_000
NO_REGISTER = "pas de registre à {where} (vérifiez RESEAU_DATABASE_URL ; « reseau init » en crée un)"
WRITE = "reseau_write"  # execution option of connections that will write


class Register:
    """A connection to the register: an engine and a way to open sessions."""

    def __init__(self, engine: Engine, *, created: bool = False) -> None:
        self.engine = engine
        self.sessions = sessionmaker(engine, expire_on_commit=False)
        self.created = created  # True when this opening made the register's tables

    @property
    def url(self) -> str:
        """The database URL, password hidden."""
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A writing session, committed at the end or rolled back on error (on SQLite it takes
        the write lock at once, so that two writers queue instead of failing)."""
        with self.sessions() as session, session.begin():
            session.connection(execution_options={WRITE: True})
            yield session

    def checkpoint(self) -> bool:
        """Copy SQLite's write-ahead log into the database file and empty it, so that rows just
        deleted (an erased person) stay in no file; True once the log is empty (PostgreSQL: no-op)."""
        if self.engine.dialect.name != "sqlite":
            return True
        with self.driver_connection() as connection:
            # Readers end within milliseconds; one that does not should not hold the caller a minute.
            connection.execute(f"PRAGMA busy_timeout={CHECKPOINT_WAIT_MS}")
            try:
                busy, _, _ = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            finally:
                connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        return busy == 0

    @contextmanager
    def driver_connection(self) -> Iterator:
        """The driver's own connection, outside any transaction (for what SQLite refuses inside
        one: checkpoints, VACUUM), given back to the pool after."""
        raw = self.engine.raw_connection()
        try:
            yield raw.driver_connection
        finally:
            raw.close()

    def close(self) -> None:
        """Release the connections."""
        self.engine.dispose()


def private_folder(folder: Path) -> None:
    """Make a folder (and its parents) that only its owner may enter; one that exists is left as it is."""
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    folder.mkdir(parents=True, exist_ok=True)
    for created in missing:
        created.chmod(0o700)


def _create_private(database: Path) -> None:
    """Create an empty SQLite file readable by its owner only, before SQLite creates it with the
    umask's mode (0644 most often); its WAL and shared memory files take the same mode."""
    private_folder(database.parent)
    try:
        os.close(os.open(database, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass  # made by its owner, or by another process of ours at the same moment: left as it is


def _sqlite_engine(url: str) -> Engine:
    path = make_url(url).database
    if path and path != ":memory:":
        _create_private(Path(path).expanduser())
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        # Let SQLAlchemy, not the driver, open transactions, so that they can be IMMEDIATE.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # Switching to WAL takes an exclusive lock; a register already in WAL needs none.
        if cursor.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        # Deleted rows are overwritten with zeros, not left in free pages: an erased person's
        # name must not stay readable in the file.
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.close()
        # Lists sort names in French order (« École » with « Ecole »); SQLite has no such collation.
        dbapi_connection.create_collation("fr", french_order)

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        # Readers start deferred and never block; writers take the lock up front.
        connection.exec_driver_sql("BEGIN IMMEDIATE" if connection.get_execution_options().get(WRITE) else "BEGIN")

    return engine


def _french_key(text: str) -> tuple[str, str]:
    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return bare.casefold(), text


def french_order(a: str, b: str) -> int:
    """Compare two texts as a French reader sorts them: letters first, accents and case
    only to break ties (SQLite's ``fr`` collation)."""
    x, y = _french_key(a), _french_key(b)
    return (x > y) - (x < y)


def open_register(url: str, *, migrate: bool = True, create: bool = True) -> Register:
    """Open (and upgrade, by default) the register at a database URL.

    With ``create=False`` a register that does not exist yet (no SQLite file, or a database
    without Réseau's tables) is an error rather than a new empty register: a typo in
    ``RESEAU_DATABASE_URL`` must not look like a register whose data is gone."""
    try:
        address = make_url(url)
        kind = address.get_backend_name()
    except ArgumentError:
        raise StoreError("adresse de base de données invalide : « {url} »", url=url) from None
    if not create and kind == "sqlite":
        _sqlite_must_exist(address.database)
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            engine = _sqlite_engine(url) if kind == "sqlite" else create_engine(url, pool_pre_ping=True)
        except ModuleNotFoundError as error:
            raise StoreError("pilote de base de données manquant : {driver}", driver=error.name) from None
        try:
            current = schema_revision(engine)
            if current is None and not create:
                engine.dispose()
                raise StoreError(NO_REGISTER, where=engine.url.render_as_string(hide_password=True))
            # Alembic and the migration scripts take a second to load: only when the
            # register is behind the code.
            if migrate and current not in head_revisions():
                upgrade(engine)
            return Register(engine, created=current is None)
        except OperationalError as error:
            engine.dispose()
            reason = str(error.orig).strip().splitlines()[0]
            # Two processes creating one SQLite file at once can both hold a shared lock and
            # want the exclusive one: SQLite then fails one at once rather than wait (no busy
            # handler can break that deadlock). The loser tries again after the winner.
            if kind == "sqlite" and "locked" in reason and time.monotonic() < deadline:
                time.sleep(random.uniform(0.05, 0.3))
                continue
            raise StoreError("base de données inaccessible ({kind}) : {reason}", kind=kind, reason=reason) from None


def _sqlite_must_exist(database: str | None) -> None:
    """Refuse a SQLite register whose file is missing or empty (SQLite would make a new one)."""
    if not database or database == ":memory:":
        return
    path = Path(database).expanduser()
    if not path.is_file() or path.stat().st_size == 0:
        raise StoreError(NO_REGISTER, where=str(path))


def schema_revision(engine: Engine) -> str | None:
    """The migration the register is at, or None for a database without Réseau's tables."""
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            found = connection.execute(text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")).first()
        else:
            try:
                found = connection.execute(text("SELECT to_regclass('alembic_version')")).scalar()
            except DBAPIError:  # another server: ask alembic's table directly below
                connection.rollback()
                found = True
        if not found:
            return None
        try:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except DBAPIError:
            return None


_REVISION = re.compile(r"^(down_revision|revision)\s*(?::[^=]*)?=\s*(.+)$", re.MULTILINE)


@lru_cache(maxsize=1)
def head_revisions() -> frozenset[str]:
    """The latest migrations, read from the scripts' text (importing Alembic to ask costs a second)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in resources.files("reseau.store").joinpath("migrations", "versions").iterdir():
        if not script.name.endswith(".py"):
            continue
        fields = {name: value.strip() for name, value in _REVISION.findall(script.read_text(encoding="utf-8"))}
        if "revision" not in fields:
            continue
        revisions.add(fields["revision"].strip("'\""))
        parents.update(re.findall(r"['\"]([^'\"]+)['\"]", fields.get("down_revision", "")))
    return frozenset(revisions - parents)


def upgrade(engine: Engine) -> None:
    """Bring the schema to the latest migration."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(resources.files("reseau.store").joinpath("migrations")))
    with engine.connect().execution_options(**{WRITE: True}) as connection, connection.begin():
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
