"""Words the people finder reads as no name: a legal act written with capitals.

Kept apart from ``reseau.extract.people``, which is long enough.
"""

from __future__ import annotations

from reseau.extract.org_grammar import load_grammar


def act_with_its_adjective(words: list) -> bool:
    """« par Ordonnance Ministérielle n° … », « Décret Présidentiel »: a legal act's noun (``document_heads``) and
    words of the language after it, capitalised as acts are, name no one."""
    return len(words) > 1 and words[0].lower_ in load_grammar().document_heads and all(
        t.pos_ in {"ADJ", "NOUN"} and t.doc.vocab.has_vector(t.lower_) for t in words[1:])

