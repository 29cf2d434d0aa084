"""The sentence around a mention, cut in three so that the page can highlight the mention."""

from __future__ import annotations

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from reseau.query.prepared import fetch
from reseau.query.results import SourceSentence
from reseau.store.tables import Document, Mention

# The names the readers give a text that came without a file (pasted in the page, or on stdin).
PASTED = {"texte collé", "texte envoyé", "-", "<stdin>", "stdin", ""}
TITLE_LENGTH = 120
MENTIONS_IN_CONTEXT = (select(Mention.document_id, Mention.start, Mention.end, Document.source, Document.text)
                       .join(Document, Document.id == Mention.document_id)
                       .where(Mention.record_kind == bindparam("kind"), Mention.record_id == bindparam("id"))
                       .order_by(Mention.document_id, Mention.start).limit(bindparam("limit")))


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence (or line) holding a span begins and ends."""
    stop, line = text.rfind(". ", 0, start), text.rfind("\n", 0, start)
    left = max(stop + 2 if stop >= 0 else 0, line + 1)
    ends = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return left, min(ends) + 1 if ends else len(text)


def document_title(source: str, text: str) -> str:
    """What a reader calls a document: a file's name without its folders (the server's paths
    are no one's business), or a pasted text's first line."""
    if source and source not in PASTED:
        return source.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1] or source
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return first[:TITLE_LENGTH].rstrip() + ("…" if len(first) > TITLE_LENGTH else "") or (source or "—")


def source_sentences(session: Session, kind: str, record_id: int, limit: int = 20) -> list[SourceSentence]:
    """For each mention of a record: its document (and its title), its span and text, and the
    rest of its sentence before and after."""
    rows = fetch(session, MENTIONS_IN_CONTEXT, kind=kind, id=record_id, limit=limit)
    out = []
    for document, start, end, source, text in rows:
        left, right = sentence_bounds(text, start, end)
        out.append(SourceSentence(document=document, start=start, end=end, text=text[start:end],
                                  source=document_title(source, text), before=text[left:start], after=text[end:right]))
    return out
