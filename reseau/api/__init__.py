"""The REST API (FastAPI): records, search, graph data, under ``/api``; one router per
resource in :mod:`reseau.api.routes`, mounted with the pages by :func:`reseau.app.create_app`."""
