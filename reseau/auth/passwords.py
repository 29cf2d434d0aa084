"""Passwords: argon2 hashes, a bounded number of checks at once, and a minimum strength.

An argon2 check takes ~64 MiB and tens of milliseconds of CPU on purpose; forty at once
took the server's memory up by almost a gigabyte. Checks therefore queue behind a
semaphore, and never hold a database connection (see ``reseau.auth.login``).
"""

from __future__ import annotations

import threading
from functools import cache
from importlib import resources

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from reseau.errors import Busy, FormatError

MIN_LENGTH = 10
MAX_LENGTH = 200  # zxcvbn's time grows with the length; a passphrase of 200 characters is plenty
MIN_SCORE = 3  # zxcvbn's 0–4 scale: 3 is « safely unguessable », ~10^8 guesses and more
_hasher = PasswordHasher()


@cache
def _unknown_user_hash() -> str:
    # Checked against when the name is unknown, so that it costs what a wrong password costs.
    return _hasher.hash("compte-inexistant")


def hash_password(password: str) -> str:
    """The argon2 hash to store for a password."""
    return _hasher.hash(password)


class Checker:
    """Checks a password against a hash, at most ``concurrency`` at a time in the process.

    A caller waits at most ``wait`` seconds for its turn, then gets ``Busy`` (a 503 with
    ``Retry-After``): a flood of logins queues here instead of taking the memory.
    """

    def __init__(self, concurrency: int = 4, wait: float = 10.0) -> None:
        self._slots = threading.BoundedSemaphore(max(1, concurrency))
        self.wait = wait

    def verify(self, password_hash: str | None, password: str) -> bool:
        """Whether the password matches the hash; ``None`` (no such user) costs the same and fails."""
        if not self._slots.acquire(timeout=self.wait):
            raise Busy("trop de connexions en cours : réessayez dans quelques secondes", retry_after=5)
        try:
            _hasher.verify(password_hash or _unknown_user_hash(), password)
        except (VerificationError, InvalidHashError):
            return False
        finally:
            self._slots.release()
        return password_hash is not None


@cache
def common_passwords() -> frozenset[str]:
    """Passwords too common to accept, from ``data/common_passwords.txt`` (French and English)."""
    text = resources.files("reseau.auth").joinpath("data", "common_passwords.txt").read_text(encoding="utf-8")
    return frozenset(line.strip().casefold() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def check_strength(password: str, username: str = "") -> None:
    """Refuse (``FormatError``, in French) a password that is short, common, or easy to guess."""
    if len(password) < MIN_LENGTH:
        raise FormatError("mot de passe trop court ({length} caractères au moins)", length=MIN_LENGTH)
    if len(password) > MAX_LENGTH:
        raise FormatError("mot de passe trop long ({length} caractères au plus)", length=MAX_LENGTH)
    if not password.strip():
        raise FormatError("mot de passe refusé : il ne contient que des espaces")
    folded = password.casefold()
    if folded in common_passwords() or (username and username.casefold() in folded):
        raise FormatError("mot de passe refusé : trop courant, ou contient le nom d'utilisateur")
    from zxcvbn import zxcvbn

    if zxcvbn(password, user_inputs=[username, "reseau", "réseau"])["score"] < MIN_SCORE:
        raise FormatError("mot de passe trop facile à deviner (mot courant, suite, date ou répétition) : "
                          "préférez une phrase de plusieurs mots")
