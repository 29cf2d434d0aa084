"""From the facts of every item to the records of the document: organizations, people,
their roles, and the publishing organization."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from reseau.extract.facts import ItemFacts
from reseau.extract.title_context import OWN_BOARD_KINDS
from reseau.extract.title_boards import ABOVE
from reseau.extract.title_elected import ELECTED
from reseau.extract.title_joined import OWN
from reseau.extract.title_ministries import ministry_named
from reseau.extract.title_orgs import title_entry
from reseau.extract.records import Mention, Organization, Person, Role
from reseau.names import name_key
from reseau.extract.coreference import cluster_organizations, cluster_people


GUESSED = {"context", "masthead"}  # bodies guessed from around a title, not named with it
ITEMS_ABOVE = 3  # how far back a line's title looks for the heading that names its body


@dataclass
class Register:
    """The document's records and how each item's mentions map onto them."""

    organizations: list[Organization]
    people: list[Person]
    org_of: dict[tuple[int, int], int]  # (item number, org span index) → organization
    person_of: dict[tuple[int, int], int]  # (item number, person span index) → person
    publisher: int | None
    staff: set[int]


def title_key(title: str) -> str:
    """Compare titles across genders: directrice ~ directeur, présidente ~ président."""
    words = []
    for w in name_key(title).split():
        for fem, masc in (("trice", "teur"), ("euse", "eur"), ("ere", "er"), ("ee", "e"), ("ffe", "f")):
            if w.endswith(fem):
                w = w[: -len(fem)] + masc
                break
        else:
            if w.endswith("e") and len(w) > 4 and not w.endswith(("ire", "ique", "iste", "gue", "ble", "ge", "te")):
                w = w[:-1]
        words.append(w)
    return " ".join(words)


def build_register(items: list[tuple[int, ItemFacts]], text: str) -> Register:
    """Resolve the mentions of all items into records, with roles attached to people."""
    clusters, org_of = cluster_organizations(items)
    organizations = []
    for cluster in clusters:
        name, acronym = cluster.best_name(), cluster.acronym()
        seen = {name_key(name), name_key(acronym)}
        aliases = []
        for offset, span in cluster.spans:
            # A body read from a title (« ministre de la Justice ») is not written as its mention.
            written = text[offset + span.start:offset + span.end] if span.source != "title" else ""
            for form in (span.name, *span.aliases, written):
                key = name_key(form)
                if key and key not in seen and form:
                    seen.add(key)
                    aliases.append(" ".join(form.split()).lstrip("l’'"))
        organizations.append(Organization(
            name=name, acronym=acronym, aliases=aliases,
            kind=next((s.kind for _, s in cluster.spans if s.kind), None),
            country=next((s.country for _, s in cluster.spans if s.country), None),
            mentions=[Mention(o + s.start, o + s.end, text[o + s.start:o + s.end]) for o, s in cluster.spans]))
    person_clusters, person_of = cluster_people(items)
    # « Tandem Montréal » read as a person where the text also names it as a body: a body.
    org_keys = {name_key(o.name) for o in organizations} | {name_key(a) for o in organizations for a in o.aliases}
    dropped = {i for i, c in enumerate(person_clusters) if name_key(c.name) in org_keys}
    if dropped:
        renumber = {old: new for new, old in enumerate(i for i in range(len(person_clusters)) if i not in dropped)}
        person_clusters = [c for i, c in enumerate(person_clusters) if i not in dropped]
        person_of = {k: renumber[v] for k, v in person_of.items() if v in renumber}
    people = []
    for cluster in person_clusters:
        aliases = sorted({s.name for _, s in cluster.spans if s.name != cluster.name})
        people.append(Person(cluster.name, aliases, [],
                             [Mention(o + s.start, o + s.end, text[o + s.start:o + s.end]) for o, s in cluster.spans]))
    counts = Counter(org_of.values())
    publisher = counts.most_common(1)[0][0] if counts else None
    masthead = _masthead(items, org_of)
    # « le commissaire X » elsewhere in the document: the rank is the title only when the text gives no other
    # a body guessed from the context comes after those the text gives the same person's titles
    in_text = sorted(((n, offset, role) for n, (offset, facts) in enumerate(items) for role in facts.roles),
                     key=lambda nor: nor[2].org_from == "rank")
    told_at = {id(role): i for i, (_, _, role) in enumerate(in_text)}
    placed: dict[int, int] = {}  # a Role → where its fact comes in the text, to list a person's roles in that order
    for n, offset, role in sorted(in_text, key=lambda nor: (nor[2].org_from == "rank", nor[2].org_from == "context")):
        p = person_of.get((n, role.person))
        if p is None:
            continue
        if role.org_from == "rank" and any(r.organization for r in people[p].roles):
            continue
        if role.org_from in GUESSED and _titled_elsewhere(people[p], role.title):
            # « la directrice Morin » after « la directrice du Service X, Nathalie Morin »: the same post;
            # « Rapport de M. X, directeur financier » under a report's masthead after his title in a named body too
            continue
        org = org_of.get((n, role.org)) if role.org is not None else None
        if org is None and role.org_from == "publisher":
            org = publisher  # « notre directeur général »
        if org is None and role.org_from == "masthead":
            org = masthead
        if org is None and role.org_from == ELECTED:
            # « l'assemblée a élu … A en prend la présidence » with no body named: the association's own page
            own = masthead is not None and organizations[masthead].kind in OWN_BOARD_KINDS
            org = masthead if own else publisher
        if role.org_from == "board" and masthead is not None and organizations[masthead].kind in OWN_BOARD_KINDS:
            org = masthead  # « le trésorier, X » on the page of an association named in its masthead
        if role.org_from == "pointer" and masthead is not None and role.owner_title \
                and name_key(organizations[masthead].name).startswith(name_key(role.owner_title)):
            org = masthead  # « le délégué général de l'association » on an association's page, two named
        if role.kind_of_body and role.org_from != "text":
            # « vice-président de la communauté de communes » on the page of « Communauté de communes X »
            org = _body_of_kind(organizations, masthead, role.kind_of_body, org)
        if org is None and role.org_from == "below" and n + 1 < len(items):
            org = _opening_org(items[n + 1][1], n + 1, org_of)  # a contacts block: the body on the next line
        if org is None and role.org_from == ABOVE:
            org = _closing_org(items, n, org_of)  # « Président : M. X » under a report's heading item
        if org is None and role.org_from == ABOVE:
            org = masthead
        if org is None and role.org_from == OWN:
            # « qui s'est jointe au secrétariat à titre de … » on a network's page: that network
            own = publisher is not None and organizations[publisher].kind in OWN_BOARD_KINDS
            org = masthead if masthead is not None else (publisher if own else None)
        if org is None and role.org_from == "ministry" and role.owner_title:
            org = ministry_named(organizations, role.owner_title, masthead, publisher)  # « Secrétaire général à la Justice »
        if org is None and role.org_from == "back":
            # « le recteur » under the university's masthead; « son chef de cabinet » after « la ministre »
            org = body_of_its_kind(organizations, role.owner_title or role.title, masthead)
        made = Role(role.title, organizations[org].label if org is not None else None,
                    Mention(offset + role.start, offset + role.end, text[offset + role.start:offset + role.end]))
        placed[id(made)] = told_at[id(role)]
        _add_role(people[p], made)
    for person in people:
        person.roles.sort(key=lambda r: placed.get(id(r), 0))
    staff = {i for i, person in enumerate(people) if publisher is not None
             and any(r.organization == organizations[publisher].label for r in person.roles)}
    return Register(organizations, people, org_of, person_of, publisher, staff)


def _titled_elsewhere(person: Person, title: str) -> bool:
    """The person already holds this title in a body the text named."""
    return any(r.organization and title_key(r.title) == title_key(title) for r in person.roles)


def _masthead(items: list[tuple[int, ItemFacts]], org_of: dict[tuple[int, int], int]) -> int | None:
    """The body a document opens on in a heading of its own, naming no one (« Sénat – Commission des lois »)."""
    if len(items) < 2 or items[0][1].people or not items[0][1].orgs:
        return None
    return org_of.get((0, min(range(len(items[0][1].orgs)), key=lambda i: items[0][1].orgs[i].start)))


def _body_of_kind(organizations: list[Organization], masthead: int | None, kind: str, org: int | None) -> int | None:
    """The body a lower-case kind (« communauté de communes ») or a head said short (« la Chaire ») stands for: the
    masthead if its name opens on those words, else the document's one body that does; ``org`` when none."""
    key = name_key(kind) + " "
    if masthead is not None and name_key(organizations[masthead].name).startswith(key):
        return masthead
    found = [i for i, o in enumerate(organizations) if name_key(o.name).startswith(key)]
    return found[0] if len(found) == 1 else org


def _closing_org(items: list[tuple[int, ItemFacts]], n: int, org_of: dict[tuple[int, int], int]) -> int | None:
    """The body named last in the nearest of the few items before item n that name one, of a known kind (a
    word in capitals read as a body has none)."""
    for m in range(n - 1, max(-1, n - 1 - ITEMS_ABOVE), -1):
        orgs = items[m][1].orgs
        kinds = [i for i, o in enumerate(orgs) if o.kind is not None]
        if kinds:
            return org_of.get((m, max(kinds, key=lambda i: orgs[i].start)))
    return None


def _opening_org(facts: ItemFacts, n: int, org_of: dict[tuple[int, int], int]) -> int | None:
    """The body whose name opens an item (its first line), if any."""
    first = next((i for i, o in enumerate(facts.orgs) if facts.text[:o.start].strip() == ""), None)
    return org_of.get((n, first)) if first is not None else None


def body_of_its_kind(organizations: list[Organization], title: str, masthead: int | None = None) -> int | None:
    """The one body of the document whose name opens on the head a bare title points back to
    (« recteur » → the « Université … », « la bourgmestre » → the « Commune de X » an alias names); else the
    masthead when its name holds a town's head (« Corporation de la Ville de X »); None when there are none or
    several."""
    entry = title_entry(title)
    if entry is None:
        return None
    aliases = entry.aliases if entry.form in {"court", "back"} else ()
    if entry.form == "place":  # « Commune {} », « Mairie {} »: the heads a town's body also takes
        aliases = tuple(a.removesuffix(" {}") for a in entry.aliases if a.endswith(" {}") and "{" not in a[:-3])
    heads = tuple(name_key(h) for h in (entry.head, *aliases))
    found = [i for i, o in enumerate(organizations) if name_key(o.name).startswith(heads)]
    if not found:  # « Commune de X », which a mayor's title also named « Ville de X » (org_document.py)
        found = [i for i, o in enumerate(organizations) if any(name_key(a).startswith(heads) for a in o.aliases)]
    if len(found) == 1:
        return found[0]
    if not found and entry.form == "place" and masthead is not None \
            and any(f" {h} " in f" {name_key(organizations[masthead].name)} " for h in heads):
        return masthead
    return None


def _add_role(person: Person, role: Role) -> None:
    if role.organization is None and any(title_key(k.title).startswith(title_key(role.title)) for k in person.roles):
        return  # « le ministre X » after « le ministre de la Santé X »: nothing new
    for known in person.roles:
        if known.organization == role.organization and role.organization is not None:
            known.title = known.title or role.title  # « X, de l'Université Y » and « les professeures X, … »
            return
        if title_key(known.title) == title_key(role.title) and (known.organization is None or role.organization is None):
            known.organization = known.organization or role.organization
            return
    person.roles.append(role)


def title_holders(register: Register, title: str, organization: str | None, before: int) -> list[int]:
    """People named before ``before`` whose title reads like this one, in this organization if
    given; a bare title (« la directrice générale ») speaks first of the publisher's own staff."""
    key = title_key(title)
    found = []
    for i, person in enumerate(register.people):
        if not person.mentions or person.mentions[0].start > before:
            continue
        for role in person.roles:
            held = title_key(role.title)
            # « la présidente » recalls « la présidente du conseil d'administration X »: the bare head of a title
            if (held == key or held.startswith(key + " ")) and (organization is None or role.organization == organization):
                found.append(i)
                break
    if len(found) > 1 and organization is None:
        own = [i for i in found if i in register.staff]
        found = own or found
    return found
