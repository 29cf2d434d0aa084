"""One catalogue for every text a person reads: pages, CLI, flashes, history lines, errors.

French is the source language: a message's id is its French text, with ``{names}`` for
the values put in it. Other languages live in gettext catalogues,
``reseau/locale/<lang>/LC_MESSAGES/reseau.po``, read with Babel (plural forms included)
the first time a language is asked for. A text with no translation stays French.

    _ = messages("en")
    _("Fiche #{number} supprimée.", number=4)                      # 'Record #4 deleted.'
    _.plural("{n} organisation", "{n} organisations", 2)           # '2 organizations'

Nothing here imports the rest of Réseau: every layer may use it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cache
from importlib import resources

LANGUAGES = ("fr", "en")
DEFAULT = "fr"
DOMAIN = "reseau"

# French counts 0 and 1 as singular (« 0 organisation »); the source language has no
# catalogue to carry that rule, so it is written here.
def _SOURCE_PLURAL(n: int) -> int:
    return int(n > 1)


def language_of(value: str | None) -> str | None:
    """The language we speak in a code such as ``en``, ``en-GB`` or ``fr_CA.UTF-8``, else None."""
    if not value:
        return None
    code = value.replace("-", "_").split("_")[0].split(".")[0].strip().lower()
    return code if code in LANGUAGES else None


def environment_language(env: Mapping[str, str] | None = None) -> str:
    """The CLI's language: ``RESEAU_LANG``, else the locale (``LC_ALL``, ``LC_MESSAGES``,
    ``LANG``), else French. A locale we do not speak (``C``, ``de_DE``) means French."""
    env = os.environ if env is None else env
    for name in ("RESEAU_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        if env.get(name):
            return language_of(env[name]) or DEFAULT
    return DEFAULT


class Messages:
    """The texts of one language: ``_(text, **values)`` and ``_.plural(one, many, n, **values)``."""

    def __init__(self, lang: str, singular: dict[str, str], plural: dict[str, tuple[str, ...]], rule) -> None:
        self.lang = lang
        self._singular = singular
        self._plural = plural
        self._rule = rule

    def __call__(self, text: str, /, **values: object) -> str:
        """``text`` in this language, its ``{names}`` filled with ``values``."""
        text = self._singular.get(text, text)
        return text.format(**values) if values else text

    def plural(self, singular: str, plural: str, n: int, /, **values: object) -> str:
        """The form that agrees with ``n`` (given to the text as ``{n}`` too)."""
        forms = self._plural.get(singular)
        index = self._rule(n)
        if forms:
            text = forms[min(index, len(forms) - 1)]
        else:
            text = singular if _SOURCE_PLURAL(n) == 0 else plural
        return text.format(n=n, **values)

    def has(self, text: str) -> bool:
        """Whether ``text`` has an entry in this language's catalogue."""
        return text in self._singular or text in self._plural


def _po_path(lang: str):
    return resources.files("reseau").joinpath("locale", lang, "LC_MESSAGES", f"{DOMAIN}.po")


@cache
def messages(lang: str) -> Messages:
    """The catalogue of a language (French, or any language we lack, reads the source texts)."""
    lang = language_of(lang) or DEFAULT
    path = _po_path(lang)
    if lang == DEFAULT or not path.is_file():
        return Messages(DEFAULT, {}, {}, _SOURCE_PLURAL)
    import gettext

    from babel.messages.pofile import read_po

    with path.open("rb") as stream:
        catalogue = read_po(stream, locale=lang)
    singular, plural = {}, {}
    for message in catalogue:
        if not message.id or message.fuzzy:
            continue
        if isinstance(message.id, tuple):
            if all(message.string):
                plural[message.id[0]] = tuple(message.string)
        elif message.string:
            singular[message.id] = message.string
    return Messages(lang, singular, plural, gettext.c2py(catalogue.plural_expr))


def catalog(lang: str) -> dict[str, str]:
    """msgid → msgstr of a language's singular entries (French, the source, has none)."""
    return dict(messages(lang)._singular)


def plural_catalog(lang: str) -> dict[str, tuple[str, ...]]:
    """Singular msgid → every plural form of a language's plural entries."""
    return dict(messages(lang)._plural)


class Text(str):
    """A French text kept with its template and values, for a reader in another language: it is
    the French text wherever a string goes (``str``, JSON), and ``render(lang)`` says it in any
    language. For notices that travel through the layers (a warning on a file read)."""

    template: str
    values: dict[str, object]

    def __new__(cls, template: str, /, **values: object) -> "Text":
        text = super().__new__(cls, template.format(**values) if values else template)
        text.template, text.values = template, values
        return text

    def render(self, lang: str) -> str:
        """The text in a language (values that are texts too are said in it)."""
        return messages(lang)(self.template, **{k: render(v, lang) if isinstance(v, str) else v for k, v in self.values.items()})


def render(text: str, lang: str) -> str:
    """A :class:`Text` in a language; any other string as it is."""
    return text.render(lang) if isinstance(text, Text) else text
