"""An acronym's country and an acronym's listed domains: « (SIGLE Bénin) » is Benin's own body where
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


def national_of_country(acronym: str, words: list[Token], orgs: list, known: dict, lexicon: Lexicon) -> bool:
    """Whether the acronym, followed by a country's name alone, is that country's own body: not a well-known
    international body's (``known``: « le PNUD Bénin » is its office), nor the body the item names by it
    with no other country (« le SIGLE … », then « SIGLE Pays »); « la … (SIGLE) du Mali », then « (SIGLE
    Bénin) », or the acronym alone in the item, is."""
    country = " ".join(t.text for t in words)
    if not words or acronym in known or lexicon.places.get(country) != "country":
        return False
    named = [name for o in orgs if o.acronym == acronym for name in (o.name, *o.aliases)]
    return not named or any(_ends_on_other_country(name, country, lexicon) for name in named)


def _ends_on_other_country(name: str, country: str, lexicon: Lexicon) -> bool:
    """Whether a name ends on a country's name (« … du Mali ») other than ``country``."""
    words = name.split()
    for n in (3, 2, 1):
        tail = " ".join(words[-n:])
        if len(words) > n and lexicon.places.get(tail) == "country":
            return tail != country
    return False


def enumerating_comma(doc: Doc, k: int) -> bool:
    """Whether token k is a comma that lists one more complement (« , de la X »)."""
    return doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].lower_ in {"de", "du", "des", "d'", "d’"}
