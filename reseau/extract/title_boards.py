"""A board listed one officer a line, each with a rank and the body the officer comes from:
« • Vice-présidente Europe : colonel A, Gendarmerie nationale (France) ». The post on the left of the colon is
held in the body that elected the board; the rank (or, without one, a membership) in the body of the same line.
"""

from __future__ import annotations

from reseau.extract.facts import RoleFact
from reseau.extract.title_elected import ELECTED, electing_body, tells_election
from reseau.extract.tokens import BULLETS
from reseau.extract.word_index import word_positions

MAX_QUALIFIER = 3  # words between a post and its colon (« Vice-président Amériques »)
MAX_RANK = 5  # tokens of ranks and civilities between the colon and the name


def board_lines(ctx) -> None:
    """« • Trésorier : M. A, Académie X (Suisse) »: the post in the electing body, the rank in the line's body."""
    doc = ctx.doc
    for i in word_positions(doc, BULLETS):
        if i and "\n" not in doc[i - 1].whitespace_ + doc[i - 1].text:
            continue
        n = ctx.title_length(i + 1)
        colon = _colon_after(doc, i + 1 + n) if n else None
        if colon is None:
            continue
        person = _person_after(ctx, colon + 1)
        if person is None:
            continue
        _post(ctx, person, i, colon)
        _rank_in_line_body(ctx, person)


def _colon_after(doc, k: int) -> int | None:
    """The colon closing a post at token k, past a few capitalised words qualifying it (a region, a field)."""
    for j in range(k, min(len(doc), k + MAX_QUALIFIER + 1)):
        if doc[j].text == ":":
            return j
        if not (doc[j].is_alpha and doc[j].is_title) or "\n" in doc[j].whitespace_:
            return None
    return None


def _person_after(ctx, k: int) -> int | None:
    """The person named after token k past ranks and civilities only (« colonel A », « Mme B »)."""
    for j in range(k, min(len(ctx.doc), k + MAX_RANK + 1)):
        p = ctx.person_at.get(j)
        if p is not None:
            return p if ctx._before_civilities(j, p) <= k else None
        if "\n" in ctx.doc[j].whitespace_:
            return None
    return None


def _post(ctx, person: int, i: int, colon: int) -> None:
    """The post before the colon, in the body the list's introduction names or, in an item telling an election,
    in the body that elected (the page's own association when the item names none)."""
    doc, roles = ctx.doc, ctx.facts.roles
    title = doc[i + 1:colon].text.strip()
    if any(r.person == person and r.title == title and r.org is not None for r in roles):
        return  # the dash list's own reader gave it
    body, org_from = ctx._introduced_body(i), "text"
    if body is None:
        if ctx.election is None:
            ctx.election = tells_election(doc), electing_body(ctx)
        told, body = ctx.election
        if not told:
            return
        org_from = "text" if body is not None else ELECTED
    roles[:] = [r for r in roles if not (r.person == person and r.title == title)]
    roles.append(RoleFact(person, title[:1].upper() + title[1:], doc[i + 1].idx, doc[colon].idx, body, org_from))


def _rank_in_line_body(ctx, person: int) -> None:
    """« colonel A, Gendarmerie nationale (France) »: the rank, or a membership, in the body after the name."""
    doc = ctx.doc
    _, end = ctx.person_tokens[person]
    if end + 1 >= len(doc) or doc[end].text != "," or end + 1 not in ctx.org_at:
        return
    org = ctx.org_at[end + 1][0]
    if any(r.person == person and r.org == org for r in ctx.facts.roles):
        return
    rank = ctx.facts.people[person].rank
    title = rank[:1].upper() + rank[1:] if rank else "Membre"
    span = doc[end + 1:ctx.org_at[end + 1][1]]
    ctx.facts.roles.append(RoleFact(person, title, span.start_char, span.end_char, org, "text"))
