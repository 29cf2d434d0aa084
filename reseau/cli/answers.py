"""Commands that answer from the register: org, person, activities, search, stats, export.

Each opens the register, calls one library function, and prints; a user's mistake
(unknown or ambiguous name, bad date, unreachable database) is one line on stderr.
"""

from __future__ import annotations

import json
from enum import Enum
from typing import Annotated

import typer

from reseau.cli import _fail, app
from reseau.cli.common import FormatOption, _answer, _date_prefix, opened
from reseau.errors import ReseauError
from reseau.cli.output import AnswerFormat, print_profile, print_rows
from reseau.cli.language import _, language
from reseau.i18n import messages
from reseau.kinds import ACTIVITY_KINDS, kind_from_word
from reseau.publish.labels import KIND_LABELS, counted


@app.command()
def org(name: Annotated[str, typer.Argument(help="Nom, sigle ou alias.")], output: FormatOption = AnswerFormat.table) -> None:
    """Fiche d'une organisation : noms, personnes et fonctions, activités, dernier contact."""
    from reseau.query.lookup import find_organization
    from reseau.query.profiles import organization_profile

    profile = _answer(lambda s: organization_profile(s, find_organization(s, name)))
    print_profile(profile, output, {"people": ["name", "title", "first_seen", "last_seen"],
                                    "activities": ["date", "kind", "place", "people", "organizations"],
                                    "agreements": ["date", "summary", "organizations", "people"]})


@app.command()
def person(
    first: Annotated[str, typer.Argument(help="Nom ou alias ; ou « export » / « erase » suivi du nom.", show_default=False)],
    second: Annotated[str | None, typer.Argument(help="Le nom, après export ou erase.", show_default=False)] = None,
    output: FormatOption = AnswerFormat.table,
    yes: Annotated[bool, typer.Option("--yes", help="Pour erase : ne pas demander de confirmation.")] = False,
) -> None:
    """Fiche d'une personne (fonctions, activités, qui d'autre était là) ; « person export NOM » :
    tout ce que le registre détient sur elle ; « person erase NOM » : l'effacer (RGPD, Loi 25)."""
    from reseau.query.lookup import find_person
    from reseau.query.profiles import person_profile

    if first in {"export", "erase"} and second:
        _personal_data(first, second, yes)
        return
    if second:
        _fail(_("argument en trop « {value} » (reseau person NOM, person export NOM ou person erase NOM)", value=second))
        raise typer.Exit(2)
    profile = _answer(lambda s: person_profile(s, find_person(s, first)))
    print_profile(profile, output, {"roles": ["title", "organization", "first_seen", "last_seen"],
                                    "activities": ["date", "kind", "place", "people", "organizations"],
                                    "met_with": ["name", "times"]})


def _personal_data(action: str, name: str, yes: bool) -> None:
    import json

    from reseau.query.lookup import find_person
    from reseau.query.personal_data import export_person
    from reseau.store.personal_data import erase

    if action == "export":
        data = _answer(lambda s: export_person(s, find_person(s, name)))
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))
        return
    if not yes and not typer.confirm(_("Effacer définitivement « {name} » du registre et des documents ?", name=name), err=True):
        raise typer.Exit(1)

    from reseau.settings import os_user

    with opened() as register:
        try:
            counts = erase(register, lambda session: find_person(session, name), actor=os_user())
        except ReseauError as error:
            _fail(error)
            raise typer.Exit(1) from None
    typer.echo(_("personne effacée : {counts}", counts=counted(messages(language()), counts)))


@app.command()
def activities(
    start: Annotated[str | None, typer.Option("--from", help="Depuis (AAAA, AAAA-MM ou AAAA-MM-JJ).")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Jusqu'à (inclus).")] = None,
    place: Annotated[str | None, typer.Option("--place", help="Ville.")] = None,
    organization: Annotated[str | None, typer.Option("--org", help="Organisation participante.")] = None,
    who: Annotated[str | None, typer.Option("--person", help="Personne participante.")] = None,
    topic: Annotated[str | None, typer.Option("--topic", help="Thème.")] = None,
    kind: Annotated[str | None, typer.Option("--kind", help="réunion, événement, accord, embauche, publication, mission ou visite.")] = None,
    planned: Annotated[bool | None, typer.Option("--planned/--held", help="Seulement ce qui est annoncé (--planned) ou tenu (--held).")] = None,
    output: FormatOption = AnswerFormat.table,
) -> None:
    """Activités filtrées par période, lieu, organisation, personne, thème, type ou statut."""
    from reseau.query.activities import ActivityFilter, list_activities
    from reseau.query.lookup import find_organization, find_person

    start, end = _date_prefix(start, "--from"), _date_prefix(end, "--to")
    if kind is not None:
        asked, kind = kind, kind_from_word(kind)
        if kind not in ACTIVITY_KINDS:
            words = ", ".join(_(KIND_LABELS[k]) for k in ACTIVITY_KINDS)
            _fail(_("--kind : type inconnu « {value} » ({kinds})", value=asked, kinds=words))
            raise typer.Exit(2)

    def run(session):
        f = ActivityFilter(start, end, place,
                           find_organization(session, organization).id if organization else None,
                           find_person(session, who).id if who else None, topic, kind,
                           None if planned is None else "planned" if planned else "held")
        return list_activities(session, f)

    print_rows(_answer(run), output, title=_("Activités"),
               columns=["id", "date", "kind", "status", "place", "people", "organizations", "topics", "part_of"])


@app.command()
def search(text: Annotated[str, typer.Argument(help="Mots à chercher (accents ignorés).")], output: FormatOption = AnswerFormat.table) -> None:
    """Chercher dans les fiches et les documents."""
    from reseau.query.search import search as run_search

    print_rows(_answer(lambda s: run_search(s, text)), output, title=_("Résultats pour « {text} »", text=text), columns=["kind", "id", "label"])


@app.command()
def stats(output: FormatOption = AnswerFormat.table) -> None:
    """Compter ce que contient le registre."""
    from reseau.query.stats import register_stats

    from reseau.query.results import as_dict

    counts = as_dict(_answer(register_stats))
    if output is AnswerFormat.json:
        # Stable English keys for scripts: {"documents": 13, "organizations": 87, …}
        typer.echo(json.dumps(counts, indent=2))
        return
    print_rows([{"what": k, "count": v} for k, v in counts.items()], output, title=_("Registre"))


class ExportFormat(str, Enum):
    """What ``reseau export`` writes."""

    csv = "csv"
    json = "json"
    graphml = "graphml"
    gexf = "gexf"


@app.command()
def export(
    output: Annotated[str, typer.Argument(help="Fichier ou dossier à écrire (CSV : un dossier, ou un .zip).")],
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="csv, json, graphml ou gexf.")] = ExportFormat.csv,
    start: Annotated[str | None, typer.Option("--from", help="Activités depuis (AAAA, AAAA-MM ou AAAA-MM-JJ).")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Activités jusqu'à (inclus).")] = None,
    separator: Annotated[str, typer.Option("--separator", help="CSV : « , » ou « ; » (un Excel en français sépare les cellules au point-virgule).")] = ",",
) -> None:
    """Exporter le registre : CSV pour Excel (en-têtes dans la langue de la commande), JSON, GraphML ou GEXF pour Gephi."""
    from pathlib import Path

    from reseau.publish.exports import register_tables, write_csv, write_graph, write_json

    start, end = _date_prefix(start, "--from"), _date_prefix(end, "--to")
    if separator not in (",", ";"):
        _fail(_("--separator : « {value} » n'est ni « , » ni « ; »", value=separator))
        raise typer.Exit(2)
    target = Path(output)
    tables = _answer(lambda s: register_tables(s, start, end))
    try:
        if fmt is ExportFormat.csv:
            written = write_csv(tables, target, separator=separator, lang=language())
        elif fmt is ExportFormat.json:
            written = write_json(tables, target)
        else:
            written = write_graph(tables, target, fmt.value)
    except OSError as error:
        _fail(_("écriture impossible dans {path} : {reason}", path=output, reason=error.strerror))
        raise typer.Exit(1) from None
    for path in written:
        typer.echo(_("écrit : {path}", path=path))
