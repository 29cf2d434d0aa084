"""The French lemmatizer of spaCy, reading its word index as a set.

spaCy's French rule lemmatizer looks each new word up in its index of known lemmas, a list of
up to 66,000 words per part of speech, by walking the list — once for the word and once for
each form its suffix rules make. That walk was the slowest Python step of extraction (a
millisecond per new word). This subclass turns each list into a set the first time it reads
it; the lookups, the rules and every lemma are those of the model's own lemmatizer. A pipeline holding it
cannot write its lemmatizer back to disk (msgpack refuses sets): Réseau never saves the pipeline it builds,
and scripts/train_ner.py writes only its ``ner``.
"""

from __future__ import annotations

from spacy.lang.fr import French
from spacy.lang.fr.lemmatizer import FrenchLemmatizer
from spacy.lookups import Lookups
from spacy.tokens import Token

FACTORY = "reseau_french_lemmatizer"


class SetIndexFrenchLemmatizer(FrenchLemmatizer):
    """FrenchLemmatizer whose ``lemma_index`` answers membership through sets."""

    _indexed: Lookups | None = None

    def rule_lemmatize(self, token: Token) -> list[str]:
        """The lemmas of ``token``, as FrenchLemmatizer gives them."""
        if self._indexed is not self.lookups:  # from_disk replaces the lookups after construction
            if "lemma_index" in self.lookups:
                table = self.lookups.get_table("lemma_index")
                for pos, words in list(table.items()):
                    table[pos] = frozenset(words)
            self._indexed = self.lookups
        return super().rule_lemmatize(token)


@French.factory(FACTORY, assigns=["token.lemma"],
                default_config={"model": None, "mode": "rule", "overwrite": False,
                                "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"}},
                default_score_weights={"lemma_acc": 1.0})
def make_lemmatizer(nlp, model, name: str, mode: str, overwrite: bool, scorer) -> SetIndexFrenchLemmatizer:
    """The model's lemmatizer under Réseau's factory name, loaded from the model's own files."""
    return SetIndexFrenchLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite, scorer=scorer)
