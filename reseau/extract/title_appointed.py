"""Titles read from what a sentence does with people, for the title reader (``reseau.extract.titles``).

« Le gouvernement a nommé hier Me A et Me B juges à la Cour supérieure »: the title after the objects
of a verb of appointment is each one's; « les élus de la MRC X, dont le préfet, M. Y »: a member picked
by « dont » holds the bare title in that body; « Le nouveau centre … sera dirigé par Mme Z »: the
body the sentence opens on; « représentant le Ministre de X »: standing in, no post of one's own.
"""

from __future__ import annotations

from reseau.extract.facts import RoleFact
from reseau.extract.title_words import APPOINTED, PARTICIPLE_TITLES, QUALIFIERS
from reseau.extract.tokens import DEMONSTRATIVES, DETS, OF
from reseau.extract.word_index import word_positions

AUXILIARIES = {"a", "ont", "avait", "avaient", "aura", "auront"}  # « a nommé », not « a été nommé »
PASSIVE = {"est", "sera", "sont", "seront", "été", "était", "désormais", "actuellement"}  # « sera dirigé par »
MAX_PLACE = 5  # « de la région des Basses-Terres-du-Nord »
MAX_BETWEEN = 3  # « a nommé hier », « a nommé aujourd'hui même »: adverbs before the objects


def appointed_objects(ctx) -> list[int]:
    """Roles for « a nommé A et B juges à la Cour X » and « a désigné A présidente du comité »; the tokens of
    the titles read."""
    doc, used = ctx.doc, []
    for verb in doc:
        if verb.lower_ not in APPOINTED or verb.i == 0 or doc[verb.i - 1].lower_ not in AUXILIARIES:
            continue
        first = next((q for q, (s, _) in ctx.person_tokens.items() if verb.i < s <= verb.i + 1 + MAX_BETWEEN
                      and _only_adverbs_or_honorifics(ctx, verb.i + 1, s)), None)
        if first is None:
            continue
        holders, end = _listed_from(ctx, first)
        n = ctx.title_length(end) or ctx.plural_title_length(end)
        if not n:
            continue
        stop, org, place = ctx.phrase(end)
        stop = max(stop, end + n)
        reach = ctx._org_end(org) if org is not None else (place or stop)
        if org is None and not place:
            org = ctx.subject_org(verb.i)  # « la Municipalité a nommé X délégué à la prévention »: its own
            if org is None:
                continue  # whom the title is held with is for the other forms to say
        for q in holders:
            ctx.add_role(q, end, stop, org, "text" if org is not None else ("place" if place else "context"), reach)
        used.extend(range(end, stop))
    return used


def _only_adverbs_or_honorifics(ctx, start: int, stop: int) -> bool:
    """Between the verb and the first name: adverbs (« hier ») and honorifics (« Me »), nothing else."""
    return all(t.pos_ == "ADV" or t.lower_ in ctx.lexicon.honorifics or t.text == "." for t in ctx.doc[start:stop])


def _listed_from(ctx, first: int) -> tuple[list[int], int]:
    """The people listed from person ``first`` on (« A, B et C », honorifics between), and the token after the
    last name."""
    doc = ctx.doc
    holders, end = [first], ctx.person_tokens[first][1]
    while True:
        k = end
        while k < len(doc) and (doc[k].text == "," or doc[k].lower_ == "et" or doc[k].lower_ in ctx.lexicon.honorifics
                                or doc[k].text == "."):
            k += 1
        nxt = next((q for q, (s, _) in ctx.person_tokens.items() if s == k), None)
        if nxt is None or k == end:
            return holders, end
        holders.append(nxt)
        end = ctx.person_tokens[nxt][1]


def members_after_dont(ctx) -> None:
    """« les élus de la MRC X, dont le préfet, M. Y »: a bare title after « , dont » that closes a body's name
    (or the body and its place: « MRC des Basses-Terres ») is held in that body, the group the relative
    clause picks its member from."""
    doc = ctx.doc
    for role in ctx.facts.roles:
        if role.org is not None or role.org_from not in {"context", "none"}:
            continue
        t = doc.char_span(role.start, role.end, alignment_mode="expand")
        if t is None or t.start < 3 or doc[t.start - 1].lower_ not in DETS or doc[t.start - 2].lower_ != "dont" \
                or doc[t.start - 3].text != ",":
            continue
        body = _body_closing(ctx, t.start - 3)
        if body is not None:
            role.org, role.org_from = body, "text"


def _body_closing(ctx, comma: int) -> int | None:
    """The body whose name, or name and place, ends at the comma at token ``comma``."""
    doc = ctx.doc
    before = [(stop, index) for index, stop in ctx.org_at.values() if comma - MAX_PLACE <= stop <= comma]
    if not before:
        return None
    stop, index = max(before)
    tail = doc[stop:comma]
    if all(t.lower_ in OF | DETS or t.i in ctx.places or t.text == "-" for t in tail):
        return index
    return None


def led_by_subject(ctx) -> None:
    """« Le nouveau centre, qui offrira …, sera dirigé par Mme X »: a passive participle of leading (``led_by.tsv``)
    after an auxiliary gives X its title in the body the sentence opens on, named or pointed back to by its
    head noun (« le centre » after « le Centre de justice de X »)."""
    from reseau.extract.title_appositions import led_by_titles

    doc = ctx.doc
    for i in word_positions(doc, led_by_titles()):
        token = doc[i]
        title = led_by_titles().get(token.lower_)
        if title is None or i < 2 or i + 1 >= len(doc) or doc[i + 1].lower_ != "par" \
                or doc[i - 1].lower_ not in PASSIVE:
            continue
        k = i + 2
        while k < len(doc) and (doc[k].lower_ in ctx.lexicon.honorifics or doc[k].text == "."):
            k += 1
        if k not in ctx.person_at:
            continue
        body = _sentence_subject(ctx, doc[i].sent.start, i)
        person = ctx.person_at[k]
        if body is not None and not any(r.person == person and r.org == body for r in ctx.facts.roles):
            ctx.facts.roles.append(RoleFact(person, title, token.idx, token.idx + len(token.text), body, "led"))


def _sentence_subject(ctx, start: int, verb: int) -> int | None:
    """The body the sentence opens on (« L'Institut X, … », « Le nouveau centre, … »), before the verb."""
    doc = ctx.doc
    j = start
    while j < verb and (doc[j].lower_ in DETS or doc[j].lower_ in QUALIFIERS or doc[j].lower_ in DEMONSTRATIVES):
        j += 1
    if j >= verb or j == start:
        return None
    if j in ctx.org_at:
        return ctx.org_at[j][0]
    if doc[j].text.islower() and j + 1 < verb and doc[j + 1].text == ",":
        return ctx._named_before(j)  # « le centre, qui … »: the body of that head named before
    return None


def representing_an_office(ctx) -> None:
    """« Mme X, Directrice de Y, représentant le Ministre de l'Intérieur »: standing in for the holder of another
    title is no post of one's own in that title's body; the role read from the participle goes when the person
    holds a post in a body of their own."""
    doc = ctx.doc
    kept = []
    for role in ctx.facts.roles:
        span = doc.char_span(role.start, role.end, alignment_mode="expand")
        k = span.start if span is not None else None
        stands_in = k is not None and doc[k].lower_ in PARTICIPLE_TITLES and k + 2 < len(doc) \
            and doc[k + 1].lower_ in DETS and ctx.title_length(k + 2) and doc[k + 2].lower_ not in PARTICIPLE_TITLES
        if not stands_in or not any(other is not role and other.person == role.person and other.org is not None
                                    for other in ctx.facts.roles):
            # « le lieutenant X, représentant le Chef d'état-major de l'Armée de terre » and no post of his own: the one
            # sent to stand in for a body's head is of that body, the title the whole standing-in
            if stands_in and role.title.lower() == doc[k].lower_:
                last = doc[k + 2 + ctx.title_length(k + 2) - 1]
                role.title, role.end = ctx.text(k, last.i + 1), last.idx + len(last.text)
            kept.append(role)
    ctx.facts.roles[:] = kept
