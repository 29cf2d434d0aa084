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
        writer.writerow(_csv_row(columns))
        for row in rows:
            writer.writerow(_csv_row([_cell(row.get(c)) for c in columns]))
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(title=title or None, title_justify="left", expand=True)
        for column in columns:
            table.add_column(column)
        for row in rows:
            table.add_row(*[_cell(row.get(c)) for c in columns])
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
        writer.writerow(["section", "champ", "valeur"])
        for k, v in fields.items():
            writer.writerow(_csv_row(["fiche", k, _cell(v)]))
        for name, columns in sections.items():
            for row in profile[name]:
                writer.writerow(_csv_row([name, *[_cell(row.get(c)) for c in columns]]))
        return
    from rich.console import Console

    console = Console()
    for k, v in fields.items():
        if v not in (None, [], ""):
            console.print(f"[bold]{k}[/bold] : {_cell(v)}")
    for name, columns in sections.items():
        print_rows(profile[name], fmt, title=f"{name} ({len(profile[name])})", columns=columns)
