"""Activities while they are being grouped (ids of the document's people and bodies), and
their records once grouped."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from reseau.extract.assemble import Register
from reseau.extract.calendar import When
from reseau.extract.facts import ItemFacts
from reseau.extract.lexicon import load_lexicon
from reseau.extract.records import Activity, Mission
from reseau.extract.topics import fold
from reseau.kinds import GATHERING_KINDS

SUMMARY_CHARS = 300
GATHERINGS = GATHERING_KINDS


def words_pattern(words) -> re.Pattern[str]:
    """One case-insensitive pattern for a list of words or phrases, on word boundaries."""
    alternatives = sorted((re.escape(w) for w in words), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.I)


@cache
def _city_body() -> re.Pattern[str]:
    heads = "|".join(re.escape(h) for h in load_lexicon().cues["city_body_heads"])
    return re.compile(rf"^(?:{heads}) (?:de |d['’])(?P<city>[A-ZÀ-Ý].+)$")


def _city_of_bodies(names: list[str]) -> str | None:
    """« Ville de Liège » among the bodies present: Liège, when it is a known city."""
    cities = (m.group("city") for name in names if (m := _city_body().match(name)))
    return next((c for c in cities if load_lexicon().places.get(c) == "city"), None)


@dataclass
class Draft:
    """An activity being grouped: who takes part are ids of the document's people and bodies."""

    kind: str
    start: int
    end: int
    summary: str
    when: When | None
    place: str | None
    people: list[int] = field(default_factory=list)
    orgs: list[int] = field(default_factory=list)
    part_of: int | None = None
    title: str | None = None
    item: int = 0
    status: str = "held"
    relative_date: bool = False  # dated by « aujourd’hui » or a bare weekday: a day written out may correct it
    abroad: bool = False  # the clause names a country and no city
    online: bool = False  # held « en ligne », « par visioconférence »: no place
    one_day: bool = False  # a mission dated by one day (« mardi, la délégation s'est rendue à X »): a trip, not a stay
    subject: int | None = None  # the person named before the cue (« X a rencontré … »), whom « il » recalls
    named_first: list[int] = field(default_factory=list)  # everyone named before the cue: « A et B ont signé »
    parties: tuple[list[int], list[int]] = ([], [])  # who the clause that told it named: those who met, not who attended
    hosts: list[int] = field(default_factory=list)  # bodies named before the cue: « X et Y ont tenu la réunion »
    last_day: When | None = None  # told as a range (« du 3 au 5 juin »): the day it ends, « le dernier jour de … »
    minutes: bool = False  # the sitting whose minutes the document is (« Compte rendu de la séance du … »)
    borrowed: bool = False  # a signing's people taken from the meeting it ends: its signatories, once named, replace them

    def add(self, people: list[int], orgs: list[int]) -> None:
        """Add people and bodies not already taking part."""
        self.people += [p for p in people if p not in self.people]
        self.orgs += [o for o in orgs if o not in self.orgs]



def quoted_title(text: str) -> str | None:
    """The words in « guillemets » of a summary: the title of a publication or an event."""
    start = text.find("«")
    end = text.find("»", start + 1)
    return " ".join(text[start + 1:end].split()) if start >= 0 and end > start else None


def to_activity(d: Draft, register: Register, items: list[tuple[int, ItemFacts]]) -> Activity:
    """The record of an activity, with names for ids, its topics and its place."""
    topics = []
    offset, facts = items[d.item]
    for t in facts.topics:
        if d.start <= offset + t.start < d.end and t.topic not in topics:
            topics.append(t.topic)
    place = d.place
    if place is None and not d.abroad and not d.online and d.kind in GATHERINGS and d.status == "held":
        # « la bourgmestre de la Ville de Liège » among those present: the visit is in that city; what is
        # announced is placed by its own words only
        place = _city_of_bodies([register.organizations[o].name for o in d.orgs])
    organizations = [register.organizations[o].label for o in d.orgs]
    if d.kind in GATHERINGS:
        organizations += _bodies_of(d, register, organizations)
        organizations += _owners_of_organs(d, register, organizations)
    return Activity(
        kind=d.kind, date=d.when.iso() if d.when else None, date_precision=d.when.precision if d.when else None,
        place=place, people=[register.people[p].name for p in d.people],
        organizations=organizations, topics=topics,
        summary=_summary(d.summary), evidence={"start": d.start, "end": d.end}, title=d.title, part_of=d.part_of,
        status=d.status)


def _bodies_of(d: Draft, register: Register, named: list[str]) -> list[str]:
    """« la vice-présidente avait rencontré à Tours … »: who takes part comes on behalf of the body of
    their title, though the clause does not name it."""
    known = {register.organizations[o].label for o in range(len(register.organizations))}
    bodies = []
    for p in d.people:
        for role in register.people[p].roles[:1]:
            if role.organization and role.organization in known and role.organization not in named and role.organization not in bodies:
                bodies.append(role.organization)
    return bodies


ORGAN_OF = re.compile(r"\s(?:du|de la|de l['’]|des)\s*")


@cache
def _organ_heads() -> frozenset[str]:
    """The first words of a body's organ that sits (cues.json's organ_heads), folded once."""
    return frozenset(fold(h) for h in load_lexicon().cues["organ_heads"])


def _owners_of_organs(d: Draft, register: Register, named: list[str]) -> list[str]:
    """« la réunion de la Commission plénière du SIGLE »: the sitting of a body's organ is the body's too,
    when the document names that body on its own."""
    heads = _organ_heads()
    if not any(fold(register.organizations[o].name.split()[0]) in heads for o in d.orgs if register.organizations[o].name):
        return []
    by_name = {}
    for org in register.organizations:
        for name in (org.name, org.acronym, *org.aliases):
            if name:
                by_name.setdefault(name, org.label)
    owners = []
    for o in d.orgs:
        name = register.organizations[o].name
        if not name or fold(name.split()[0]) not in heads:
            continue
        owner = next((by_name[tail] for m in ORGAN_OF.finditer(name) if (tail := name[m.end():]) in by_name), None)
        if owner is not None and owner not in named and owner not in owners:
            owners.append(owner)
    return owners


def to_mission(m: Draft, register: Register) -> Mission:
    """The record of a mission or a delegation's visit."""
    return Mission(kind=m.kind, date=m.when.iso() if m.when else None, date_precision=m.when.precision if m.when else None,
                   place=m.place, people=[register.people[p].name for p in m.people],
                   organizations=[register.organizations[o].label for o in m.orgs], summary=_summary(m.summary),
                   evidence={"start": m.start, "end": m.end})


def _summary(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SUMMARY_CHARS else text[:SUMMARY_CHARS - 1].rsplit(" ", 1)[0] + "…"


def empty_promise(draft: Draft) -> bool:
    """« Le programme sera publié sur le site »: something to come with no day, no one and no body is
    no activity to record."""
    return draft.status == "planned" and draft.when is None and not draft.people and not draft.orgs


def contents_line(draft: Draft) -> bool:
    """« 5. Publications » in a newsletter's contents: a section's name, no publication; nothing but its
    noun, with no one, no body, no day and no title."""
    if draft.kind != "publication" or draft.people or draft.orgs or draft.when is not None or draft.title:
        return False
    return len(re.findall(r"\w+", draft.summary)) <= 2


def announced_in_contents(draft: Draft, drafts: list[Draft]) -> bool:
    """« → Parution : « Titre » » in a newsletter's contents: a publication named with no one and no day,
    whose title opens the title of one told in full further on."""
    if draft.kind != "publication" or draft.people or draft.orgs or draft.when is not None or not draft.title:
        return False
    title = fold(draft.title)
    return any(d is not draft and d.kind == "publication" and d.title and d.start > draft.start
               and fold(d.title).startswith(title) for d in drafts)
