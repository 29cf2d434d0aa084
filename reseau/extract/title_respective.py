"""« Le conseil a désigné Mme A, notaire, et M. B, ancien juge, respectivement présidente et vice-président de la
commission X »: the people an appointing verb names, then one post each in their order, the last post's
complement shared by the bare titles before it (for the title reader, ``reseau.extract.titles``)."""

from __future__ import annotations

from reseau.extract.facts import OrgSpan, RoleFact
from reseau.extract.org_establishments import of_town
from reseau.extract.title_lists import singular
from reseau.extract.title_orgs import load_title_orgs
from reseau.extract.tokens import DETS
from reseau.extract.title_words import APPOINTED
from reseau.names import clean_spaces
from reseau.extract.word_index import word_positions

MAX_PLACES_SPAN = 14  # tokens from a plural title to « respectivement »


def appointed_respectively(ctx) -> None:
    """« a désigné A, …, et B, …, respectivement présidente et vice-président de X »: each named person after the
    appointing verb takes the post of its rank in the list; the bare posts share the body of the last one."""
    doc = ctx.doc
    for i in word_positions(doc, "respectivement"):
        token = doc[i]
        if token.lower_ != "respectivement":
            continue
        names = _appointed_before(ctx, i)
        if len(names) < 2 or any(r.person in names and r.start >= token.idx for r in ctx.facts.roles):
            continue
        posts = _posts_after(ctx, i + 1, len(names))
        if len(posts) != len(names):
            continue
        for role in ctx.facts.roles:
            if role.person in names and role.org is None and role.org_from == "context" and role.start < token.idx:
                role.org_from = "none"  # « Mme A, notaire, » : her profession, no post in the body that appoints
        *bare, (k, stop, org) = posts
        for p, (start, end, _) in zip(names, bare):
            if org is not None and end - start == ctx.title_length(start) and stop[1] > stop[0]:
                title = f"{ctx.text(start, end)} {clean_spaces(doc[stop[0]:stop[1]].text)}"
                ctx.facts.roles.append(RoleFact(p, title, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text),
                                                org, "text"))
            else:
                ctx.add_role(p, start, end, None, "context", end)
        ctx.add_role(names[-1], k, stop[1], org, "text" if org is not None else "context", stop[1])


def _appointed_before(ctx, i: int) -> list[int]:
    """The people named between an appointing participle (« a désigné », « a nommé ») and token i, in its sentence."""
    doc, sent = ctx.doc, ctx.doc[i].sent
    verb = next((j for j in range(i - 1, sent.start - 1, -1) if doc[j].lower_ in APPOINTED), None)
    if verb is None:
        return []
    return [p for p, (start, _) in sorted(ctx.person_tokens.items(), key=lambda kv: kv[1][0]) if verb < start < i]


def _posts_after(ctx, k: int, count: int) -> list[tuple[int, int, object]]:
    """Up to ``count`` posts from token k, each (start, end, body), the last (start, (link, end), body): a post
    ends where « et » or a comma opens the next one."""
    doc, posts = ctx.doc, []
    while len(posts) < count and k < len(doc):
        n = ctx.title_length(k)
        if not n:
            break
        stop, org, place = ctx.phrase(k)
        if len(posts) + 1 < count:
            cut = next((m for m in range(k + n, place or stop) if doc[m].lower_ in {"et", ","}), k + n)
            posts.append((k, cut, None))
            k = cut + 1
            continue
        posts.append((k, (k + n, stop), org))
        break
    return posts


def bodies_respectively(ctx) -> None:
    """« L'ONUDC et INTERPOL ont apporté leur expertise à travers respectivement Mme A, conseillère, et M. B,
    officier »: the bodies coordinated before « respectivement » are, in order, those of the people named after
    it, for a title that names no body of its own."""
    doc = ctx.doc
    for i in word_positions(doc, "respectivement"):
        token = doc[i]
        if token.lower_ != "respectivement" or i + 1 >= len(doc):
            continue
        bodies = _coordinated_bodies(ctx, i)
        people = [p for p, (start, _) in sorted(ctx.person_tokens.items(), key=lambda kv: kv[1][0])
                  if i < start < token.sent.end]
        if len(bodies) < 2 or len(people) < len(bodies) or not _names_next(ctx, i + 1, people[0]):
            continue
        for p, body in zip(people, bodies):
            for role in ctx.facts.roles:
                if role.person == p and role.org is None and role.org_from == "context":
                    role.org, role.org_from = body, "text"


def _names_next(ctx, k: int, person: int) -> bool:
    """The person's name opens at token k, after articles, civilities and ranks."""
    doc = ctx.doc
    while k < len(doc) and (doc[k].lower_ in ctx.lexicon.honorifics or doc[k].lower_ in ctx.lexicon.ranks
                            or doc[k].lower_ in {"le", "la", "l'", "l’"} or doc[k].text == "."):
        k += 1
    return ctx.person_tokens[person][0] == k


def _coordinated_bodies(ctx, i: int) -> list[int]:
    """« l'Office X (OX) et l'Organisation Y » before token i in its sentence: the bodies « et » joins, in order."""
    doc, sent = ctx.doc, ctx.doc[i].sent
    starts = sorted(k for k in ctx.org_at if sent.start <= k < i and not (k and doc[k - 1].text == "("))
    for a, b in zip(starts, starts[1:]):
        end = ctx.org_at[a][1]
        if end < len(doc) and doc[end].text == "(":
            end = next((j + 1 for j in range(end, min(len(doc), end + 6)) if doc[j].text == ")"), end)
        gap = [t.lower_ for t in doc[end:b]]
        if gap and gap[0] == "et" and all(w in {"et", "le", "la", "l'", "l’", "les"} for w in gap):
            return [ctx.org_at[a][0], ctx.org_at[b][0]]
    return []


INTERIM_NOUNS = {"intérim", "suppléance"}


def interim_holders(ctx) -> None:
    """« Nomination du directeur de l'Office X … Depuis son départ, l'intérim est assuré par M. Y, directeur
    adjoint »: the acting holder's bare title is a post in the body whose vacant post the item's heading names
    (else the item's first post in a named body), not in the last body the text named."""
    heading = ctx.heading_org()
    if heading is None:  # the item's first post held in a named body: the one it announces
        told = sorted((r for r in ctx.facts.roles if r.org is not None and r.org_from == "text"), key=lambda r: r.start)
        heading = told[0].org if told else None
    if heading is None:
        return
    doc = ctx.doc
    for role in ctx.facts.roles:
        if role.org is not None or role.org_from != "context":
            continue
        start, _ = ctx.person_tokens.get(role.person, (None, None))
        if start is None:
            continue
        k = start - 1
        while k > 0 and (doc[k].lower_ in ctx.lexicon.honorifics or doc[k].text == "."):
            k -= 1
        if doc[k].lower_ == "par" and any(t.lower_ in INTERIM_NOUNS for t in doc[max(doc[k].sent.start, k - 5):k]):
            role.org, role.org_from = heading, "text"


def respectively_closing(ctx) -> None:
    """« le commandant de la brigade de gendarmerie et le commissaire de police de X, le lieutenant A et la
    commissaire B, respectivement »: the titles listed before the names, in their order, the last title's town
    shared by the bodies of the titles before it."""
    doc = ctx.doc
    for i in word_positions(doc, "respectivement"):
        token = doc[i]
        if token.lower_ != "respectivement" or doc[i - 1].text != "," or i + 1 < len(doc) and doc[i + 1].is_alpha:
            continue
        names = ctx._name_list_before(i - 1)
        if len(names) < 2:
            continue
        comma = ctx._before_civilities(ctx.person_tokens[names[0]][0], names[0]) - 1
        starts = _titles_before(ctx, comma, len(names)) if comma > 0 and doc[comma].text == "," else []
        if not starts:
            continue
        lo, hi = doc[starts[0]].idx, token.idx
        ctx.facts.roles[:] = [r for r in ctx.facts.roles if not (r.person in names and lo <= r.start < hi)]
        town = _closing_town(ctx, starts[-1], comma)
        town = clean_spaces(doc[town:comma].text) if town is not None else None
        for p, start, end in zip(names, starts, [s - 2 for s in starts[1:]] + [comma]):
            _, org, _ = ctx.phrase(start)
            if org is not None and ctx._org_end(org) > end:
                org = None  # the body of the next title
            if start != starts[-1] and town and _closing_town(ctx, start, end) is None:
                org = _unit_in_town(ctx, start, end, town)  # no town of its own: the list's last one
            ctx.add_role(p, start, end, org, "text" if org is not None else "context", end)


def _titles_before(ctx, comma: int, count: int) -> list[int]:
    """The starts of ``count`` titles, each after an article and joined by « et » or a comma, ending at token comma."""
    doc, sent = ctx.doc, ctx.doc[comma].sent
    found = [j for j in range(sent.start + 1, comma) if ctx.title_length(j) and doc[j - 1].lower_ in DETS]
    starts = found[-count:]
    if len(starts) != count or any(doc[j - 2].lower_ not in {"et", ","} for j in starts[1:]) \
            or any(j in ctx.person_at for j in range(starts[0], comma)):
        return []
    return starts


def _closing_town(ctx, start: int, comma: int) -> int | None:
    """The capitalised place after the last « de » of the last title (« commissaire de police de X »): X's token."""
    doc = ctx.doc
    j = comma - 1
    while j > start and (doc[j].text[:1].isupper() or doc[j].text == "-"):
        j -= 1
    return j + 1 if j > start and doc[j].lower_ in {"de", "d'", "d’"} and j + 1 < comma else None


def _unit_in_town(ctx, start: int, end: int, town: str) -> int | None:
    """The body of « chef du poste de police » in the town the list's last title names."""
    doc = ctx.doc
    k = start + ctx.title_length(start)
    if k + 2 >= end or doc[k].lower_ not in {"de", "du"}:
        return None
    k += 1 + (doc[k + 1].lower_ in DETS and doc[k].lower_ == "de")
    words = doc[k:end].text
    name = f"{words[:1].upper()}{words[1:]} de {town}"
    known = next((n for n, o in enumerate(ctx.facts.orgs) if o.name == name), None)
    if known is not None:
        return known
    span = doc[k:end]
    return ctx._new_org(k, end, OrgSpan(span.start_char, span.end_char, name, source="title"))


def places_respectively(ctx) -> None:
    """« les sous-préfets de A et de B, respectivement M. X et Mme Y »: a plural title over several places, then
    the holders in the same order: each holds the singular title of one place, in the body that title names
    there (``title_orgs.tsv``, a title whose complement is a place)."""
    doc = ctx.doc
    for i in word_positions(doc, "respectivement"):
        if doc[i].lower_ != "respectivement" or i < 4 or doc[i - 1].text != ",":
            continue
        names = ctx.name_list_at(i + 1)
        found = _plural_title_before(ctx, i - 1) if len(names) > 1 else None
        if found is None or any(r.person in names for r in ctx.facts.roles):
            continue
        t, n = found
        places = _places_after(doc, t + n, i - 1)
        if len(places) != len(names):
            continue
        title = " ".join(singular(w.text) for w in doc[t:t + n])
        entry = load_title_orgs().get(title.lower())
        for p, (s, e) in zip(names, places):
            span, place = doc[s:e], clean_spaces(doc[s:e].text)
            of_place = of_town(place) + place  # « sous-préfet d'Agboville », not « de Agboville »
            org = None
            if entry is not None and entry.form == "place":
                org = ctx._new_org(s, e, OrgSpan(span.start_char, span.end_char, f"{entry.head} {of_place}",
                                                 kind=entry.kind, source="title"))
            ctx.facts.roles.append(RoleFact(p, f"{title[:1].upper()}{title[1:]} {of_place}", doc[t].idx,
                                            span.end_char, org, "text" if org is not None else "context"))


PLURAL_CONTRACTED = {"des", "aux"}


def _plural_title_before(ctx, k: int) -> tuple[int, int] | None:
    """(first token, length) of a plural title after an article, a few places before token k."""
    doc = ctx.doc
    for t in range(k - 3, max(0, k - MAX_PLACES_SPAN), -1):
        n = ctx.plural_title_length(t)
        if n and doc[t - 1].lower_ in DETS | PLURAL_CONTRACTED:  # « en présence des sous-préfets de A et de B »
            return t, n
    return None


def _places_after(doc, k: int, end: int) -> list[tuple[int, int]]:
    """« de A et de B », « de A, de B et de C » from token k to token end: each place's tokens; none when
    anything else stands there."""
    places: list[tuple[int, int]] = []
    while k < end:
        if doc[k].lower_ not in {"de", "d'", "d’"}:
            return []
        s = e = k + 1
        while e < end and doc[e].lower_ not in {",", "et"}:
            if not (doc[e].is_title or doc[e].text in {"-", "'", "’"}):
                return []
            e += 1
        if e == s:
            return []
        places.append((s, e))
        k = e + 1 if e < end else e
    return places


TITLE_OPENERS = DETS | {"du", "des", "au", "aux", "leur", "son", "sa"}  # « du commandant », « leur présidente »


def titles_then_respectively(ctx) -> None:
    """« le commandant du Groupement X et le chef du Centre Y, respectivement le capitaine A et
    l'adjudante B », « X et Y avaient délégué leur trésorière et leur secrétaire, respectivement A et
    B »: the titles listed before « respectivement », in order, are those of the holders named after it; a title
    with no body of its own, under « leur », is a post in the body of its rank among those the sentence joins."""
    doc = ctx.doc
    for i in word_positions(doc, "respectivement"):
        if doc[i].lower_ != "respectivement" or i < 4 or doc[i - 1].text != "," or i + 1 >= len(doc):
            continue
        names = ctx.name_list_at(i + 1, openers=True)
        if len(names) < 2:
            continue
        starts = _listed_titles_before(ctx, i - 1, len(names))
        if not starts:
            continue
        ends = [s - 2 for s in starts[1:]] + [i - 1]
        bodies = _coordinated_bodies(ctx, starts[0]) if doc[starts[0] - 1].lower_ in {"leur", "leurs"} else []
        lo, hi = doc[starts[0]].idx, doc[ctx.person_tokens[names[-1]][1] - 1].idx
        ctx.facts.roles[:] = [r for r in ctx.facts.roles if not (r.person in names and lo <= r.start <= hi)]
        for n, (p, start, end) in enumerate(zip(names, starts, ends)):
            _, org, _ = ctx.phrase(start)
            if org is not None and ctx._org_end(org) > end:
                org = None  # the body of the next title
            if org is None and len(bodies) == len(names):
                org = bodies[n]  # « leur présidente »: the body of the same rank before
            ctx.add_role(p, start, end, org, "text" if org is not None else "context", end)


def _listed_titles_before(ctx, comma: int, count: int) -> list[int]:
    """The starts of ``count`` titles ending at token comma, each after an article, a contracted article or
    « leur », joined by « et » or a comma; none when a person is named among them."""
    doc, sent = ctx.doc, ctx.doc[comma].sent
    found = [j for j in range(sent.start + 1, comma) if ctx.title_length(j) and doc[j - 1].lower_ in TITLE_OPENERS]
    starts = found[-count:]
    if len(starts) != count or any(j < 2 or doc[j - 2].lower_ not in {"et", ","} for j in starts[1:]) \
            or any(j in ctx.person_at for j in range(starts[0], comma)):
        return []
    return starts
