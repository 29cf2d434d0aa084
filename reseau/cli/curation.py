"""Commands that correct the register by hand: merge, rename, edit, alias add, forget, undo, history.

Each opens the register, calls one library function, and prints; a user's mistake
(unknown or ambiguous name, bad date, unreachable database) is one line on stderr.
"""

from __future__ import annotations

from typing import Annotated

import typer

from reseau.cli import _fail, app
from reseau.cli.common import FormatOption, _curate, opened
from reseau.cli.output import AnswerFormat, print_rows


KINDS = {"org": "organization", "organization": "organization", "person": "person", "personne": "person"}
alias_app = typer.Typer(help="Les autres façons d'écrire un nom.", no_args_is_help=True)
app.add_typer(alias_app, name="alias")


def _kind(value: str) -> str:
    if value not in KINDS:
        _fail(f"type de fiche inconnu « {value} » (org ou person)")
        raise typer.Exit(2)
    return KINDS[value]


def _record_id(session, kind: str, ref: str) -> int:
    from reseau.query.lookup import find_organization, find_person

    if ref.startswith("#") and ref[1:].isdigit():
        return int(ref[1:])
    return (find_organization if kind == "organization" else find_person)(session, ref).id


@app.command()
def merge(kind: Annotated[str, typer.Argument(help="org ou person")],
          keep: Annotated[str, typer.Argument(help="La fiche gardée (nom ou #numéro).")],
          drop: Annotated[str, typer.Argument(help="La fiche fondue dans la première.")]) -> None:
    """Fusionner deux fiches : alias, fonctions, mentions et participations sont gardés."""
    from reseau.store.merge import merge_records

    k = _kind(kind)

    def run(session, actor):
        a, b = _record_id(session, k, keep), _record_id(session, k, drop)
        merge_records(session, k, keep=a, drop=b, actor=actor)
        return f"fiche #{b} fusionnée dans #{a}"

    _curate(run)


@app.command()
def rename(kind: Annotated[str, typer.Argument(help="org ou person")],
           name: Annotated[str, typer.Argument(help="Nom actuel (ou #numéro).")],
           new: Annotated[str, typer.Argument(help="Nouveau nom.")]) -> None:
    """Renommer une fiche ; l'ancien nom reste un alias."""
    from reseau.store.curation import edit_field

    k = _kind(kind)
    _curate(lambda s, actor: (edit_field(s, k, _record_id(s, k, name), "name", new, actor=actor), f"renommé en « {new} »")[1])


@app.command()
def edit(kind: Annotated[str, typer.Argument(help="org ou person")],
         name: Annotated[str, typer.Argument(help="Nom (ou #numéro).")],
         field: Annotated[str, typer.Argument(help="Champ : name, acronym, kind, country, city, notes.")],
         value: Annotated[str, typer.Argument(help="Nouvelle valeur (vide pour effacer).")]) -> None:
    """Modifier un champ d'une fiche."""
    from reseau.store.curation import edit_field

    k = _kind(kind)
    _curate(lambda s, actor: (edit_field(s, k, _record_id(s, k, name), field, value, actor=actor), f"{field} modifié")[1])


@alias_app.command("add")
def alias_add(kind: Annotated[str, typer.Argument(help="org ou person")],
              name: Annotated[str, typer.Argument(help="Nom (ou #numéro).")],
              alias: Annotated[str, typer.Argument(help="L'autre façon de l'écrire (ONUDC = UNODC).")]) -> None:
    """Ajouter un alias à une fiche."""
    from reseau.store.curation import add_alias

    k = _kind(kind)
    _curate(lambda s, actor: (add_alias(s, k, _record_id(s, k, name), alias, actor=actor), f"alias « {alias} » ajouté")[1])


@app.command()
def forget(document: Annotated[str, typer.Argument(help="Numéro, chemin source ou début de l'empreinte du document.")]) -> None:
    """Retirer un document et tout ce que lui seul soutenait."""
    from reseau.store.curation import forget_document

    def run(session, actor):
        gone = forget_document(session, document, actor=actor)
        return "document retiré ; supprimés : " + ", ".join(f"{n} {k}" for k, n in gone.items())

    _curate(run)


@app.command()
def undo(audit_id: Annotated[int, typer.Argument(help="Numéro de la modification (reseau history).")]) -> None:
    """Annuler une modification : une fusion rend la fiche absorbée avec ses alias, fonctions,
    mentions et participations ; un import retire son document. Un effacement de données
    personnelles ne s'annule pas."""
    from reseau.query.history import in_french, record_history
    from reseau.store.undo import undo_change

    def run(session, actor):
        entry = undo_change(session, audit_id, actor=actor)
        undone = next((e for e in record_history(session, entry.record_kind, entry.record_id) if e["id"] == audit_id), None)
        return f"modification n° {audit_id} annulée" + (f" ({in_french(undone)})" if undone else "")

    _curate(run)


@app.command()
def history(limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=1000, help="Combien de modifications.")] = 30,
            output: FormatOption = AnswerFormat.table) -> None:
    """Les dernières modifications du registre, la plus récente d'abord, avec leur numéro pour reseau undo."""
    from reseau.query.history import in_french, recent_changes

    with opened() as register, register.sessions() as session:
        rows = [{"id": e["id"], "at": e["at"].strftime("%Y-%m-%d %H:%M"), "actor": e["actor"], "change": in_french(e),
                 "undoable": "oui" if e["undoable"] else ("annulée" if e["undone_by"] else "non")}
                for e in recent_changes(session, limit=limit)]
    print_rows(rows, output, title="Historique", columns=["id", "at", "actor", "change", "undoable"])
