"""« Directrice générale chez Avenir Quartiers | Médiation »: a title held « chez » a body whose name no other
rule found (a profile's headline, « ingénieur chez X »): the capitalised words after « chez », to the end of
the line or a separator, are the employer's name."""

from __future__ import annotations

import re

from reseau.extract.facts import OrgSpan
from reseau.extract.tokens import DETS, OF
from reseau.names import clean_spaces

MAX_EMPLOYER = 8  # tokens of an employer's name after « chez »
JOINS = OF | DETS | {"et", "&", "-"}


def employer_after_chez(ctx, k: int) -> int | None:
    """The body whose name opens at token k after « chez », made from the capitalised words to the line's end
    or a separator (« | », « – », a comma), or None when no such name stands there."""
    doc = ctx.doc
    if k >= len(doc) or not doc[k].text[:1].isupper() or k in ctx.person_at or doc[k].lower_ in ctx.lexicon.honorifics:
        return None
    end = k
    while end < min(len(doc), k + MAX_EMPLOYER) and (doc[end].text[:1].isupper() or doc[end].lower_ in JOINS
                                                     and end + 1 < len(doc) and doc[end + 1].text[:1].isupper()):
        end += 1
        if "\n" in doc[end - 1].whitespace_:
            break
    if end < len(doc) and "\n" not in doc[end - 1].whitespace_ and not (doc[end].is_punct or doc[end].is_space
                                                                               or doc[end].text == "|"):
        return None  # the name runs on into a sentence: not a headline's employer
    span = doc[k:end]
    return ctx._new_org(k, end, OrgSpan(span.start_char, span.end_char, clean_spaces(span.text), source="title"))


PROFILE_MARKS = {"•", "·"}
MAX_MARK = 4  # tokens after the bullet: « 2e », « 3e et + », « Auteur »


def after_profile_mark(ctx, end: int) -> int | None:
    """A profile's name line closed by a bullet and a short mark (« A • 2e », « A • Auteur », the mark on a line of
    its own too): the first token of the next line (the headline), or None when the name is not so marked."""
    doc, k = ctx.doc, end
    while k < len(doc) and doc[k].is_space:
        k += 1
    if k >= len(doc) or doc[k].text not in PROFILE_MARKS:
        return None
    start = next((s for s, e in ctx.person_tokens.values() if e == end), None)
    if start is None or start and not ("\n" in doc[start - 1].whitespace_ or doc[start - 1].is_space):
        return None  # the name opens its line
    m = k + 1
    while m < len(doc) and m <= k + MAX_MARK and not doc[m].is_space and "\n" not in doc[m - 1].whitespace_:
        m += 1
    if m >= len(doc) or not ("\n" in doc[m - 1].whitespace_ or doc[m].is_space and "\n" in doc[m].text):
        return None
    while m < len(doc) and doc[m].is_space:
        m += 1
    return m


_OURS_AFTER = re.compile(r"\s*(?:de|d'|d’|à|pour)\s+(?:nos|notre)\b", re.IGNORECASE)


def titles_over_ours(ctx) -> None:
    """« ma collègue X, coordonnatrice de nos programmes jeunesse »: a title whose complement is the writer's own
    (« de nos … », « de notre … ») is held in the writer's body, the page's publisher, not in the body the
    sentences around were speaking of."""
    for role in ctx.facts.roles:
        if role.org is None and role.org_from == "context" and _OURS_AFTER.match(ctx.facts.text, role.end):
            role.org_from = "publisher"
