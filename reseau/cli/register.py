"""Commands that fill the register: info, ingest, review.

Each opens the register, calls one library function, and prints; a user's mistake
(unknown or ambiguous name, bad date, unreachable database) is one line on stderr.
"""

from __future__ import annotations

from typing import Annotated

import typer

from reseau.cli import MinConfidence, _fail, app, parse_published
from reseau.cli.common import FormatOption, _curate, opened
from reseau.cli.output import AnswerFormat, print_rows
from reseau.cli.language import _, language, plural
from reseau.errors import ReseauError
from reseau.i18n import messages, render
from reseau.publish.labels import COUNT_FORMS, counted

review_app = typer.Typer(help="Les doutes laissés à une personne : même organisation ou même personne ?", no_args_is_help=False)
app.add_typer(review_app, name="review")

@app.command()
def init() -> None:
    """Créer un registre vide à l'adresse de RESEAU_DATABASE_URL (ou dans le dossier de données)."""
    with opened(create=True) as register:
        if register.created:
            typer.echo(_("Registre créé : {url}", url=register.url))
        else:
            typer.echo(_("Le registre existe déjà : {url} (rien de changé)", url=register.url))


@app.command()
def info() -> None:
    """Afficher où est le registre et ce qu'il contient."""
    from reseau.query.results import as_dict
    from reseau.query.stats import register_stats
    from reseau.settings import Settings, data_folder

    settings = Settings.from_env()
    typer.echo(_("Base de données : {url}", url=settings.database_url))
    typer.echo(_("Dossier de données : {folder}", folder=data_folder()))
    typer.echo(_("Modèle de langue : {model}", model=settings.model))
    with opened() as register, register.sessions() as session:
        for key, value in as_dict(register_stats(session)).items():
            typer.echo(messages(language()).plural(*COUNT_FORMS[key], value) if key in COUNT_FORMS else f"{key} : {value}")


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Fichiers ou dossiers (.txt, .md, .html) ; « - » lit l'entrée standard.", show_default=False)],
    published: Annotated[str | None, typer.Option("--published", "-p", help="Date de publication (AAAA-MM-JJ).")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Montrer ce qui serait créé, fusionné ou signalé, sans rien écrire.")] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Processus d'extraction en parallèle.")] = 1,
    min_confidence: MinConfidence = 0.0,
) -> None:
    """Lire des bulletins et les verser au registre (une transaction par document)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from reseau.ingest.batch import expand
    from reseau.workflows import ingest_paths
    from reseau.settings import Settings

    try:
        when = parse_published(published)
        total = len(expand(paths))
    except ReseauError as error:
        _fail(error)
        raise typer.Exit(2) from None
    err = Console(stderr=True)
    # The README's first command: ingesting into a register that does not exist creates it,
    # and says so (a mistyped RESEAU_DATABASE_URL then shows at once).
    with opened(create=True) as register, Progress(TextColumn(_("Versement")), BarColumn(), MofNCompleteColumn(), console=err,
                                        transient=True, disable=total < 2) as progress:
        task = progress.add_task("ingest", total=total)
        report = ingest_paths(register, paths, published=when, dry_run=dry_run, jobs=jobs, model=Settings.from_env().model,
                              min_confidence=min_confidence,
                              step=lambda _: progress.advance(task),
                              warn=lambda w: err.print(_("reseau : attention : {warning}", warning=render(w, language())), markup=False))
    if register.created:
        err.print(_("Registre créé : {url}", url=register.url), markup=False)
    say = messages(language())
    prefix = _("(essai, rien n'est écrit) ") if dry_run else ""
    for saved in report.saved:
        if saved.skipped:
            typer.echo(prefix + _("{source} : déjà au registre, rien de changé", source=saved.source))
            continue
        line = _("{source} : créés {created} ; rapprochés {merged}", source=saved.source,
                 created=counted(say, saved.created), merged=counted(say, saved.merged))
        if saved.flagged:
            line += plural(" ; {n} point à vérifier", " ; {n} points à vérifier", len(saved.flagged))
        typer.echo(prefix + line)
        for flag in saved.flagged:
            typer.echo("    " + _("à vérifier : {flag}", flag=render(flag, language())))
    if report.failures:
        typer.echo(plural("{n} fichier en échec :", "{n} fichiers en échec :", len(report.failures)), err=True)
        for path, error in report.failures:
            reason = error.render(language())
            typer.echo(f"  {reason}" if reason.startswith(path) else "  " + _("{path} : {reason}", path=path, reason=reason), err=True)
        raise typer.Exit(1)


@review_app.callback(invoke_without_command=True)
def review(ctx: typer.Context, output: FormatOption = AnswerFormat.table) -> None:
    """Lister les propositions en attente (reseau review accept|reject ID pour trancher)."""
    if ctx.invoked_subcommand:
        return
    from reseau.query.proposals import open_proposals

    with opened() as register, register.sessions() as session:
        print_rows(open_proposals(session), output, title=_("Propositions en attente"),
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
    from reseau.store.merge import decide

    _curate(lambda session, actor: decide(session, proposal_id, accept=accept, actor=actor))




@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Adresse d'écoute.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port.")] = 8000,
    workers: Annotated[int, typer.Option(min=1, max=64, help="Processus serveurs.")] = 1,
) -> None:
    """Servir l'API (et sa documentation OpenAPI) sur le registre."""
    import uvicorn

    from reseau.app import create_app
    from reseau.settings import Settings

    from reseau.auth.users import first_account_token, list_users

    settings = Settings.from_env()
    with opened() as register, register.sessions() as session:
        no_account = not list_users(session)
    typer.echo(_("Réseau sert {url} sur http://{host}:{port}/ (API : /api, description OpenAPI : /openapi.json)",
                 url=settings.database_url, host=host, port=port))
    if no_account:
        link = f"http://{host}:{port}/premier-compte?jeton={first_account_token(settings.session_secret())}"
        typer.echo(_("Aucun compte encore : créez le premier (administrateur) sur {link}\n"
                     "(lien valable 24 heures ; ou en ligne de commande : reseau user add NOM --role admin)", link=link))
    if workers > 1:
        # Each worker process builds its own app from the environment.
        uvicorn.run("reseau.app:create_app", factory=True, host=host, port=port, workers=workers, log_level="warning")
    else:
        uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")
