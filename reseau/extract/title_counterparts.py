"""« son homologue de X »: a person named as the counterpart of another holds the same office in the
body or the town that follows (« le maire de A, P, et son homologue de B, Q » → Q, maire of the Ville de B;
« Q, son homologue de l'Office X » → Q, with P's title, in the Office X)."""

from __future__ import annotations

from functools import cache

from reseau.extract.facts import OrgSpan, RoleFact
from reseau.extract.lexicon import data_lines
from reseau.extract.title_orgs import title_entry
from reseau.extract.title_words import LINKS, POSSESSIVES
from reseau.extract.tokens import DETS, OF
from reseau.names import clean_spaces


@cache
def counterpart_words() -> frozenset[str]:
    """Nouns naming the holder of the same office elsewhere (``data/counterpart_words.txt``)."""
    return frozenset(data_lines("counterpart_words.txt"))


def counterparts(ctx) -> None:
    """Give each person called « son homologue de X » (before or after the name) the title of the person
    the possessive points to, in X."""
    for p, (start, end) in ctx.person_tokens.items():
        if any(r.person == p for r in ctx.facts.roles):
            continue
        h = _counterpart_before(ctx, ctx._before_civilities(start, p)) or _counterpart_after(ctx, end)
        if h is None:
            continue
        for model in _model_roles(ctx, p, h):
            if _add_counterpart(ctx, p, h, model):
                break


def _counterpart_before(ctx, start: int) -> int | None:
    """« son homologue de B, Q »: the noun's token, when the complement runs to the comma before the name."""
    doc = ctx.doc
    if start < 4 or doc[start - 1].text != ",":
        return None
    for h in range(start - 2, max(0, start - 10), -1):
        if doc[h].lower_ in counterpart_words():
            return h if doc[h - 1].lower_ in POSSESSIVES and _complement_end(ctx, h, start - 1) == start - 1 else None
    return None


def _counterpart_after(ctx, end: int) -> int | None:
    """« Q, son homologue de l'Office X, »: the noun's token right after the name and a comma."""
    doc = ctx.doc
    h = end + 2
    if h >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in POSSESSIVES \
            or doc[h].lower_ not in counterpart_words():
        return None
    return h if _complement_end(ctx, h) > h + 1 else None


def _complement_end(ctx, h: int, comma: int | None = None) -> int:
    """Where the complement « de X » of the noun at token h ends: after a body's name or capitalised words
    (a town), or at the comma before the name for a field opening on a capital (« des Eaux et Forêts »);
    h + 1 when it has none."""
    doc, k = ctx.doc, h + 1
    if comma is not None and _field_until(doc, h + 1, comma):
        return comma
    if k >= len(doc) or doc[k].lower_ not in OF:
        return h + 1
    k += 1
    if k < len(doc) and doc[k].lower_ in DETS:
        k += 1
    if k in ctx.org_at:
        return ctx._org_end(ctx.org_at[k][0])
    m = k
    while m < len(doc) and (doc[m].text[:1].isupper() or doc[m].text == "-" and m > k) and m not in ctx.person_at:
        m += 1
    return m if m > k else h + 1


def _field_until(doc, k: int, comma: int) -> bool:
    """« des Affaires foncières et domaniales » from token k to the comma: de, a capital, then words only."""
    j = k + 1 + (k + 1 < comma and doc[k + 1].lower_ in DETS)
    return doc[k].lower_ in OF and j < comma and doc[j].text[:1].isupper() \
        and all(t.is_alpha or t.text in {"'", "’", "-"} for t in doc[j:comma])


def _model_roles(ctx, p: int, h: int) -> list[RoleFact]:
    """The titled roles of the nearest other person named before the noun, in its sentence, in text order."""
    doc = ctx.doc
    sent_start = doc[h].sent.start
    before = sorted(((s, q) for q, (s, _) in ctx.person_tokens.items() if q != p and sent_start <= s < h), reverse=True)
    for _, q in before:
        roles = sorted((r for r in ctx.facts.roles if r.person == q and r.title), key=lambda r: r.start)
        if roles:
            return roles
    return []


def _head_title(title: str) -> str:
    """The title without its complement: « Directrice générale de l'Institut X » → « Directrice générale »."""
    words = []
    for word in title.split():
        low = word.lower()
        if low in LINKS or low.startswith(("d'", "d’", "l'", "l’")):
            break
        words.append(word)
    return " ".join(words)


def _add_counterpart(ctx, p: int, h: int, model: RoleFact) -> bool:
    """Give person p the model's title in the complement of the noun at token h; whether it could."""
    doc = ctx.doc
    comma = ctx._before_civilities(ctx.person_tokens[p][0], p) - 1
    end = _complement_end(ctx, h, comma if comma > h else None)
    k = h + 2 if doc[h + 2].lower_ not in DETS else h + 3
    head = _head_title(model.title)
    span = doc[h - 1:end]
    if k in ctx.org_at:
        ctx.facts.roles.append(RoleFact(p, head, span.start_char, span.end_char, ctx.org_at[k][0], "text"))
        return True
    complement = clean_spaces(doc[h + 1:end].text)
    body_head = _body_head(ctx, model, head)
    if body_head is not None:
        # « le directeur départemental de A, P, et son homologue de B, Q »: the model's body's head over B
        body = ctx._new_org(h + 1, end, OrgSpan(span.start_char, span.end_char, f"{body_head} {complement}",
                                                 kind=ctx.facts.orgs[model.org].kind, source="title"))
        ctx.facts.roles.append(RoleFact(p, f"{head} {complement}", span.start_char, span.end_char, body, "text"))
        return True
    entry = title_entry(head)
    if entry is None or entry.form != "place":
        return False  # « son homologue de Rhénanie-Palatinat »: what body a minister of a region holds is not said
    place = clean_spaces(doc[k:end].text)
    aliases = [a.replace("{}", complement).replace("{place}", place) for a in entry.aliases]
    body = ctx._new_org(h + 1, end, OrgSpan(span.start_char, span.end_char, f"{entry.head} {complement}",
                                             kind=entry.kind, aliases=aliases, source="title"))
    ctx.facts.roles.append(RoleFact(p, f"{head} {complement}", span.start_char, span.end_char, body, "text"))
    return True


def _body_head(ctx, model: RoleFact, head: str) -> str | None:
    """The head of the model's body when its name is that head and the complement of the model's title
    (« Direction départementale » of « Direction départementale de A », title « Directeur départemental de A »)."""
    if model.org is None or not model.title.startswith(head) or model.title == head:
        return None
    complement = model.title[len(head):].strip()
    name = ctx.facts.orgs[model.org].name
    if not name.lower().endswith(complement.lower()) or len(name) == len(complement):
        return None
    return name[:-len(complement)].strip() or None
