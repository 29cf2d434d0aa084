"""Everything the register holds on a person, for a personal data request (GDPR, Québec's
Law 25); erasing it is :mod:`reseau.store.personal_data`'s job."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from reseau.query.profiles import person_profile
from reseau.query.results import as_dict
from reseau.query.sources import sentence_bounds
from reseau.store.tables import Document, Mention, Person, Role


def export_person(session: Session, person: Person) -> dict[str, Any]:
    """Everything the register holds on a person, with the sentences it came from."""
    profile = as_dict(person_profile(session, person))
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
