"""The REST API (FastAPI): records, search, graph data, under ``/api``."""

from reseau.api.app import create_app

__all__ = ["create_app"]
