"""Paged lists of organizations and people, filtered, and sorted by any of their columns
(names in French order: « École » with « Ecole », before « Etat »)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reseau.query.lookup import first_words
from reseau.names import name_key
from reseau.query.results import Listing, OrganizationRow, PersonRow
from reseau.store.tables import Activity, OrgAlias, Organization, Participation, Person, PersonAlias, Role


ORG_SORTS = ("name", "acronym", "kind", "country", "last_contact")
PERSON_SORTS = ("name", "last_contact")


def french(session: Session, column):
    """A text column compared in French order: accents and case second (SQLite: the ``fr``
    collation the store registers; PostgreSQL: ICU's French)."""
    return column.collate("fr" if session.get_bind().dialect.name == "sqlite" else "fr-x-icu")


def last_contact(column):
    """The date of the latest activity a record (``column``: its id) took part in."""
    owner = Participation.organization_id if column.class_ is Organization else Participation.person_id
    return (select(func.max(Activity.date)).join(Participation, Participation.activity_id == Activity.id)
            .where(owner == column).scalar_subquery())


def last_contacts(session: Session, kind: str, ids: list[int]) -> dict[int, str]:
    """The date (YYYY, YYYY-MM or YYYY-MM-DD) of the latest activity of each record, by id."""
    owner = Participation.organization_id if kind == "organization" else Participation.person_id
    rows = session.execute(select(owner, func.max(Activity.date)).join(Activity, Activity.id == Participation.activity_id)
                           .where(owner.in_(ids)).group_by(owner)).all() if ids else []
    return {record: day for record, day in rows if day}


def _ordered(session: Session, query, key, descending: bool, name, row_id):
    """``query`` sorted by ``key`` (blank values last either way), then by name and id."""
    key = french(session, key) if key is not None and key is not name and getattr(key.type, "python_type", None) is str else key
    ordering = [] if key is None else [key.is_(None), key.desc() if descending else key]
    named = french(session, name)
    return query.order_by(*ordering, named.desc() if descending and key is None else named, row_id)


def list_organizations(session: Session, *, q: str | None = None, kind: str | None = None, country: str | None = None,
                       topic: str | None = None, offset: int = 0, limit: int = 50, sort: str = "name",
                       descending: bool = False) -> Listing:
    """Organizations filtered by words of their names, kind, country, and a topic of their
    activities; sorted by ``sort`` (one of ``ORG_SORTS``), names in French order; each with
    the date of its last contact."""
    query = select(Organization)
    if q:
        for word in first_words(name_key(q).split()):
            query = query.where(Organization.id.in_(select(OrgAlias.organization_id).where(OrgAlias.key.like(f"%{word}%"))))
    if kind:
        query = query.where(Organization.kind == kind)
    if country:
        query = query.where(Organization.country == country)
    if topic:
        query = query.where(Organization.id.in_(select(Participation.organization_id).join(Activity, Activity.id == Participation.activity_id)
                                                .where(Activity.topics.ilike(f"%{topic}%"))))
    total = session.scalar(select(func.count()).select_from(query.subquery()))
    key = {"name": None, "acronym": Organization.acronym, "kind": Organization.kind, "country": Organization.country,
           "last_contact": last_contact(Organization.id)}.get(sort)
    query = _ordered(session, query, key, descending, Organization.name, Organization.id)
    rows = session.scalars(query.offset(offset).limit(limit)).all()
    contacts = last_contacts(session, "organization", [o.id for o in rows])
    return Listing(total, [OrganizationRow(id=o.id, name=o.name, acronym=o.acronym, kind=o.kind, country=o.country,
                                           last_contact=contacts.get(o.id)) for o in rows])


def list_people(session: Session, *, q: str | None = None, organization_id: int | None = None, topic: str | None = None,
                offset: int = 0, limit: int = 50, sort: str = "name", descending: bool = False) -> Listing:
    """People with their titles; filtered by words of their names, an organization, a topic of
    their activities; sorted by ``sort`` (one of ``PERSON_SORTS``), names in French order;
    each with the date of their last contact."""
    query = select(Person)
    if q:
        for word in first_words(name_key(q).split()):
            query = query.where(Person.id.in_(select(PersonAlias.person_id).where(PersonAlias.key.like(f"%{word}%"))))
    if organization_id is not None:
        query = query.where(Person.id.in_(select(Role.person_id).where(Role.organization_id == organization_id)))
    if topic:
        query = query.where(Person.id.in_(select(Participation.person_id).join(Activity, Activity.id == Participation.activity_id)
                                          .where(Activity.topics.ilike(f"%{topic}%"))))
    total = session.scalar(select(func.count()).select_from(query.subquery()))
    key = last_contact(Person.id) if sort == "last_contact" else None
    query = _ordered(session, query, key, descending, Person.name, Person.id)
    people = list(session.scalars(query.offset(offset).limit(limit)).all())
    titles: dict[int, list[str]] = {p.id: [] for p in people}
    for person_id, title in session.execute(select(Role.person_id, Role.title).where(Role.person_id.in_(titles))).all():
        titles[person_id].append(title)
    contacts = last_contacts(session, "person", list(titles))
    return Listing(total, [PersonRow(id=p.id, name=p.name, titles=titles[p.id], last_contact=contacts.get(p.id)) for p in people])
