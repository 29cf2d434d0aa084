"""``reseau user add|passwd|list|role|disable|enable|remove|sessions|revoke|token|tokens``:
accounts, made only here (there is no default one), their sessions and their API tokens."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from reseau.cli import _fail, app
from reseau.cli.common import FormatOption, _answer, _curate
from reseau.cli.language import _, plural
from reseau.cli.output import AnswerFormat, print_rows

user_app = typer.Typer(help="Les comptes : viewer (lecture), editor (import, corrections), admin (comptes, effacement).",
                       no_args_is_help=True)
app.add_typer(user_app, name="user")


def _password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    return typer.prompt(_("Mot de passe"), hide_input=True, confirmation_prompt=_("Encore une fois"), err=True)


@user_app.command("add")
def user_add(username: Annotated[str, typer.Argument(help="Nom d'utilisateur.")],
             role: Annotated[str, typer.Option(help="viewer, editor ou admin.")] = "viewer",
             password_stdin: Annotated[bool, typer.Option("--password-stdin", help="Lire le mot de passe sur l'entrée standard.")] = False) -> None:
    """Créer un compte (le mot de passe est demandé, jamais affiché)."""
    from reseau.auth.users import add_user

    password = _password(password_stdin)
    _curate(lambda s, actor: (add_user(s, username, password, role, actor=actor), _("compte « {username} » créé ({role})", username=username, role=role))[1])


@user_app.command("passwd")
def user_passwd(username: Annotated[str, typer.Argument(help="Nom d'utilisateur.")],
                password_stdin: Annotated[bool, typer.Option("--password-stdin", help="Lire le mot de passe sur l'entrée standard.")] = False) -> None:
    """Changer le mot de passe d'un compte."""
    from reseau.auth.users import set_password

    password = _password(password_stdin)
    _curate(lambda s, actor: _("mot de passe changé ; {ended}", ended=_ended(set_password(s, username, password, actor=actor))))


def _ended(count: int) -> str:
    return plural("{n} session fermée", "{n} sessions fermées", count)


@user_app.command("list")
def user_list(output: FormatOption = AnswerFormat.table) -> None:
    """Lister les comptes et leurs rôles."""
    from reseau.auth.users import list_users

    print_rows(_answer(list_users), output, title=_("Comptes"), columns=["username", "role", "disabled", "created_at"])


@user_app.command("role")
def user_role(username: Annotated[str, typer.Argument(help="Nom d'utilisateur.")],
              role: Annotated[str, typer.Argument(help="viewer, editor ou admin.")]) -> None:
    """Changer le rôle d'un compte (ses sessions sont fermées)."""
    from reseau.auth.users import set_role

    _curate(lambda s, actor: _("rôle de « {username} » : {role} ; {ended}", username=username, role=role,
                               ended=_ended(set_role(s, username, role, actor=actor))))


@user_app.command("disable")
def user_disable(username: Annotated[str, typer.Argument(help="Nom d'utilisateur.")]) -> None:
    """Désactiver un compte : ses sessions sont fermées, ses jetons refusés, il ne peut plus se connecter."""
    from reseau.auth.users import set_disabled

    _curate(lambda s, actor: _("compte « {username} » désactivé ; {ended}", username=username,
                               ended=_ended(set_disabled(s, username, True, actor=actor))))


@user_app.command("enable")
def user_enable(username: Annotated[str, typer.Argument(help="Nom d'utilisateur.")]) -> None:
    """Réactiver un compte désactivé."""
    from reseau.auth.users import set_disabled

    _curate(lambda s, actor: (set_disabled(s, username, False, actor=actor), _("compte « {username} » réactivé", username=username))[1])


@user_app.command("remove")
def user_remove(username: Annotated[str, typer.Argument(help="Nom d'utilisateur.")],
                yes: Annotated[bool, typer.Option("--yes", help="Confirmer sans question.")] = False) -> None:
    """Supprimer un compte, ses sessions et ses jetons (son numéro ne sera jamais redonné)."""
    from reseau.auth.users import remove_user

    if not yes and not typer.confirm(_("Supprimer le compte « {username} » ?", username=username), err=True):
        raise typer.Exit(1)
    _curate(lambda s, actor: (remove_user(s, username, actor=actor), _("compte « {username} » supprimé", username=username))[1])


@user_app.command("sessions")
def user_sessions(username: Annotated[str | None, typer.Argument(help="Nom d'utilisateur (tous les comptes sinon).")] = None,
                  output: FormatOption = AnswerFormat.table) -> None:
    """Lister les sessions (ouvertes, révoquées, expirées), les plus récentes d'abord."""
    from reseau.auth.sessions import list_sessions
    from reseau.auth.users import find_user
    from reseau.settings import Settings

    idle = Settings.from_env().session_idle
    rows = _answer(lambda s: list_sessions(s, find_user(s, username).id if username else None, idle=idle))
    print_rows(rows, output, title=_("Sessions"), columns=["id", "username", "state", "address", "created_at", "last_seen", "expires_at"])


@user_app.command("revoke")
def user_revoke(username: Annotated[str | None, typer.Argument(help="Fermer toutes les sessions de ce compte.")] = None,
                session: Annotated[str | None, typer.Option("--session", help="Fermer une seule session (son numéro, voir « sessions »).")] = None,
                token: Annotated[int | None, typer.Option("--token", help="Supprimer un jeton d'API (son numéro, voir « tokens »).")] = None) -> None:
    """Fermer des sessions ou supprimer un jeton d'API : effet immédiat, dans tous les processus serveurs."""
    from reseau.auth.sessions import revoke_by_prefix, revoke_user_sessions
    from reseau.auth.tokens import revoke_token
    from reseau.auth.users import find_user

    if sum(x is not None for x in (username, session, token)) != 1:
        _fail(_("donnez un nom d'utilisateur, ou --session, ou --token (un seul)"))
        raise typer.Exit(2)
    if session is not None:
        _curate(lambda s, actor: (revoke_by_prefix(s, session), _("session fermée"))[1])
    elif token is not None:
        _curate(lambda s, actor: (revoke_token(s, token, actor=actor), _("jeton n° {number} supprimé", number=token))[1])
    else:
        _curate(lambda s, actor: _ended(revoke_user_sessions(s, find_user(s, username).id)))


@user_app.command("token")
def user_token(username: Annotated[str, typer.Argument(help="Nom d'utilisateur.")],
               name: Annotated[str, typer.Option(help="À quoi servira le jeton.")] = "",
               days: Annotated[int | None, typer.Option("--days", help="Valable tant de jours (sans limite sinon).")] = None,
               feed: Annotated[bool, typer.Option("--feed", help="Jeton de flux : n'ouvre que le flux Atom et l'agenda "
                                                                  "(/api/feed.atom, /api/calendar.ics), même dans leur adresse.")] = False) -> None:
    """Créer un jeton d'API pour un script, ou un jeton de flux (--feed) pour un lecteur de flux ou un agenda ; affiché une seule fois."""
    from reseau.auth.tokens import create_token

    _curate(lambda s, actor: create_token(s, username, name, actor=actor, days=days, scope="feed" if feed else "api"))


@user_app.command("tokens")
def user_tokens(username: Annotated[str | None, typer.Argument(help="Nom d'utilisateur (tous les comptes sinon).")] = None,
                output: FormatOption = AnswerFormat.table) -> None:
    """Lister les jetons d'API et de flux (jamais leur valeur) : numéro, compte, nom, portée, création, expiration."""
    from reseau.auth.tokens import list_tokens
    from reseau.auth.users import find_user

    rows = _answer(lambda s: list_tokens(s, find_user(s, username).id if username else None))
    print_rows(rows, output, title=_("Jetons d'API"), columns=["id", "username", "name", "scope", "state", "created_at", "expires_at"])
