"""Names written a little differently: « Tremble » finds Marie Tremblay, « Gatinau » the
Office municipal de prévention de Gatineau. Full-text search needs every word exact (or a
prefix); when it finds few records, names whose words are close to the query's are added.

Each query word is matched against the words of the register's names (rapidfuzz's ratio,
accents and case ignored); a name is kept when every long enough query word is close to one
of its words. Short words (« de », « APU ») must match exactly: one letter off in a short
word is another word. The words of the register's names are read once per change of the
register, so that a search on a large register reads only the names holding a close word.
"""

from __future__ import annotations

from threading import Lock

from rapidfuzz import fuzz, process
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from reseau.names import name_key
from reseau.query.history import last_change
from reseau.query.results import SearchHit
from reseau.store.tables import OrgAlias, Organization, Person, PersonAlias

CLOSE = 80          # rapidfuzz ratio (0–100) from which two words are the same word misspelt
SHORTEST = 4        # shorter query words must be exact
PER_WORD = 20       # spellings of a word kept from the register's vocabulary


def close_names(session: Session, query: str, limit: int = 20) -> list[SearchHit]:
    """Organizations and people whose names hold words close to every word of ``query``,
    closest first, as search hits marked ``close``."""
    words = [w for w in name_key(query).split() if len(w) >= SHORTEST]
    if not words or len(words) > 6:
        return []
    results: list[tuple[float, str, int, str]] = []
    for kind, alias, owner, model in (("organization", OrgAlias, OrgAlias.organization_id, Organization),
                                      ("person", PersonAlias, PersonAlias.person_id, Person)):
        vocabulary = _vocabulary(session, kind, alias)
        spellings = {w: {m: s for m, s, _ in process.extract(w, vocabulary, scorer=fuzz.ratio, score_cutoff=CLOSE, limit=PER_WORD)}
                     for w in words}
        if not all(spellings.values()):
            continue
        # Only the names holding a spelling of the rarest word can hold one of every word.
        rarest = min(spellings.values(), key=len)
        keys = session.execute(select(owner, alias.key).where(or_(*[alias.key.like(f"%{m}%") for m in rarest]))).all()
        best: dict[int, float] = {}
        for record_id, key in keys:
            own = key.split()
            scores = [max((spellings[w].get(o, 0) for o in own), default=0) for w in words]
            if min(scores) >= CLOSE:
                best[record_id] = max(best.get(record_id, 0), sum(scores) / len(scores))
        if not best:
            continue
        chosen = sorted(best, key=lambda i: -best[i])[:limit]
        names = dict(session.execute(select(model.id, model.name).where(model.id.in_(chosen))).all())
        results += [(best[i], kind, i, names[i]) for i in chosen if i in names]
    results.sort(key=lambda r: (-r[0], r[3]))
    return [SearchHit(kind=kind, id=record_id, label=label, close=True) for _, kind, record_id, label in results[:limit]]


# The words of the register's names, by (database, kind): read again only after a change.
_VOCABULARIES: dict[tuple[str, str], tuple[int, list[str]]] = {}
_LOCK = Lock()


def _vocabulary(session: Session, kind: str, alias) -> list[str]:
    """Every word of the names of one kind of record, as the register holds them now."""
    key, version = (str(session.get_bind().url), kind), last_change(session)
    with _LOCK:
        kept = _VOCABULARIES.get(key)
    if kept and kept[0] == version:
        return kept[1]
    words = sorted({w for (k,) in session.execute(select(alias.key)) for w in k.split() if len(w) >= SHORTEST - 1})
    with _LOCK:
        _VOCABULARIES[key] = (version, words)
    return words
