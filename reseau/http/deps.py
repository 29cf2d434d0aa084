"""Dependencies shared by the routes: a database session per request, and who is asking.

A request is signed in by its session cookie (pages, and scripts that logged in), whose
session is looked up in the register at every request, or by ``Authorization: Bearer
<token>`` (scripts). Without either, the API answers 401; with a
role too low for the route, 403.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from sqlalchemy.orm import Session

from reseau.auth.account import Account
from reseau.auth.tokens import account_for_token
from reseau.http.session_cookie import cookie_account
from reseau.errors import Forbidden

# Reading pages and records takes a few milliseconds of SQLite or PostgreSQL: these
# dependencies, and the routes that only read, run on the event loop (``async def``),
# because a hop to the thread pool cost more than the query. Routes that write, import
# or export for seconds stay plain ``def`` and run in the thread pool.


async def get_session(request: Request) -> AsyncIterator[Session]:
    """A session on the app's register, closed after the response."""
    with request.app.state.register.sessions() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


async def current_account(request: Request, session: SessionDep) -> Account:
    """The signed-in account, or 401."""
    header = request.headers.get("authorization", "")
    account = None
    if header.lower().startswith("bearer "):
        account = account_for_token(session, header[7:].strip())
    else:
        account = cookie_account(request, session)
    if account is None:
        raise HTTPException(401, "connexion requise", headers={"WWW-Authenticate": "Bearer"})
    return account


def require(role: str):
    """A dependency that lets through accounts with at least this role."""

    async def check(account: Annotated[Account, Depends(current_account)]) -> Account:
        if not account.may(role):
            raise Forbidden("réservé au rôle {role} ou plus", role=role)
        return account

    return check


ViewerDep = Annotated[Account, Depends(require("viewer"))]
EditorDep = Annotated[Account, Depends(require("editor"))]
AdminDep = Annotated[Account, Depends(require("admin"))]
