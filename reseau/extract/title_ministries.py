"""A title with no body of its own that ends on a capitalised domain after « à » (« Secrétaire général à la
Justice », « Conseillère juridique au Cabinet »): the post is in a ministry, which another item of the
document may name (its masthead, its signature). The item keeps the ministry's name as the role's
``owner_title``; the document's assembly finds it (``data/minister_domains.tsv``).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from reseau.extract.lexicon import data_lines
from reseau.extract.records import Organization
from reseau.extract.title_orgs import without_qualifier
from reseau.names import name_key

# owner_title of a post in the minister's own office: the one ministry of the document
OFFICE = "Ministère"


@cache
def _rows() -> dict[str, dict[str, str]]:
    rows: dict[str, dict[str, str]] = {}
    for line in data_lines("minister_domains.tsv"):
        words, kind, *becomes = line.split("\t")
        rows.setdefault(kind, {})[words] = becomes[0] if becomes else ""
    return rows


def minister_domain(title: Span) -> str | None:
    """« Secrétaire général à la Justice » → « Ministère de la Justice »; « … au Cabinet » → « Ministère »;
    None when the title ends on no domain after « à »."""
    links = _rows()["link"]
    title = title[:without_qualifier(title.doc, title.start, title.end) - title.start]  # « … a.i. »: acting
    for k in range(len(title) - 1, 0, -1):
        for width in (2, 1):
            link = " ".join(t.lower_ for t in title[k - width + 1:k + 1]) if k - width + 1 > 0 else None
            if link is None or link not in links:
                continue
            domain = title[k + 1:].text.strip()
            if not domain or not domain[:1].isupper():
                return None
            if domain.lower() in _rows()["office"]:
                return OFFICE
            return f"Ministère {links[link]} {domain}".replace("' ", "'").replace("’ ", "’")
    return None


def is_ministry_post(title: str) -> bool:
    """« Sous-ministre associé aux affaires policières »: a post held only inside a ministry, whose title names
    none (``minister_domains.tsv``, kind « post »)."""
    first = title.lower().split()[:1]
    return bool(first) and first[0] in _rows().get("post", {})


def ministry_named(organizations: list[Organization], ministry: str, *own: int | None) -> int | None:
    """The one body of the document that is this ministry (by name or alias, or a longer name opening on it);
    for the minister's own office, the one ministry of the document, or among several the first of ``own`` (the
    page's masthead, its publisher) that is one."""
    key = name_key(ministry)
    found = []
    for i, org in enumerate(organizations):
        keys = [name_key(org.name), *map(name_key, org.aliases)]
        if any(k == key or k.startswith(key + " ") for k in keys):
            found.append(i)
    if len(found) > 1 and ministry == OFFICE:
        return next((o for o in own if o in found), None)
    return found[0] if len(found) == 1 else None
