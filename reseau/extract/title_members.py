"""Members listed under a heading that names their body: « les membres du Comité X suivants : », then one
name a line (« - A (cheffe de délégation) », « - B »): each listed person holds the heading's title in X."""

from __future__ import annotations

from reseau.extract.facts import RoleFact
from reseau.extract.title_lists import plural_words, singular
from reseau.extract.tokens import BULLETS, DETS
from reseau.extract.word_index import word_positions

FOLLOWING = {"suivants", "suivantes", "ci-après", "ci-dessous"}
MAX_HEADING = 12  # tokens from the plural title to the colon


def members_listed(ctx) -> None:
    """« La visite a été effectuée par les membres du CPT suivants : - A - B »: a plural title and a body before
    « suivants : » give each person opening a following line the singular title in that body."""
    doc = ctx.doc
    for i in word_positions(doc, FOLLOWING):
        token = doc[i]
        if token.lower_ not in FOLLOWING:
            continue
        colon = next((j for j in range(i + 1, min(len(doc), i + 6)) if doc[j].text == ":"), None)
        heading = _plural_title_before(ctx, i)
        if colon is None or heading is None:
            continue
        t, n = heading
        org = next((ctx.org_at[j][0] for j in range(t + n, colon) if j in ctx.org_at), None)
        if org is None:
            continue
        title = " ".join(singular(w.text) for w in doc[t:t + n])
        title = title[:1].upper() + title[1:]
        for p in _listed_people(ctx, colon + 1):
            for role in ctx.facts.roles:
                if role.person == p and role.org is None and role.org_from == "context" and _same_line(doc, p, role, ctx):
                    role.org, role.org_from = org, "text"  # « - A (cheffe de délégation) »: a post in the same body
            if not any(r.person == p and r.org == org for r in ctx.facts.roles):
                ctx.facts.roles.append(RoleFact(p, title, doc[t].idx, doc[t + n - 1].idx + len(doc[t + n - 1].text), org, "text"))


APPOINTED_MANY = {"nommés", "nommées", "élus", "élues", "désignés", "désignées"}
TO = {"à", "au", "aux"}
MAX_AFTER_BODY = 2  # « désignés au Bureau pour deux ans : » is no heading; « désignés au Bureau : » is


def members_appointed(ctx) -> None:
    """« Voici les membres désignés au Bureau : - A - B »: a plural title, then a participle of appointment and
    its body just before a colon: each person opening a line below holds the singular title in that body, which may
    be recalled by its head noun alone (« au Bureau »)."""
    doc = ctx.doc
    for i in word_positions(doc, APPOINTED_MANY):
        if doc[i].lower_ not in APPOINTED_MANY or i + 2 >= len(doc) or doc[i + 1].lower_ not in TO:
            continue
        k = i + 2 + (doc[i + 2].lower_ in DETS)
        org, end = _body_at(ctx, k)
        if org is None or end + MAX_AFTER_BODY > len(doc):
            continue
        colon = next((j for j in range(end, end + MAX_AFTER_BODY) if doc[j].text == ":"), None)
        t = next((j for j in range(i - 1, max(doc[i].sent.start, i - MAX_HEADING) - 1, -1)
                  if ctx.plural_title_length(j)), None)
        if colon is None or t is None:
            continue
        n = ctx.plural_title_length(t)
        title = " ".join(singular(w.text) for w in doc[t:t + n])
        title = title[:1].upper() + title[1:]
        for p in _listed_people(ctx, colon + 1):
            if not any(r.person == p and r.org == org for r in ctx.facts.roles):
                ctx.facts.roles.append(RoleFact(p, title, doc[t].idx, doc[t + n - 1].idx + len(doc[t + n - 1].text),
                                                org, "text"))


PRESENT = {"présents", "présentes"}


def attendance_heading(ctx) -> None:
    """« Membres présents : A (présidente), B et C » heads the list of those at a meeting: it stands before the first
    name as a title would, yet it is no one's title."""
    doc = ctx.doc
    for i in word_positions(doc, PRESENT):
        if doc[i].lower_ not in PRESENT or i + 1 >= len(doc) or doc[i + 1].text != ":":
            continue
        heading = doc.text.rfind("\n", 0, doc[i].idx) + 1  # the line « Membres présents : » opens
        ctx.facts.roles[:] = [r for r in ctx.facts.roles if not heading <= r.start < doc[i + 1].idx]


DELEGATION = {"délégation", "mission"}
COMPRISED = {"comprenait", "comprend", "comptait", "compte", "incluait", "inclut", "composée", "formée"}


def delegation_members(ctx) -> None:
    """« Outre sa cheffe, la délégation compte M. A, Conseiller Agriculture »: a delegation member's title that
    names no body is a post in the delegation's own body, the « Délégation … » the text named before, if any."""
    doc = ctx.doc
    for i in word_positions(doc, COMPRISED):
        if doc[i].lower_ not in COMPRISED:
            continue
        head = next((j for j in range(i - 1, max(doc[i].sent.start, i - 3) - 1, -1) if doc[j].lower_ in DELEGATION),
                    None)
        if head is None or head == 0 or doc[head - 1].lower_ not in DETS:
            continue
        named = [k for k, o in enumerate(ctx.facts.orgs) if o.end <= doc[head].idx and len(o.name.split()) > 1
                 and o.name.split()[0].lower() == doc[head].lower_]
        if not named:
            continue
        body, sent = max(named, key=lambda k: ctx.facts.orgs[k].start), doc[i].sent
        for role in ctx.facts.roles:
            if role.org is None and sent.start_char <= role.start < sent.end_char \
                    and ctx.facts.people[role.person].start > doc[i].idx:
                role.org, role.org_from = body, "text"


def _body_at(ctx, k: int) -> tuple[int | None, int]:
    """(organization, token after it) of the body named at token k, in full or again by its head noun alone (the
    last body named before whose name opens on that noun)."""
    doc = ctx.doc
    if k in ctx.org_at:
        return ctx.org_at[k]
    if k >= len(doc) or not doc[k].text[:1].isupper():
        return None, k
    head = doc[k].lower_
    named = [i for i, o in enumerate(ctx.facts.orgs) if o.end <= doc[k].idx and len(o.name.split()) > 1
             and o.name.split()[0].lower() == head]
    return (max(named, key=lambda i: ctx.facts.orgs[i].start), k + 1) if named else (None, k)


def _plural_title_before(ctx, i: int) -> tuple[int, int] | None:
    """(first token, length) of the plural title after « les » or « des » that opens the heading ending at token i."""
    doc = ctx.doc
    for t in range(i - 1, max(-1, i - MAX_HEADING), -1):
        n = ctx.plural_title_length(t)
        if n and t and doc[t - 1].lower_ in {"les", "des"}:
            return t, n
    return None


def _listed_people(ctx, k: int) -> list[int]:
    """The people who open the lines after token k, until a line opens on no one."""
    doc, people = ctx.doc, []
    starts = {start: p for p, (start, _) in ctx.person_tokens.items()}
    j = k
    while j < len(doc):
        while j < len(doc) and (doc[j].is_space or doc[j].text in BULLETS
                                or doc[j].lower_ in ctx.lexicon.honorifics or doc[j].text == "."):
            j += 1
        if j not in starts:
            break
        p = starts[j]
        people.append(p)
        j = ctx.person_tokens[p][1]
        while j < len(doc) and "\n" not in doc[j - 1].whitespace_ and not doc[j].is_space:
            j += 1  # the rest of the line (« (cheffe de délégation) »)
    return people


def _same_line(doc, p: int, role, ctx) -> bool:
    """The role's title stands on the line of person p's name (« - A (cheffe de délégation) »)."""
    start, end = ctx.person_tokens[p]
    line_end = next((t.idx for t in doc[end:] if "\n" in t.text or "\n" in t.whitespace_), len(doc.text))
    return doc[start].idx <= role.start < line_end + 1


MAX_PLURAL_TITLE = 4  # tokens of a plural title apposed before a list of names


def plural_title_apposed(ctx) -> None:
    """« trois gardiens de la paix, A, B et C, patrouillent »: a plural title, a comma, then a list of
    names closed by a comma: each person holds the singular title, its body from the context."""
    doc = ctx.doc
    for p, (start, _) in ctx.person_tokens.items():
        comma = start - 1
        if comma < 2 or doc[comma].text != "," or any(r.person == p for r in ctx.facts.roles):
            continue
        t = next((j for j in range(comma - 1, max(0, comma - MAX_PLURAL_TITLE) - 1, -1)
                  if ctx.plural_title_length(j) == comma - j), None)
        if t is None or _former(ctx, t, comma):
            continue
        names = ctx.name_list_at(start)
        end = ctx.person_tokens[names[-1]][1] if len(names) > 1 else None
        if end is None or end >= len(doc) or doc[end].text != "," or any(r.person in names for r in ctx.facts.roles):
            continue
        title = " ".join(plural_words(doc[t:comma]))
        span = doc[t:comma]
        for q in names:
            ctx.facts.roles.append(RoleFact(q, title[:1].upper() + title[1:], span.start_char, span.end_char,
                                            None, "context"))


def _former(ctx, t: int, comma: int) -> bool:
    """« deux anciens présidents, A et B, »: a post they no longer hold, given no one."""
    former = set(ctx.lexicon.cues.get("former_post_cues", ()))
    return any(w.lower_ in former or w.lower_.startswith("ex-") for w in ctx.doc[max(0, t - 2):comma])
