"""Authors of a bibliographic reference (« Nouvelle parution : Dupont, M. et Martin-Roy, A. (2023). »):
each written « Surname, I. », matched to the one person of the document with that surname and initial."""

from __future__ import annotations

import re

from reseau.extract.topics import fold

# « Lavoie-Giroux, M. », « Van der Berg, P.-A. »: a surname, a comma, an initial (of a compound first name too)
CITED = re.compile(r"(?P<surname>[A-ZÀ-Ý][\w'’-]+(?:\s(?:[Dd][eu]s?|[Vv]an|[Dd]er|[Ll]a|[Ll]e|[A-ZÀ-Ý][\w'’-]+))*),\s"
                   r"(?P<initial>[A-ZÀ-Ý])\.(?:-[A-ZÀ-Ý]\.)?")


def cited_authors(text: str, names: list[str]) -> list[int]:
    """Which of ``names`` (the document's people, by index) the reference ``text`` cites as authors."""
    found = []
    for m in CITED.finditer(text):
        surname, initial = fold(m.group("surname")), fold(m.group("initial"))
        matches = [i for i, name in enumerate(names)
                   if fold(name).endswith(" " + surname) and fold(name).startswith(initial)]
        if len(matches) == 1 and matches[0] not in found:
            found.append(matches[0])
    return found
