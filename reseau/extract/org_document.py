"""Organizations read over a whole document, once its items are read: mentions in two items, or
two forms of one name, that French gives to one body."""

from __future__ import annotations

from reseau.extract.acronyms import initials_in_order, letterheads
from reseau.extract.facts import ItemFacts, OrgSpan
from reseau.names import name_key

# « la Direction de la X »: the plain directorate, no « générale » or « centrale », which heads a force
# of its own name and stays another body.
DIRECTORATE = "direction"
ARTICLES = ("de la ", "de l'", "du ", "des ")


def join_mentions(text: str, facts: list[tuple[int, ItemFacts]]) -> None:
    """Give one name to the mentions of one body across the document: a letterhead's acronym and
    name, a directorate and its object."""
    letterheads(text, facts)
    orgs = [o for _, item in facts for o in item.orgs]
    directorates(orgs)
    acronyms_of_one_place(orgs)
    acronyms_with_their_place(orgs)


def acronyms_with_their_place(orgs: list[OrgSpan]) -> None:
    """« la Police judiciaire fédérale de l'arrondissement de X (PJF) », then « la PJF X »: an acronym
    followed by the place its long form ends with names that body, the acronym spelling some of its
    initials where no brackets joined them (a letterhead)."""
    for org in orgs:
        short, _, place = org.name.partition(" ")
        if org.acronym is not None or not place or not short.isupper() or len(short) < 2:
            continue
        ends = [o for o in orgs if o.name != o.acronym and name_key(o.name).endswith(" " + name_key(place))
                and (o.acronym == short or initials_in_order(short, o.name.split()))]
        if len({o.name for o in ends}) != 1:
            continue
        full = ends[0]
        org.aliases = list(dict.fromkeys([org.name, *org.aliases]))
        org.name, org.acronym, org.kind = full.name, full.acronym, full.kind or org.kind


def acronyms_of_one_place(orgs: list[OrgSpan]) -> None:
    """« la MRC du Haut-Richelieu » then « les bibliothèques de la MRC »: an acronym that no long form
    spells, once narrowed by a place, is that body when the document narrows it by no other place."""
    narrowed: dict[str, set[str]] = {}
    for org in orgs:
        short, _, rest = org.name.partition(" ")
        if org.acronym is None and short.isupper() and len(short) > 1 and rest.startswith(("de ", "du ", "des ", "d'", "d’")):
            narrowed.setdefault(short, set()).add(org.name)
    for org in orgs:
        full = narrowed.get(org.name) if org.acronym == org.name else None
        if full is None or len(full) != 1 or any(o.acronym == org.name and o.name != org.name for o in orgs):
            continue
        name = next(iter(full))
        org.aliases = list(dict.fromkeys([org.name, *org.aliases]))
        org.name, org.acronym = name, None


def directorates(orgs: list[OrgSpan]) -> None:
    """« la Direction de la Sécurité maritime (DSM) » and « X, directeur de la Sécurité maritime »: the
    text names the directorate by what it directs; both name one body, the directorate."""
    by_object: dict[str, OrgSpan] = {}
    for org in orgs:
        obj = _directed(org.name)
        if obj is not None:
            by_object.setdefault(name_key(obj), org)
    if not by_object:
        return
    for org in orgs:
        full = by_object.get(name_key(org.name))
        if full is None or full is org or org.acronym not in {None, full.acronym}:
            continue
        if org.name not in full.aliases:
            full.aliases.append(org.name)
        org.aliases = list(dict.fromkeys([org.name, *org.aliases, *full.aliases]))
        org.name, org.acronym, org.kind = full.name, full.acronym, full.kind or org.kind


def _directed(name: str) -> str | None:
    """What a plain directorate directs (« Direction de la Sécurité maritime » → « Sécurité maritime »)."""
    first, _, rest = name.replace("’", "'").partition(" ")
    if first.lower() != DIRECTORATE:
        return None
    for article in ARTICLES:
        if rest.startswith(article) and rest[len(article):][:1].isupper():
            return rest[len(article):]
    return None
