"""A document under review: what extraction proposes, how each record matches the register,
and the edits a person makes before anything is written."""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass, field, replace

from sqlalchemy.orm import Session

from reseau.extract.records import Extraction
from reseau.resolve.resolver import resolve_organization, resolve_person
from reseau.store.tables import Organization, Person

MAX_DRAFTS = 200
TTL_SECONDS = 6 * 3600


@dataclass
class Draft:
    """An extraction waiting for a person's decision, with its source text."""

    id: str
    text: str
    extraction: Extraction
    created: float = field(default_factory=time.time)


class DraftStore:
    """Drafts kept in memory for a few hours; nothing reaches the register before acceptance."""

    def __init__(self) -> None:
        self.drafts: dict[str, Draft] = {}

    def add(self, text: str, extraction: Extraction) -> Draft:
        """Keep a new draft and return it."""
        now = time.time()
        for key in [k for k, d in self.drafts.items() if now - d.created > TTL_SECONDS]:
            del self.drafts[key]
        while len(self.drafts) >= MAX_DRAFTS:
            del self.drafts[min(self.drafts, key=lambda k: self.drafts[k].created)]
        draft = Draft(secrets.token_urlsafe(12), text, extraction)
        self.drafts[draft.id] = draft
        return draft

    def get(self, draft_id: str) -> Draft | None:
        """A draft by its id, if it is still kept."""
        return self.drafts.get(draft_id)

    def pop(self, draft_id: str) -> Draft | None:
        """Take a draft out (once accepted or dropped)."""
        return self.drafts.pop(draft_id, None)


def matches(session: Session, extraction: Extraction) -> dict[str, list[dict[str, object]]]:
    """For each proposed organization and person: new, the same as a known record, or a doubt."""
    orgs = []
    for org in extraction.organizations:
        decision = resolve_organization(session, org)
        known = session.get(Organization, decision.existing_id) if decision.existing_id else None
        orgs.append({"status": decision.action, "known": known.name if known else None, "reason": decision.reason})
    people = []
    for person in extraction.people:
        decision = resolve_person(session, person, set())
        known = session.get(Person, decision.existing_id) if decision.existing_id else None
        people.append({"status": decision.action, "known": known.name if known else None, "reason": decision.reason})
    return {"organizations": orgs, "people": people}


def apply_review(extraction: Extraction, *, dropped_orgs: set[int], org_names: dict[int, str],
                 dropped_people: set[int], people_names: dict[int, str]) -> Extraction:
    """The extraction with the reviewer's edits: records dropped, names corrected (the old name kept as alias)."""
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
                   missions=[kept(m) for m in extraction.missions])
