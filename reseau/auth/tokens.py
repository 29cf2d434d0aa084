"""API tokens: made for an account, shown once, stored as SHA-256 hashes, listable,
revocable, and good until an optional expiry.

A token's scope says what it opens: ``api`` the whole API as its account (sent as ``Authorization:
Bearer``); ``feed`` only the Atom feed and the calendar, and may travel in their address
(``?jeton=``), since feed readers and calendar apps cannot send a header or sign in."""

from __future__ import annotations

import secrets
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from reseau.auth.account import Account
from reseau.auth.sessions import digest, utc
from reseau.auth.users import find_user
from reseau.errors import FormatError, UnknownName
from reseau.store.tables import ApiToken, AuditEntry, User, now

MAX_DAYS = 3650
SCOPES = ("api", "feed")


def create_token(session: Session, username: str, name: str = "", *, actor: str, days: int | None = None,
                 scope: str = "api") -> str:
    """A new token for an account, good for ``days`` (forever when None), opening what its
    ``scope`` says (see the module); the only time it is shown."""
    user = find_user(session, username)
    if scope not in SCOPES:
        raise FormatError("portée de jeton inconnue « {value} » ({scopes})", value=scope, scopes=", ".join(SCOPES))
    if days is not None and not 1 <= days <= MAX_DAYS:
        raise FormatError("durée de jeton invalide : {days} jours (de 1 à {most})", days=days, most=MAX_DAYS)
    if len(name) > 100:
        raise FormatError("nom de jeton trop long (100 caractères au plus)")
    token = "rsx_" + secrets.token_urlsafe(32)
    expires = now() + timedelta(days=days) if days else None
    row = ApiToken(user_id=user.id, token_hash=digest(token), name=name, expires_at=expires, scope=scope)
    session.add(row)
    session.flush()
    session.add(AuditEntry(actor=actor, action="token add", record_kind="user", record_id=user.id,
                           after=f'{{"token": {row.id}, "days": {days or "null"}, "scope": "{scope}"}}'))
    return token


def token_holder(session: Session, token: str) -> tuple[Account, str] | None:
    """The account a token belongs to and the token's scope (``api`` or ``feed``), unless the
    token is unknown or expired or the account disabled."""
    row = session.execute(select(User.id, User.username, User.role, User.disabled, ApiToken.expires_at, ApiToken.scope)
                          .join(ApiToken, ApiToken.user_id == User.id)
                          .where(ApiToken.token_hash == digest(token))).first()
    if row is None or row.disabled or (row.expires_at is not None and utc(row.expires_at) <= now()):
        return None
    return Account(row.id, row.username, row.role), row.scope


def account_for_token(session: Session, token: str, scopes: tuple[str, ...] = ("api",)) -> Account | None:
    """The account a token belongs to, as :func:`token_holder`, and only if the token's scope is
    one of ``scopes`` (a feed token opens no other route)."""
    held = token_holder(session, token)
    return held[0] if held is not None and held[1] in scopes else None


def list_tokens(session: Session, user_id: int | None = None, scope: str | None = None) -> list[dict[str, object]]:
    """Tokens (never their value): number, account, name, scope, made, expiry; of one account
    and one scope when given."""
    query = select(ApiToken, User.username).join(User, User.id == ApiToken.user_id).order_by(ApiToken.id)
    if user_id is not None:
        query = query.where(ApiToken.user_id == user_id)
    if scope is not None:
        query = query.where(ApiToken.scope == scope)
    moment = now()
    return [{"id": row.id, "username": username, "name": row.name, "scope": row.scope,
             "created_at": utc(row.created_at).isoformat(timespec="seconds"),
             "expires_at": utc(row.expires_at).isoformat(timespec="seconds") if row.expires_at else "",
             "state": "expired" if row.expires_at and utc(row.expires_at) <= moment else "valid"}
            for row, username in session.execute(query).all()]


def revoke_token(session: Session, token_id: int, *, actor: str, user_id: int | None = None) -> int:
    """Delete a token by its number (see ``list_tokens``), if ``user_id`` is given only one of that
    account's (another's is as unknown as a number never given); the account's id."""
    row = session.get(ApiToken, token_id)
    if row is None or (user_id is not None and row.user_id != user_id):
        raise UnknownName("token", token_id)
    session.delete(row)
    session.add(AuditEntry(actor=actor, action="token revoke", record_kind="user", record_id=row.user_id,
                           after=f'{{"token": {token_id}}}'))
    return row.user_id
