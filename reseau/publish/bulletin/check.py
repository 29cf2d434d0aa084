"""A French check of a bulletin's text: the mistakes a careful writer avoids and a template
could make — « de le », « de les », « à le », « à les » (du, des, au, aux), an article that
disagrees with its title (« le Directrice », « la Directeur »), an acronym used before it is
spelled out (« l’AEP » before « l’Agence européenne des phares (AEP) »)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reseau.publish.bulletin.french import title_forms

# Lower-case « le »/« les » only: « de Le Mans », « à Les Herbiers » are places.
CONTRACTIONS = re.compile(r"\b(de|à) (le|les)\b(?! \d)")
ACRONYM = re.compile(r"(?<![\w-])([A-ZÉÈ][A-Z0-9ÉÈ&]+(?:-[A-Z0-9]+)*)(?![\w-])")


@dataclass(frozen=True, slots=True)
class FrenchProblem:
    """A mistake found: what it is (``contraction`` | ``gender`` | ``acronym``), the words, and where."""

    kind: str
    words: str
    start: int


def _gender_words() -> tuple[set[str], set[str]]:
    masculine, feminine = set(), set()
    for m, f, _ in title_forms():
        if m != f and " " not in m:
            masculine.add(m)
            feminine.add(f)
    return masculine, feminine


def french_problems(text: str, acronyms: set[str] | None = None) -> list[FrenchProblem]:
    """The mistakes of a French text, in reading order. ``acronyms``: those that must be spelled
    out before being used alone; by default every acronym the text spells out somewhere
    (« … (UIC) »)."""
    problems = [FrenchProblem("contraction", m.group(0), m.start()) for m in CONTRACTIONS.finditer(text)]
    masculine, feminine = _gender_words()
    for m in re.finditer(r"\b(le|la|Le|La) ([\w’'-]+)", text):
        word = m.group(2).casefold()
        article = m.group(1).casefold()
        if (article == "le" and word in feminine) or (article == "la" and word in masculine):
            problems.append(FrenchProblem("gender", m.group(0), m.start()))
    spelled = {m.group(1): m.start() for m in re.finditer(r"\(([^()]+)\)", text)}
    wanted = acronyms if acronyms is not None else {a for a in spelled if ACRONYM.fullmatch(a) or " " in a or "-" in a}
    for acronym in sorted(wanted):
        first = re.search(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text)
        if first is not None and not (text[first.start() - 1:first.start()] == "(" and text[first.end():first.end() + 1] == ")"):
            problems.append(FrenchProblem("acronym", acronym, first.start()))
    return sorted(problems, key=lambda p: p.start)
