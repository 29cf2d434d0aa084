"""The per-document word index gives the positions a walk over the tokens would give."""

from __future__ import annotations

import spacy

from reseau.extract.word_index import has_word, word_positions


def test_positions_are_those_of_a_walk_in_any_case():
    doc = spacy.blank("fr")("Respectivement présidente et trésorier : A et B, élus respectivement. Et puis RESPECTIVEMENT.")
    walked = [t.i for t in doc if t.lower_ == "respectivement"]
    assert word_positions(doc, "respectivement") == walked and len(walked) == 3
    assert word_positions(doc, ["et", "puis"]) == [t.i for t in doc if t.lower_ in {"et", "puis"}]
    assert has_word(doc, "trésorier") and not has_word(doc, ["celui", "celle"])
    assert word_positions(doc, "absent") == []
