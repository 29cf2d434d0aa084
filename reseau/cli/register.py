"""Commands over the register: info, ingest, review, org, person, activities, search, stats.

Each opens the register, calls one library function, and prints; a user's mistake
(unknown or ambiguous name, bad date, unreachable database) is one line on stderr.
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from typing import Annotated, Iterator

import typer

from reseau.cli import _fail, app, parse_published
from reseau.cli.output import AnswerFormat, print_profile, print_rows
from reseau.errors import FormatError, ReseauError

review_app = typer.Typer(help="Les doutes laissés à une personne : même organisation ou même personne ?", no_args_is_help=False)
app.add_typer(review_app, name="review")

FormatOption = Annotated[AnswerFormat, typer.Option("--format", "-f", help="table, json ou csv.")]
DATE_PREFIX = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@contextmanager
def opened() -> Iterator:
    """The register of the settings; errors become one line and exit 1."""
    from reseau.settings import Settings
    from reseau.store.database import open_register

    try:
        register = open_register(Settings.from_env().database_url)
        try:
            yield register
        finally:
            register.close()
    except ReseauError as error:
        _fail(str(error))
        raise typer.Exit(1) from None


def _date_prefix(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    if not DATE_PREFIX.match(value) or not _valid_prefix(value):
        _fail(f"{option} : date invalide « {value} » (attendu AAAA, AAAA-MM ou AAAA-MM-JJ)")
        raise typer.Exit(2)
    return value


def _valid_prefix(value: str) -> bool:
    from datetime import date

    parts = [int(p) for p in value.split("-")]
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


@app.command()
def info() -> None:
    """Afficher où est le registre et ce qu'il contient."""
    from reseau.query.stats import register_stats
    from reseau.settings import Settings, data_folder

    settings = Settings.from_env()
    typer.echo(f"Base de données : {settings.database_url}")
    typer.echo(f"Dossier de données : {data_folder()}")
    typer.echo(f"Modèle de langue : {settings.model}")
    with opened() as register, register.sessions() as session:
        for key, value in register_stats(session).items():
            typer.echo(f"{key} : {value}")


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Fichiers ou dossiers (.txt, .md, .html) ; « - » lit l'entrée standard.", show_default=False)],
    published: Annotated[str | None, typer.Option("--published", "-p", help="Date de publication (AAAA-MM-JJ).")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Montrer ce qui serait créé, fusionné ou signalé, sans rien écrire.")] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Processus d'extraction en parallèle.")] = 1,
) -> None:
    """Lire des bulletins et les verser au registre (une transaction par document)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from reseau.ingest.batch import expand, ingest_paths
    from reseau.settings import Settings

    try:
        when = parse_published(published)
        total = len(expand(paths))
    except ReseauError as error:
        _fail(str(error))
        raise typer.Exit(2) from None
    err = Console(stderr=True)
    with opened() as register, Progress(TextColumn("Versement"), BarColumn(), MofNCompleteColumn(), console=err,
                                        transient=True, disable=total < 2) as progress:
        task = progress.add_task("ingest", total=total)
        report = ingest_paths(register, paths, published=when, dry_run=dry_run, jobs=jobs, model=Settings.from_env().model,
                              step=lambda _: progress.advance(task),
                              warn=lambda w: err.print(f"reseau : attention : {w}", markup=False))
    prefix = "(essai, rien n'est écrit) " if dry_run else ""
    for saved in report.saved:
        if saved.skipped:
            typer.echo(f"{prefix}{saved.source} : déjà au registre, rien de changé")
            continue
        created = ", ".join(f"{n} {k}" for k, n in saved.created.items() if n)
        merged = ", ".join(f"{n} {k}" for k, n in saved.merged.items() if n)
        typer.echo(f"{prefix}{saved.source} : créés {created or 'rien'} ; rapprochés {merged or 'rien'}"
                   + (f" ; {len(saved.flagged)} à vérifier" if saved.flagged else ""))
        for flag in saved.flagged:
            typer.echo(f"    à vérifier : {flag}")
    if report.failures:
        typer.echo(f"{len(report.failures)} fichier(s) en échec :", err=True)
        for path, reason in report.failures:
            typer.echo(f"  {path} : {reason}", err=True)
        raise typer.Exit(1)


@review_app.callback(invoke_without_command=True)
def review(ctx: typer.Context, output: FormatOption = AnswerFormat.table) -> None:
    """Lister les propositions en attente (reseau review accept|reject ID pour trancher)."""
    if ctx.invoked_subcommand:
        return
    from reseau.resolve.review import open_proposals

    with opened() as register, register.sessions() as session:
        print_rows(open_proposals(session), output, title="Propositions en attente",
                   columns=["id", "kind", "record", "candidate", "reason"])


@review_app.command("accept")
def review_accept(proposal_id: Annotated[int, typer.Argument(help="Numéro de la proposition.")]) -> None:
    """Accepter : les deux fiches n'en font qu'une."""
    _decide(proposal_id, accept=True)


@review_app.command("reject")
def review_reject(proposal_id: Annotated[int, typer.Argument(help="Numéro de la proposition.")]) -> None:
    """Refuser : les deux fiches restent distinctes."""
    _decide(proposal_id, accept=False)


def _decide(proposal_id: int, accept: bool) -> None:
    from reseau.ingest.batch import _os_user
    from reseau.resolve.review import decide

    with opened() as register:
        try:
            with register.transaction() as session:
                message = decide(session, proposal_id, accept=accept, actor=_os_user())
        except ReseauError as error:
            _fail(str(error))
            raise typer.Exit(1) from None
    typer.echo(message)


def _answer(fn):
    """Run a read-only answer, turning lookup errors into one line."""
    with opened() as register, register.sessions() as session:
        try:
            return fn(session)
        except ReseauError as error:
            _fail(str(error))
            raise typer.Exit(1) from None


@app.command()
def org(name: Annotated[str, typer.Argument(help="Nom, sigle ou alias.")], output: FormatOption = AnswerFormat.table) -> None:
    """Fiche d'une organisation : noms, personnes et fonctions, activités, dernier contact."""
    from reseau.query.lookup import find_organization
    from reseau.query.profiles import organization_profile

    profile = _answer(lambda s: organization_profile(s, find_organization(s, name)))
    print_profile(profile, output, {"people": ["name", "title", "first_seen", "last_seen"],
                                    "activities": ["date", "kind", "place", "people", "organizations"]})


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
        _fail(f"argument en trop « {second} » (reseau person NOM, person export NOM ou person erase NOM)")
        raise typer.Exit(2)
    profile = _answer(lambda s: person_profile(s, find_person(s, first)))
    print_profile(profile, output, {"roles": ["title", "organization", "first_seen", "last_seen"],
                                    "activities": ["date", "kind", "place", "people", "organizations"],
                                    "met_with": ["name", "times"]})


def _personal_data(action: str, name: str, yes: bool) -> None:
    import json

    from reseau.query.lookup import find_person
    from reseau.store.personal_data import erase_person, export_person

    if action == "export":
        data = _answer(lambda s: export_person(s, find_person(s, name)))
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))
        return
    if not yes and not typer.confirm(f"Effacer définitivement « {name} » du registre et des documents ?", err=True):
        raise typer.Exit(1)

    def run(session, actor):
        counts = erase_person(session, find_person(session, name), actor=actor)
        return "personne effacée : " + ", ".join(f"{n} {k}" for k, n in counts.items())

    _curate(run)


@app.command()
def activities(
    start: Annotated[str | None, typer.Option("--from", help="Depuis (AAAA, AAAA-MM ou AAAA-MM-JJ).")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Jusqu'à (inclus).")] = None,
    place: Annotated[str | None, typer.Option("--place", help="Ville.")] = None,
    organization: Annotated[str | None, typer.Option("--org", help="Organisation participante.")] = None,
    who: Annotated[str | None, typer.Option("--person", help="Personne participante.")] = None,
    topic: Annotated[str | None, typer.Option("--topic", help="Thème.")] = None,
    kind: Annotated[str | None, typer.Option("--kind", help="meeting, event, hire ou publication.")] = None,
    output: FormatOption = AnswerFormat.table,
) -> None:
    """Activités filtrées par période, lieu, organisation, personne, thème ou type."""
    from reseau.query.activities import ActivityFilter, list_activities
    from reseau.query.lookup import find_organization, find_person

    start, end = _date_prefix(start, "--from"), _date_prefix(end, "--to")
    if kind is not None and kind not in {"meeting", "event", "hire", "publication"}:
        _fail(f"--kind : type inconnu « {kind} » (meeting, event, hire ou publication)")
        raise typer.Exit(2)

    def run(session):
        f = ActivityFilter(start, end, place,
                           find_organization(session, organization).id if organization else None,
                           find_person(session, who).id if who else None, topic, kind)
        return list_activities(session, f)

    print_rows(_answer(run), output, title="Activités", columns=["date", "kind", "place", "people", "organizations", "topics"])


@app.command()
def search(text: Annotated[str, typer.Argument(help="Mots à chercher (accents ignorés).")], output: FormatOption = AnswerFormat.table) -> None:
    """Chercher dans les fiches et les documents."""
    from reseau.query.search import search as run_search

    print_rows(_answer(lambda s: run_search(s, text)), output, title=f"Résultats pour « {text} »", columns=["kind", "id", "label"])


@app.command()
def stats(output: FormatOption = AnswerFormat.table) -> None:
    """Compter ce que contient le registre."""
    from reseau.query.stats import register_stats

    counts = _answer(register_stats)
    print_rows([{"quoi": k, "nombre": v} for k, v in counts.items()], output, title="Registre")


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


def _curate(action) -> None:
    """Run a change in one transaction as the OS user; errors become one line."""
    from reseau.ingest.batch import _os_user

    with opened() as register:
        try:
            with register.transaction() as session:
                message = action(session, _os_user())
        except ReseauError as error:
            _fail(str(error))
            raise typer.Exit(1) from None
    typer.echo(message)


@app.command()
def merge(kind: Annotated[str, typer.Argument(help="org ou person")],
          keep: Annotated[str, typer.Argument(help="La fiche gardée (nom ou #numéro).")],
          drop: Annotated[str, typer.Argument(help="La fiche fondue dans la première.")]) -> None:
    """Fusionner deux fiches : alias, fonctions, mentions et participations sont gardés."""
    from reseau.resolve.merge import merge_records

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


class ExportFormat(str, __import__("enum").Enum):
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
) -> None:
    """Exporter le registre : CSV pour Excel, JSON, GraphML ou GEXF pour Gephi."""
    from pathlib import Path

    from reseau.publish.exports import register_tables, write_csv, write_graph, write_json

    start, end = _date_prefix(start, "--from"), _date_prefix(end, "--to")
    target = Path(output)
    tables = _answer(lambda s: register_tables(s, start, end))
    try:
        if fmt is ExportFormat.csv:
            written = write_csv(tables, target)
        elif fmt is ExportFormat.json:
            written = write_json(tables, target)
        else:
            written = write_graph(tables, target, fmt.value)
    except OSError as error:
        _fail(f"écriture impossible dans {output} : {error.strerror}")
        raise typer.Exit(1) from None
    for path in written:
        typer.echo(f"écrit : {path}")
