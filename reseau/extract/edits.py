"""Records taken out of an extraction or renamed before it is stored, with everything that
named them (roles, participants) following: the reviewer's edits and the confidence floor."""

from __future__ import annotations

from dataclasses import replace

from reseau.extract.records import Activity, Extraction


def edit_extraction(extraction: Extraction, *, dropped_orgs: set[int], org_names: dict[int, str],
                    dropped_people: set[int], people_names: dict[int, str]) -> Extraction:
    """The extraction with records dropped and names corrected (the old name kept as alias)."""
    org_label = {}
    orgs = []
    for i, org in enumerate(extraction.organizations):
        if i in dropped_orgs:
            org_label[org.label] = None
            continue
        name = (org_names.get(i) or org.name).strip()
        aliases = org.aliases + ([org.name] if name != org.name else [])
        new = replace(org, name=name, aliases=aliases)
        org_label[org.label] = new.label
        orgs.append(new)
    person_name = {}
    people = []
    for i, person in enumerate(extraction.people):
        if i in dropped_people:
            person_name[person.name] = None
            continue
        name = (people_names.get(i) or person.name).strip()
        roles = [replace(r, organization=org_label.get(r.organization, r.organization)) for r in person.roles
                 if org_label.get(r.organization, r.organization) is not None or r.organization is None]
        new = replace(person, name=name, aliases=person.aliases + ([person.name] if name != person.name else []), roles=roles)
        person_name[person.name] = name
        people.append(new)

    def kept(activity):
        return replace(activity,
                       people=[person_name.get(p, p) for p in activity.people if person_name.get(p, p) is not None],
                       organizations=[org_label.get(o, o) for o in activity.organizations if org_label.get(o, o) is not None])

    activities = [a for a in map(kept, extraction.activities) if a.people or a.organizations]
    return replace(extraction, organizations=orgs, people=people, activities=activities,
                   missions=[kept(m) for m in extraction.missions],
                   announcements=[a for a in map(kept, extraction.announcements) if a.organizations or a.people])


def keep_confident(extraction: Extraction, floor: float) -> Extraction:
    """Only the records whose confidence reaches ``floor``; an activity keeps its confident participants."""
    if floor <= 0:
        return extraction
    edited = edit_extraction(
        extraction,
        dropped_orgs={i for i, o in enumerate(extraction.organizations) if o.confidence < floor},
        org_names={},
        dropped_people={i for i, p in enumerate(extraction.people) if p.confidence < floor},
        people_names={})
    people = [replace(p, roles=[r for r in p.roles if r.confidence >= floor]) for p in edited.people]
    activities: list[Activity] = [a for a in edited.activities if a.confidence >= floor]
    return replace(edited, people=people, activities=activities,
                   announcements=[a for a in edited.announcements if a.confidence >= floor])
