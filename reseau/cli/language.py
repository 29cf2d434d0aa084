"""The CLI speaks one language per run: ``RESEAU_LANG``, else the locale (``LC_ALL``,
``LC_MESSAGES``, ``LANG``), else French.

Our texts come from the one catalogue (:mod:`reseau.i18n`): ``_("…")`` and ``plural(…)``
here, and the commands' help, translated on the Click tree before it runs
(:func:`localize`). Typer 0.29 carries its own copy of Click with its English words written
in (« Usage: », « Show this message and exit. », « Missing argument »): French for them is in
``reseau/locale/fr/LC_MESSAGES/messages.po`` (the gettext ``messages`` domain Click
upstream uses), put on the help option, the usage line and Typer's panel titles here, and
on usage errors, which :func:`click_error` says in one line.
"""

from __future__ import annotations

import inspect
import re
import sys
from contextlib import contextmanager
from functools import cache
from importlib import resources
from typing import Iterator

from reseau.i18n import DEFAULT, Messages, environment_language, messages

CLICK_DOMAIN = "messages"
_current: dict[str, str | None] = {"lang": None}

# Typer reads these once, when its help module is imported: they are set again for each run.
TYPER_TEXTS = {"DEPRECATED_STRING": "(deprecated) ", "DEFAULT_STRING": "[default: {}]", "ENVVAR_STRING": "[env var: {}]",
               "REQUIRED_LONG_STRING": "[required]", "ARGUMENTS_PANEL_TITLE": "Arguments", "OPTIONS_PANEL_TITLE": "Options",
               "COMMANDS_PANEL_TITLE": "Commands", "ERRORS_PANEL_TITLE": "Error", "ABORTED_TEXT": "Aborted.",
               "RICH_HELP": "Try [blue]'{command_path} {help_option}'[/] for help."}


def language() -> str:
    """The language of this run."""
    return _current["lang"] or environment_language()


def _(text: str, /, **values: object) -> str:
    """``text`` (French, the source) in the CLI's language, its ``{names}`` filled."""
    return messages(language())(text, **values)


def plural(singular: str, many: str, n: int, /, **values: object) -> str:
    """The form agreeing with ``n`` in the CLI's language (``{n}`` is given to the text)."""
    return messages(language()).plural(singular, many, n, **values)


def locale_folder() -> str:
    """Where the gettext catalogues live (``<lang>/LC_MESSAGES/<domain>.po|.mo``)."""
    return str(resources.files("reseau").joinpath("locale"))


@cache
def click_messages(lang: str) -> Messages:
    """Click's and Typer's own English words in a language (the ``messages`` domain)."""
    path = resources.files("reseau").joinpath("locale", lang, "LC_MESSAGES", f"{CLICK_DOMAIN}.po")
    if not path.is_file():
        return Messages(lang, {}, {}, lambda n: int(n != 1))
    from babel.messages.pofile import read_po

    with path.open("rb") as stream:
        catalogue = read_po(stream, locale=lang)
    singular = {m.id: m.string for m in catalogue if m.id and isinstance(m.id, str) and m.string}
    return Messages(lang, singular, {}, lambda n: int(n > 1))


@contextmanager
def speaking(lang: str | None = None) -> Iterator[str]:
    """Run the CLI in a language (``RESEAU_LANG`` or the locale when none is given)."""
    lang = lang or environment_language()
    previous = _current["lang"]
    _current["lang"] = lang
    # Typer's help module pulls in Rich's Markdown (a tenth of a second): it is retitled when
    # a help is printed (see localize), or here if something loaded it already.
    if "typer.rich_utils" in sys.modules:
        _retitle_typer(lang)
    try:
        yield lang
    finally:
        _current["lang"] = previous


def _retitle_typer(lang: str) -> None:
    from typer import rich_utils

    say = click_messages(lang)
    for name, english in TYPER_TEXTS.items():
        setattr(rich_utils, name, say(english))


# What the usage line calls each argument (Typer would show the Python parameter's name).
METAVARS = {"files": "FICHIERS", "paths": "CHEMINS", "first": "NOM", "second": "NOM", "proposal_id": "NUMÉRO",
            "username": "COMPTE", "text": "TEXTE", "output": "SORTIE", "target": "FICHIER", "source": "SAUVEGARDE",
            "name": "NOM", "kind": "TYPE", "keep": "GARDÉE", "drop": "FONDUE", "new": "NOUVEAU", "role": "RÔLE",
            "field": "CHAMP", "value": "VALEUR", "alias": "ALIAS", "document": "DOCUMENT"}


def localize(command, lang: str) -> None:
    """Put a Click command tree in a language, in place: the help of commands, groups and
    parameters (from our catalogue), the help option and the usage line (Click's words)."""
    say = messages(lang)
    # Click's words are read (a .po file through Babel) only when a help or usage is printed:
    # a command that just runs does not pay for them.
    helping = {"now": False}
    if lang != DEFAULT:
        for attribute in ("help", "short_help", "epilog"):
            text = getattr(command, attribute, None)
            if text:
                setattr(command, attribute, say(inspect.cleandoc(text)))
        for param in getattr(command, "params", []):
            if getattr(param, "help", None):
                param.help = say(inspect.cleandoc(param.help))
    for param in getattr(command, "params", []):
        if param.param_type_name == "argument" and param.name in METAVARS:
            param.metavar = say(METAVARS[param.name])
    help_option, usage, format_help = command.get_help_option, command.get_usage, command.format_help

    def get_help_option(ctx):
        option = help_option(ctx)
        if option is not None and helping["now"]:
            option.help = click_messages(lang)("Show this message and exit.")
        return option

    # Set on this command object only: Typer's copy of Click writes these words in.
    command.get_help_option = get_help_option
    command.get_usage = lambda ctx: (usage(ctx).replace("Usage:", click_messages(lang)("Usage:"), 1)
                                     .replace("COMMAND [ARGS]...", click_messages(lang)("COMMAND [ARGS]..."), 1))

    def retitled_help(ctx, formatter):
        _retitle_typer(lang)
        helping["now"] = True
        return format_help(ctx, formatter)

    command.format_help = retitled_help
    for sub in getattr(command, "commands", {}).values():
        localize(sub, lang)


# Click's usage errors, as Typer's copy of Click words them, and their French (the catalogue
# gives the other languages): one line on standard error, like our own errors.
CLICK_ERRORS = [
    (re.compile(r"Missing argument '(?P<name>.+)'\.?"), "argument manquant : {name}"),
    (re.compile(r"Missing option '(?P<name>.+)'\.?"), "option manquante : {name}"),
    (re.compile(r"Missing parameter: (?P<name>.+)"), "paramètre manquant : {name}"),
    (re.compile(r"No such option: (?P<name>\S+?)\.?(?: Did you mean (?P<other>.+)\?)?"), "option inconnue : {name}"),
    (re.compile(r"No such command '(?P<name>.+)'\.?"), "commande inconnue : {name}"),
    (re.compile(r"Got unexpected extra arguments? \((?P<name>.+)\)"), "argument en trop : {name}"),
    (re.compile(r"Option '(?P<name>.+)' requires an argument\.?"), "l'option {name} demande une valeur"),
    (re.compile(r"Option '(?P<name>.+)' does not take a value\.?"), "l'option {name} ne prend pas de valeur"),
    (re.compile(r"Invalid value for (?P<name>'[^']+'(?: / '[^']+')?): (?:Value error, )?(?P<other>.+)"),
     "valeur invalide pour {name} : {other}"),
    (re.compile(r"'(?P<name>.*)' is not one of (?P<other>.+?)\.?"), "« {name} » n'est pas l'une des valeurs {other}"),
    (re.compile(r"'(?P<name>.*)' is not a valid integer( range)?\.?"), "« {name} » n'est pas un nombre entier"),
    (re.compile(r"'(?P<name>.*)' is not a valid float( range)?\.?"), "« {name} » n'est pas un nombre"),
    (re.compile(r"(?P<name>.+) is not in the range (?P<other>.+)\."), "{name} n'est pas dans l'intervalle {other}"),
]


def click_error(message: str) -> str:
    """A usage error of Click's (« Missing argument 'NAME'. ») in the CLI's language."""
    say = messages(language())
    for pattern, french in CLICK_ERRORS:
        match = pattern.fullmatch(message.strip())
        if match:
            values = {k: click_error(v) if k == "other" and v else (v or "").replace("'", "")
                      for k, v in match.groupdict().items()}
            return say(french, **{k: v or "" for k, v in values.items()})
    return message
