"""A plural title shared out place by place: « les maires de A, M. X, de B (île de C), Mme Y, et de D, M. Z »:
each person holds the singular title of the place written before the name (X maire de A, Y maire de B…).
A title glossed in brackets reads the same (« les alcaldes (maires) de A, M. X, … »)."""

from __future__ import annotations

from reseau.extract.facts import OrgSpan, RoleFact
from reseau.extract.org_grammar import region_names
from reseau.extract.title_lists import plural_words
from reseau.extract.title_orgs import title_entry
from reseau.names import clean_spaces

PLACE_OF = {"de", "d'", "d’"}
OPENERS = {"les", "des", "aux"}
MAX_PLACE = 8  # tokens of « de A (île de C) » before the comma and the name
MAX_PLURAL_TITLE = 4


def titles_shared_by_place(ctx) -> None:
    """Give each person of « les <titles> de A, X, de B, Y et de C, Z » the title of the place before the name,
    and the body that title names (« maire de A » → the Ville de A)."""
    doc = ctx.doc
    chained: dict[int, str] = {}  # end token of a name just given a title by this form → that singular title
    for p, (start, end) in sorted(ctx.person_tokens.items(), key=lambda item: item[1][0]):
        s = ctx._before_civilities(start, p)
        if s < 4 or doc[s - 1].text != "," or any(r.person == p for r in ctx.facts.roles):
            continue
        k = _place_start(ctx, s - 1)
        if k is None:
            continue
        title = _plural_title_before(ctx, k) or _chained_title(doc, k, chained)
        if title is None:
            continue
        org = _body(ctx, title, k, s - 1)
        if org is None:
            continue
        place = clean_spaces(doc[k:_place_end(doc, k, s - 1)].text)
        span = doc[k:s - 1]
        ctx.facts.roles.append(RoleFact(p, f"{title[:1].upper()}{title[1:]} {place}", span.start_char, span.end_char,
                                        org, "text"))
        chained[end] = title


def _place_start(ctx, comma: int) -> int | None:
    """Token of « de » opening « de A » or « de A (île de C) » that ends at the comma, when A is capitalised."""
    doc, j = ctx.doc, comma - 1
    if doc[j].text == ")":
        j = next((m for m in range(j - 1, max(0, j - MAX_PLACE), -1) if doc[m].text == "("), -1) - 1
        if j < 1:
            return None
    k = j
    while k > max(0, comma - MAX_PLACE) and (doc[k].text[:1].isupper() or doc[k].text == "-"):
        k -= 1  # the town's words, which spaCy may have taken for a name
    return k if k < j and doc[k].lower_ in PLACE_OF and doc[k + 1].text[:1].isupper() else None


def _place_end(doc, k: int, comma: int) -> int:
    """End of the place's name after « de » at token k: before a bracketed note (« (île de C) »), else the comma."""
    return next((m for m in range(k + 1, comma) if doc[m].text == "("), comma)


def _plural_title_before(ctx, k: int) -> str | None:
    """The singular of the plural title ending right before token k, after « les » or « des », or glossed in
    brackets after a word of another language (« les alcaldes (maires) »)."""
    doc, end = ctx.doc, k
    if doc[k - 1].text == ")":
        end = k - 1
    for t in range(end - 1, max(0, end - MAX_PLURAL_TITLE) - 1, -1):
        if ctx.plural_title_length(t) != end - t:
            continue
        opener = t - 1
        if end < k:  # a gloss: « ( » before the title, one word of another language before it
            if doc[opener].text != "(" or opener < 2:
                continue
            opener -= 2
        if doc[opener].lower_ in OPENERS:
            return " ".join(plural_words(doc[t:end]))
    return None


def _chained_title(doc, k: int, chained: dict[int, str]) -> str | None:
    """The title of the name just before « , de B » or « et de B » in the same list."""
    j = k - 1
    if j >= 0 and doc[j].lower_ == "et":
        j -= 1
    if j >= 0 and doc[j].text == ",":
        j -= 1
    return chained.get(j + 1)


def _body(ctx, title: str, k: int, comma: int) -> int | None:
    """The body the singular title names with the place after token k: a body named there, or the one a title of
    a place names (« maire de A » → Ville de A, with its aliases)."""
    doc = ctx.doc
    if k + 1 in ctx.org_at:
        return ctx.org_at[k + 1][0]
    entry = title_entry(title)
    if entry is None or entry.form != "place":
        return None
    end = _place_end(doc, k, comma)
    complement, place = clean_spaces(doc[k:end].text), clean_spaces(doc[k + 1:end].text)
    aliases = [a.replace("{}", complement).replace("{place}", place) for a in entry.aliases]
    span = doc[k:end]
    return ctx._new_org(k, end, OrgSpan(span.start_char, span.end_char, f"{entry.head} {complement}",
                                         kind=entry.kind, aliases=aliases, source="title"))


POINTERS = ("de la commune", "de la ville")  # « maire de la commune »: the town the text just named


def town_pointed_back(ctx) -> None:
    """« M. X, maire de la commune » after « le centre de secours de A »: a title of a place whose complement
    points back to the town gives the body that title names with the last place named before it (Ville de A)."""
    doc = ctx.doc
    for role in ctx.facts.roles:
        low = role.title.lower()
        if role.org is not None or not low.endswith(POINTERS):
            continue
        head = low.rsplit(" de la ", 1)[0]
        entry = title_entry(head)
        if entry is None or entry.form != "place":
            continue
        town = max((e for e in doc.ents if e.label_ == "LOC" and e.end_char <= role.start), key=lambda e: e.start,
                   default=None)
        # a town of this sentence or the one before, not a region, a department or a country (« en visite en
        # Occitanie, le ministre a vu X, maire de la commune »: which commune is not said)
        if town is None or clean_spaces(town.text) in region_names() or ctx.lexicon.places.get(town.text) == "country" \
                or doc[town.start].sent.start < _previous_sentence_start(doc, role.start):
            continue
        place = clean_spaces(town.text)
        complement = f"d'{place}" if place[:1].lower() in "aeiouyéèâîô" else f"de {place}"
        aliases = [a.replace("{}", complement).replace("{place}", place) for a in entry.aliases]
        role.org = ctx._new_org(town.start, town.end, OrgSpan(town.start_char, town.end_char,
                                                               f"{entry.head} {complement}", kind=entry.kind,
                                                               aliases=aliases, source="title"))
        role.org_from = "text"


def _previous_sentence_start(doc, char: int) -> int:
    """The first token of the sentence before the one holding the character at ``char``."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    sent = span.sent if span is not None else doc[-1].sent
    return doc[sent.start - 1].sent.start if sent.start > 0 else 0
