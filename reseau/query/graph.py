"""The network as nodes and edges: organizations and people linked by roles and shared
activities, filtered by period, country and topic, kept to the best-connected nodes."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from reseau.publish.exports import network, register_tables


def graph_data(session: Session, *, start: str | None = None, end: str | None = None, country: str | None = None,
               topic: str | None = None, max_nodes: int = 2000) -> dict[str, list[dict[str, Any]]]:
    """Nodes and edges for a graph view; the ``max_nodes`` best connected when the network is larger."""
    tables = register_tables(session, start, end)
    if topic:
        kept = {a["id"] for a in tables["activities"] if topic.casefold() in (a["topics"] or "").casefold()}
        tables["activities"] = [a for a in tables["activities"] if a["id"] in kept]
        tables["participations"] = [p for p in tables["participations"] if p["activity_id"] in kept]
    graph = network(tables)
    if country:
        orgs = {n for n, d in graph.nodes(data=True) if d["type"] == "organization" and d["country"] == country}
        people = {m for n in orgs for m in graph.neighbors(n) if graph.nodes[m]["type"] == "person"}
        graph = graph.subgraph(orgs | people)
    if topic or start or end:
        graph = graph.subgraph([n for n in graph.nodes if graph.degree(n) > 0])
    if graph.number_of_nodes() > max_nodes:
        best = sorted(graph.degree, key=lambda nd: -nd[1])[:max_nodes]
        graph = graph.subgraph([n for n, _ in best])
    return {
        "nodes": [{"id": n, "label": d["label"], "type": d["type"], "kind": d["kind"], "country": d["country"]}
                  for n, d in graph.nodes(data=True)],
        "edges": [{"source": a, "target": b, **d} for a, b, d in graph.edges(data=True)],
    }
