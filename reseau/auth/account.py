"""Who is asking: an account's id, name and role, and the ranks of the roles."""

from __future__ import annotations

from dataclasses import dataclass

ROLES = ("viewer", "editor", "admin")
RANK = {role: n for n, role in enumerate(ROLES)}


@dataclass(frozen=True)
class Account:
    """Who is asking, and what they may do."""

    id: int
    username: str
    role: str

    def may(self, role: str) -> bool:
        """Whether this account has at least the given role."""
        return RANK[self.role] >= RANK[role]


def name_key(username: str) -> str:
    """The form of a user name that must be unique: ``ADMIN1`` and ``admin1`` are one account."""
    return username.strip().casefold()
