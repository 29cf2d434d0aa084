"""How sure extraction is of each record, from the rule that produced it.

The figures are priors, not probabilities learnt from data: a body found in the gazetteer
of well-known institutions, or defined by its acronym in brackets, is surer than a span
spaCy's entity recogniser alone calls an organization; a role whose title names its
organization is surer than one given the organization last mentioned. Each further
mention of a record adds a little. The review screen shows the least sure first, and
``--min-confidence`` leaves out what falls under a floor.
"""

from __future__ import annotations

from reseau.extract.assemble import Register
from reseau.extract.facts import ItemFacts
from reseau.extract.records import Activity

# By OrgSpan.source: how the mention was found.
ORG_SOURCE = {"gazetteer": 0.95, "acronym": 0.9, "rule": 0.8, "title": 0.75, "generic": 0.7, "ner": 0.55}
# By RoleFact.org_from: where the role's organization came from.
ROLE_ORIGIN = {"text": 0.85, "led": 0.8, "publisher": 0.8, "possessive": 0.75, "place": 0.7, "context": 0.55, "rank": 0.5, "none": 0.5}
# By activity kind, before what the record itself shows (a date, a place, who took part).
ACTIVITY_KIND = {"meeting": 0.65, "agreement": 0.7, "hire": 0.7, "publication": 0.65, "event": 0.55}
UNKNOWN = 0.5
PER_MENTION = 0.03


def _bounded(value: float) -> float:
    return round(min(0.99, max(0.05, value)), 2)


def score_records(items: list[tuple[int, ItemFacts]], register: Register, activities: list[Activity]) -> None:
    """Set ``confidence`` on the register's organizations, people and roles and on the activities."""
    _organizations(items, register)
    _people(register)
    _roles(items, register)
    for activity in activities:
        activity.confidence = activity_confidence(activity)


def _organizations(items: list[tuple[int, ItemFacts]], register: Register) -> None:
    best: dict[int, float] = {}
    for n, (_, facts) in enumerate(items):
        for i, span in enumerate(facts.orgs):
            org = register.org_of.get((n, i))
            if org is not None:
                best[org] = max(best.get(org, 0.0), ORG_SOURCE.get(span.source, UNKNOWN))
    for k, org in enumerate(register.organizations):
        found = best.get(k, UNKNOWN)
        # An acronym that is never spelled out and unknown to the gazetteer is a weaker guess.
        if org.acronym and org.name == org.acronym and found < ORG_SOURCE["gazetteer"]:
            found = min(found, 0.6)
        org.confidence = _bounded(found + PER_MENTION * (len(org.mentions) - 1))


def _people(register: Register) -> None:
    for person in register.people:
        words = person.name.replace("-", " ").split()
        found = 0.85 if len(words) > 1 else 0.5  # a surname alone, after a rank
        if person.roles:
            found += 0.05
        person.confidence = _bounded(found + PER_MENTION * (len(person.mentions) - 1))


def _roles(items: list[tuple[int, ItemFacts]], register: Register) -> None:
    origin: dict[tuple[int, int], str] = {}
    for n, (offset, facts) in enumerate(items):
        for role in facts.roles:
            p = register.person_of.get((n, role.person))
            if p is not None:
                origin.setdefault((p, offset + role.start), role.org_from)
    for p, person in enumerate(register.people):
        for role in person.roles:
            start = role.evidence.start if role.evidence else -1
            found = ROLE_ORIGIN.get(origin.get((p, start), ""), UNKNOWN)
            role.confidence = _bounded(found if role.organization else found - 0.2)


def activity_confidence(activity: Activity) -> float:
    """From the kind of activity and what its record holds: a date, a place, who took part."""
    found = ACTIVITY_KIND.get(activity.kind, UNKNOWN)
    if activity.date:
        found += 0.1
    if activity.place:
        found += 0.05
    taking_part = len(activity.people) + len(activity.organizations)
    if taking_part < 2:
        found -= 0.2
    return _bounded(found)
