"""A board listed one officer a line, each with a rank and the body the officer comes from:
« • Trésorière Asie : commandante B, Garde civile (Andorre) ». The post on the left of the colon is
held in the body that elected the board; the rank (or, without one, a membership) in the body of the same line.
"""

from __future__ import annotations

import re

from reseau.extract.facts import OrgSpan, RoleFact
from reseau.extract.title_lists import singular
from reseau.extract.title_elected import ELECTED, electing_body, tells_election
from reseau.extract.tokens import BULLETS, breaks_line_after
from reseau.extract.word_index import word_positions
from reseau.names import clean_spaces

MAX_QUALIFIER = 3  # words between a post and its colon (« Secrétaire adjoint Océanie »)
# the role's org_from when the lines above, in an item of their own, name the body (a report's heading)
ABOVE = "above"
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
        if not (doc[j].is_alpha and doc[j].is_title) or breaks_line_after(doc, j):
            return None
    return None


def _person_after(ctx, k: int) -> int | None:
    """The person named after token k past ranks and civilities only (« colonel A », « Mme B »)."""
    for j in range(k, min(len(ctx.doc), k + MAX_RANK + 1)):
        p = ctx.person_at.get(j)
        if p is not None:
            return p if ctx._before_civilities(j, p) <= k else None
        if breaks_line_after(ctx.doc, j):
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
    title = ctx.facts.people[person].rank_title or "Membre"
    span = doc[end + 1:ctx.org_at[end + 1][1]]
    ctx.facts.roles.append(RoleFact(person, title, span.start_char, span.end_char, org, "text"))


def titled_lines(ctx) -> None:
    """« Président : M. A », « Rapporteurs : Mme B et M. C » on lines of their own (a committee's report): each
    name holds the title, singular, in the body the lines above name last (the report's committee). In an item
    telling an election the election's readers give the officers' body instead."""
    doc = ctx.doc
    if tells_election(doc):
        return
    for j in word_positions(doc, ":"):
        start = _line_opening(doc, j)
        if start is None:
            continue
        n = ctx.title_length(start) or ctx.plural_title_length(start)
        if not n or not _only_a_gloss(doc, start + n, j):
            continue  # « Secrétaire/Sekretär : »: a title glossed in another language
        people = _names_of_line(ctx, j + 1)
        if not people:
            continue
        title = " ".join(singular(t.text) for t in doc[start:start + n]) if ctx.plural_title_length(start) \
            else doc[start:start + n].text
        title = title[:1].upper() + title[1:]
        body = _body_above(ctx, doc[start].idx)
        for p in people:
            ctx.facts.roles[:] = [r for r in ctx.facts.roles if not (r.person == p and r.org is None)]
            ctx.facts.roles.append(RoleFact(p, title, doc[start].idx, doc[j].idx, body,
                                            "text" if body is not None else ABOVE))


def _line_opening(doc, j: int) -> int | None:
    """The first token of the line of the colon at token j, when a few words only stand before it."""
    for s in range(j - 1, max(-1, j - MAX_QUALIFIER - 2), -1):
        if s == 0 or "\n" in doc[s - 1].whitespace_ + doc[s - 1].text:
            return s
    return None


def _only_a_gloss(doc, k: int, colon: int) -> bool:
    """Nothing between a title and its colon but « /Word » (the title in another language)."""
    return k == colon or k + 2 == colon and doc[k].text == "/" and doc[k + 1].is_alpha


def _names_of_line(ctx, k: int) -> list[int]:
    """The people named on the line after token k: « Mme A et M. B », « A, B et C » (civilities between)."""
    doc, people = ctx.doc, []
    while True:
        p = _person_after(ctx, k)
        if p is None:
            return people
        people.append(p)
        end = ctx.person_tokens[p][1]
        if end >= len(doc) or doc[end].lower_ not in {",", "et"} or breaks_line_after(doc, end - 1):
            return people
        k = end + 1


def _body_above(ctx, at: int) -> int | None:
    """The body the item names last before character ``at`` on lines above naming no one (a heading), places
    aside."""
    text, named = ctx.facts.text, [(p.start, p.end) for p in ctx.facts.people]
    orgs = [i for i, o in enumerate(ctx.facts.orgs) if o.end <= at and o.name not in ctx.lexicon.places
            and not any(_same_line(text, o.start, start) for start, _ in named)]
    return max(orgs, key=lambda i: ctx.facts.orgs[i].start) if orgs else None


def _same_line(text: str, a: int, b: int) -> bool:
    """Characters a and b stand on the same line."""
    return "\n" not in text[min(a, b):max(a, b)]


def contact_lines(ctx) -> None:
    """A release's contact block: « Lieutenante B » alone on its line, the unit's line under it, then the force's
    (« Bureau des relations avec la presse », « Garde municipale de Y »): the rank, with the unit, in the body
    of the first line under the name that names one, the next item's opening line when the block is cut there."""
    doc = ctx.doc
    for p, (start, end) in ctx.person_tokens.items():
        rank = ctx.facts.people[p].rank
        if not rank or any(r.person == p for r in ctx.facts.roles) or not _alone_on_line(ctx, p, start, end):
            continue
        units, k = [], end + 1
        while k < len(doc) and k not in ctx.org_at and k not in ctx.person_at:
            line_end = _line_end(doc, k)
            if not doc[k].text[:1].isupper() or any(t.like_num for t in doc[k:line_end]):
                break  # a telephone number, an e-mail: the block has no more names of bodies
            units.append(doc[k:line_end].text.strip())
            k = line_end + 1
        if len(units) > 1:
            continue
        org = ctx.org_at[k][0] if k in ctx.org_at else None
        if org is None and k < len(doc):
            continue  # something else follows: not a block the next item closes
        title = ", ".join([ctx.facts.people[p].rank_title, *units])
        ctx.facts.roles.append(RoleFact(p, title, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), org,
                                        "text" if org is not None else "below"))


MAX_CONTACT_WORDS = 6  # « Énergie et Ressources naturelles »
WORD_BREAKS = re.compile(r"[\s'’-]+")
LITTLE = frozenset({"de", "du", "des", "la", "le", "les", "et", "l", "d"})


def portfolio_contacts(ctx) -> None:
    """« Renseignements : A, relations médias, Énergie et Ressources naturelles, 418 … »: a name after a colon, then
    a service in lower case, then a ministry given by its portfolio alone: the service is the person's post in the
    item's ministry whose name has the same words."""
    doc = ctx.doc
    for p, (start, end) in ctx.person_tokens.items():
        first = ctx._before_civilities(start, p)
        if first == 0 or doc[first - 1].text != ":" or any(r.person == p for r in ctx.facts.roles) \
                or end + 2 >= len(doc) or doc[end].text != "," or not doc[end + 1].text.islower():
            continue
        comma = next((j for j in range(end + 1, min(len(doc), end + 4)) if doc[j].text == ","), None)
        close = next((j for j in range(comma + 1, min(len(doc), comma + 2 + MAX_CONTACT_WORDS))
                      if doc[j].text == ","), None) if comma is not None else None
        if close is None or not doc[comma + 1].text[:1].isupper():
            continue
        words = _content_words(doc[comma + 1:close].text)
        org = next((k for k, o in enumerate(ctx.facts.orgs) if o.end <= doc[start].idx
                    and o.name.split()[0].lower() in {"ministère", "département"}
                    and _content_words(o.name.split(" ", 1)[-1]) == words), None)
        if org is not None:
            span = doc[end + 1:comma]
            ctx.facts.roles.append(RoleFact(p, span.text[:1].upper() + span.text[1:], span.start_char,
                                            span.end_char, org, "text"))


def _content_words(text: str) -> frozenset[str]:
    """« de l'Énergie et des Ressources naturelles » → {énergie, ressources, naturelles}: a portfolio without its
    little words."""
    return frozenset(w for w in WORD_BREAKS.split(text.lower()) if w and w not in LITTLE)


def _alone_on_line(ctx, p: int, start: int, end: int) -> bool:
    """The name and its rank fill their line."""
    doc = ctx.doc
    first = ctx._before_civilities(start, p)
    return (first == 0 or "\n" in doc[first - 1].whitespace_ + doc[first - 1].text) \
        and (end >= len(doc) or breaks_line_after(doc, end - 1))


def _line_end(doc, k: int) -> int:
    """The token after the last of the line holding token k (its line break, or the document's end)."""
    while k < len(doc) and not (doc[k].is_space and "\n" in doc[k].text):
        k += 1
    return k + (k < len(doc) and not doc[k].is_space)


MAX_LINE_BODY = 6  # words of a body's name closing a listed line that no reader took for one


def listed_line_bodies(ctx) -> None:
    """« • Mme A, animatrice, Entraide quartier Vimont », « • Pr B, Faculté de droit »: a speakers' or guests'
    list gives each person, then a title, then the body they come from, one person a line. The body closing the
    line is the one the line's title (or rank) is held in, never a body named on another line; a short
    capitalised name there that no reader took for a body is one (the layout says so); a place there is where
    the person comes from, no body, and a person with neither title nor rank on the line gets no role."""
    doc = ctx.doc
    for i in word_positions(doc, BULLETS):
        if i and not (breaks_line_after(doc, i - 1) or doc[i - 1].is_space and "\n" in doc[i - 1].text):
            continue  # a bullet opening its line
        person = _person_after(ctx, i + 1)
        if person is None:
            continue
        _, end = ctx.person_tokens[person]
        stop = _line_end(doc, end)
        commas = [j for j in range(end, stop) if doc[j].text == ","]
        if not commas:
            continue
        org = _line_body(ctx, commas[-1] + 1, stop)
        if org is None:
            continue
        line = (doc[i].idx, doc[commas[-1]].idx)
        held = [r for r in ctx.facts.roles if r.person == person and line[0] <= r.start < line[1]]
        if any(r.org is not None for r in held):
            continue
        for role in held:
            role.org, role.org_from = org, "text"
        if not held and ctx.facts.people[person].rank_title:  # never a role with no title
            span = doc[commas[-1] + 1:stop]
            ctx.facts.roles.append(RoleFact(person, ctx.facts.people[person].rank_title, span.start_char,
                                            span.end_char, org, "text"))


def _line_body(ctx, k: int, stop: int) -> int | None:
    """The body whose name runs from token k to the line's end at token stop (its acronym in brackets after it),
    read anew from a short capitalised name when no reader took one; None when the words are no such name."""
    doc = ctx.doc
    if clean_spaces(doc[k:stop].text) in ctx.lexicon.places:
        return None  # « • Mme A, Montréal »: the town the person comes from, no body
    if k in ctx.org_at and ctx._skip_brackets(ctx.org_at[k][1]) == stop:
        return ctx.org_at[k][0]
    words = doc[k:stop]
    if not 0 < len(words) <= MAX_LINE_BODY or not (words[0].text[:1].isupper() and words[-1].text[:1].isupper()) \
            or ctx.title_length(k) or any(j in ctx.person_at or j in ctx.org_at for j in range(k, stop)) \
            or any(t.is_punct and t.text != "-" or t.pos_ in {"VERB", "AUX", "PRON", "NUM"} for t in words):
        return None
    return ctx._new_org(k, stop, OrgSpan(words.start_char, words.end_char, clean_spaces(words.text), source="title"))
