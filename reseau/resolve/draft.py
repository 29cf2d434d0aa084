"""A document under review: what extraction proposes, how each record matches the register,
and the edits a person makes before anything is written."""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass, field

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
