"""An acronym's country and an acronym's listed domains: « (CENTIF Bénin) » is Benin's own body where
« le PNUD Bénin » is an international body's office; « département de la santé, de l'emploi et du
sport (DSES) » spells its acronym across a comma that lists one more domain."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from reseau.extract.lexicon import Lexicon
from reseau.extract.tokens import is_cap


def country_at(lexicon: Lexicon, doc: Doc, k: int) -> int:
    """Where a country's name of up to three capitalised words opening at token k ends (k when none)."""
    for n in (3, 2, 1):
        words = doc[k:k + n]
        if len(words) == n and all(is_cap(t) for t in words) and lexicon.places.get(words.text) == "country":
            return k + n
    return k


def national_of_country(acronym: str, words: list[Token], known: dict, lexicon: Lexicon) -> bool:
    """Whether the acronym, no international body's of the gazetteer (``known``, whose « PNUD Mali » is an
    office), is followed by a country's name alone."""
    country = " ".join(t.text for t in words)
    return acronym not in known and bool(words) and lexicon.places.get(country) == "country"


def enumerating_comma(doc: Doc, k: int) -> bool:
    """Whether token k is a comma that lists one more complement (« , de la X »)."""
    return doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].lower_ in {"de", "du", "des", "d'", "d’"}
