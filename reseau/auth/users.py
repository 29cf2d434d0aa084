"""Users and API tokens. Passwords are hashed with argon2; tokens are stored as SHA-256
hashes and shown once, when made. There is no default account: the first admin is made
with ``reseau user add``, or from the one-day link ``reseau serve`` prints while the
register has no account."""

from __future__ import annotations

import hashlib
import secrets
import time
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from reseau.errors import Conflict, FormatError, LookupFailed
from reseau.store.tables import ApiToken, AuditEntry, User

ROLES = ("viewer", "editor", "admin")
RANK = {role: n for n, role in enumerate(ROLES)}
MIN_PASSWORD = 10
_hasher = PasswordHasher()


@dataclass(frozen=True)
class Account:
    """Who is asking, and what they may do."""

    id: int
    username: str
    role: str

    def may(self, role: str) -> bool:
        """Whether this account has at least the given role."""
        return RANK[self.role] >= RANK[role]


def _check(username: str, password: str | None, role: str | None) -> None:
    if not username or len(username) > 100 or not username.replace(".", "").replace("-", "").replace("_", "").isalnum():
        raise FormatError("nom d'utilisateur invalide (lettres, chiffres, « . », « - » ou « _ »)")
    if password is not None and len(password) < MIN_PASSWORD:
        raise FormatError(f"mot de passe trop court ({MIN_PASSWORD} caractères au moins)")
    if role is not None and role not in ROLES:
        raise FormatError(f"rôle inconnu « {role} » (viewer, editor ou admin)")


def add_user(session: Session, username: str, password: str, role: str, *, actor: str) -> User:
    """Create an account."""
    _check(username, password, role)
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise FormatError(f"l'utilisateur « {username} » existe déjà")
    user = User(username=username, password_hash=_hasher.hash(password), role=role)
    session.add(user)
    session.flush()
    session.add(AuditEntry(actor=actor, action="user add", record_kind="user", record_id=user.id, after=f'{{"role": "{role}"}}'))
    return user


def find_user(session: Session, username: str) -> User:
    """The account with this name."""
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise LookupFailed(f"aucun utilisateur « {username} »")
    return user


def set_password(session: Session, username: str, password: str, *, actor: str) -> None:
    """Change an account's password."""
    _check(username, password, None)
    user = find_user(session, username)
    user.password_hash = _hasher.hash(password)
    session.add(AuditEntry(actor=actor, action="user passwd", record_kind="user", record_id=user.id))


def list_users(session: Session) -> list[dict[str, object]]:
    """Accounts with their roles."""
    return [{"username": u.username, "role": u.role, "created_at": u.created_at.isoformat(timespec="seconds")}
            for u in session.scalars(select(User).order_by(User.username)).all()]


def authenticate(session: Session, username: str, password: str) -> Account | None:
    """The account if the password is right, else None."""
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        _hasher.hash(password)  # spend the same time whether or not the user exists
        return None
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return None
    return Account(user.id, user.username, user.role)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_token(session: Session, username: str, name: str = "", *, actor: str) -> str:
    """A new API token for an account; the only time it is shown."""
    user = find_user(session, username)
    token = "rsx_" + secrets.token_urlsafe(32)
    session.add(ApiToken(user_id=user.id, token_hash=_digest(token), name=name))
    session.add(AuditEntry(actor=actor, action="token add", record_kind="user", record_id=user.id))
    return token


def account_for_token(session: Session, token: str) -> Account | None:
    """The account an API token belongs to."""
    row = session.execute(select(User).join(ApiToken, ApiToken.user_id == User.id)
                          .where(ApiToken.token_hash == _digest(token))).scalar()
    return Account(row.id, row.username, row.role) if row else None


def account_by_id(session: Session, user_id: int) -> Account | None:
    """The account of a signed-in session."""
    user = session.get(User, user_id)
    return Account(user.id, user.username, user.role) if user else None


class RecentAccounts:
    """Accounts of signed-in sessions, looked up again after a few seconds.

    Every page needs its visitor's account; reading it once per request cost a tenth of a
    busy profile page. A role changed or an account removed with the CLI takes effect
    within ``ttl`` seconds.
    """

    def __init__(self, ttl: float = 5.0) -> None:
        self.ttl = ttl
        self._seen: dict[int, tuple[float, Account | None]] = {}

    def get(self, session: Session, user_id: int) -> Account | None:
        """The account with this id, from memory if looked up less than ``ttl`` seconds ago."""
        now = time.monotonic()
        seen = self._seen.get(user_id)
        if seen is None or now - seen[0] >= self.ttl:
            seen = self._seen[user_id] = (now, account_by_id(session, user_id))
        return seen[1]


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
