"""Words the people finder reads as no name: a legal act written with capitals, a grade written as its code.

Kept apart from ``reseau.extract.people``, which is long enough.
"""

from __future__ import annotations

from reseau.extract.org_grammar import load_grammar
from reseau.extract.title_words import GRADE_CODE


def act_with_its_adjective(words: list) -> bool:
    """« par Ordonnance Ministérielle n° … », « Décret Présidentiel »: a legal act's noun (``document_heads``) and
    words of the language after it, capitalised as acts are, name no one."""
    return len(words) > 1 and words[0].lower_ in load_grammar().document_heads and all(
        t.pos_ in {"ADJ", "NOUN"} and t.doc.vocab.has_vector(t.lower_) for t in words[1:])


def grade_before_name(text: str, org) -> bool:
    """« OPC1 Jean X », « l'OPP2 »: a grade's code, alone or run into the name after it, is no body."""
    words = org.name.split()
    if not words or not GRADE_CODE.fullmatch(words[0]):
        return False
    return len(words) > 1 or text[org.end:org.end + 2].lstrip()[:1].isupper()
