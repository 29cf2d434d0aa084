"""Signing in and out: the one chain the API's ``/api/login`` and the page ``/connexion`` call.

1. the throttle counts the attempt, or refuses it (``TooManyAttempts``, 429 with ``Retry-After``);
2. the account's hash is read in a short session, closed at once: the slow argon2 check
   never holds one of the pool's connections;
3. the check (``passwords.Checker``: a few at a time);
4. a new session row, and an audit row, in one short transaction.

Every outcome goes to the ``reseau.security`` logger and, but for throttled attempts (which
never reach the database), to the audit table.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass

from sqlalchemy import select

from reseau.auth.account import Account, name_key
from reseau.auth.passwords import Checker
from reseau.auth.sessions import open_session, revoke
from reseau.auth.throttle import LoginGuard
from reseau.errors import TooManyAttempts
from reseau.store.database import Register
from reseau.store.tables import AuditEntry, User

security_log = logging.getLogger("reseau.security")


@dataclass
class SignIn:
    """What a sign-in needs besides the name and password: the register, the throttle, the
    password checker, and how long a session lives."""

    register: Register
    guard: LoginGuard
    checker: Checker
    max_age: float


def sign_in(ctx: SignIn, username: str, password: str, *, address: str) -> tuple[Account, str] | None:
    """The account and its new session's secret (for the cookie) if the password is right,
    else None; ``TooManyAttempts`` while this account or address must wait."""
    username = username.strip()[:100]
    key = name_key(username)
    try:
        ctx.guard.begin(key, address)
    except TooManyAttempts as refused:
        security_log.warning("connexion retardée (%s s) : compte=%r adresse=%s", refused.retry_after, username, address)
        raise
    with ctx.register.sessions() as session:
        row = session.execute(select(User.id, User.username, User.role, User.disabled, User.password_hash)
                              .where(User.name_key == key)).first()
    # The session is closed here: its connection is back in the pool before the slow check.
    usable = row is not None and not row.disabled
    if not ctx.checker.verify(row.password_hash if usable else None, password):
        ctx.guard.failed(key, address)
        reason = "compte inconnu" if row is None else "compte désactivé" if row.disabled else "mot de passe faux"
        # A name that is no account's is kept out of the logs: it may be a password typed in the
        # wrong field.
        shown = row.username if row else f"<{len(username)} caractères>"
        security_log.warning("connexion refusée (%s) : compte=%r adresse=%s", reason, shown, address)
        _audit(ctx, "login failed", row.id if row else None, shown, address, reason)
        return None
    ctx.guard.succeeded(key, address)
    with ctx.register.transaction() as session:
        secret = open_session(session, row.id, max_age=ctx.max_age, address=address)
        session.add(AuditEntry(actor=row.username, action="login", record_kind="user", record_id=row.id,
                               after=json.dumps({"address": address})))
    security_log.info("connexion : compte=%r adresse=%s", row.username, address)
    return Account(row.id, row.username, row.role), secret


def start_session(ctx: SignIn, account: Account, *, address: str) -> str:
    """A session for an account that has just been made (the first admin): its cookie secret."""
    with ctx.register.transaction() as session:
        return open_session(session, account.id, max_age=ctx.max_age, address=address)


def sign_out(ctx: SignIn, secret: str | None, *, address: str) -> None:
    """End the session whose secret the cookie held (nothing when there was none)."""
    if not secret:
        return
    with ctx.register.transaction() as session:
        revoke(session, secret)
    security_log.info("déconnexion : adresse=%s", address)


def _audit(ctx: SignIn, action: str, user_id: int | None, username: str, address: str, reason: str) -> None:
    with ctx.register.transaction() as session:
        session.add(AuditEntry(actor=username or "?", action=action, record_kind="user", record_id=user_id,
                               after=json.dumps({"address": address, "reason": reason}, ensure_ascii=False)))


def log_security_to(path: str | None) -> None:
    """Send the ``reseau.security`` log (INFO and up) to a file, or to stderr; once per process,
    whatever the number of apps made in it."""
    if any(getattr(handler, "_reseau", False) for handler in security_log.handlers):
        return
    if path:
        # Names and addresses of who tried to sign in: readable by the server's user only.
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
    handler: logging.Handler = logging.FileHandler(path, encoding="utf-8") if path else logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    handler._reseau = True  # type: ignore[attr-defined]
    security_log.addHandler(handler)
    security_log.setLevel(logging.INFO)
