"""``/api/login``, ``/api/logout``, ``/api/me``: signing in with a password, in a signed cookie."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from pydantic import BaseModel, Field

from reseau.api.deps import SessionDep, ViewerDep
from reseau.auth.users import authenticate

router = APIRouter(tags=["auth"])


class LoginIn(BaseModel):
    """A username and its password."""

    username: str = Field(min_length=1, max_length=100)
    password: str = Field(min_length=1, max_length=1000)


class AccountPublic(BaseModel):
    """The signed-in account."""

    username: str
    role: str


@router.post("/login", response_model=AccountPublic, responses={401: {"description": "mauvais identifiants"}})
def login(body: LoginIn, request: Request, session: SessionDep):
    """Sign in; the session cookie carries the account from then on."""
    account = authenticate(session, body.username, body.password)
    if account is None:
        raise HTTPException(401, "nom d'utilisateur ou mot de passe incorrect")
    request.session.clear()
    request.session["user_id"] = account.id
    return AccountPublic(username=account.username, role=account.role)


@router.post("/logout", status_code=204)
def logout(request: Request) -> None:
    """Sign out."""
    request.session.clear()


@router.get("/me", response_model=AccountPublic)
def me(account: ViewerDep):
    """Who is signed in."""
    return AccountPublic(username=account.username, role=account.role)
