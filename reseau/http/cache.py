"""Answers worth keeping between requests while the register does not change: the network,
which the API's ``/api/graph`` and the network page both ask for."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from threading import Lock
from typing import Any

from starlette.requests import Request

from reseau.query.graph import graph_data
from reseau.query.history import last_change
from reseau.query.results import Graph


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


def cached_graph(request: Request, session, *, start: str | None = None, end: str | None = None, country: str | None = None,
                 topic: str | None = None, max_nodes: int = 2000, positions: bool = True) -> Graph:
    """The network, worked out once per change of the register (the network page's table of
    ties and its drawing ask for the same one)."""
    key = (last_change(session), start, end, country, topic, max_nodes, positions)
    return request.app.state.graphs.get(key, lambda: graph_data(session, start=start, end=end, country=country, topic=topic,
                                                                 max_nodes=max_nodes, positions=positions))
