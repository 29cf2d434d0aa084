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
from reseau.cli.language import _, language
from reseau.i18n import messages
from reseau.publish.labels import counted


KINDS = {"org": "organization", "organization": "organization", "person": "person", "personne": "person"}
alias_app = typer.Typer(help="Les autres façons d'écrire un nom.", no_args_is_help=True)
app.add_typer(alias_app, name="alias")


def _kind(value: str) -> str:
    if value not in KINDS:
        _fail(_("type de fiche inconnu « {value} » (org ou person)", value=value))
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
        return _("fiche #{drop} fusionnée dans #{keep}", drop=b, keep=a)

    _curate(run)


@app.command()
def rename(kind: Annotated[str, typer.Argument(help="org ou person")],
           name: Annotated[str, typer.Argument(help="Nom actuel (ou #numéro).")],
           new: Annotated[str, typer.Argument(help="Nouveau nom.")]) -> None:
    """Renommer une fiche ; l'ancien nom reste un alias."""
    from reseau.store.curation import edit_field

    k = _kind(kind)
    _curate(lambda s, actor: (edit_field(s, k, _record_id(s, k, name), "name", new, actor=actor), _("renommé en « {name} »", name=new))[1])


@app.command()
def edit(kind: Annotated[str, typer.Argument(help="org ou person")],
         name: Annotated[str, typer.Argument(help="Nom (ou #numéro).")],
         field: Annotated[str, typer.Argument(help="Champ : name, acronym, kind, country, city, notes.")],
         value: Annotated[str, typer.Argument(help="Nouvelle valeur (vide pour effacer).")]) -> None:
    """Modifier un champ d'une fiche."""
    from reseau.store.curation import edit_field

    k = _kind(kind)
    _curate(lambda s, actor: (edit_field(s, k, _record_id(s, k, name), field, value, actor=actor), _("champ « {field} » modifié", field=field))[1])


@alias_app.command("add")
def alias_add(kind: Annotated[str, typer.Argument(help="org ou person")],
              name: Annotated[str, typer.Argument(help="Nom (ou #numéro).")],
              alias: Annotated[str, typer.Argument(help="L'autre façon de l'écrire (ONUDC = UNODC).")]) -> None:
    """Ajouter un alias à une fiche."""
    from reseau.store.curation import add_alias

    k = _kind(kind)
    _curate(lambda s, actor: (add_alias(s, k, _record_id(s, k, name), alias, actor=actor), _("alias « {alias} » ajouté", alias=alias))[1])


@app.command()
def forget(document: Annotated[str, typer.Argument(help="Numéro, chemin source ou début de l'empreinte du document.")]) -> None:
    """Retirer un document et tout ce que lui seul soutenait."""
    from reseau.store.curation import forget_document

    def run(session, actor):
        gone = forget_document(session, document, actor=actor)
        return _("document retiré ; supprimé : {counts}", counts=counted(messages(language()), gone))

    _curate(run)


@app.command()
def undo(audit_id: Annotated[int, typer.Argument(help="Numéro de la modification (reseau history).")]) -> None:
    """Annuler une modification : une fusion rend la fiche absorbée avec ses alias, fonctions,
    mentions et participations ; un import retire son document. Un effacement de données
    personnelles ne s'annule pas."""
    from reseau.query.history import in_words, record_history
    from reseau.store.undo import undo_change

    def run(session, actor):
        entry = undo_change(session, audit_id, actor=actor)
        undone = next((e for e in record_history(session, entry.record_kind, entry.record_id) if e["id"] == audit_id), None)
        done = _("modification n° {number} annulée", number=audit_id)
        return done + (f" ({in_words(undone, messages(language()))})" if undone else "")

    _curate(run)


@app.command()
def history(limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=1000, help="Combien de modifications.")] = 30,
            output: FormatOption = AnswerFormat.table) -> None:
    """Les dernières modifications du registre, la plus récente d'abord, avec leur numéro pour reseau undo."""
    from reseau.query.history import in_words, recent_changes

    say = messages(language())

    def undoable(entry) -> bool | str:
        if output is AnswerFormat.json:
            return entry["undoable"]
        return _("oui") if entry["undoable"] else _("annulée") if entry["undone_by"] else _("non")

    with opened() as register, register.sessions() as session:
        rows = [{"id": e["id"], "at": e["at"].strftime("%Y-%m-%d %H:%M"), "actor": e["actor"], "change": in_words(e, say),
                 "undoable": undoable(e)} for e in recent_changes(session, limit=limit)]
    print_rows(rows, output, title=_("Historique"), columns=["id", "at", "actor", "change", "undoable"])
