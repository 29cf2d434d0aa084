"""The REST API (FastAPI): records, search, graph data, under ``/api``."""

from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    # Imported on first use: the pages' modules need ``reseau.api.deps``, and the app needs them.
    if name == "create_app":
        from reseau.api.app import create_app

        return create_app
    raise AttributeError(name)
