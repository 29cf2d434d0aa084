"""Exports of the register: CSV that opens in Excel, JSON, and GraphML or GEXF for Gephi."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from itertools import combinations
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from reseau.kinds import ActivityKind
from reseau.store.tables import Activity, OrgAlias, Organization, Participation, Person, PersonAlias, Role

ACTIVITY_KINDS = tuple(ActivityKind)


def register_tables(session: Session, start: str | None = None, end: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """Every record kind as rows; activities (and participations) limited to the period if given."""
    query = select(Activity).where(Activity.kind.in_(ACTIVITY_KINDS))
    if start:
        query = query.where(Activity.date >= start)
    if end:
        query = query.where(Activity.date <= end + "\uffff")
    activities = session.scalars(query.order_by(Activity.date, Activity.id)).all()
    ids = {a.id for a in activities}
    participations = [p for p in session.execute(select(Participation.activity_id, Participation.person_id,
                                                       Participation.organization_id, Participation.part)).all()
                      if p.activity_id in ids]
    # Aliases in one query each: reading them record by record would cost one query per record.
    org_aliases: dict[int, list[str]] = {}
    for org_id, alias in session.execute(select(OrgAlias.organization_id, OrgAlias.alias)).all():
        org_aliases.setdefault(org_id, []).append(alias)
    person_aliases: dict[int, list[str]] = {}
    for person_id, alias in session.execute(select(PersonAlias.person_id, PersonAlias.alias)).all():
        person_aliases.setdefault(person_id, []).append(alias)
    orgs = session.execute(select(Organization.id, Organization.name, Organization.acronym, Organization.kind,
                                  Organization.country, Organization.city, Organization.parent_id).order_by(Organization.id)).all()
    return {
        "organizations": [{"id": o.id, "name": o.name, "acronym": o.acronym, "kind": o.kind, "country": o.country,
                           "city": o.city, "parent_id": o.parent_id, "aliases": " | ".join(sorted(org_aliases.get(o.id, [])))}
                          for o in orgs],
        "people": [{"id": p.id, "name": p.name, "aliases": " | ".join(sorted(person_aliases.get(p.id, [])))}
                   for p in session.execute(select(Person.id, Person.name).order_by(Person.id)).all()],
        "roles": [{"id": r.id, "person_id": r.person_id, "organization_id": r.organization_id, "title": r.title,
                   "first_seen": r.first_seen, "last_seen": r.last_seen}
                  for r in session.execute(select(Role.id, Role.person_id, Role.organization_id, Role.title, Role.first_seen,
                                                  Role.last_seen).order_by(Role.id)).all()],
        "activities": [{"id": a.id, "kind": a.kind, "date": a.date, "date_precision": a.date_precision, "place": a.place,
                        "title": a.title, "summary": a.summary, "topics": a.topics, "parent_id": a.parent_id,
                        "document_id": a.document_id} for a in activities],
        "participations": [{"activity_id": p.activity_id, "person_id": p.person_id, "organization_id": p.organization_id,
                            "part": p.part} for p in participations],
    }


# A spreadsheet runs a cell that starts so as a formula (=HYPERLINK(…) sends data away, DDE
# runs commands); after an apostrophe it is text (OWASP, « CSV injection »).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> Any:
    """A CSV cell that a spreadsheet reads as text: texts starting like a formula get an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


# The CSV files' column headings in French; the catalogue gives the other languages.
CSV_HEADINGS = {"id": "n°", "name": "nom", "acronym": "sigle", "kind": "type", "country": "pays", "city": "ville",
                "parent_id": "fiche mère (n°)", "aliases": "alias", "person_id": "personne (n°)",
                "organization_id": "organisation (n°)", "title": "fonction", "first_seen": "vu d'abord",
                "last_seen": "vu en dernier", "date": "date", "date_precision": "précision de la date", "place": "lieu",
                "summary": "résumé", "topics": "thèmes", "document_id": "document (n°)", "activity_id": "activité (n°)",
                "part": "rôle dans l'activité"}
# The columns of each file, so that an empty table still has its headings (register_tables'
# rows carry the same keys).
TABLE_COLUMNS = {"organizations": ["id", "name", "acronym", "kind", "country", "city", "parent_id", "aliases"],
                 "people": ["id", "name", "aliases"],
                 "roles": ["id", "person_id", "organization_id", "title", "first_seen", "last_seen"],
                 "activities": ["id", "kind", "date", "date_precision", "place", "title", "summary", "topics", "parent_id",
                                "document_id"],
                 "participations": ["activity_id", "person_id", "organization_id", "part"]}
# A French Excel splits CSV files on semicolons (the comma is its decimal sign).
SEPARATORS = {"comma": ",", "semicolon": ";"}


def write_csv(tables: dict[str, list[dict[str, Any]]], target: Path, *, separator: str = ",",
              lang: str | None = None) -> list[Path]:
    """One CSV per record kind (UTF-8 with BOM, for Excel), in a folder or a .zip; cells split by
    ``separator``; headings are the fields' keys, or their names in ``lang`` when given."""
    from reseau.i18n import messages

    say = messages(lang) if lang else None
    files = {}
    for name, rows in tables.items():
        buffer = io.StringIO()
        fields = list(rows[0]) if rows else TABLE_COLUMNS.get(name, ["id"])
        writer = csv.DictWriter(buffer, fieldnames=fields, extrasaction="ignore", delimiter=separator)
        if say:
            writer.writerow({key: say(CSV_HEADINGS[key]) if key in CSV_HEADINGS else key for key in fields})
        else:
            writer.writeheader()
        writer.writerows({k: "" if v is None else spreadsheet_safe(v) for k, v in row.items()} for row in rows)
        files[f"{name}.csv"] = "\ufeff" + buffer.getvalue()
    if target.suffix.lower() == ".zip":
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, content in files.items():
                archive.writestr(name, content.encode("utf-8"))
        return [target]
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for name, content in files.items():
        (target / name).write_text(content, encoding="utf-8")
        written.append(target / name)
    return written


def write_json(tables: dict[str, list[dict[str, Any]]], target: Path) -> list[Path]:
    """All record kinds in one JSON file."""
    target.write_text(json.dumps(tables, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
    return [target]


# XML 1.0 refuses control characters and lone surrogates; a name pasted from a PDF can hold them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def network(tables: dict[str, list[dict[str, Any]]]):
    """Organizations and people as nodes; roles and shared activities as edges with dates."""
    import networkx as nx

    graph = nx.Graph()
    for o in tables["organizations"]:
        graph.add_node(f"o{o['id']}", label=o["acronym"] or o["name"], type="organization", name=o["name"],
                       kind=o["kind"] or "", country=o["country"] or "")
    for p in tables["people"]:
        graph.add_node(f"p{p['id']}", label=p["name"], type="person", name=p["name"], kind="", country="")
    for r in tables["roles"]:
        if r["organization_id"] is not None:
            graph.add_edge(f"p{r['person_id']}", f"o{r['organization_id']}", type="role", title=r["title"],
                           first_seen=str(r["first_seen"] or ""), last_seen=str(r["last_seen"] or ""), weight=1)
    dates = {a["id"]: a["date"] or "" for a in tables["activities"]}
    members: dict[int, list[str]] = {}
    for p in tables["participations"]:
        node = f"p{p['person_id']}" if p["person_id"] is not None else f"o{p['organization_id']}"
        members.setdefault(p["activity_id"], []).append(node)
    for activity_id, nodes in members.items():
        for a, b in combinations(sorted(set(nodes)), 2):
            if graph.has_edge(a, b) and graph.edges[a, b]["type"] == "role":
                continue
            if graph.has_edge(a, b):
                edge = graph.edges[a, b]
                edge["weight"] += 1
                edge["first_seen"] = min(edge["first_seen"], dates[activity_id]) or dates[activity_id]
                edge["last_seen"] = max(edge["last_seen"], dates[activity_id])
            else:
                graph.add_edge(a, b, type="activity", title="", first_seen=dates[activity_id], last_seen=dates[activity_id], weight=1)
    return graph


def write_graph(tables: dict[str, list[dict[str, Any]]], target: Path, fmt: str) -> list[Path]:
    """GraphML or GEXF, both open in Gephi."""
    import networkx as nx

    graph = network(tables)
    for data in [*graph.nodes.values(), *(d for *_, d in graph.edges(data=True))]:
        for key, value in data.items():
            if isinstance(value, str):
                data[key] = _NOT_XML.sub("", value)
    (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(graph, target)
    return [target]
