"""Personal data requests (GDPR, Québec's Law 25): erasure (what the register holds on a
person is read by :func:`reseau.query.personal_data.export_person`).

Erasure removes the person, their roles, participations, aliases and mentions, and blanks
their name in stored document texts, mention sentences, activities, notes and the audit with
characters of the same length, so that every other span still points at the right words. On
SQLite the full-text index is merged so that none of its segments keeps the name; the caller
then empties the write-ahead log (:meth:`reseau.store.database.Register.checkpoint`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from sqlalchemy import false, or_, select, true, update
from sqlalchemy import text as sql
from sqlalchemy.orm import Session

from reseau.store.database import Register
from reseau.store.index import set_search_text
from reseau.store.removal import remove
from reseau.store.repo import fold
from reseau.store.tables import (Activity, AuditEntry, Document, Mention, Organization, Participation, Person, Proposal,
                                 Role, SearchEntry)

BLANK = "█"


def erase(register: Register, find: Callable[[Session], Person], *, actor: str) -> dict[str, int]:
    """Erase the person ``find`` picks in one transaction, then empty SQLite's write-ahead log,
    which still holds the pages as they were before."""
    with register.transaction() as session:
        counts = erase_person(session, find(session), actor=actor)
    register.checkpoint()
    return counts


def erase_person(session: Session, person: Person, *, actor: str) -> dict[str, int]:
    """Remove a person and blank their name wherever the register stored it: documents, the
    sentences kept as mentions, activities, notes, open doubts, the audit and the search index.

    The full name and the person's other full names are blanked everywhere; the words of the
    name and its partial forms (« Mme Tremblay ») only in the documents that mention the person,
    where they stand for them. The audit keeps that the person was erased, never their name."""
    everywhere = _Redactor({person.name, *(a.alias for a in person.aliases if not a.partial)})
    nearby = _Redactor({*everywhere.names, *(a.alias for a in person.aliases), *_name_words(person.name)})
    role_ids = session.scalars(select(Role.id).where(Role.person_id == person.id)).all()
    own = ((Mention.record_kind == "person") & (Mention.record_id == person.id)) | (
        (Mention.record_kind == "role") & Mention.record_id.in_(role_ids))
    spans: dict[int, list[tuple[int, int]]] = {}
    for document_id, start, end in session.execute(select(Mention.document_id, Mention.start, Mention.end).where(own)).all():
        spans.setdefault(document_id, []).append((start, end))
    blanked = sum(len(ranges) for ranges in spans.values())

    documents = select(Document).where(Document.id.in_(list(spans)) | everywhere.found_in(Document.text)
                                       | everywhere.found_in(Document.source))
    for document in session.scalars(documents).all():
        chars = list(document.text)
        for start, end in spans.get(document.id, []):
            chars[start:end] = BLANK * (end - start)
        text = (nearby if document.id in spans else everywhere).redact("".join(chars))
        source = everywhere.redact(document.source)  # a file named after the person
        if (text, source) != (document.text, document.source):
            document.text, document.source = text, source
            _redact_document_traces(session, document)

    participated = select(Participation.activity_id).where(Participation.person_id == person.id)
    activities = session.scalars(select(Activity).where(Activity.id.in_(participated) | Activity.document_id.in_(list(spans))
                                                        | everywhere.found_in(Activity.summary)
                                                        | everywhere.found_in(Activity.title))).all()
    for activity in activities:
        redactor = nearby if activity.document_id in spans else everywhere
        for column in ("title", "summary", "place", "topics"):
            if getattr(activity, column):
                setattr(activity, column, redactor.redact(getattr(activity, column)))
        entry = session.scalar(select(SearchEntry).where(SearchEntry.record_kind == "activity", SearchEntry.record_id == activity.id))
        if entry is not None:
            entry.label, entry.folded = redactor.redact(entry.label), redactor.redact_folded(entry.folded)

    # What the audit said of this person (names, aliases, notes before and after each change, what
    # undoing a change would put back) goes; that a change happened, when and by whom, stays.
    session.execute(update(AuditEntry).where(AuditEntry.record_kind == "person", AuditEntry.record_id == person.id)
                    .values(before=None, after=None, undo=None))
    for entry in session.scalars(select(AuditEntry).where(AuditEntry.undo.is_not(None))).all():
        if ["person", person.id] in json.loads(entry.undo).get("touches", []):
            entry.undo = None  # a merge or a forgetting that would bring the person back
    for model, columns in ((AuditEntry, ("before", "after", "undo")), (Proposal, ("reason",)), (Organization, ("notes",)),
                           (Person, ("notes",))):
        condition = or_(*(everywhere.found_in(getattr(model, c)) for c in columns))
        for row in session.scalars(select(model).where(condition, model.id != person.id if model is Person else true())).all():
            for column in columns:
                if getattr(row, column):
                    redact = everywhere.redact_json if model is AuditEntry else everywhere.redact
                    setattr(row, column, redact(getattr(row, column)))
    counts = {"roles": len(role_ids), "participations": len(session.scalars(participated).all()), "mentions": blanked}
    session.add(AuditEntry(actor=actor, action="erase", record_kind="person", record_id=person.id, after=json.dumps(counts)))
    # Their aliases, roles, participations, mentions, doubts and search row go with them.
    remove(session, "people", [person.id])
    merge_search_index(session)
    return counts


def _name_words(name: str) -> list[str]:
    """The words of a name that may stand for the person alone: capitalised, three letters or more
    (« de », « van » and initials are left alone)."""
    return [w for w in re.split(r"[\s.]+", name) if len(w) >= 3 and w[0].isupper()]


def _redact_document_traces(session: Session, document: Document) -> None:
    """After a document's text was blanked: its mentions' sentences and its search text follow."""
    for mention in session.scalars(select(Mention).where(Mention.document_id == document.id)).all():
        mention.text = document.text[mention.start:mention.end]
    set_search_text(session, "document", document.id, document.source, [document.text])


class _Redactor:
    """Blanks names in texts, whole words only, in any case, with as many characters as they had
    (so that the spans of other records still point at their words)."""

    def __init__(self, names: set[str]) -> None:
        self.names = sorted({n.strip() for n in names if n and n.strip()}, key=len, reverse=True)
        self.pattern = self._compile(self.names)
        self.folded = self._compile(sorted({fold(n) for n in self.names}, key=len, reverse=True))

    @staticmethod
    def _compile(names: list[str]) -> re.Pattern[str] | None:
        return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)", re.I) if names else None

    def redact(self, text: str) -> str:
        """The text with every name blanked."""
        return self.pattern.sub(lambda m: BLANK * len(m.group()), text) if self.pattern and text else text

    def redact_json(self, text: str) -> str:
        """A JSON text (an audit entry's before or after) with every name blanked in its strings:
        blanking the raw text broke it when a name is also a JSON value (a person named « 1 »)."""
        try:
            value = json.loads(text)
        except ValueError:
            return self.redact(text)
        return json.dumps(self._in_strings(value), ensure_ascii=False)

    def _in_strings(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.redact(value)
        if isinstance(value, list):
            return [self._in_strings(item) for item in value]
        if isinstance(value, dict):
            return {self.redact(key): self._in_strings(item) for key, item in value.items()}
        return value

    def redact_folded(self, text: str) -> str:
        """A search text (folded: no accents, lower case) with every name blanked."""
        return self.folded.sub(lambda m: BLANK * len(m.group()), text) if self.folded and text else text

    def found_in(self, column):
        """A condition that finds the rows whose column may hold one of the names (the database
        narrows them down; :meth:`redact` decides)."""
        # SQLite's LIKE ignores the case of ASCII letters only: any other letter matches any
        # character (« _ »), so « ÉLISE » is found for « Élise » and Python's check decides.
        return or_(false(), *(column.ilike("%" + _any_other_letter(_escape_like(n)) + "%", escape="\\")
                              for n in self.names))


def _any_other_letter(pattern: str) -> str:
    return "".join(c if c.isascii() else "_" for c in pattern)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def merge_search_index(session: Session) -> None:
    """Merge SQLite's full-text index into one segment: a deleted text otherwise stays readable in
    the index's older segments until some later write happens to merge them."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(sql("INSERT INTO search_fts(search_fts) VALUES ('optimize')"))
