"""Slowing down password guessing: per account and per address, a delay that doubles with
each failure after a few free ones.

An attempt counts as a failure as soon as it starts and is forgiven only when the password
turns out right, so that forty guesses sent at once are counted at once, not after their
forty argon2 checks.

The counts live in the memory of one server process. With ``reseau serve --workers N``
each worker keeps its own, so a guesser gets up to N times the free attempts and each
delay is per worker (still doubling); a restart forgets them. That is enough to turn a
dictionary attack into years; a register served by many workers behind a proxy should
also limit logins at the proxy.

The address is the one uvicorn gives: behind a reverse proxy on the same machine, uvicorn
takes the client's from ``X-Forwarded-For`` (it trusts 127.0.0.1 by default;
``FORWARDED_ALLOW_IPS`` names others), else every visitor would share the proxy's address
and its twenty free failures.
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from reseau.errors import TooManyAttempts


@dataclass
class _Count:
    failures: int
    last: float


class LoginThrottle:
    """Failure counts by key (an account's name, a client's address) and the wait they impose.

    After ``free`` failures for a key, the next attempt waits ``base`` seconds after the last
    failure, then twice that, up to ``cap``. A key with no failure for ``forget`` seconds
    starts again. At most ``size`` keys are kept (the oldest go first), so that a flood of
    invented names cannot fill the memory. Not thread-safe by itself: ``LoginGuard`` locks.
    """

    def __init__(self, *, free: int, base: float = 1.0, cap: float = 900.0, forget: float = 3600.0,
                 size: int = 100_000) -> None:
        self.free, self.base, self.cap, self.forget, self.size = free, base, cap, forget, size
        self._counts: OrderedDict[str, _Count] = OrderedDict()

    def wait(self, key: str, now: float) -> float:
        """Seconds before this key may try again (0: now)."""
        count = self._counts.get(key)
        if count is None or now - count.last > self.forget or count.failures < self.free:
            return 0.0
        delay = min(self.cap, self.base * 2 ** (count.failures - self.free))
        return max(0.0, count.last + delay - now)

    def attempt(self, key: str, now: float) -> None:
        """Count one more (presumed failed) attempt for this key."""
        count = self._counts.pop(key, None)
        if count is None or now - count.last > self.forget:
            count = _Count(0, now)
        count.failures += 1
        count.last = now
        self._counts[key] = count
        while len(self._counts) > self.size:
            self._counts.popitem(last=False)

    def forgive(self, key: str, attempts: int | None = None) -> None:
        """Forget this key's failures (all of them, or this many)."""
        count = self._counts.get(key)
        if count is None:
            return
        count.failures = 0 if attempts is None else max(0, count.failures - attempts)


class LoginGuard:
    """Both throttles of the sign-in: one per account name, one per client address."""

    def __init__(self, *, account_free: int = 5, address_free: int = 20, base: float = 1.0, cap: float = 900.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.accounts = LoginThrottle(free=account_free, base=base, cap=cap)
        self.addresses = LoginThrottle(free=address_free, base=base, cap=cap)
        self.clock = clock
        self._lock = threading.Lock()

    def begin(self, name_key: str, address: str) -> None:
        """Refuse with ``TooManyAttempts`` while either throttle says wait; else count the
        attempt, under one lock, so that a burst sent at once is counted attempt by attempt."""
        with self._lock:
            now = self.clock()
            delay = max(self.accounts.wait(name_key, now), self.addresses.wait(address, now))
            if delay > 0:
                raise TooManyAttempts("trop de tentatives de connexion : réessayez dans {seconds} s", seconds=math.ceil(delay),
                                      retry_after=math.ceil(delay))
            self.accounts.attempt(name_key, now)
            self.addresses.attempt(address, now)

    def failed(self, name_key: str, address: str) -> None:
        """The attempt was wrong: the wait runs from now, the end of its slow check."""
        with self._lock:
            now = self.clock()
            for throttle, key in ((self.accounts, name_key), (self.addresses, address)):
                count = throttle._counts.get(key)
                if count is not None:
                    count.last = max(count.last, now)

    def succeeded(self, name_key: str, address: str) -> None:
        """A right password: the account's failures are forgiven, and this attempt of the address
        (not its earlier failures, or one account of one's own would reset a guesser's count)."""
        with self._lock:
            self.accounts.forgive(name_key)
            self.addresses.forgive(address, 1)
