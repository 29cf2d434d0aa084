"""The sentence around a mention, cut in three so that the page can highlight the mention."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from reseau.store.tables import Document, Mention


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence (or line) holding a span begins and ends."""
    stop, line = text.rfind(". ", 0, start), text.rfind("\n", 0, start)
    left = max(stop + 2 if stop >= 0 else 0, line + 1)
    ends = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return left, min(ends) + 1 if ends else len(text)


def source_sentences(session: Session, kind: str, record_id: int, limit: int = 20) -> list[dict[str, object]]:
    """For each mention of a record: its document and (before, mention, after) of its sentence."""
    rows = session.execute(select(Mention, Document.source, Document.text).join(Document, Document.id == Mention.document_id)
                           .where(Mention.record_kind == kind, Mention.record_id == record_id)
                           .order_by(Mention.document_id, Mention.start).limit(limit)).all()
    out = []
    for mention, source, text in rows:
        left, right = sentence_bounds(text, mention.start, mention.end)
        out.append({"document": mention.document_id, "source": source,
                    "before": text[left:mention.start], "mention": text[mention.start:mention.end], "after": text[mention.end:right]})
    return out
