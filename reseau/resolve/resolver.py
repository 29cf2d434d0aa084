"""Resolution against the register: is this organization or person already known?

Organizations match on a full name or alias (compared without accents, case or
articles). An acronym alone matches only when one side knows no longer name: two
bodies may share a sigle. People match on their full name; a name that differs by a
letter or two matches only when the context agrees (a shared organization), and is
otherwise asked of a person, not guessed.

:func:`resolve` reads the register and writes nothing: its :class:`Resolution` says, for
each organization and person of an extraction, "same as #id", "new" or "ask", with the
reason. The review screen shows it and the writer obeys it, so the two cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta
from enum import StrEnum

from rapidfuzz import fuzz
from sqlalchemy import select
from sqlalchemy.orm import Session

from reseau.extract import records
from reseau.extract.assemble import title_key
from reseau.kinds import GATHERING_KINDS
from reseau.names import name_key
from reseau.periods import parse_day, period
from reseau.store.tables import Activity, OrgAlias, Organization, Participation, Person, PersonAlias, Role

FUZZY_SAME = 92
FUZZY_PROPOSE = 85


class Verdict(StrEnum):
    """What becomes of an extracted record: joined to a known one, created, or created and
    left as a question to a person (is it the same as the candidate?)."""

    SAME = "same"
    NEW = "new"
    ASK = "ask"


@dataclass(frozen=True)
class Decision:
    """The verdict on one extracted record: the known record it names (``same``) or may name
    (``ask``), that record's name when the decision was made, and why."""

    action: Verdict
    existing_id: int | None = None
    reason: str = ""  # a French template; its values are in ``values``
    score: int = 0
    existing_name: str | None = None
    values: tuple[tuple[str, str], ...] = ()
    # What joining the known record brings it: an organization's fields it lacks (acronym,
    # kind, country; its name when it was known by its acronym only) ...
    fill: tuple[tuple[str, str], ...] = ()
    # ... and, for a person, the roles it already holds, as (organization id, title key, role id),
    # so that a title seen again extends that role rather than adding a second one.
    known_roles: tuple[tuple[int | None, str, int], ...] = ()

    def explain(self, translate=None) -> str:
        """The reason in words: through ``translate(template, **values)`` (a language's
        catalogue), else in French."""
        if translate is None:
            return self.reason.format(**dict(self.values))
        return translate(self.reason, **dict(self.values))


@dataclass(frozen=True)
class Resolution:
    """One decision per organization and per person of an extraction, in the extraction's order."""

    organizations: tuple[Decision, ...]
    people: tuple[Decision, ...]
    # For each activity of the extraction: the planned activity of the register it reports
    # (« la conférence annoncée pour l'automne s'est tenue »), else None.
    reported_plans: tuple[int | None, ...] = ()


def resolve(session: Session, extraction: records.Extraction) -> Resolution:
    """Decide, for every organization and person of an extraction, whether the register
    already knows it; nothing is written. A person's organizations (those of their roles
    already known) are the context that lets a near-identical name count as the same."""
    orgs = tuple(_named(session, Organization, resolve_organization(session, o)) for o in extraction.organizations)
    known_org = {}
    for org, decision in zip(extraction.organizations, orgs):
        if decision.action == Verdict.SAME:
            known_org[org.name] = known_org[org.label] = decision.existing_id
    orgs = tuple(_filled(session, o, d) for o, d in zip(extraction.organizations, orgs))
    people = tuple(_named(session, Person, resolve_person(session, p, {known_org[r.organization] for r in p.roles
                                                                        if r.organization in known_org}))
                   for p in extraction.people)
    return Resolution(orgs, tuple(_with_roles(session, d) for d in people), reported_plans(session, extraction, known_org))


def _named(session: Session, model, decision: Decision) -> Decision:
    if decision.existing_id is None:
        return decision
    row = session.get(model, decision.existing_id)
    return replace(decision, existing_name=row.name if row else None)


def _filled(session: Session, org: records.Organization, decision: Decision) -> Decision:
    """The decision with what the extracted organization would add to the known one."""
    known = session.get(Organization, decision.existing_id) if decision.existing_id else None
    if known is None:
        return decision
    fill = []
    if known.acronym is None and org.acronym:
        fill.append(("acronym", org.acronym))
    if known.name == known.acronym and org.name != org.acronym:
        fill.append(("name", org.name))
    fill += [(f, getattr(org, f)) for f in ("kind", "country") if not getattr(known, f) and getattr(org, f)]
    return replace(decision, fill=tuple(fill))


def _with_roles(session: Session, decision: Decision) -> Decision:
    """The decision with the roles its known person already holds."""
    if decision.existing_id is None:
        return decision
    rows = session.execute(select(Role.organization_id, Role.title, Role.id).where(Role.person_id == decision.existing_id))
    return replace(decision, known_roles=tuple((org_id, title_key(title), role_id) for org_id, title, role_id in rows))


def is_short(key: str) -> bool:
    """A key that reads like an acronym: one short word."""
    return " " not in key and len(key) <= 10


def resolve_organization(session: Session, org: records.Organization) -> Decision:
    """Find the registered organization this extracted one names, if any."""
    keys = {name_key(n) for n in (org.name, org.acronym, *org.aliases) if n} - {""}
    rows = session.execute(select(OrgAlias.organization_id, OrgAlias.key).where(OrgAlias.key.in_(keys))).all()
    shared: dict[int, set[str]] = {}
    for org_id, key in rows:
        shared.setdefault(org_id, set()).add(key)
    strong = {i: ks for i, ks in shared.items() if any(not is_short(k) for k in ks)}
    if strong:
        best = max(strong, key=lambda i: len(strong[i]))
        return Decision(Verdict.SAME, best, "même nom")
    incoming_long = org.name != org.acronym
    for org_id in shared:
        known = session.get(Organization, org_id)
        if known is None:
            continue
        if not incoming_long or known.name == known.acronym:
            return Decision(Verdict.SAME, org_id, "même sigle")
        return Decision(Verdict.ASK, org_id, "même sigle « {acronym} », noms différents : « {known} » et « {name} »", 50,
                        values=(("acronym", org.acronym or ""), ("known", known.name), ("name", org.name)))
    if incoming_long and len(org.name.split()) >= 3:
        return _fuzzy_organization(session, org)
    return Decision(Verdict.NEW)


def _fuzzy_organization(session: Session, org: records.Organization) -> Decision:
    key = name_key(org.name)
    first = key.split()[0]
    rows = session.execute(select(OrgAlias.organization_id, OrgAlias.key)
                           .where(OrgAlias.key.like(first + " %"))).all()
    best: tuple[int, int] | None = None
    for org_id, known in rows:
        score = int(fuzz.ratio(key, known))
        if best is None or score > best[0]:
            best = (score, org_id)
    if best and best[0] >= FUZZY_SAME and len(key.split()) >= 4:
        return Decision(Verdict.SAME, best[1], "nom presque identique", best[0])
    if best and best[0] >= FUZZY_PROPOSE:
        return Decision(Verdict.ASK, best[1], "nom proche de « {known} »", best[0],
                        values=(("known", session.get(Organization, best[1]).name),))
    return Decision(Verdict.NEW)


def resolve_person(session: Session, person: records.Person, org_ids: set[int]) -> Decision:
    """Find the registered person this extracted one is, using the organizations of their roles."""
    key = name_key(person.name)
    exact = session.scalars(select(PersonAlias.person_id).where(PersonAlias.key == key, PersonAlias.partial.is_(False))).all()
    if exact:
        return Decision(Verdict.SAME, exact[0], "même nom")
    words = key.split()
    if len(words) < 2:
        return Decision(Verdict.NEW)
    # Same surname, a first name written differently (« Stephane » / « Stéphanie »?): only with context.
    rows = session.execute(select(PersonAlias.person_id, PersonAlias.key)
                           .where(PersonAlias.partial.is_(False), PersonAlias.key.like("% " + words[-1]))).all()
    for person_id, known in rows:
        score = int(fuzz.ratio(key, known))
        if score < FUZZY_PROPOSE:
            continue
        known_orgs = set(session.scalars(select(Role.organization_id).where(Role.person_id == person_id)).all())
        if score >= FUZZY_SAME and org_ids & known_orgs:
            return Decision(Verdict.SAME, person_id, "nom presque identique, même organisation", score)
        name = session.get(Person, person_id).name
        return Decision(Verdict.ASK, person_id, "nom proche de « {known} »", score, values=(("known", name),))
    return Decision(Verdict.NEW)


EARLIER_BY = timedelta(days=31)  # held a little before the date announced
LATER_BY = timedelta(days=92)  # or put off by a season


def reported_plans(session: Session, extraction: records.Extraction, known_org: dict[str, int]) -> tuple[int | None, ...]:
    """For each held activity of an extraction, the planned activity of the register it reports:
    one still waiting, of a kind that may be it, dated so that the held date falls in (or near)
    the period announced, and sharing an organization with it; the nearest in date wins."""
    found: list[int | None] = []
    taken: set[int] = set()
    for activity in extraction.activities:
        orgs = {known_org[label] for label in activity.organizations if label in known_org}
        held = parse_day(activity.date)
        if activity.status != "held" or not orgs or held is None:
            found.append(None)
            continue
        # a meeting announced may be reported as an event, and so on
        kinds = GATHERING_KINDS if activity.kind in GATHERING_KINDS else {activity.kind}
        rows = session.execute(select(Activity.id, Activity.date, Activity.date_precision)
                               .where(Activity.status == "planned", Activity.followed_by_id.is_(None),
                                      Activity.kind.in_(kinds), Activity.date.is_not(None),
                                      Activity.id.in_(select(Participation.activity_id)
                                                      .where(Participation.organization_id.in_(orgs))))).all()
        best = None
        for planned_id, day, precision in rows:
            start, end = period(day, precision)
            if planned_id not in taken and start - EARLIER_BY <= held <= end + LATER_BY:
                distance = abs((held - start).days)
                if best is None or distance < best[0]:
                    best = (distance, planned_id)
        found.append(best[1] if best else None)
        if best:
            taken.add(best[1])
    return tuple(found)
