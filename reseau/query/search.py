"""Full-text search over records and documents, accents ignored: FTS5 on SQLite, a French
``tsvector`` on PostgreSQL."""

from __future__ import annotations

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from reseau.query.lookup import folded_words
from reseau.query.results import SearchHit
from reseau.query.sources import document_title
from reseau.store.tables import Document, SearchEntry

FEW_RECORDS = 3  # fewer organizations and people found than this: names close to the query are looked for
KIND_ORDER = {"organization": 0, "person": 1, "activity": 2, "document": 3}


def search(session: Session, query: str, limit: int = 50) -> list[SearchHit]:
    """Records and documents whose text holds every word of the query, grouped by kind."""
    words = folded_words(query)
    if not words:
        return []
    if session.get_bind().dialect.name == "sqlite":
        # Whole words first: a prefix query makes FTS5 merge the lists of every word that
        # starts so (« police » → policier, policière…), three times slower on a large
        # register; it only runs when the whole words do not fill the page.
        quoted = ['"' + w.replace('"', "") + '"' for w in words]
        rows = _fts(session, " ".join(quoted), limit)
        if len(rows) < limit:
            seen = {(kind, record_id) for kind, record_id, _ in rows}
            rows += [row for row in _fts(session, " ".join(q + "*" for q in quoted), limit)
                     if (row[0], row[1]) not in seen][:limit - len(rows)]
    else:
        tsquery = func.to_tsquery("french", " & ".join(w.replace("'", "") + ":*" for w in words))
        vector = func.to_tsvector("french", SearchEntry.folded)
        rows = session.execute(select(SearchEntry.record_kind, SearchEntry.record_id, SearchEntry.label)
                               .where(vector.op("@@")(tsquery))
                               .order_by(func.ts_rank(vector, tsquery).desc()).limit(limit)).all()
    titles = _document_titles(session, [i for k, i, _ in rows if k == "document"])
    results = [SearchHit(kind=k, id=i, label=titles.get(i, label) if k == "document" else label) for k, i, label in rows]
    # A misspelt name finds no word of the index: few records found, close names are added.
    if sum(r.kind in ("organization", "person") for r in results) < FEW_RECORDS:
        from reseau.query.close_names import close_names

        found = {(r.kind, r.id) for r in results}
        results += [r for r in close_names(session, query, limit=limit) if (r.kind, r.id) not in found][:max(0, limit - len(results))]
    return sorted(results, key=lambda r: KIND_ORDER.get(r.kind, 9))


def _document_titles(session: Session, ids: list[int]) -> dict[int, str]:
    """What a reader calls each document found (its search row holds the path it was read from)."""
    if not ids:
        return {}
    rows = session.execute(select(Document.id, Document.source, func.substr(Document.text, 1, 200))
                           .where(Document.id.in_(ids))).all()
    return {i: document_title(source, start) for i, source, start in rows}


# No ORDER BY rank: ranking every match of a common word is what makes a search slow;
# records come before documents, and the first matches found are kept.
_MATCHES = text("SELECT e.record_kind, e.record_id, e.label FROM "
                "(SELECT rowid FROM search_fts WHERE search_fts MATCH :m LIMIT :scan) f "
                "JOIN search_entries e ON e.id = f.rowid ORDER BY CASE e.record_kind "
                "WHEN 'organization' THEN 0 WHEN 'person' THEN 1 WHEN 'activity' THEN 2 ELSE 3 END LIMIT :n")


def _fts(session: Session, match: str, limit: int) -> list[tuple[str, int, str]]:
    """Entries matching an FTS5 query, records first."""
    return [tuple(row) for row in session.connection().execute(_MATCHES, {"m": match, "n": limit, "scan": limit * 20}).all()]
