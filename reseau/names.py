"""Normalising and comparing names: accents, case, articles, punctuation, ``&``."""

from __future__ import annotations

import re
import unicodedata

ARTICLES = {"l", "la", "le", "les", "the"}
APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "\u202f": " ", "\xa0": " "})
PARTICLES = {"de", "du", "des", "la", "le", "van", "von", "der", "den", "da", "di", "dos", "das", "del", "y", "ben", "bin", "el", "al", "st", "ter", "d'", "d’"}


def strip_accents(text: str) -> str:
    """Remove diacritics: ``Égalité`` → ``Egalite``."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def name_key(text: str | None) -> str:
    """A comparison key: no accents, case, leading article or punctuation; ``&`` reads ``et``."""
    if not text:
        return ""
    text = strip_accents(text.translate(APOSTROPHES)).casefold().replace("&", " et ")
    words = re.sub(r"[^\w]+", " ", text).split()
    while words and words[0] in ARTICLES:
        words = words[1:]
    return " ".join(words)


def clean_spaces(text: str) -> str:
    """Collapse runs of whitespace (including no-break spaces) to one space."""
    return " ".join(text.translate(APOSTROPHES).split()) if text else text


def strip_article(text: str) -> str:
    """Drop a leading French article from a name: ``l’Union`` → ``Union``."""
    return re.sub(r"^(?:l['’]|la\s+|le\s+|les\s+)", "", text.strip(), flags=re.I)


REGNAL = re.compile(r"^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3})$")  # « II » to « XIII » after a name


def fix_case(word: str) -> str:
    """Write an all-capitals surname the usual way: ``VAN`` → ``Van``, ``ST-ANTOINE`` → ``St-Antoine``."""
    if len(word) > 1 and word.isupper():
        parts = re.split(r"([-’'])", word)
        return "".join(part[:1] + part[1:].lower() for part in parts)
    return word


def display_person(name: str) -> str:
    """A person's name with spaces cleaned and shouted surnames written normally; a regnal number after the
    name stays in capitals (« Kassi III »)."""
    words = clean_spaces(name).split()
    return " ".join(w if n and REGNAL.match(w) else fix_case(w) for n, w in enumerate(words))
