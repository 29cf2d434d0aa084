"""A title with no body of its own that ends on a capitalised domain after « à » (« Secrétaire général à la
Justice », « Conseillère juridique au Cabinet »): the post is in a ministry, which another item of the
document may name (its masthead, its signature). The item keeps the ministry's name as the role's
``owner_title``; the document's assembly finds it (``data/minister_domains.tsv``).
"""

from __future__ import annotations

from spacy.tokens import Span

from reseau.extract.facts import ItemFacts
from reseau.extract.lexicon import data_kinds
from reseau.extract.records import Organization
from reseau.names import name_key

# owner_title of a post in the minister's own office: the one ministry of the document
OFFICE = "Ministère"


def _rows() -> dict[str, dict[str, str]]:
    """Kind → {words: what they become} of ``minister_domains.tsv``."""
    return data_kinds("minister_domains.tsv")


def minister_domain(title: Span) -> str | None:
    """« Secrétaire général à la Justice » → « Ministère de la Justice »; « … au Cabinet » → « Ministère »;
    None when the title ends on no domain after « à »."""
    from reseau.extract.title_orgs import without_qualifier  # title_orgs reads delegated_domain from here

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


def delegated_domain(title: str, rest: Span, places: set[int]) -> str | None:
    """« ministre déléguée » then « aux Transports »: « des Transports », the domain of the ministry the delegated
    minister is attached to (``minister_domains.tsv``, kind « delegated »); None for any other title or complement."""
    if " ".join(title.lower().split()) not in _rows().get("delegated", {}) or not len(rest):
        return None
    links = _rows()["link"]
    for width in (2, 1):
        link = " ".join(t.lower_ for t in rest[:width]).replace("' ", "'").replace("’ ", "’")
        if width <= len(rest) and link in links and width < len(rest):
            head = rest[width]
            if not head.text[:1].isupper() or head.i in places:
                return None  # « la ministre déléguée à la Réunion »: a place, not a domain
            domain = rest[width:]
            cut = next((t.i for t in domain if t.lower_ == "et" and t.i + 1 < domain.end
                        and rest.doc[t.i + 1].text.islower() and rest.doc[t.i + 1].lower_ not in LINK_WORDS), None)
            if cut is not None:
                domain = rest.doc[domain.start:cut]  # « … aux Transports et ministre responsable de … »: a second title
            text = f"{links[link]} {domain.text}".replace("' ", "'").replace("’ ", "’")
            for written, becomes in links.items():  # « … et à la Mobilité »: « et de la Mobilité »
                text = text.replace(f" et {written} ", f" et {becomes} ")
            return text
    return None


LINK_WORDS = {"à", "au", "aux", "de", "du", "des", "la", "l'", "l’", "le", "les"}



def join_state_rank(facts: ItemFacts) -> None:
    """« Ministre d'État, Ministre de l'Intérieur »: a minister's rank that names no ministry, followed by the
    same person's portfolio after a comma, is one title held in that portfolio's ministry."""
    from reseau.extract.title_orgs import title_entry

    dropped = set()
    for a, rank in enumerate(facts.roles):
        entry = title_entry(rank.title)
        if rank.org is not None or entry is None or entry.kind != "ministry" or entry.form != "back":
            continue
        after = next((b for b, r in enumerate(facts.roles) if r.person == rank.person and r.start > rank.end
                      and facts.text[rank.end:r.start].strip() == ","), None)
        if after is None or facts.roles[after].org is None:
            continue
        portfolio = facts.roles[after]
        portfolio.title = f"{rank.title}, {portfolio.title}"
        portfolio.start = rank.start
        dropped.add(a)
    facts.roles[:] = [r for i, r in enumerate(facts.roles) if i not in dropped]
