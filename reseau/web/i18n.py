"""French first, English second: gettext catalogs (``locale/<lang>.po``) chosen by a switch
or by the browser's languages."""

from __future__ import annotations

import ast
from collections.abc import Callable
from functools import cache
from importlib import resources

from fastapi import Request

LANGUAGES = ("fr", "en")
DEFAULT = "fr"


@cache
def catalog(lang: str) -> dict[str, str]:
    """msgid → msgstr of a language's .po file (French, the source language, has none)."""
    path = resources.files("reseau.web").joinpath("locale", f"{lang}.po")
    if not path.is_file():
        return {}
    entries, msgid, current = {}, None, None
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("msgid "):
            msgid, current = ast.literal_eval(line[6:]), "id"
        elif line.startswith("msgstr "):
            entries[msgid] = ast.literal_eval(line[7:])
            current = "str"
        elif line.startswith('"') and msgid is not None:
            if current == "id":
                msgid += ast.literal_eval(line)
            else:
                entries[msgid] += ast.literal_eval(line)
    return {k: v for k, v in entries.items() if k and v}


def translator(lang: str) -> Callable[[str], str]:
    """``_(text)`` for a language; a text with no translation stays French."""
    table = catalog(lang)
    return lambda text: table.get(text, text)


def choose_language(request: Request) -> str:
    """The language the visitor switched to, else the first of their browser's we speak."""
    chosen = request.session.get("lang")
    if chosen in LANGUAGES:
        return chosen
    for part in request.headers.get("accept-language", "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGUAGES:
            return code
    return DEFAULT


def translate(request: Request, text: str, **values: object) -> str:
    """A message in the visitor's language, its ``{names}`` filled with the values."""
    text = translator(choose_language(request))(text)
    return text.format(**values) if values else text
