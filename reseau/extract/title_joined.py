"""« M. B, qui s'est joint à la direction générale le 23 avril à titre de conseiller juridique »: a
post taken on joining a body is in that body; joining a unit written in lower case (« le secrétariat », « l'équipe »)
is joining the body whose page it is."""

from __future__ import annotations

from functools import cache

from reseau.extract.lexicon import data_lines
from reseau.extract.tokens import DETS, OF


# the role's org_from for a unit of the page's own body: its masthead, else its publisher if a network's or an
# association's
OWN = "own"


@cache
def joining_words() -> frozenset[str]:
    """Participles of joining a body (``data/joining_words.txt``)."""
    return frozenset(data_lines("joining_words.txt"))


def joined_body(ctx, i: int) -> tuple[int | None, str] | None:
    """(body, org_from) of the body joined before token i in its sentence: the one named after « à »/« au », or
    the page's own (org_from « own ») for a unit in lower case; None when the sentence joins nothing."""
    doc = ctx.doc
    for j in range(i - 1, doc[i].sent.start, -1):
        if doc[j].lower_ not in joining_words():
            continue
        k = j + 1
        if k < len(doc) and doc[k].lower_ in {"à", "au", "aux"}:
            k += 1
        if k < len(doc) and doc[k].lower_ in DETS:
            k += 1
        if k in ctx.org_at:
            return ctx.org_at[k][0], "text"
        if k < len(doc) and doc[k].is_lower and doc[k].pos_ == "NOUN" and not _owned(doc, k + 1):
            # « L'Institut X accueille A, qui rejoint l'équipe »: the body the sentence named before, else the page's
            before = ctx.preceding_org(doc[j].idx, same_sentence=True)
            return (before, "text") if before is not None else (None, OWN)
        return None
    return None


def _owned(doc, k: int) -> bool:
    """« le cabinet du ministre »: the unit's complement, past its adjectives from token k, says whose it is."""
    while k < len(doc) and doc[k].pos_ == "ADJ":
        k += 1
    return k < len(doc) and doc[k].lower_ in OF
