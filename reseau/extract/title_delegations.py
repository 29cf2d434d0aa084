"""The country a delegation list gives the posts of its line.

A communiqué lists who took part country by country: « – pour la République du Bénin : M. X,
Ministre de la Justice ; – pour le Togo : Mme Y, Ministre de la Justice ». The ministry each
minister speaks for is that of the line's country (the Ministère de la Justice du Bénin, of the
Togo), two bodies however alike their titles read.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from reseau.extract.lexicon import load_lexicon
from reseau.extract.tokens import DETS, OF

MAX_OPENER = 8  # « pour la République démocratique du Congo » and no longer


def line_country(doc: Doc, i: int) -> str | None:
    """How to say « of » the country the line holding token i opens on (« pour la République Togolaise : » →
    « du Togo »), when token i comes after that opener's colon; None otherwise."""
    start = i
    while start > 0 and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
    while start < i and (doc[start].is_punct or doc[start].is_space):
        start += 1  # a list's dash or bullet
    if start >= i or doc[start].lower_ != "pour":
        return None
    colon = next((t.i for t in doc[start + 1:min(i, start + MAX_OPENER + 2)] if t.text == ":"), None)
    if colon is None:
        return None
    words = [t for t in doc[start + 1:colon]]
    while words and words[0].lower_ in DETS:
        words = words[1:]
    return _of_country(words) if words else None


def _of_country(words: list[Token]) -> str | None:
    """« République du Bénin » → « du Bénin », « République de Côte d'Ivoire » → « de Côte d'Ivoire » (as the
    text writes it), « République Togolaise » → « du Togo » (its adjective), « le Niger » → « du Niger »."""
    from reseau.extract.title_orgs import of_country

    lexicon = load_lexicon()
    name = " ".join(t.text for t in words).replace("' ", "'").replace("’ ", "’")
    if lexicon.country_by_name(name) is None:
        adjective = lexicon.country_by_adjective(words[-1].text) if len(words) == 2 else None
        return of_country(adjective) if adjective and words[0].lower_ == "république" else None
    if len(words) > 2 and words[0].lower_ == "république" and words[1].lower_ in OF:
        return " ".join(t.text for t in words[1:]).replace("' ", "'").replace("’ ", "’")  # as written
    return of_country(lexicon.country_by_name(name))
