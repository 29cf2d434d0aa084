"""The domains a department or a ministry is named by, listed with commas and closed by « et »
(« le Département des finances, de la santé et des sports »): one body, not the first domain alone."""

from __future__ import annotations

from spacy.tokens import Doc

from reseau.extract.lexicon import Lexicon, OrgHead
from reseau.extract.org_grammar import is_place, load_grammar
from reseau.extract.tokens import DETS, OF, starts_person


def listed_domains_end(doc: Doc, j: int, head: OrgHead, lexicon: Lexicon) -> int | None:
    """Where a list of domains opened by the comma at token j ends (« , de la santé et des sports »), or
    None when the comma opens no such list: each item « de » a domain, the last one after « et ». Only a
    ministry or a unit named by its functions lists domains; a place or a body after the comma is none."""
    if head.kind != "ministry" and head.word not in load_grammar().function_heads:
        return None
    n, k = len(doc), j
    while k < n and doc[k].text == ",":
        k = _domain_end(doc, k + 1, lexicon)
        if k is None:
            return None
    if k + 1 >= n or doc[k].lower_ != "et" or k == j:
        return None
    return _domain_end(doc, k + 1, lexicon)


def _domain_end(doc: Doc, k: int, lexicon: Lexicon) -> int | None:
    """End of « de la santé », « des affaires sociales », « de la Justice » from token k, or None when
    no domain starts there (no « de », a place, a person, another body's head word)."""
    n = len(doc)
    if k >= n or doc[k].lower_ not in OF:
        return None
    k += 1
    if k < n and doc[k].lower_ in DETS:
        k += 1
    if k >= n or doc[k].pos_ not in {"NOUN", "PROPN"} or is_place(doc[k], lexicon.places) or starts_person(doc[k]):
        return None
    if doc[k].text[:1].upper() + doc[k].text[1:] in lexicon.org_heads:
        return None  # « , du parquet et des tribunaux »: other bodies, not domains
    k += 1
    while k < n and doc[k].pos_ == "ADJ" and doc[k].text.islower():
        k += 1  # « des affaires sociales »
    return k
