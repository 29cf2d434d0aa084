"""Finding the record a user means by a name: exact name or alias first, then words."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from reseau.errors import Ambiguous, UnknownName
from reseau.names import name_key
from reseau.store.repo import fold
from reseau.store.tables import OrgAlias, Organization, Person, PersonAlias

MAX_CANDIDATES = 10
# Words of a name filter or a search that are used: every word is one more condition, and
# thousands of them overflow SQLite's expression tree (a 500) or keep the database busy.
MAX_WORDS = 10


def find_organization(session: Session, name: str) -> Organization:
    """The organization with this name, acronym or alias, or the only one whose names hold these words."""
    key = name_key(name)
    ids = sorted(set(session.scalars(select(OrgAlias.organization_id).where(OrgAlias.key == key)).all()))
    if not ids:
        ids = _by_words(session, OrgAlias.organization_id, OrgAlias.key, key)
    return _one(session, Organization, ids, name, "organization", lambda o: f"{o.name}" + (f" ({o.acronym})" if o.acronym else ""))


def find_person(session: Session, name: str) -> Person:
    """The person with this name or alias, or the only one whose names hold these words."""
    key = name_key(name)
    ids = sorted(set(session.scalars(select(PersonAlias.person_id).where(PersonAlias.key == key)).all()))
    if not ids:
        ids = _by_words(session, PersonAlias.person_id, PersonAlias.key, key)
    return _one(session, Person, ids, name, "person", lambda p: p.name)


def _by_words(session: Session, id_column, key_column, key: str) -> list[int]:
    if not key:
        return []
    condition = [key_column.like(f"%{word}%") for word in first_words(key.split())]
    return sorted(set(session.scalars(select(id_column).where(*condition).limit(200)).all()))


def _one(session: Session, model, ids: list[int], asked: str, what: str, label):
    if not ids:
        raise UnknownName(what, asked)
    if len(ids) > 1:
        rows = session.scalars(select(model).where(model.id.in_(ids[:MAX_CANDIDATES]))).all()
        matches = [f"{label(r)} [#{r.id}]" for r in rows]
        if len(ids) > MAX_CANDIDATES:
            raise Ambiguous(what, asked, matches, template="« {name} » désigne plusieurs fiches : {matches} (et {more} autres)",
                            more=len(ids) - MAX_CANDIDATES)
        raise Ambiguous(what, asked, matches)
    return session.get(model, ids[0])


def folded_words(text: str) -> list[str]:
    """Words of a query, without accents, case or punctuation (which full-text syntaxes would
    read): the first ``MAX_WORDS`` different ones."""
    return first_words(re.findall(r"\w+", fold(text)))


def first_words(words: list[str]) -> list[str]:
    """The first ``MAX_WORDS`` different words, in their order: more would only narrow a search
    that already names its record, at a cost the others pay."""
    return list(dict.fromkeys(words))[:MAX_WORDS]
