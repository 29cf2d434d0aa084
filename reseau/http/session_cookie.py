"""The session cookie: it carries a session's secret (never a user id), a CSRF token and the
chosen language. The session itself lives in the register (``reseau.auth.sessions``)."""

from __future__ import annotations

import asyncio
import logging
import secrets

from fastapi import Request
from sqlalchemy.orm import Session
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from reseau.auth.account import Account
from reseau.auth.login import SignIn, sign_out
from reseau.auth.sessions import session_account, touch
from reseau.store.database import Register

COOKIE = "reseau_session"
KEY = "sid"


def client_address(request: Request) -> str:
    """The client's address as the server sees it (uvicorn puts a trusted proxy's
    ``X-Forwarded-For`` there)."""
    return request.client.host if request.client else ""


def cookie_account(request: Request, session: Session) -> Account | None:
    """The account of the request's session cookie, looked up in the register at every request,
    so that a revoked session stops working at once; None when signed out or ended."""
    secret = request.session.get(KEY)
    if not secret:
        return None
    seen = session_account(session, secret, idle=request.app.state.settings.session_idle)
    if seen is None:
        request.session.pop(KEY, None)
        return None
    if seen.stale:
        # Written from a thread and not awaited: a page must not wait for the write lock
        # while an import holds it. Lost if the process stops first, which costs little.
        asyncio.get_running_loop().run_in_executor(None, _touch, request.app.state.register, secret)
    return seen.account


def _touch(register: Register, secret: str) -> None:
    try:
        with register.transaction() as session:
            touch(session, secret)
    except Exception:  # noqa: BLE001 - a missed « last seen » must never fail a request
        logging.getLogger("reseau.security").exception("session : « vu à » non écrit")


def start(request: Request, secret: str) -> None:
    """Put a new session in the cookie: the one it held is revoked, everything else in it goes
    (a new CSRF token too) but the language."""
    lang = request.session.get("lang")
    if request.session.get(KEY):
        sign_out(request.app.state.sign_in, request.session[KEY], address=client_address(request))
    request.session.clear()
    request.session[KEY] = secret
    request.session["csrf"] = secrets.token_urlsafe(32)
    if lang:
        request.session["lang"] = lang


def end(request: Request) -> None:
    """Revoke the cookie's session in the register and empty the cookie."""
    ctx: SignIn = request.app.state.sign_in
    sign_out(ctx, request.session.get(KEY), address=client_address(request))
    request.session.clear()


class SecureOverHttps:
    """Marks the session cookie ``Secure`` when the request came over HTTPS (directly, or
    through a proxy uvicorn trusts), even without ``RESEAU_SECURE_COOKIE``."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("scheme") != "https":
            await self.app(scope, receive, send)
            return

        async def send_secure(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [(name, value + b"; secure" if name == b"set-cookie" and value.startswith(COOKIE.encode())
                                       and b"secure" not in value.lower() else value)
                                      for name, value in message.get("headers", [])]
            await send(message)

        await self.app(scope, receive, send_secure)
