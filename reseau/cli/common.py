"""Commands that share the register: opening it, reading dates, answering, curating.

Each opens the register, calls one library function, and prints; a user's mistake
(unknown or ambiguous name, bad date, unreachable database) is one line on stderr.
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from typing import Annotated, Iterator

import typer

from reseau.cli import _fail
from reseau.cli.language import _, language
from reseau.cli.output import AnswerFormat
from reseau.errors import ReseauError
from reseau.i18n import render

FormatOption = Annotated[AnswerFormat, typer.Option("--format", "-f", help="table, json ou csv.")]
DATE_PREFIX = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@contextmanager
def opened(*, create: bool = False) -> Iterator:
    """The register of the settings; errors become one line and exit 1. Only ``reseau init``,
    ``ingest`` and ``restore`` create a register that does not exist (``create=True``): any
    other command on a missing one says so, rather than answer from a new empty register."""
    from reseau.settings import Settings
    from reseau.store.database import open_register

    try:
        register = open_register(Settings.from_env().database_url, create=create)
        try:
            yield register
        finally:
            register.close()
    except ReseauError as error:
        _fail(error)
        raise typer.Exit(1) from None


def _date_prefix(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    if not DATE_PREFIX.match(value) or not _valid_prefix(value):
        _fail(_("{option} : date invalide « {value} » (attendu AAAA, AAAA-MM ou AAAA-MM-JJ)", option=option, value=value))
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


def _answer(fn):
    """Run a read-only answer, turning lookup errors into one line."""
    with opened() as register, register.sessions() as session:
        try:
            return fn(session)
        except ReseauError as error:
            _fail(error)
            raise typer.Exit(1) from None


def _curate(action) -> None:
    """Run a change in one transaction as the OS user; errors become one line."""
    from reseau.settings import os_user

    with opened() as register:
        try:
            with register.transaction() as session:
                message = action(session, os_user())
        except ReseauError as error:
            _fail(error)
            raise typer.Exit(1) from None
    typer.echo(render(message, language()))
