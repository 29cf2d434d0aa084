"""Organizations read over a whole document, once its items are read: mentions in two items, or
two forms of one name, that French gives to one body."""

from __future__ import annotations

import re

from reseau.extract.acronyms import initials_in_order, letterheads
from reseau.extract.geography import fold
from reseau.extract.lexicon import load_lexicon
from reseau.extract.org_grammar import load_grammar
from reseau.extract.title_orgs import of_country
from reseau.extract.facts import ItemFacts, OrgSpan
from reseau.names import name_key

# « la Direction de la X »: the plain directorate, no « générale » or « centrale », which heads a force
# of its own name and stays another body.
DIRECTORATE = "direction"
# « la Direction régionale des Douanes du Centre », named « directeur régional des Douanes du Centre »: a
# directorate of a territory directs that territory's part of a service, which has no other body.
TERRITORIAL_LEVELS = ("régionale", "interrégionale", "départementale", "provinciale", "territoriale", "zonale", "locale")
ARTICLES = ("de la ", "de l'", "du ", "des ")


def join_mentions(text: str, facts: list[tuple[int, ItemFacts]]) -> None:
    """Give one name to the mentions of one body across the document: a letterhead's acronym and
    name, a directorate and its object."""
    letterheads(text, facts)
    for offset, item in facts:
        delegations_of_states(text, offset, item.orgs)
    orgs = [o for _, item in facts for o in item.orgs]
    directorates(orgs)
    states_named_in_full(orgs)
    ministries_by_style(orgs)
    towns_named_twice(orgs)
    offices_of_titles(orgs)
    acronyms_of_one_place(orgs)
    acronyms_with_their_place(orgs)
    named_without_service(orgs)
    header_brands(text, facts, orgs)


# « des douanes », « de gendarmerie »: a lower-case complement naming the service a unit belongs to
SERVICE_COMPLEMENT = re.compile(r" (?:des|du|de la|de l'|de) [a-zà-ÿ][\w'-]*(?= )")


def named_without_service(orgs: list[OrgSpan]) -> None:
    """« la Brigade mobile des douanes de X », then « la Brigade mobile de X »: a unit named again
    without the lower-case complement that says its service is the same body, by its full name."""
    full_names = {}
    for org in orgs:
        for match in SERVICE_COMPLEMENT.finditer(org.name):
            short = org.name[:match.start()] + org.name[match.end():]
            if any(c.isupper() for c in org.name[match.end():]):  # the place or the name stays in the short form
                full_names.setdefault(name_key(short), org)
    for org in orgs:
        full = full_names.get(name_key(org.name))
        if full is None or full is org or org.acronym is not None or full.name == org.name:
            continue
        org.aliases = list(dict.fromkeys([org.name, *org.aliases]))
        org.name, org.acronym, org.kind = full.name, full.acronym, full.kind or org.kind


def header_brands(text: str, facts: list[tuple[int, ItemFacts]], orgs: list[OrgSpan]) -> None:
    """« IRPS Oceania | Institut de recherche sur … » heading a page: a body's acronym and one more word (its
    region, in any language), on the line that writes the body's name in full, is that body."""
    by_acronym = {o.acronym: o for o in orgs if o.acronym and o.name != o.acronym}
    for offset, item in facts:
        for org in item.orgs:
            short, _, word = org.name.partition(" ")
            full = by_acronym.get(short)
            if full is None or org.acronym is not None or not word[:1].isupper() or " " in word or full is org:
                continue
            at = offset + org.start
            line = text[text.rfind("\n", 0, at) + 1:text.find("\n", at) if "\n" in text[at:] else len(text)]
            if full.name not in line:
                continue
            org.aliases = list(dict.fromkeys([org.name, *org.aliases]))
            org.name, org.acronym, org.kind = full.name, full.acronym, full.kind or org.kind


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


# « - pour la République du Bénin : Monsieur X, Ministre de … »: a line of a communiqué's delegation list
DELEGATION = re.compile(r"^[\s\-–•*]*[Pp]our (?:la |le |l['’])?([^:\n]{3,60}?)\s*:")


def delegations_of_states(text: str, offset: int, orgs: list[OrgSpan]) -> None:
    """« pour la République du Bénin : Monsieur X, Ministre de la Sécurité »: a ministry named by its
    minister's title on a line of a delegation list is that state's, and takes the country in its name."""
    for org in orgs:
        if org.kind != "ministry" or org.country or org.source != "title":
            continue
        at = offset + org.start
        line = text[text.rfind("\n", 0, at) + 1:at]
        match = DELEGATION.match(line)
        country = _country_of_state(match.group(1)) if match else None
        if country is None or name_key(country) in name_key(org.name):
            continue
        # The bare name is no alias: the ministries of two states share it.
        org.aliases = [a for a in org.aliases if name_key(a) != name_key(org.name)]
        org.name, org.country = f"{org.name} {of_country(country)}", country


def _country_of_state(words: str) -> str | None:
    """« République du Bénin », « République togolaise », « Côte d'Ivoire » → the country's French name."""
    places = load_lexicon().places
    parts = words.split()
    if parts and fold(parts[0]) in {fold(w) for w in load_grammar().state_forms}:
        parts = parts[1:]
    if len(parts) == 1:
        country = load_lexicon().country_by_adjective(parts[0].lower())
        if country:
            return country
    rest = re.sub(r"^(?:de la |de l['’]|du |des |de |d['’])", "", " ".join(parts))
    return rest if places.get(rest) == "country" else None


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
    """What a plain or a territory's directorate directs (« Direction de la Sécurité maritime » → « Sécurité
    maritime », « Direction régionale des Douanes du Centre » → « Douanes du Centre »)."""
    first, _, rest = name.replace("’", "'").partition(" ")
    if first.lower() != DIRECTORATE:
        return None
    level, _, after = rest.partition(" ")
    if level.lower() in TERRITORIAL_LEVELS:
        # only with its territory (« des Douanes du Centre »): « Direction départementale de la Police
        # nationale » directs no body of its own name, the force being the whole state's
        if not any(f" {article}" in after[3:] for article in ARTICLES):
            return None
        rest = after
    for article in ARTICLES:
        if rest.startswith(article) and rest[len(article):][:1].isupper():
            return rest[len(article):]
    return None


# « … en République de Guinée », « … au Royaume du Maroc »: a body of a state named by its full style
IN_A_STATE = re.compile(r"^(.+?) (?:en|au|aux|à) (.+)$")


def states_named_in_full(orgs: list[OrgSpan]) -> None:
    """« la Délégation de l'Union européenne en République de Guinée » and « … en Guinée »: a body named
    in a state by the state's full style and by the country's usual name is one body, under the usual
    name, the full style its alias."""
    full: dict[tuple[str, str], OrgSpan] = {}
    for org in orgs:
        match = IN_A_STATE.match(org.name)
        if match and fold(match.group(2).split()[0]) in {fold(w) for w in load_grammar().state_forms}:
            country = _country_of_state(match.group(2))
            if country is not None:
                full.setdefault((name_key(match.group(1)), name_key(country)), org)
    if not full:
        return
    for org in orgs:
        match = IN_A_STATE.match(org.name)
        whole = full.get((name_key(match.group(1)), name_key(match.group(2)))) if match else None
        if whole is None or whole is org or whole.name == org.name:
            continue
        # The usual name, which the text's shorter mentions (« la Délégation en Guinée ») end like, names both.
        whole.aliases = list(dict.fromkeys([whole.name, *whole.aliases]))
        whole.name, whole.acronym = org.name, whole.acronym or org.acronym


def ministries_by_style(orgs: list[OrgSpan]) -> None:
    """« le SPF Justice » and « le ministre de la Justice »'s « Ministère de la Justice »: a ministry named by
    its state's style and its domain (``ministry_styles``) is the ministry of that domain; one body, under
    the style the text gives it."""
    styled: dict[str, OrgSpan] = {}
    for org in orgs:
        for style in load_grammar().ministry_styles:
            domain = org.name[len(style) + 1:] if org.name.startswith(style + " ") else ""
            if domain[:1].isupper():
                styled.setdefault(name_key(domain), org)
    if not styled:
        return
    for org in orgs:
        match = re.match(r"^Minist[èe]re (?:de la |de l['’]|du |des )(.+)$", org.name)
        whole = styled.get(name_key(match.group(1))) if match else None
        if whole is None or org.country:
            continue
        if org.name not in whole.aliases:
            whole.aliases.append(org.name)
        org.aliases = list(dict.fromkeys([org.name, *org.aliases, *whole.aliases]))
        org.name, org.acronym, org.kind = whole.name, whole.acronym, whole.kind or org.kind


# « Ville de X », « Commune de X », « Mairie de X »: the words French gives to one town's own body
TOWN_BODY = re.compile(r"^(?:Ville|Commune|Mairie|Municipalité) (?:de |d['’])(.+)$")


def towns_named_twice(orgs: list[OrgSpan]) -> None:
    """« la commune de X » and the « Ville de X » its mayor's title gives: one town's body, named as the
    text writes it rather than as a title implies it."""
    towns: dict[str, list[OrgSpan]] = {}
    for org in orgs:
        match = TOWN_BODY.match(org.name)
        if match and not org.country:
            towns.setdefault(name_key(match.group(1)), []).append(org)
    for group in towns.values():
        written = [o for o in group if o.source != "title"]
        if len({o.name for o in group}) < 2 or not written:
            continue
        whole = written[0]
        for org in group:
            if org.name != whole.name:
                whole.aliases = list(dict.fromkeys([*whole.aliases, org.name]))
        for org in group:
            org.aliases = list(dict.fromkeys([*whole.aliases, *org.aliases]))
            org.aliases = [a for a in org.aliases if a != whole.name]
            org.name, org.kind = whole.name, whole.kind or org.kind


def offices_of_titles(orgs: list[OrgSpan]) -> None:
    """« le Cabinet du Président de la République »: a unit of a title's holder (``title_offices``) is
    part of his office, the body the text names through it (« Présidence de la République »)."""
    offices = dict(load_grammar().title_offices)
    for org in orgs:
        match = re.match(r"^\S+ (?:du|de la) (.+)$", org.name)
        office = offices.get(match.group(1)) if match and org.unit else None
        if office is None:
            continue
        org.aliases = list(dict.fromkeys([org.name, *org.aliases]))
        org.name, org.unit = office, False
