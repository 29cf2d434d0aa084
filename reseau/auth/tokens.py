"""API tokens: made for an account, shown once, stored as SHA-256 hashes, listable,
revocable, and good until an optional expiry."""

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


def create_token(session: Session, username: str, name: str = "", *, actor: str, days: int | None = None) -> str:
    """A new API token for an account, good for ``days`` (forever when None); the only time it is shown."""
    user = find_user(session, username)
    if days is not None and not 1 <= days <= MAX_DAYS:
        raise FormatError("durée de jeton invalide : {days} jours (de 1 à {most})", days=days, most=MAX_DAYS)
    if len(name) > 100:
        raise FormatError("nom de jeton trop long (100 caractères au plus)")
    token = "rsx_" + secrets.token_urlsafe(32)
    expires = now() + timedelta(days=days) if days else None
    row = ApiToken(user_id=user.id, token_hash=digest(token), name=name, expires_at=expires)
    session.add(row)
    session.flush()
    session.add(AuditEntry(actor=actor, action="token add", record_kind="user", record_id=user.id,
                           after=f'{{"token": {row.id}, "days": {days or "null"}}}'))
    return token


def account_for_token(session: Session, token: str) -> Account | None:
    """The account an API token belongs to, unless the token expired or the account is disabled."""
    row = session.execute(select(User.id, User.username, User.role, User.disabled, ApiToken.expires_at)
                          .join(ApiToken, ApiToken.user_id == User.id)
                          .where(ApiToken.token_hash == digest(token))).first()
    if row is None or row.disabled or (row.expires_at is not None and utc(row.expires_at) <= now()):
        return None
    return Account(row.id, row.username, row.role)


def list_tokens(session: Session, user_id: int | None = None) -> list[dict[str, object]]:
    """Tokens (never their value): number, account, name, made, expiry."""
    query = select(ApiToken, User.username).join(User, User.id == ApiToken.user_id).order_by(ApiToken.id)
    if user_id is not None:
        query = query.where(ApiToken.user_id == user_id)
    moment = now()
    return [{"id": row.id, "username": username, "name": row.name,
             "created_at": utc(row.created_at).isoformat(timespec="seconds"),
             "expires_at": utc(row.expires_at).isoformat(timespec="seconds") if row.expires_at else "",
             "state": "expired" if row.expires_at and utc(row.expires_at) <= moment else "valid"}
            for row, username in session.execute(query).all()]


def revoke_token(session: Session, token_id: int, *, actor: str) -> int:
    """Delete a token by its number (see ``list_tokens``); the account's id."""
    row = session.get(ApiToken, token_id)
    if row is None:
        raise UnknownName("token", token_id)
    session.delete(row)
    session.add(AuditEntry(actor=actor, action="token revoke", record_kind="user", record_id=row.user_id,
                           after=f'{{"token": {token_id}}}'))
    return row.user_id
