"""The two keys the store computes from text: a document's content hash (the same text is
stored once) and the folded form that search compares (no accents, lower case)."""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from reseau.names import strip_accents
from reseau.store.tables import Document


def content_hash(text: str) -> str:
    """The SHA-256 of a text, the key that makes ingesting it twice change nothing."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def fold(text: str) -> str:
    """Text for searching: no accents, lower case."""
    return strip_accents(text).casefold()


def stored_document(session: Session, text: str) -> int | None:
    """The id of the document holding exactly this text, if the register has it."""
    return session.scalar(select(Document.id).where(Document.content_hash == content_hash(text)))
