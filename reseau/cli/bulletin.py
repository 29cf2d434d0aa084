"""``reseau bulletin``: the bulletin of a period written from the register, in French or
English, as Markdown, plain text, HTML for e-mail or .docx."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from reseau.cli import _fail, app
from reseau.cli.common import opened
from reseau.cli.language import _
from reseau.errors import ReseauError


class BulletinFormat(str, Enum):
    """The formats a bulletin is written in."""

    md = "md"
    html = "html"
    docx = "docx"
    txt = "txt"


class BulletinLanguage(str, Enum):
    """The languages a bulletin is written in."""

    fr = "fr"
    en = "en"


@app.command()
def bulletin(
    start: Annotated[str, typer.Option("--from", help="Premier jour de la période (AAAA-MM-JJ).", show_default=False)],
    end: Annotated[str, typer.Option("--to", help="Dernier jour de la période (AAAA-MM-JJ).", show_default=False)],
    lang: Annotated[BulletinLanguage, typer.Option("--lang", help="Langue du bulletin : fr ou en.")] = BulletinLanguage.fr,
    fmt: Annotated[BulletinFormat, typer.Option("--format", "-f", help="md, html (pour un courriel), docx ou txt.")] = BulletinFormat.md,
    output: Annotated[str | None, typer.Option("-o", help="Fichier où écrire le bulletin (sinon la sortie standard ; docx demande un fichier).")] = None,
    org: Annotated[str | None, typer.Option("--org", help="Organisation qui publie (nom, sigle ou alias) ; par défaut celle qui prend part au plus d'activités.")] = None,
) -> None:
    """Écrire le bulletin d'une période à partir du registre : missions, visites, rencontres,
    événements, accords, arrivées, publications et « À venir »."""
    from reseau.publish.bulletin import render, write_markdown
    from reseau.query.bulletin import bulletin_items
    from reseau.settings import Settings

    if fmt is BulletinFormat.docx and not output:
        _fail(_("le format docx s'écrit dans un fichier : ajoutez -o FICHIER.docx"))
        raise typer.Exit(2)
    with opened() as register, register.sessions() as session:
        try:
            items = bulletin_items(session, start, end, publisher=org)
            data = render(write_markdown(items, lang.value, Settings.from_env().bulletin_templates), fmt.value, lang.value)
        except ReseauError as error:
            _fail(error)
            raise typer.Exit(1) from None
    if output:
        try:
            Path(output).write_bytes(data)
        except OSError as error:
            _fail(_("impossible d'écrire {path} : {reason}", path=output, reason=error.strerror or str(error)))
            raise typer.Exit(1) from None
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
