"""``reseau documents``: the documents of the register, and what removing one would take away."""

from __future__ import annotations

from typing import Annotated

import typer

from reseau.cli import app
from reseau.cli.common import FormatOption, _answer
from reseau.cli.language import _
from reseau.cli.output import AnswerFormat, print_rows


@app.command()
def documents(
    number: Annotated[int | None, typer.Argument(help="Numéro d'un document : ce que « reseau forget » retirerait avec lui.",
                                                 show_default=False)] = None,
    output: FormatOption = AnswerFormat.table,
) -> None:
    """Lister les documents (titre, date de publication, qui les a importés, fiches appuyées)."""
    from reseau.query.documents import forget_preview, list_documents

    if number is not None:
        preview = _answer(lambda s: forget_preview(s, number))
        rows = [{"kind": r.kind, "id": r.id, "name": r.name}
                for r in (*preview.organizations, *preview.people, *preview.roles, *preview.activities)]
        print_rows(rows, output, title=_("Retirer « {title} » supprimerait", title=preview.title), columns=["kind", "id", "name"])
        return
    total, rows = _answer(lambda s: list_documents(s, limit=10_000))
    flat = [{"id": d.id, "document": d.title, "published": d.published, "imported_by": d.imported_by,
             "organizations": d.supports.organizations, "people": d.supports.people, "roles": d.supports.roles,
             "activities": d.supports.activities} for d in rows]
    print_rows(flat, output, title=_("Documents"),
               columns=["id", "document", "published", "imported_by", "organizations", "people", "roles", "activities"])
