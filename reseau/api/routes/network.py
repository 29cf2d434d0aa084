"""``/api/graph`` and ``/api/stats``: the network for Cytoscape.js, and the register's counts."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request

from reseau.http.cache import cached_graph
from reseau.http.deps import SessionDep
from reseau.api.routes.activities import DatePrefix
from reseau.api.schemas import GraphPublic, StatsPublic
from reseau.query.stats import register_stats

router = APIRouter(tags=["network"])


@router.get("/graph", response_model=GraphPublic)
def read_graph(request: Request, session: SessionDep, start: DatePrefix = None, end: DatePrefix = None,
               country: Annotated[str | None, Query(max_length=100)] = None,
               topic: Annotated[str | None, Query(max_length=100)] = None,
               max_nodes: Annotated[int, Query(ge=1, le=5000)] = 2000,
               positions: Annotated[bool, Query(description="Give each node the x and y where to draw it.")] = False):
    """Organizations and people, linked by roles and shared activities (roles held and
    activities dated between ``start`` and ``end``)."""
    return cached_graph(request, session, start=start, end=end, country=country, topic=topic, max_nodes=max_nodes,
                        positions=positions)


@router.get("/stats", response_model=StatsPublic)
def read_stats(session: SessionDep):
    """How many documents, organizations, people, roles, activities and open proposals."""
    return register_stats(session)
