"""Paged lists of organizations and people, filtered."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reseau.query.lookup import first_words
from reseau.names import name_key
from reseau.query.results import Listing, OrganizationRow, PersonRow
from reseau.store.tables import Activity, OrgAlias, Organization, Participation, Person, PersonAlias, Role


def list_organizations(session: Session, *, q: str | None = None, kind: str | None = None, country: str | None = None,
                       topic: str | None = None, offset: int = 0, limit: int = 50) -> Listing:
    """Organizations by name, filtered by words of their names, kind, country, and a topic of their activities."""
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
    rows = session.scalars(query.order_by(Organization.name, Organization.id).offset(offset).limit(limit)).all()
    return Listing(total, [OrganizationRow(id=o.id, name=o.name, acronym=o.acronym, kind=o.kind, country=o.country) for o in rows])


def list_people(session: Session, *, q: str | None = None, organization_id: int | None = None, topic: str | None = None,
                offset: int = 0, limit: int = 50) -> Listing:
    """People by name, with their titles; filtered by words of their names, an organization, a topic of their activities."""
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
    people = list(session.scalars(query.order_by(Person.name, Person.id).offset(offset).limit(limit)).all())
    titles: dict[int, list[str]] = {p.id: [] for p in people}
    for person_id, title in session.execute(select(Role.person_id, Role.title).where(Role.person_id.in_(titles))).all():
        titles[person_id].append(title)
    return Listing(total, [PersonRow(id=p.id, name=p.name, titles=titles[p.id]) for p in people])
