"""Personal data requests (GDPR, Québec's Law 25): everything held on a person, and erasure.

Erasure removes the person, their roles, participations, aliases and mentions, and blanks
their name in stored document texts and activity summaries with characters of the same
length, so that every other span still points at the right words.
"""

from __future__ import annotations

import json
import re
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from reseau.query.profiles import person_profile
from reseau.query.sources import sentence_bounds
from reseau.store.repo import fold
from reseau.store.tables import (Activity, AuditEntry, Document, Mention, Participation, Person, Proposal, Role,
                                 SearchEntry)

BLANK = "█"


def export_person(session: Session, person: Person) -> dict[str, Any]:
    """Everything the register holds on a person, with the sentences it came from."""
    profile = person_profile(session, person)
    role_ids = session.scalars(select(Role.id).where(Role.person_id == person.id)).all()
    rows = session.execute(select(Mention, Document.source, Document.text).join(Document, Document.id == Mention.document_id)
                           .where(((Mention.record_kind == "person") & (Mention.record_id == person.id))
                                  | ((Mention.record_kind == "role") & Mention.record_id.in_(role_ids)))).all()
    profile["sources"] = []
    for m, source, text in rows:
        left, right = sentence_bounds(text, m.start, m.end)
        profile["sources"].append({"document": source, "start": m.start, "end": m.end, "text": m.text,
                                   "sentence": " ".join(text[left:right].split())})
    profile["notes"] = person.notes
    return profile



def erase_person(session: Session, person: Person, *, actor: str) -> dict[str, int]:
    """Remove a person and blank their name wherever the register stored it."""
    names = sorted({person.name, *(a.alias for a in person.aliases if not a.partial)}, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(n) for n in names), re.I) if names else None
    mentions = session.scalars(select(Mention).where(Mention.record_kind == "person", Mention.record_id == person.id)).all()
    spans: dict[int, list[tuple[int, int]]] = {}
    for m in mentions:
        spans.setdefault(m.document_id, []).append((m.start, m.end))
    blanked = 0
    for document_id, ranges in spans.items():
        document = session.get(Document, document_id)
        chars = list(document.text)
        for start, end in ranges:
            chars[start:end] = BLANK * (end - start)
        text = "".join(chars)
        if pattern:
            text = pattern.sub(lambda m: BLANK * len(m.group()), text)
        document.text = text
        blanked += len(ranges)
        session.execute(delete(SearchEntry).where(SearchEntry.record_kind == "document", SearchEntry.record_id == document_id))
        session.add(SearchEntry(record_kind="document", record_id=document_id, label=document.source[:500], folded=fold(text)))
    activity_ids = session.scalars(select(Participation.activity_id).where(Participation.person_id == person.id)).all()
    for activity in session.scalars(select(Activity).where(Activity.id.in_(activity_ids))).all():
        if pattern:
            activity.summary = pattern.sub(lambda m: BLANK * len(m.group()), activity.summary)
        entry = session.scalar(select(SearchEntry).where(SearchEntry.record_kind == "activity", SearchEntry.record_id == activity.id))
        if entry is not None and pattern:
            entry.label = pattern.sub(lambda m: BLANK * len(m.group()), entry.label)
            entry.folded = pattern.sub(lambda m: BLANK * len(m.group()), entry.folded)
            for name in names:
                entry.folded = entry.folded.replace(fold(name), BLANK * len(name))
    role_ids = session.scalars(select(Role.id).where(Role.person_id == person.id)).all()
    session.execute(delete(Mention).where(Mention.record_kind == "role", Mention.record_id.in_(role_ids)))
    session.execute(delete(Mention).where(Mention.record_kind == "person", Mention.record_id == person.id))
    session.execute(delete(SearchEntry).where(SearchEntry.record_kind == "person", SearchEntry.record_id == person.id))
    session.execute(delete(Proposal).where(Proposal.record_kind == "person", (Proposal.record_id == person.id) | (Proposal.candidate_id == person.id)))
    counts = {"roles": len(role_ids), "participations": len(activity_ids), "mentions": blanked}
    # The audit keeps that an erasure happened, never the name erased.
    session.add(AuditEntry(actor=actor, action="erase", record_kind="person", record_id=person.id,
                           after=json.dumps(counts)))
    session.delete(person)
    return counts
