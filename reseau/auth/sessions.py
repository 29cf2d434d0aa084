"""Sessions kept in the register: the cookie carries a random secret, the ``sessions`` table
its SHA-256 with the account, the times and whether it was revoked.

Every request looks its session up by primary key (one indexed read joined to its user), so
that a logout, a password or role change or a disabled account takes effect at the next
request, in every worker. ``last_seen`` is written at most once per ``touch_every`` seconds.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from reseau.auth.account import Account
from reseau.errors import Ambiguous, LookupFailed, UnknownName
from reseau.store.tables import LoginSession, User, now


def digest(secret: str) -> str:
    """What the table keeps of a cookie's (or a token's) secret."""
    return hashlib.sha256(secret.encode()).hexdigest()


def utc(moment: datetime) -> datetime:
    """A stored time as an aware UTC time (SQLite gives them back naive)."""
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def open_session(session: Session, user_id: int, *, max_age: float, address: str = "") -> str:
    """A new session for this account; returns the secret for the cookie (shown nowhere else)."""
    secret = secrets.token_urlsafe(32)
    moment = now()
    session.add(LoginSession(id=digest(secret), user_id=user_id, created_at=moment, last_seen=moment,
                             expires_at=moment + timedelta(seconds=max_age), address=address[:100]))
    return secret


@dataclass(frozen=True)
class Seen:
    """A live session's account, and whether its ``last_seen`` is old enough to write again."""

    account: Account
    stale: bool


def session_account(session: Session, secret: str, *, idle: float) -> Seen | None:
    """The account of a live session; None when unknown, revoked, expired, idle too long, or
    its account is disabled."""
    row = session.execute(select(LoginSession.revoked_at, LoginSession.expires_at, LoginSession.last_seen,
                                 User.id, User.username, User.role, User.disabled)
                          .join(User, User.id == LoginSession.user_id)
                          .where(LoginSession.id == digest(secret))).first()
    if row is None or row.revoked_at is not None or row.disabled:
        return None
    moment = now()
    last_seen = utc(row.last_seen)
    if moment >= utc(row.expires_at) or (moment - last_seen).total_seconds() > idle:
        return None
    return Seen(Account(row.id, row.username, row.role), (moment - last_seen).total_seconds() > min(60.0, idle / 2))


def touch(session: Session, secret: str) -> None:
    """Note that the session was just used (for the idle expiry)."""
    session.execute(update(LoginSession).where(LoginSession.id == digest(secret)).values(last_seen=now()))


def revoke(session: Session, secret: str) -> None:
    """End one session (logout)."""
    session.execute(update(LoginSession).where(LoginSession.id == digest(secret), LoginSession.revoked_at.is_(None))
                    .values(revoked_at=now()))


def revoke_user_sessions(session: Session, user_id: int) -> int:
    """End every open session of an account; how many were open."""
    done = session.execute(update(LoginSession).where(LoginSession.user_id == user_id, LoginSession.revoked_at.is_(None))
                           .values(revoked_at=now()))
    return done.rowcount or 0


def revoke_by_prefix(session: Session, prefix: str) -> int:
    """End the session whose listed id (the start of its hash) is this; the account's id."""
    prefix = prefix.strip().lower()
    if len(prefix) < 8 or any(c not in "0123456789abcdef" for c in prefix):
        raise LookupFailed("numéro de session invalide « {prefix} » (8 caractères hexadécimaux au moins, voir reseau user sessions)", prefix=prefix)
    rows = session.scalars(select(LoginSession).where(LoginSession.id.startswith(prefix)).limit(2)).all()
    if not rows:
        raise UnknownName("session", prefix)
    if len(rows) > 1:
        raise Ambiguous("session", prefix, [f"{row.id[:12]}…" for row in rows],
                        template="plusieurs sessions commencent par « {name} » : donnez plus de caractères")
    if rows[0].revoked_at is None:
        rows[0].revoked_at = now()
    return rows[0].user_id


def list_sessions(session: Session, user_id: int | None = None, *, idle: float | None = None) -> list[dict[str, object]]:
    """Sessions, newest first, with their state (open, revoked, expired, idle: unused for more
    than ``idle`` seconds): for ``reseau user sessions``."""
    query = select(LoginSession, User.username).join(User, User.id == LoginSession.user_id)
    if user_id is not None:
        query = query.where(LoginSession.user_id == user_id)
    moment = now()
    rows = []
    for row, username in session.execute(query.order_by(LoginSession.created_at.desc())).all():
        state = ("revoked" if row.revoked_at is not None else "expired" if utc(row.expires_at) <= moment
                 else "idle" if idle is not None and (moment - utc(row.last_seen)).total_seconds() > idle else "open")
        rows.append({"id": row.id[:12], "username": username, "state": state, "address": row.address,
                     "created_at": _seconds(row.created_at), "last_seen": _seconds(row.last_seen),
                     "expires_at": _seconds(row.expires_at)})
    return rows


def _seconds(moment: datetime) -> str:
    return utc(moment).isoformat(timespec="seconds")
