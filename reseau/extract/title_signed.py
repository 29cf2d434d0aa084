"""« Le texte a été signé, pour l'Union, par le Commissaire chargé du Commerce, M. X »:
the body a signatory signs for, named right before « par » and the title, is the body the title is held in."""

from __future__ import annotations

from reseau.extract.tokens import DETS


def signed_for(ctx) -> None:
    """Give a bare title, written after « pour <body>, par », the body signed for (named before by its head)."""
    doc = ctx.doc
    for role in ctx.facts.roles:
        if role.org is not None and role.org_from == "text":
            continue
        k = _token_at(doc, role.start)
        if k is None:
            continue
        k -= k > 0 and doc[k - 1].lower_ in DETS
        if k < 4 or doc[k - 1].lower_ != "par" or doc[k - 2].text != ",":
            continue
        body = _body_signed_for(ctx, k - 2)
        if body is not None:
            role.org, role.org_from = body, "text"


def _token_at(doc, char: int) -> int | None:
    """The token that opens at character char."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None and doc[span.start].idx == char else None


def _body_signed_for(ctx, comma: int) -> int | None:
    """« pour la Commission » ending before token comma: the body read there, or the last body named before
    that opens on the same capitalised head (« la Commission de la CEDEAO »)."""
    doc = ctx.doc
    opens = next((j for j in range(comma - 1, max(0, comma - 12), -1) if doc[j].lower_ == "pour"), None)
    if opens is None or opens + 1 >= comma:
        return None
    for start, (index, stop) in ctx.org_at.items():
        if opens < start and stop == comma:
            return index
    head = opens + 1 + (doc[opens + 1].lower_ in DETS)
    if head + 1 != comma or not doc[head].text[:1].isupper():
        return None
    named = [i for i, o in enumerate(ctx.facts.orgs)
             if o.start < doc[head].idx and (o.name.split() or [""])[0] == doc[head].text and o.name != doc[head].text]
    return named[-1] if named else None
