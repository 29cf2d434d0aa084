"""``/api/login``, ``/api/logout``, ``/api/me``: signing in with a password; the cookie then
carries a session kept in the register (see ``reseau.auth.login``)."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from pydantic import BaseModel, Field

from reseau.http.deps import ViewerDep
from reseau.api.schemas import ErrorPublic
from reseau.auth.login import sign_in
from reseau.http import session_cookie
from reseau.http.session_cookie import client_address

router = APIRouter(tags=["auth"])


class LoginIn(BaseModel):
    """A username and its password."""

    username: str = Field(min_length=1, max_length=100)
    password: str = Field(min_length=1, max_length=1000)


class AccountPublic(BaseModel):
    """The signed-in account."""

    username: str
    role: str


WAIT = {"description": "attendez le nombre de secondes de l'en-tête Retry-After", "model": ErrorPublic,
        "headers": {"Retry-After": {"description": "secondes", "schema": {"type": "integer"}}}}


@router.post("/login", response_model=AccountPublic,
             responses={401: {"description": "mauvais identifiants", "model": ErrorPublic},
                        429: {**WAIT, "description": "trop de tentatives pour ce compte ou cette adresse"},
                        503: {**WAIT, "description": "trop de connexions en cours"}})
def login(body: LoginIn, request: Request):
    """Sign in; a new session (and a new CSRF token) in the cookie from then on. Wrong
    passwords for one account, or from one address, make the next attempts wait longer
    and longer (429 with ``Retry-After``)."""
    done = sign_in(request.app.state.sign_in, body.username, body.password, address=client_address(request))
    if done is None:
        raise HTTPException(401, "nom d'utilisateur ou mot de passe incorrect")
    account, secret = done
    session_cookie.start(request, secret)
    return AccountPublic(username=account.username, role=account.role)


@router.post("/logout", status_code=204)
def logout(request: Request) -> None:
    """Sign out: the session is revoked in the register, not only forgotten by the browser."""
    session_cookie.end(request)


@router.get("/me", response_model=AccountPublic)
def me(account: ViewerDep):
    """Who is signed in."""
    return AccountPublic(username=account.username, role=account.role)
