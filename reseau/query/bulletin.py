"""What a bulletin of a period tells, read from the register: the publishing organization's
missions and delegation visits (each with its meetings in date order), its meetings, the
events, agreements, hires and publications of the period, and what is planned (« À venir »).

The writer (:mod:`reseau.publish.bulletin`) only words these records; every choice of what
goes in is made here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reseau.errors import FormatError
from reseau.kinds import CONTAINER_KINDS, ActivityStatus
from reseau.periods import parse_day, period
from reseau.query.lookup import find_organization
from reseau.store.tables import (
    Activity,
    OrgAlias,
    Organization,
    Participation,
    Person,
    PersonAlias,
    Role,
)

# The order of a bulletin's sections; « planned » is « À venir ».
SECTIONS = ("mission", "visit", "meeting", "event", "agreement", "hire", "publication", "planned")
# Address forms a person's aliases may keep (« M. Tremblay »), and the gender each tells.
ADDRESSES = {"m.": "m", "m": "m", "monsieur": "m", "mr": "m", "mr.": "m",
             "mme": "f", "mme.": "f", "madame": "f", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f"}


@dataclass(frozen=True, slots=True)
class BulletinOrg:
    """An organization as a bulletin names it: its name, acronym and other names."""

    id: int
    name: str
    acronym: str | None = None
    aliases: tuple[str, ...] = ()
    kind: str | None = None


@dataclass(frozen=True, slots=True)
class BulletinPerson:
    """A participant: name, the title that fits the activity and its organization, and the
    gender their recorded address (« Mme », « M. ») tells, if any (``f`` | ``m``)."""

    id: int
    name: str
    title: str | None = None
    organization: BulletinOrg | None = None
    address: str | None = None
    other_roles: tuple[tuple[str, BulletinOrg | None], ...] = ()


@dataclass(frozen=True, slots=True)
class BulletinActivity:
    """One activity with its participants (people first, then organizations no person stands for)."""

    id: int
    kind: str
    date: str | None
    date_precision: str | None
    place: str | None
    title: str | None
    topics: tuple[str, ...]
    people: tuple[BulletinPerson, ...]
    organizations: tuple[BulletinOrg, ...]
    status: str = "held"
    publisher_takes_part: bool = False


@dataclass(frozen=True, slots=True)
class BulletinItem:
    """An item of the bulletin: a section (see ``SECTIONS``), the activity it tells and, for a
    mission or a visit, the meetings it holds in date order."""

    id: int
    section: str
    activity: BulletinActivity
    meetings: tuple[BulletinActivity, ...] = ()


@dataclass(frozen=True, slots=True)
class Bulletin:
    """The items of a period for a publishing organization, in bulletin order."""

    start: str
    end: str
    publisher: BulletinOrg
    items: tuple[BulletinItem, ...] = field(default_factory=tuple)


def default_publisher(session: Session) -> Organization | None:
    """The organization that takes part in most activities (the register's owner, as a rule)."""
    row = session.execute(select(Participation.organization_id, func.count(func.distinct(Participation.activity_id)).label("n"))
                          .where(Participation.organization_id.is_not(None))
                          .group_by(Participation.organization_id).order_by(func.count(func.distinct(Participation.activity_id)).desc(),
                                                                            Participation.organization_id).limit(1)).first()
    return session.get(Organization, row[0]) if row else None


def _day(value: str, option: str) -> date:
    day = parse_day(value)
    if day is None or len(value) != 10:
        raise FormatError("{option} : date invalide « {value} » (attendu AAAA-MM-JJ)", option=option, value=value)
    return day


def bulletin_items(session: Session, start: str, end: str, publisher: str | None = None,
                   order: list[int] | None = None, leave_out: set[int] | frozenset[int] = frozenset()) -> Bulletin:
    """The bulletin of the days from ``start`` to ``end`` (YYYY-MM-DD) for ``publisher`` (a
    name, acronym or alias; default :func:`default_publisher`). ``order`` lists item ids to put
    first, in that order; items in ``leave_out`` are left out."""
    first, last = _day(start, "--from"), _day(end, "--to")
    if last < first:
        raise FormatError("période vide : {start} est après {end}", start=start, end=end)
    owner = find_organization(session, publisher) if publisher else default_publisher(session)
    if owner is None:
        raise FormatError("le registre ne contient aucune activité : pas de bulletin à écrire")
    # From the year's prefix: « 2022 » (a year's precision) begins in a period starting in March
    # 2022 no more than « 2022-01 » does, and _within tells by the first day each covers.
    held = [a for a in session.scalars(select(Activity).where(Activity.status != ActivityStatus.PLANNED,
                                                             Activity.date.is_not(None), Activity.date >= start[:4],
                                                             Activity.date <= end + "\uffff")).all()
            if _within(a, first, last)]
    planned = [a for a in session.scalars(select(Activity).where(Activity.status == ActivityStatus.PLANNED,
                                                                Activity.followed_by_id.is_(None))).all()
               if a.date and _still_ahead(a, first)]
    containers = {a.id: a for a in held if a.kind in CONTAINER_KINDS}
    children: dict[int, list[Activity]] = {}
    for a in held:
        if a.kind not in CONTAINER_KINDS and a.parent_id is not None:
            children.setdefault(a.parent_id, []).append(a)
    # A mission dated outside the period (or not dated) still holds the period's meetings.
    for parent_id in set(children) - set(containers):
        parent = session.get(Activity, parent_id)
        if parent is not None and parent.kind in CONTAINER_KINDS and parent.status != ActivityStatus.PLANNED:
            containers[parent.id] = parent
    wanted = held + planned + list(containers.values())
    described, orgs = _describe(session, wanted, owner.id)
    items: list[BulletinItem] = []
    for c in containers.values():
        meetings = sorted(children.get(c.id, []), key=lambda a: (a.date or "", a.id))
        if not meetings and c.id not in {a.id for a in held}:
            continue
        items.append(BulletinItem(c.id, c.kind, described[c.id], tuple(described[m.id] for m in meetings)))
    for a in held:
        if a.kind in CONTAINER_KINDS or (a.parent_id in containers):
            continue
        items.append(BulletinItem(a.id, a.kind, described[a.id]))
    items += [BulletinItem(a.id, "planned", described[a.id]) for a in planned]
    items.sort(key=lambda i: (SECTIONS.index(i.section), _first_date(i), i.id))
    items = _arranged(items, order or [], leave_out)
    return Bulletin(start=start, end=end, publisher=orgs[owner.id], items=tuple(items))


def _arranged(items: list[BulletinItem], order: list[int], leave_out) -> list[BulletinItem]:
    """Items in the asked order first (ids not among them ignored), then the rest, without those left out."""
    by_id = {i.id: i for i in items}
    first = [by_id[i] for i in dict.fromkeys(order) if i in by_id]
    rest = [i for i in items if i not in first]
    return [i for i in first + rest if i.id not in leave_out]


def _first_date(item: BulletinItem) -> str:
    dates = [m.date for m in item.meetings if m.date] + ([item.activity.date] if item.activity.date else [])
    return min(dates) if dates else "9999"


def _within(a: Activity, first: date, last: date) -> bool:
    try:
        begins, _ = period(a.date, a.date_precision)
    except ValueError:
        return False
    return first <= begins <= last


def _still_ahead(a: Activity, first: date) -> bool:
    try:
        _, ends = period(a.date, a.date_precision)
    except ValueError:
        return False
    return ends >= first


def _organizations(session: Session, ids: set[int]) -> dict[int, BulletinOrg]:
    """The organizations a bulletin names (those of its activities and roles), with their other names."""
    aliases: dict[int, list[str]] = {}
    for org_id, alias in session.execute(select(OrgAlias.organization_id, OrgAlias.alias)
                                         .where(OrgAlias.organization_id.in_(ids)).order_by(OrgAlias.id)).all():
        aliases.setdefault(org_id, []).append(alias)
    return {o.id: BulletinOrg(o.id, o.name, o.acronym, tuple(a for a in aliases.get(o.id, []) if a not in (o.name, o.acronym)), o.kind)
            for o in session.scalars(select(Organization).where(Organization.id.in_(ids))).all()}


def _describe(session: Session, activities: list[Activity], owner: int) -> tuple[dict[int, BulletinActivity], dict[int, BulletinOrg]]:
    """The activities as the bulletin tells them, and the organizations they name."""
    ids = [a.id for a in activities]
    taking_part: dict[int, list[Participation]] = {}
    for p in session.scalars(select(Participation).where(Participation.activity_id.in_(ids)).order_by(Participation.id)).all():
        taking_part.setdefault(p.activity_id, []).append(p)
    person_ids = {p.person_id for ps in taking_part.values() for p in ps if p.person_id}
    people = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(person_ids))).all()}
    roles: dict[int, list[Role]] = {}
    for r in session.scalars(select(Role).where(Role.person_id.in_(person_ids)).order_by(Role.id)).all():
        roles.setdefault(r.person_id, []).append(r)
    orgs = _organizations(session, {owner} | {p.organization_id for ps in taking_part.values() for p in ps if p.organization_id}
                          | {r.organization_id for rs in roles.values() for r in rs if r.organization_id})
    addresses: dict[int, str] = {}
    for person_id, alias in session.execute(select(PersonAlias.person_id, PersonAlias.alias).where(PersonAlias.person_id.in_(person_ids))).all():
        word = alias.split()[0].casefold() if alias.split() else ""
        if word in ADDRESSES:
            addresses.setdefault(person_id, ADDRESSES[word])
    described = {}
    for a in activities:
        parts = taking_part.get(a.id, [])
        org_ids = [p.organization_id for p in parts if p.organization_id]
        persons = tuple(_person(people[p.person_id], roles.get(p.person_id, []), org_ids, a, orgs, addresses)
                        for p in parts if p.person_id in people)
        described[a.id] = BulletinActivity(
            id=a.id, kind=a.kind, date=a.date, date_precision=a.date_precision, place=a.place, title=a.title,
            topics=tuple(t for t in (a.topics or "").split("; ") if t), people=persons,
            organizations=tuple(orgs[i] for i in dict.fromkeys(org_ids) if i in orgs), status=a.status,
            publisher_takes_part=owner in org_ids)
    return described, orgs


def _person(person: Person, roles: list[Role], org_ids: list[int], activity: Activity, orgs: dict[int, BulletinOrg],
            addresses: dict[int, str]) -> BulletinPerson:
    """A participant with the title that fits the activity: a role in one of its organizations
    first, then one seen around its date, then the latest recorded."""
    when = parse_day(activity.date)

    def fit(role: Role) -> tuple:
        seen = role.first_seen is None or when is None or role.first_seen <= when
        return (role.organization_id in org_ids, role.organization_id is not None, seen, role.last_seen or date.min, -role.id)

    ranked = sorted(roles, key=fit, reverse=True)
    main = ranked[0] if ranked else None
    others = tuple((r.title, orgs.get(r.organization_id) if r.organization_id else None) for r in ranked[1:])
    return BulletinPerson(person.id, person.name, main.title if main else None,
                          orgs.get(main.organization_id) if main and main.organization_id else None,
                          addresses.get(person.id), others)
