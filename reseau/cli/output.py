"""Printing answers as a table, JSON or CSV."""

from __future__ import annotations

import csv
import json
import sys
from enum import Enum
from typing import Any


class AnswerFormat(str, Enum):
    """How the answering commands print."""

    table = "table"
    json = "json"
    csv = "csv"


# The French headings of the columns and fields the commands print (JSON keeps the keys).
LABELS = {"name": "nom", "title": "fonction", "first_seen": "vu d'abord", "last_seen": "vu en dernier", "date": "date",
          "kind": "type", "place": "lieu", "people": "personnes", "organizations": "organisations", "topics": "thèmes",
          "organization": "organisation", "times": "fois", "id": "n°", "label": "fiche", "record": "fiche",
          "candidate": "candidat", "reason": "raison", "username": "compte", "role": "rôle", "disabled": "désactivé",
          "created_at": "créé le", "state": "état", "address": "adresse", "expires_at": "expire le",
          "what": "quoi", "count": "nombre", "acronym": "sigle", "aliases": "alias", "country": "pays", "city": "ville",
          "notes": "notes", "last_contact": "dernier contact", "roles": "fonctions", "activities": "activités",
          "met_with": "a rencontré", "parent": "organisation mère", "summary": "résumé", "section": "section",
          "field": "champ", "value": "valeur", "profile": "fiche", "documents": "documents", "missions": "missions",
          "open_proposals": "propositions en attente", "sources": "sources", "part_of": "mission",
          "document": "document", "published": "publié le", "imported_by": "importé par",
          "at": "quand", "actor": "qui", "change": "modification", "undoable": "annulable", "agreements": "accords",
          "status": "statut", "date_precision": "précision de la date", "followed_by": "tenue ensuite (n°)",
          "follows": "annoncée avant (n°)", "scope": "portée"}


# States of sessions and tokens, as the « état » column says them.
STATES = {"open": "en cours", "idle": "en veille", "revoked": "révoqué", "expired": "expiré", "valid": "valide"}


def label(key: str) -> str:
    """The heading of a column or field in the CLI's language."""
    from reseau.cli.language import _

    return _(LABELS[key]) if key in LABELS else key


def _shown(key: str, value: Any) -> Any:
    """A value as a table shows it: kinds in words of the CLI's language, the others as they are."""
    from reseau.cli.language import _, language
    from reseau.i18n import Text
    from reseau.publish.labels import KIND_LABELS, ORG_KIND_LABELS, STATUS_LABELS

    if key == "kind" and isinstance(value, str):
        return _(KIND_LABELS.get(value) or ORG_KIND_LABELS.get(value) or value)
    if key == "what" and isinstance(value, str):
        return label(value)
    if key == "state" and value in STATES:
        return _(STATES[value])
    if key == "status" and value in STATUS_LABELS:
        return _(STATUS_LABELS[value])
    if isinstance(value, bool):
        return _("oui") if value else _("non")
    if isinstance(value, Text):
        return value.render(language())
    return value


def _csv_row(values: list[Any]) -> list[Any]:
    from reseau.publish.exports import spreadsheet_safe

    return [spreadsheet_safe(v) for v in values]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(_cell(v) if not isinstance(v, dict) else " ".join(str(x) for x in v.values()) for v in value)
    return str(value)


def print_rows(rows: list[Any], fmt: AnswerFormat, title: str = "", columns: list[str] | None = None) -> None:
    """A list of records (query results or dicts): a Rich table, a JSON array, or CSV with a header."""
    from reseau.query.results import as_dict

    rows = as_dict(rows)
    columns = columns or (list(rows[0]) if rows else [])
    if fmt is AnswerFormat.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n")
    elif fmt is AnswerFormat.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(_csv_row([label(c) for c in columns]))
        for row in rows:
            writer.writerow(_csv_row([_cell(_shown(c, row.get(c))) for c in columns]))
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(title=title or None, title_justify="left", expand=True)
        for column in columns:
            table.add_column(label(column))
        for row in rows:
            table.add_row(*[_cell(_shown(c, row.get(c))) for c in columns])
        Console().print(table)


def print_profile(profile: Any, fmt: AnswerFormat, sections: dict[str, list[str]]) -> None:
    """A profile (a query result): its fields, then one table (or CSV block) per section."""
    from reseau.query.results import as_dict

    profile = as_dict(profile)
    if fmt is AnswerFormat.json:
        sys.stdout.write(json.dumps(profile, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    fields = {k: v for k, v in profile.items() if k not in sections and k != "sources"}
    if fmt is AnswerFormat.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow([label("section"), label("field"), label("value")])
        for k, v in fields.items():
            writer.writerow(_csv_row([label("profile"), label(k), _cell(_shown(k, v))]))
        for name, columns in sections.items():
            for row in profile[name]:
                writer.writerow(_csv_row([label(name), *[_cell(_shown(c, row.get(c))) for c in columns]]))
        return
    from rich.console import Console

    console = Console()
    for k, v in fields.items():
        if v not in (None, [], ""):
            console.print(f"[bold]{label(k)}[/bold] : {_cell(_shown(k, v))}", markup=True, highlight=False)
    for name, columns in sections.items():
        print_rows(profile[name], fmt, title=f"{label(name)} ({len(profile[name])})", columns=columns)
