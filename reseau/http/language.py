"""The pages' language: the visitor's switch, else their browser's; texts come from the one
catalogue, :mod:`reseau.i18n`."""

from __future__ import annotations

from fastapi import Request

from reseau.i18n import DEFAULT, LANGUAGES, Messages, catalog, language_of, messages

__all__ = ["DEFAULT", "LANGUAGES", "catalog", "choose_language", "translate", "translator", "page_messages"]


def translator(lang: str) -> Messages:
    """``_(text, **values)`` for a language; a text with no translation stays French."""
    return messages(lang)


def choose_language(request: Request) -> str:
    """The language the visitor switched to, else the first of their browser's we speak."""
    chosen = request.session.get("lang") if "session" in request.scope else None
    if chosen in LANGUAGES:
        return chosen
    for part in request.headers.get("accept-language", "").split(","):
        code = language_of(part.split(";")[0])
        if code:
            return code
    return DEFAULT


def page_messages(request: Request) -> Messages:
    """The catalogue of the visitor's language."""
    return messages(choose_language(request))


def translate(request: Request, text: str, **values: object) -> str:
    """A message in the visitor's language, its ``{names}`` filled with the values."""
    return page_messages(request)(text, **values)
