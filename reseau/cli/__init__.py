"""The ``reseau`` command: one command per library call; errors become one clear line.

spaCy is imported only inside the commands that need it, so ``reseau --help`` is quick.
"""

from __future__ import annotations

import gc
import json
import sys
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from reseau import __version__
from reseau.errors import FormatError, ReseauError

app = typer.Typer(
    name="reseau",
    help="Réseau garde la mémoire du réseau d'une organisation : il lit ses bulletins en français "
         "et en tire organisations, personnes, fonctions et activités.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Texts longer than this get a progress bar on standard error.
PROGRESS_FROM_CHARS = 200_000


class OutputFormat(str, Enum):
    """How ``reseau extract`` prints its records."""

    table = "table"
    json = "json"
    jsonl = "jsonl"


def _fail(problem: str | ReseauError) -> None:
    """One line on standard error: a library error in the CLI's language, or a text already said in it."""
    from reseau.cli.language import _, language

    message = problem.render(language()) if isinstance(problem, ReseauError) else problem
    typer.echo(_("reseau : erreur : {message}", message=message), err=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"reseau {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Afficher la version.")] = False,
) -> None:
    """Réseau : des bulletins d'activités aux fiches d'organisations, de personnes et d'activités."""


# Records extraction is less sure of than this are left out (see reseau.extract.confidence).
MinConfidence = Annotated[float, typer.Option("--min-confidence", min=0.0, max=1.0,
                                              help="Laisser de côté les fiches dont la confiance (0 à 1) est plus basse.")]


def parse_published(value: str | None) -> date | None:
    """Read ``--published`` (YYYY-MM-DD); an empty value means no date."""
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise FormatError("date de publication invalide : « {value} » (attendu AAAA-MM-JJ, par exemple 2022-06-01)", value=value) from None


@app.command()
def extract(
    files: Annotated[list[str], typer.Argument(help="Fichiers .txt, .md ou .html ; « - » lit l'entrée standard.", show_default=False)],
    published: Annotated[str | None, typer.Option("--published", "-p", help="Date de publication (AAAA-MM-JJ) : fixe l'année des dates écrites sans année.")] = None,
    output: Annotated[OutputFormat, typer.Option("--format", "-f", help="table (lisible), json (un document) ou jsonl (un document par ligne).")] = OutputFormat.table,
    min_confidence: MinConfidence = 0.0,
) -> None:
    """Lire des bulletins et afficher les organisations, personnes, fonctions et activités trouvées."""
    from reseau.cli.language import _, language
    from reseau.extract.document import extract_text
    from reseau.i18n import messages, render
    from reseau.extract.edits import keep_confident
    from reseau.ingest import read_source
    from reseau.publish.summary import ProgressReporter, print_summary
    from reseau.settings import Settings

    settings = Settings.from_env()

    try:
        when = parse_published(published)
    except ReseauError as error:
        _fail(error)
        raise typer.Exit(2) from None
    failed = 0
    results = []
    for path in files:
        try:
            source = read_source(path)
            for warning in source.warnings:
                typer.echo(_("reseau : attention : {warning}", warning=render(warning, language())), err=True)
            reporter = ProgressReporter(Path(source.name).name, messages(language())) if len(source.text) >= PROGRESS_FROM_CHARS else None
            try:
                extraction = extract_text(source.text, source=source.name, published=when, model=settings.model,
                                          progress=reporter.update if reporter else None)
            finally:
                if reporter:
                    reporter.close()
            extraction = keep_confident(extraction, min_confidence)
        except ReseauError as error:
            _fail(error)
            failed += 1
            continue
        if output is OutputFormat.jsonl:
            sys.stdout.write(json.dumps(extraction.to_dict(), ensure_ascii=False) + "\n")
        elif output is OutputFormat.json:
            results.append(extraction.to_dict())
        else:
            print_summary(extraction, say=messages(language()))
    if output is OutputFormat.json and results:
        payload = results[0] if len(files) == 1 else results
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    if failed:
        raise typer.Exit(1)


def main() -> None:
    """Entry point of the ``reseau`` command."""
    try:
        _run()
    finally:
        # The interpreter's last garbage collection walks every object SQLAlchemy, pydantic
        # and Rich made at import: a third of a short command's time. Frozen objects are
        # skipped; the process ends anyway.
        gc.freeze()


def _run() -> None:
    """Run the command line in the language of this run; errors become one line."""
    from typer._click.exceptions import ClickException
    from typer.exceptions import Abort

    from reseau.cli.language import _, click_error, localize, speaking

    with speaking() as lang:
        command = typer.main.get_command(app)
        localize(command, lang)
        try:
            code = command.main(prog_name="reseau", standalone_mode=False)
        except ReseauError as error:  # a library error that escaped a command
            _fail(error)
            sys.exit(1)
        except ClickException as error:  # a usage mistake: one line in the CLI's language
            if type(error).__name__ != "NoArgsIsHelpError":  # the help was printed instead
                _fail(click_error(error.format_message()))
                context = getattr(error, "ctx", None)
                if context is not None:
                    typer.echo(_("Essayez « {command} --help » pour l'aide.", command=context.command_path), err=True)
            sys.exit(error.exit_code)
        except (KeyboardInterrupt, Abort):
            _fail(_("interrompu"))
            sys.exit(130)
    sys.exit(code if isinstance(code, int) else 0)


# The register's commands live in their own module; importing it adds them to the app.
from reseau.cli import register, answers, backup, bulletin, curation, documents, users  # noqa: E402,F401,I001
