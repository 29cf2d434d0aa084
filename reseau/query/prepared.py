"""Statements built once, at import, and run on the session's connection.

Building a SELECT and computing its cache key cost SQLAlchemy more than SQLite takes to
answer it (0.5 ms against 0.05 ms for a profile's activities). The pages people open
most read through statements prepared here, with named parameters.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Executable, Row
from sqlalchemy.orm import Session


def fetch(session: Session, statement: Executable, **params: Any) -> Sequence[Row]:
    """The rows of a prepared statement, without the ORM layer."""
    session.flush()  # what the ORM would autoflush; nothing to do (and nearly free) on a page that only reads
    return session.connection().execute(statement, params).all()
