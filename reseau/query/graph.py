"""The network as nodes and edges: organizations and people linked by roles and shared
activities, filtered by period, country and topic, kept to the most active nodes.

Nodes are chosen in SQL (the most frequent participants of the activities kept), so that
a register of a hundred thousand people answers without loading it whole.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from datetime import date
from itertools import combinations
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reseau.query.layout import spread
from reseau.query.results import Graph, GraphEdge, GraphNode
from reseau.store.tables import Activity, Organization, Participation, Person, Role



def graph_data(session: Session, *, start: str | None = None, end: str | None = None, country: str | None = None,
               topic: str | None = None, max_nodes: int = 2000, positions: bool = False) -> Graph:
    """Nodes and edges for a graph view; at most ``max_nodes``, the most active first; with
    ``positions``, each node also gets the ``x`` and ``y`` where to draw it."""
    kept = select(Activity.id)
    if start:
        kept = kept.where(Activity.date >= start)
    if end:
        kept = kept.where(Activity.date <= end + "\uffff")
    if topic:
        kept = kept.where(Activity.topics.ilike(f"%{topic}%"))
    # Every activity kind is drawn: without a period or a topic, all participations count,
    # and leaving out « activity_id IN (every activity) » makes the whole network ten times faster.
    in_period = [Participation.activity_id.in_(kept)] if start or end or topic else []
    org_query = (select(Participation.organization_id, func.count()).where(*in_period, Participation.organization_id.is_not(None))
                 .group_by(Participation.organization_id).order_by(func.count().desc()))
    if country:
        org_query = org_query.where(Participation.organization_id.in_(select(Organization.id).where(Organization.country == country)))
    org_ids = [o for o, _ in session.execute(org_query.limit(max_nodes // 2)).all()]
    person_query = (select(Participation.person_id, func.count()).where(*in_period, Participation.person_id.is_not(None))
                    .group_by(Participation.person_id).order_by(func.count().desc()))
    if country:
        person_query = person_query.where(Participation.person_id.in_(select(Role.person_id).where(Role.organization_id.in_(org_ids))))
    person_ids = [p for p, _ in session.execute(person_query.limit(max_nodes - len(org_ids))).all()]

    organizations = select(Organization.id, Organization.name, Organization.acronym, Organization.kind, Organization.country)
    nodes = [{"id": f"o{o.id}", "label": o.acronym or o.name, "type": "organization", "kind": o.kind or "", "country": o.country or ""}
             for o in _chunked(session, organizations, Organization.id, org_ids)]
    nodes += [{"id": f"p{p.id}", "label": p.name, "type": "person", "kind": "", "country": ""}
              for p in _chunked(session, select(Person.id, Person.name), Person.id, person_ids)]
    chosen = {n["id"] for n in nodes}
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    roles = select(Role.person_id, Role.organization_id, Role.title, Role.first_seen, Role.last_seen)
    # The network at a date holds the roles held then: seen before the period's end and not
    # last seen before its start (a role with no dates is kept: nothing says it was not held).
    if end:
        roles = roles.where((Role.first_seen.is_(None)) | (Role.first_seen <= period_end(end)))
    if start:
        roles = roles.where((Role.last_seen.is_(None)) | (Role.last_seen >= period_start(start)))
    for role in _chunked(session, roles, Role.person_id, person_ids):
        a, b = f"p{role.person_id}", f"o{role.organization_id}"
        if b in chosen:
            edges[(a, b)] = {"source": a, "target": b, "type": "role", "title": role.title,
                             "first_seen": str(role.first_seen or ""), "last_seen": str(role.last_seen or ""), "weight": 1}
    members: dict[int, list[str]] = defaultdict(list)
    for ids, column, prefix in ((org_ids, Participation.organization_id, "o"), (person_ids, Participation.person_id, "p")):
        for i in range(0, len(ids), 500):
            rows = session.connection().execute(select(Participation.activity_id, column)
                                                .where(column.in_(ids[i:i + 500]), *in_period)).all()
            for activity_id, node in rows:
                members[activity_id].append(prefix + str(node))
    # Only activities where two drawn nodes met make edges: their dates are fetched alone.
    shared = {activity_id: group for activity_id, group in members.items() if len(group) > 1}
    dates = {activity_id: day or "" for activity_id, day in _chunked(session, select(Activity.id, Activity.date), Activity.id, list(shared))}
    for activity_id, group in shared.items():
        day = dates[activity_id]
        for a, b in combinations(sorted(set(group)), 2):
            edge = edges.get((a, b))
            if edge is None:
                edges[(a, b)] = {"source": a, "target": b, "type": "activity", "title": "", "weight": 1,
                                 "first_seen": day, "last_seen": day}
            elif edge["type"] == "activity":
                edge["weight"] += 1
                edge["first_seen"] = min(edge["first_seen"] or day, day or edge["first_seen"])
                edge["last_seen"] = max(edge["last_seen"], day)
    if positions:
        where = spread([n["id"] for n in nodes], list(edges))
        for node in nodes:
            node["x"], node["y"] = where[node["id"]]
    return Graph(nodes=[GraphNode(**n) for n in nodes], edges=[GraphEdge(**e) for e in edges.values()])


def period_start(prefix: str) -> date:
    """The first day of a date prefix (YYYY, YYYY-MM or YYYY-MM-DD)."""
    parts = [int(p) for p in prefix.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def period_end(prefix: str) -> date:
    """The last day of a date prefix (YYYY, YYYY-MM or YYYY-MM-DD)."""
    parts = [int(p) for p in prefix.split("-")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 1:
        return date(parts[0], 12, 31)
    return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])


def _chunked(session: Session, query, column, ids: list[int]) -> list:
    """Rows of a column query for many ids, 500 at a time (the most SQLite takes comfortably)."""
    rows = []
    for i in range(0, len(ids), 500):
        rows += session.connection().execute(query.where(column.in_(ids[i:i + 500]))).all()
    return rows
