"""Dependencies shared by the routes: a database session per request."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session


def get_session(request: Request) -> Iterator[Session]:
    """A read session on the app's register, closed after the response."""
    with request.app.state.register.sessions() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]
