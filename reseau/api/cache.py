"""Answers worth keeping between requests while the register does not change."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from threading import Lock
from typing import Any


class RecentAnswers:
    """The last few answers of a slow query, by their parameters and the register's version.

    The whole network of a large register takes seconds to gather and lay out; the next
    visitor with the same filters, before any change, gets it at once.
    """

    def __init__(self, size: int = 8) -> None:
        self.size = size
        self._answers: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = Lock()

    def get(self, key: Hashable, make: Callable[[], Any]) -> Any:
        """The kept answer for this key, or a new one, made and kept."""
        with self._lock:
            if key in self._answers:
                self._answers.move_to_end(key)
                return self._answers[key]
        answer = make()
        with self._lock:
            self._answers[key] = answer
            while len(self._answers) > self.size:
                self._answers.popitem(last=False)
        return answer
