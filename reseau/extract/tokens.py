"""Small predicates over spaCy tokens shared by the extraction components."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from spacy.tokens import Doc, Token

from reseau.names import strip_accents

# a grade written as its code (« OPC1 », « OPP2 »): capitals then one digit, before a name like a rank
GRADE_CODE = re.compile(r"[A-Z]{2,4}[1-9]")

OF = {"de", "du", "des", "d'", "d’"}
DETS = {"la", "le", "l'", "l’", "les"}
# what may open a line of a list (« – A, directeur … », « • Trésorière : Mme X »)
BULLETS = frozenset({"-", "–", "—", "•", "*", "·", "▪", "◦"})
DASHES = frozenset({"-", "–", "—"})
DEMONSTRATIVES = {"ce", "cet", "cette", "ces"}
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
_ACRONYM = re.compile(r"^[A-ZÀ-Ý][A-Za-zÀ-ÿ0-9&]*(?:-[A-Za-zÀ-ÿ0-9]+)*$")
ROMAN = re.compile(r"^X{0,3}(?:IX|IV|V?I{0,3})$")
ROAD = re.compile(r"^([A-Z]{1,4})-?(\d{1,4})$")
DOTTED = re.compile(r"^(?:[A-ZÀ-Ý]\.){1,}[A-ZÀ-Ý]\.?$")


def is_cap(token: Token) -> bool:
    """The token starts with a capital letter."""
    return token.text[:1].isupper()


def is_acronym(text: str) -> bool:
    """``CIPC``, ``SDHub``, ``UNESCO-PREV``, ``I.F.P.F``: at least two capitals, no spaces, not a roman
    numeral, not a word of the page (``NDLR``) or a currency (``FCFA``)."""
    if DOTTED.match(text):
        text = text.replace(".", "")
    if len(text) < 2 or not _ACRONYM.match(text) or ROMAN.match(text) or text in _not_acronyms() or _road(text):
        return False
    capitals = sum(c.isupper() for c in text)
    return capitals >= 2 and (text.isupper() or capitals >= len(text.replace("-", "")) / 3)


@cache
def _not_acronyms() -> frozenset[str]:
    """Capitals that are no body's acronym: ``data/org_grammar.json`` and pycountry's currency codes."""
    import pycountry

    from reseau.extract.org_grammar import load_grammar

    return load_grammar().not_acronyms | {c.alpha_3 for c in pycountry.currencies}


def _road(text: str) -> bool:
    """``RN6``, ``RD917``, ``A7``: a road's number, not a body."""
    m = ROAD.match(text)
    return m is not None and m.group(1) in _road_prefixes()


@cache
def _road_prefixes() -> frozenset[str]:
    from reseau.extract.org_grammar import load_grammar

    return load_grammar().road_prefixes


def is_month(token: Token) -> bool:
    """The token is a French month name."""
    return token.lower_ in MONTHS


def word_initials(words: list[str]) -> list[str]:
    """The content words of a name, lower case, without the little words an acronym skips."""
    skip = OF | DETS | {"et", "&", "pour", "contre", "en", "sur", "dans", "avec", "par", "chez", "entre", "à", "au", "aux",
                       "the", "of", "and", "for", "on", "in", "-", "'", "’"}
    out = []
    for w in words:
        w = strip_accents(w.lower().strip("’'"))
        if w.startswith(("l’", "l'", "d’", "d'")):
            w = w[2:]
        # « d' » and « l' » as tokens of their own, « vers » as « pour » is: no letter of the acronym.
        if w and w not in skip and w not in {"d", "l", "vers"} and w[0].isalnum():
            out.append(w)
    return out


def initials_match(acronym: str, words: list[str]) -> bool:
    """Whether an acronym can be read from the words: each word gives a prefix of itself."""
    target = strip_accents(acronym.lower()).replace("-", "").replace("&", "")
    content = word_initials(words)
    if not content or not target:
        return False

    def match(a: str, i: int) -> bool:
        if not a:
            return i == len(content)
        if i == len(content):
            return False
        word = content[i]
        for k in range(min(len(word), len(a)), 0, -1):
            if word[:k] == a[:k] and match(a[k:], i + 1):
                return True
        return False

    return match(target, 0)


def starts_person(token: Token) -> bool:
    """Whether spaCy opens a person's name at this token; never after « du » or « des » (« de le »), which
    stand before no person (« le groupement du Val-d'Orbe » is a place the model misread)."""
    doc, i = token.doc, token.i
    return token.ent_type_ == "PER" and token.ent_iob_ == "B" and not (i and doc[i - 1].lower_ in {"du", "des"})


def surname_first(token: Token) -> bool:
    """« RAKOTO Hery Nirina »: a surname in capitals, then given names in the usual case, opens a person
    at this token; what comes before (« le Préfet de X », « Général de Brigade Aérienne ») ends there."""
    doc, k = token.doc, token.i
    word = token.text
    if len(word) < 4 or not word.isupper() or not word.replace("-", "").isalpha() or k + 1 >= len(doc):
        return False

    def given(t: Token) -> bool:
        return t.text[:1].isupper() and t.text[1:].islower() and t.is_alpha

    # spaCy must read the given names as a person's: « EUCAP Sahel Niger » is a mission and its land; an
    # article or « de » before the capitals makes them a body's acronym (« du CRPQ Anne Roy »).
    nxt = doc[k + 1]
    after_article = k > 0 and doc[k - 1].lower_ in DETS | OF | {"au", "aux"}
    if not token.whitespace_ or not given(nxt) or after_article:
        return False
    # Given names it does not know (« Miora Fanja » read as a place) still follow a body's capitalised
    # name, a place, or a rank: two of them, after a capitalised word that is no acronym.
    two = k + 2 < len(doc) and given(doc[k + 2]) and bool(nxt.whitespace_)
    prev = doc[k - 1] if k else None
    return nxt.ent_type_ == "PER" or (two and prev is not None and prev.text[:1].isupper() and not prev.text.isupper())


def spelled_after(doc: Doc, end: int, words: list[str]) -> bool:
    """Whether the acronym in brackets at token end spells the given words of a body's name."""
    return end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" \
        and is_acronym(doc[end + 1].text) and initials_match(doc[end + 1].text, words)


def syllables_in_order(acronym: str, words: list[str]) -> bool:
    """« REFRAJ » of « Réseau francophone d'appui judiciaire »: the acronym is made of the first letters
    of some of the name's words in their order (« RÉ », « FRA », « J »), the first word's first."""
    letters = strip_accents(acronym.lower())
    content = word_initials(words)
    if len(letters) < 4 or not content:
        return False

    def fits(at: int, k: int) -> bool:
        if at == len(letters):
            return True
        for j in range(k, len(content)):
            n = 1
            while n <= len(content[j]) and at + n <= len(letters) and content[j][:n] == letters[at:at + n]:
                if fits(at + n, j + 1):
                    return True
                n += 1
            if at == 0:
                return False  # the first word gives the first letters
        return False

    return fits(0, 0)


def breaks_line_after(doc: Doc, k: int) -> bool:
    """Token k is the last of its line. spaCy keeps a line break as a token of its own, never in the
    ``whitespace_`` of the token before it."""
    return k + 1 < len(doc) and doc[k + 1].is_space and "\n" in doc[k + 1].text


def glued_run(doc: Doc, i: int) -> tuple[int, int]:
    """(start, end) of the tokens written without a space around token i (« 045/MINAT/SG », « KDN/ABD »)."""
    start = i
    while start > 0 and not doc[start - 1].whitespace_ and not doc[start - 1].is_space:
        start -= 1
    end = i + 1
    while end < len(doc) and not doc[end - 1].whitespace_ and not doc[end].is_space:
        end += 1
    return start, end


def pictograph(text: str) -> bool:
    """Whether a token is an emoji or a flag (symbols, with their joiners and variation selectors): no
    name is written with one, so it parts two."""
    return any(unicodedata.category(c) == "So" for c in text) and all(
        unicodedata.category(c) in {"So", "Sk", "Mn", "Cf"} for c in text)
