"""``reseau user add|passwd|list|token``: accounts, made only here (there is no default one)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from reseau.cli import app
from reseau.cli.common import _answer, _curate
from reseau.cli.output import AnswerFormat, print_rows

user_app = typer.Typer(help="Les comptes : viewer (lecture), editor (import, corrections), admin (comptes, effacement).",
                       no_args_is_help=True)
app.add_typer(user_app, name="user")


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    return typer.prompt("Mot de passe", hide_input=True, confirmation_prompt="Encore une fois", err=True)


@user_app.command("add")
def user_add(username: Annotated[str, typer.Argument(help="Nom d'utilisateur.")],
             role: Annotated[str, typer.Option(help="viewer, editor ou admin.")] = "viewer",
             password_stdin: Annotated[bool, typer.Option("--password-stdin", help="Lire le mot de passe sur l'entrée standard.")] = False) -> None:
    """Créer un compte (le mot de passe est demandé, jamais affiché)."""
    from reseau.auth.users import add_user

    password = _password(password_stdin)
    _curate(lambda s, actor: (add_user(s, username, password, role, actor=actor), f"compte « {username} » créé ({role})")[1])


@user_app.command("passwd")
def user_passwd(username: Annotated[str, typer.Argument(help="Nom d'utilisateur.")],
                password_stdin: Annotated[bool, typer.Option("--password-stdin", help="Lire le mot de passe sur l'entrée standard.")] = False) -> None:
    """Changer le mot de passe d'un compte."""
    from reseau.auth.users import set_password

    password = _password(password_stdin)
    _curate(lambda s, actor: (set_password(s, username, password, actor=actor), "mot de passe changé")[1])


@user_app.command("list")
def user_list(output: Annotated[AnswerFormat, typer.Option("--format", "-f", help="table, json ou csv.")] = AnswerFormat.table) -> None:
    """Lister les comptes et leurs rôles."""
    from reseau.auth.users import list_users

    print_rows(_answer(list_users), output, title="Comptes", columns=["username", "role", "created_at"])


@user_app.command("token")
def user_token(username: Annotated[str, typer.Argument(help="Nom d'utilisateur.")],
               name: Annotated[str, typer.Option(help="À quoi servira le jeton.")] = "") -> None:
    """Créer un jeton d'API pour un script (affiché une seule fois)."""
    from reseau.auth.users import create_token

    _curate(lambda s, actor: create_token(s, username, name, actor=actor))
