"""« la brigade des mineurs (BM), sous la direction de l'inspecteur X », « la compagnie, placée sous le commandement
du capitaine Y »: a body, then « sous la direction / la présidence / le commandement de » and a name. The
prepositional twin of « dirigée par X » (``led_by`` of the title reader): X heads the body just named, whatever body
the item spoke of before."""

from __future__ import annotations

from functools import cache

from reseau.extract.facts import RoleFact
from reseau.extract.lexicon import data_lines, data_pairs, load_lexicon
from reseau.extract.tokens import DETS, OF
from reseau.extract.word_index import word_positions

MAX_LEAD_IN = 5  # tokens of article, ranks and civilities between « de » and the name
WOMEN_CIVILITIES = {"mme", "madame", "mlle", "mademoiselle"}


def led_under(ctx) -> None:
    """X, named after « sous la direction de » right behind a body (its acronym in brackets, a participle such
    as « placée » between), holds the post's title in that body; a rank or title X was given at this mention
    with no body of its own is held there too; not when the body is the maker of a work (``making_participles``
    of cues.json: « organisé par », « publié par »)."""
    doc = ctx.doc
    posts = data_pairs("posts_taken.tsv")  # « direction » → Directeur
    org_by_end = {end: index for _, (index, end) in ctx.org_at.items()}
    start_by_end = {end: start for start, (_, end) in ctx.org_at.items()}
    making = frozenset(load_lexicon().cues["making_participles"])
    for i in word_positions(doc, {"sous"}):
        if i + 3 >= len(doc) or doc[i + 1].lower_ not in DETS or doc[i + 2].lower_ not in posts \
                or doc[i + 3].lower_.replace("’", "'") not in OF:
            continue
        person = next((p for j in range(i + 4, min(len(doc), i + 4 + MAX_LEAD_IN))
                       if (p := ctx.person_at.get(j)) is not None and ctx._before_civilities(j, p) <= i + 4), None)
        ends = _body_ends_before(doc, i)
        end = next((e for e in ends if e in org_by_end), None)
        if person is None or end is None or _made_by(doc, start_by_end[end], making):
            continue
        org = org_by_end[end]
        if any(r.person == person and r.org == org for r in ctx.facts.roles):
            continue
        name_start = ctx.person_tokens[person][0]
        for role in ctx.facts.roles:
            if role.person == person and role.org is None and doc[i].idx <= role.start <= doc[name_start].idx + 1:
                role.org, role.org_from = org, "led"  # « de l'inspecteur X »: his rank in that body
        title = posts[doc[i + 2].lower_]
        if _a_woman(doc, i + 4, name_start):
            title = _women_titles().get(title, title)  # « de la commissaire X »: Directrice
        ctx.facts.roles.append(RoleFact(person, title, doc[i].idx, doc[i + 2].idx + len(doc[i + 2].text), org, "led"))


def _a_woman(doc, start: int, name_start: int) -> bool:
    """Whether the words from ``start`` to the name call a woman: « la » before a rank (« de la commissaire X »)
    or a civility (« de Mme X »)."""
    words = [doc[j].lower_ for j in range(start, name_start)]
    return bool(words) and (words[0] == "la" or any(w.rstrip(".") in WOMEN_CIVILITIES for w in words))


@cache
def _women_titles() -> dict[str, str]:
    """A post's title → the title a woman holds (the third column of ``posts_taken.tsv``)."""
    return {row[1]: row[2] for row in (line.split("\t") for line in data_lines("posts_taken.tsv")) if len(row) > 2}


def _made_by(doc, start: int, making: frozenset[str]) -> bool:
    """Whether the body starting at token ``start`` is the agent of a participle of making (« organisé par
    l'Université X », « publié conjointement par Y »): it made a work, which the name after it leads."""
    j = start - 1
    while j >= 0 and doc[j].lower_.replace("’", "'") in DETS:
        j -= 1
    if j < 1 or doc[j].lower_ != "par":
        return False
    j -= 1
    if j and doc[j].pos_ == "ADV":
        j -= 1  # « conjointement », « aussi »
    return doc[j].lower_ in making


def _body_ends_before(doc, i: int) -> list[int]:
    """Where a body's name may end before « sous » at token i, past a comma and a participle (« , placée
    sous … »): before its acronym in brackets, else the acronym itself (its name in lower case no reader took)."""
    k = i
    if k and doc[k - 1].pos_ == "VERB" and doc[k - 1].text.islower():
        k -= 1  # « placée », « réunie »
    if k and doc[k - 1].text == ",":
        k -= 1
    if k and doc[k - 1].text == ")":
        opening = next((j for j in range(k - 1, max(k - 6, 0), -1) if doc[j].text == "("), k)
        return [opening, k - 1]
    return [k]
