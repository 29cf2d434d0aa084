"""Accounts: made, given a role, disabled, removed; passwords hashed with argon2 and checked
for strength (``reseau.auth.passwords``). API tokens are in ``reseau.auth.tokens``, sessions
in ``reseau.auth.sessions``, signing in in ``reseau.auth.login``.

There is no default account: the first admin is made with ``reseau user add``, or from the
one-day link ``reseau serve`` prints while the register has no account."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from reseau.auth.account import RANK, ROLES, Account, name_key
from reseau.auth.passwords import check_strength, hash_password
from reseau.auth.sessions import revoke_user_sessions
from reseau.errors import Conflict, FormatError, UnknownName
from reseau.store.tables import AuditEntry, User

__all__ = ["RANK", "ROLES", "Account", "add_user", "find_user", "set_password", "set_role", "set_disabled",
           "remove_user", "list_users", "add_first_admin", "first_account_token", "first_account_token_valid"]


def _check(username: str, password: str | None, role: str | None) -> None:
    if not username or len(username) > 100 or not username.replace(".", "").replace("-", "").replace("_", "").isalnum():
        raise FormatError("nom d'utilisateur invalide (lettres, chiffres, « . », « - » ou « _ »)")
    if password is not None:
        check_strength(password, username)
    if role is not None:
        _check_role(role)


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise FormatError("rôle inconnu « {role} » (viewer, editor ou admin)", role=role)


def _audit(session: Session, actor: str, action: str, user: User, after: dict | None = None) -> None:
    session.add(AuditEntry(actor=actor, action=action, record_kind="user", record_id=user.id,
                           after=json.dumps(after, ensure_ascii=False) if after else None))


def add_user(session: Session, username: str, password: str, role: str, *, actor: str) -> User:
    """Create an account; its name must differ from every other one by more than case."""
    _check(username, password, role)
    if session.scalar(select(User.id).where(User.name_key == name_key(username))) is not None:
        raise Conflict("l'utilisateur « {username} » existe déjà", username=username)
    user = User(username=username, name_key=name_key(username), password_hash=hash_password(password), role=role)
    session.add(user)
    session.flush()
    _audit(session, actor, "user add", user, {"role": role})
    return user


def find_user(session: Session, username: str) -> User:
    """The account with this name (whatever its case)."""
    user = session.scalar(select(User).where(User.name_key == name_key(username)))
    if user is None:
        raise UnknownName("user", username)
    return user


def set_password(session: Session, username: str, password: str, *, actor: str) -> int:
    """Change an account's password and end its open sessions; how many were ended."""
    user = find_user(session, username)
    _check(user.username, password, None)
    user.password_hash = hash_password(password)
    _audit(session, actor, "user passwd", user)
    return revoke_user_sessions(session, user.id)


def set_role(session: Session, username: str, role: str, *, actor: str) -> int:
    """Give an account another role and end its open sessions (it signs in again with the new
    one); how many were ended."""
    _check_role(role)
    user = find_user(session, username)
    if user.role == role:
        return 0
    _last_admin_guard(session, user, losing="role")
    _audit(session, actor, "user role", user, {"role": role, "was": user.role})
    user.role = role
    return revoke_user_sessions(session, user.id)


def set_disabled(session: Session, username: str, disabled: bool, *, actor: str) -> int:
    """Disable an account (its sessions end, its tokens stop working, it cannot sign in) or enable it again."""
    user = find_user(session, username)
    if disabled and not user.disabled:
        _last_admin_guard(session, user, losing="disable")
    if user.disabled != disabled:
        user.disabled = disabled
        _audit(session, actor, "user disable" if disabled else "user enable", user)
    return revoke_user_sessions(session, user.id) if disabled else 0


def remove_user(session: Session, username: str, *, actor: str) -> None:
    """Delete an account with its sessions and tokens; its id is never given to another."""
    user = find_user(session, username)
    _last_admin_guard(session, user, losing="remove")
    _audit(session, actor, "user remove", user, {"username": user.username})
    session.delete(user)


# What the last active admin may not lose, one sentence per change (French agrees each).
LAST_ADMIN = {
    "role": "« {username} » est le dernier administrateur actif : changement de rôle refusé",
    "disable": "« {username} » est le dernier administrateur actif : désactivation refusée",
    "remove": "« {username} » est le dernier administrateur actif : suppression refusée",
}


def _last_admin_guard(session: Session, user: User, *, losing: str) -> None:
    """Refuse to leave the register without an active admin: no one could manage accounts from the pages."""
    if user.role != "admin" or user.disabled:
        return
    others = session.scalar(select(User.id).where(User.role == "admin", User.disabled.is_(False), User.id != user.id).limit(1))
    if others is None:
        raise Conflict(LAST_ADMIN[losing], username=user.username)


def list_users(session: Session) -> list[dict[str, object]]:
    """Accounts with their roles and whether they are disabled."""
    return [{"username": u.username, "role": u.role, "disabled": u.disabled,
             "created_at": u.created_at.isoformat(timespec="seconds")}
            for u in session.scalars(select(User).order_by(User.name_key)).all()]


# The first admin of a new register is made from the link `reseau serve` prints: signed
# with the session key, so every worker can check it, and good for a day.
FIRST_ACCOUNT_SALT = "reseau-premier-compte"
FIRST_ACCOUNT_SECONDS = 24 * 3600


def first_account_token(secret: str) -> str:
    """A token that lets whoever holds it create the first admin account."""
    from itsdangerous import URLSafeTimedSerializer

    return URLSafeTimedSerializer(secret, salt=FIRST_ACCOUNT_SALT).dumps("premier-compte")


def first_account_token_valid(secret: str, token: str) -> bool:
    """Whether a token comes from ``first_account_token`` with this key, less than a day ago."""
    from itsdangerous import BadSignature, URLSafeTimedSerializer

    try:
        URLSafeTimedSerializer(secret, salt=FIRST_ACCOUNT_SALT).loads(token, max_age=FIRST_ACCOUNT_SECONDS)
    except BadSignature:
        return False
    return True


def add_first_admin(session: Session, username: str, password: str) -> User:
    """Create the register's first account, an admin; refused once any account exists."""
    if session.scalar(select(User.id).limit(1)) is not None:
        raise Conflict("le premier compte existe déjà : connectez-vous, ou demandez un compte à un administrateur")
    return add_user(session, username, password, "admin", actor=username)
