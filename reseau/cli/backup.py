"""``reseau backup`` and ``reseau restore``: a consistent copy of the register, and putting one back.

Each opens the register, calls one library function, and prints; a user's mistake (a file that
exists, is not a register, a register not empty) is one line on stderr.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from reseau.cli import _fail, app
from reseau.cli.common import opened
from reseau.cli.language import _
from reseau.errors import ReseauError


@app.command()
def backup(target: Annotated[Path, typer.Argument(help="Le fichier à écrire (il ne doit pas exister).", show_default=False)]) -> None:
    """Sauvegarder le registre dans un fichier, même pendant qu'on s'en sert (SQLite : VACUUM INTO)."""
    from reseau.store.backup import backup as write_backup

    with opened() as register:
        try:
            written = write_backup(register, target)
        except ReseauError as error:
            _fail(error)
            raise typer.Exit(1) from None
    typer.echo(_("sauvegardé : {path}", path=written))


@app.command()
def restore(
    source: Annotated[Path, typer.Argument(help="Une sauvegarde faite par reseau backup.", show_default=False)],
    force: Annotated[bool, typer.Option("--force", help="Remplacer un registre qui n'est pas vide.")] = False,
) -> None:
    """Remettre une sauvegarde à la place du registre (arrêtez reseau serve avant)."""
    from reseau.store.backup import restore as put_back

    # Restoring onto a new machine is how a register comes back: it may not exist yet.
    with opened(create=True) as register:
        try:
            restored = put_back(register, source, force=force)
        except ReseauError as error:
            _fail(error)
            raise typer.Exit(1) from None
    if restored.previous:
        typer.echo(_("l'ancien registre est gardé dans {path}", path=restored.previous))
    typer.echo(_("registre restauré depuis {path} (schéma {revision}, mis à jour) ; connexions fermées : {ended} "
                 "(chacun se reconnecte)", path=source, revision=restored.revision, ended=restored.sessions_ended))
