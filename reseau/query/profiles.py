"""Profiles: everything the register knows of an organization or a person."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Row, bindparam, func, select
from sqlalchemy.orm import Session

from reseau.query.prepared import fetch
from reseau.query.results import ActivityRow, MetWith, OrganizationProfile, PersonInOrganization, PersonProfile, RoleRow
from reseau.query.sources import source_sentences
from reseau.store.tables import Activity, OrgAlias, Organization, Participation, Person, PersonAlias, Role

# A profile shows the newest activities and the people seen most recently (a police service
# can have thousands); ``reseau activities --org`` and the people list filtered by
# organization give them all.
PROFILE_ACTIVITIES = 100
PROFILE_PEOPLE = 100
ACTIVITY_COLUMNS = (Activity.id, Activity.date, Activity.kind, Activity.place, Activity.title, Activity.summary, Activity.topics,
                    Activity.parent_id, Activity.status, Activity.date_precision, Activity.followed_by_id)
NEWEST_FIRST = (Activity.date.desc().nulls_last(), Activity.id.desc())

PARTICIPANTS = (select(Participation.activity_id, Person.name, Organization.acronym, Organization.name)
                .select_from(Participation)
                .outerjoin(Person, Person.id == Participation.person_id)
                .outerjoin(Organization, Organization.id == Participation.organization_id)
                .where(Participation.activity_id.in_(bindparam("ids", expanding=True)))
                .order_by(Participation.id))
ORG_ACTIVITIES = (select(*ACTIVITY_COLUMNS)
                  .where(Activity.id.in_(select(Participation.activity_id).where(Participation.organization_id == bindparam("id"))))
                  .order_by(*NEWEST_FIRST).limit(PROFILE_ACTIVITIES))
ORG_AGREEMENTS = (select(*ACTIVITY_COLUMNS)
                  .where(Activity.kind == "agreement",
                         Activity.id.in_(select(Participation.activity_id).where(Participation.organization_id == bindparam("id"))))
                  .order_by(*NEWEST_FIRST).limit(PROFILE_ACTIVITIES))
PERSON_ACTIVITIES = (select(*ACTIVITY_COLUMNS)
                     .where(Activity.id.in_(select(Participation.activity_id).where(Participation.person_id == bindparam("id"))))
                     .order_by(*NEWEST_FIRST).limit(PROFILE_ACTIVITIES))
ORG_ROLES = (select(Role.title, Role.first_seen, Role.last_seen, Person.id, Person.name).join(Person, Person.id == Role.person_id)
             .where(Role.organization_id == bindparam("id"))
             .order_by(Role.last_seen.desc().nulls_last(), Role.id.desc()).limit(PROFILE_PEOPLE))
ORG_ROLE_COUNT = select(func.count()).select_from(Role).where(Role.organization_id == bindparam("id"))
PERSON_ROLES = (select(Role.id, Role.title, Role.first_seen, Role.last_seen, Role.organization_id, Organization.acronym, Organization.name)
                .outerjoin(Organization, Organization.id == Role.organization_id)
                .where(Role.person_id == bindparam("id")).order_by(Role.first_seen))
ORG_ALIASES = select(OrgAlias.alias).where(OrgAlias.organization_id == bindparam("id"))
PERSON_ALIASES = select(PersonAlias.alias).where(PersonAlias.person_id == bindparam("id"))


def activity_rows(session: Session, activities: Sequence[Row]) -> list[ActivityRow]:
    """Activities (rows of ``ACTIVITY_COLUMNS``) with their participants' names, fetched in one query."""
    ids = [a.id for a in activities]
    people: dict[int, list[str]] = {i: [] for i in ids}
    orgs: dict[int, list[str]] = {i: [] for i in ids}
    for start in range(0, len(ids), 500):
        for activity_id, person, acronym, name in fetch(session, PARTICIPANTS, ids=ids[start:start + 500]):
            if person:
                people[activity_id].append(person)
            if name:
                orgs[activity_id].append(acronym or name)
    return [ActivityRow(id=a.id, date=a.date, kind=a.kind, place=a.place, title=a.title, summary=a.summary,
                        topics=[t for t in a.topics.split("; ") if t], people=people[a.id], organizations=orgs[a.id],
                        part_of=a.parent_id, status=a.status, date_precision=a.date_precision, followed_by=a.followed_by_id)
            for a in activities]


def organization_profile(session: Session, org: Organization) -> OrganizationProfile:
    """Names, kind, country, people with their titles and dates, activities newest first, last contact."""
    roles = sorted(fetch(session, ORG_ROLES, id=org.id), key=lambda r: (r.name, r.id))
    # Counted only when the list is cut: nearly every organization has fewer than PROFILE_PEOPLE.
    role_count = len(roles) if len(roles) < PROFILE_PEOPLE else fetch(session, ORG_ROLE_COUNT, id=org.id)[0][0]
    aliases = [alias for alias, in fetch(session, ORG_ALIASES, id=org.id)]
    ordered = fetch(session, ORG_ACTIVITIES, id=org.id)
    return OrganizationProfile(
        id=org.id, name=org.name, acronym=org.acronym, kind=org.kind, country=org.country, city=org.city,
        aliases=sorted(set(aliases) - {org.name, org.acronym}),
        people=[PersonInOrganization(id=r.id, name=r.name, title=r.title, first_seen=_iso(r.first_seen),
                                     last_seen=_iso(r.last_seen)) for r in roles],
        people_total=role_count,
        activities=activity_rows(session, ordered),
        last_contact=next((a.date for a in ordered if a.date), None),
        sources=source_sentences(session, "organization", org.id),
        agreements=activity_rows(session, fetch(session, ORG_AGREEMENTS, id=org.id)),
    )


def person_profile(session: Session, person: Person) -> PersonProfile:
    """Roles over time, activities newest first, and who else was there."""
    roles = fetch(session, PERSON_ROLES, id=person.id)
    aliases = [alias for alias, in fetch(session, PERSON_ALIASES, id=person.id)]
    rows = activity_rows(session, fetch(session, PERSON_ACTIVITIES, id=person.id))
    others: dict[str, int] = {}
    for row in rows:
        for name in row.people:
            if name != person.name:
                others[name] = others.get(name, 0) + 1
    return PersonProfile(
        id=person.id, name=person.name,
        aliases=sorted(set(aliases) - {person.name}),
        roles=[RoleRow(id=r.id, title=r.title, organization=r.acronym or r.name, organization_id=r.organization_id,
                       first_seen=_iso(r.first_seen), last_seen=_iso(r.last_seen)) for r in roles],
        activities=rows,
        met_with=[MetWith(name=n, times=k) for n, k in sorted(others.items(), key=lambda kv: (-kv[1], kv[0]))],
        sources=source_sentences(session, "person", person.id),
    )


def _iso(value) -> str | None:
    return value.isoformat() if value else None
