"""The extraction components are spaCy factories whose settings name their data files and limits."""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.language import Language

from reseau.extract.pipeline import register

# Tags a tagger would give, so that the test needs no model (``spacy.blank``).
POS = {"Guilde": "NOUN", "des": "ADP", "Potiers": "PROPN", "Réunis": "PROPN"}


def _orgs(config: dict, text: str) -> list[tuple[str, str | None, str | None]]:
    register()
    nlp = spacy.blank("fr")
    nlp.add_pipe("reseau_sentences")
    nlp.add_pipe("reseau_organizations", config=config)
    doc = nlp.make_doc(text)
    for token in doc:
        token.pos_ = POS.get(token.text, "X" if token.text[:1].isupper() else "VERB")
    for _, component in nlp.pipeline:
        doc = component(doc)
    return [(o.name, o.kind, o.acronym) for o in doc._.orgs]


def test_organizations_read_the_head_words_and_gazetteer_their_config_names(tmp_path):
    heads = tmp_path / "heads.tsv"
    heads.write_text("Guilde\tassociation\tmain\t\t\n", encoding="utf-8")
    gazetteer = tmp_path / "gazetteer.tsv"
    gazetteer.write_text("AFBQ\tAgence fédérale des bouées et quais\t\tpublic body\tCanada\n", encoding="utf-8")
    text = "Elle a rejoint la Guilde des Potiers Réunis en mai, puis l'AFBQ."
    assert _orgs({}, text) == []  # « Guilde » is no head word of the shipped lexicon
    assert _orgs({"heads": str(heads), "gazetteer": str(gazetteer)}, text) == [
        ("Guilde des Potiers Réunis", "association", None),
        ("Agence fédérale des bouées et quais", "public body", "AFBQ"),
    ]


def test_sentences_take_their_abbreviations_from_config():
    text = "Le gén. Martin est venu. Il est reparti."
    shipped, told = spacy.blank("fr"), spacy.blank("fr")
    shipped.add_pipe("reseau_sentences")
    told.add_pipe("reseau_sentences", config={"abbreviations": ["gén"]})
    assert len(list(shipped(text).sents)) == 3
    assert len(list(told(text).sents)) == 2


def test_default_settings_share_one_lexicon():
    from reseau.extract.lexicon import load_lexicon

    assert load_lexicon() is load_lexicon(heads="org_heads.tsv", cues="cues.json")


def test_a_component_that_reads_what_no_earlier_one_writes_is_refused():
    from reseau.errors import ModelError
    from reseau.extract.pipeline import check_order

    register()
    nlp = spacy.blank("fr")
    nlp.add_pipe("reseau_sentences")
    nlp.add_pipe("reseau_places")  # reads the bodies and people before anything wrote them
    nlp.add_pipe("reseau_organizations")
    with pytest.raises(ModelError, match="reseau_places"):
        check_order(nlp)


def test_the_shipped_pipeline_declares_who_writes_each_fact():
    from reseau.extract.pipeline import COMPONENTS

    register()
    writers = {}
    for name in ["reseau_sentences", *COMPONENTS]:
        for attr in Language.get_factory_meta(name).assigns:
            writers.setdefault(attr, []).append(name)
    assert writers["doc._.orgs"][0] == "reseau_organizations"
    assert writers["doc._.people"] == ["reseau_people"]
    assert writers["doc._.clauses"] == ["reseau_activities"]


def test_dates_read_the_patterns_their_config_names(tmp_path):
    patterns = tmp_path / "patterns.jsonl"
    patterns.write_text('{"define": "YEAR", "pattern": "(?:19|20)\\\\d\\\\d"}\n'
                        '{"kind": "year", "pattern": "\\\\ben\\\\s+(?P<y>{YEAR})\\\\b", "ignore_case": true}\n', encoding="utf-8")
    text = "Le 4 mai, le club a signé un accord ; il avait ouvert en 2019."
    found = {}
    for told in ({}, {"patterns": str(patterns)}):
        register()
        nlp = spacy.blank("fr")
        for name in ("reseau_sentences", "reseau_organizations"):
            nlp.add_pipe(name)
        nlp.add_pipe("reseau_dates", config=told)
        found[bool(told)] = [d.text for d in nlp(text)._.dates]
    assert found[False] == ["Le 4 mai", "en 2019"]
    assert found[True] == ["en 2019"]


def test_dates_save_their_patterns_with_the_pipeline_and_read_them_back(tmp_path):
    register()
    nlp = spacy.blank("fr")
    for name in ("reseau_sentences", "reseau_organizations", "reseau_dates"):
        nlp.add_pipe(name)
    nlp.to_disk(tmp_path / "pipeline")
    saved = tmp_path / "pipeline" / "reseau_dates" / "patterns.jsonl"
    kept = [line for line in saved.read_text(encoding="utf-8").splitlines() if json.loads(line).get("kind") != "day"]
    saved.write_text("\n".join(kept) + "\n", encoding="utf-8")
    text = "Le 4 mai 2021, le club a signé un accord."
    assert [d.text for d in nlp(text)._.dates] == ["Le 4 mai 2021"]
    assert [d.text for d in spacy.load(tmp_path / "pipeline")(text)._.dates] == ["mai 2021"]


def test_topics_read_the_thesaurus_their_config_names(tmp_path):
    thesaurus = tmp_path / "thesaurus.json"
    thesaurus.write_text(json.dumps({"themes": [{"id": "boating", "fr": "Sécurité nautique", "en": "Boating safety",
                                                 "terms": {"fr": ["gilets de sauvetage"], "en": ["life jackets"]}}]}),
                         encoding="utf-8")
    text = "Le club a distribué des gilets de sauvetage contre la violence."
    found = {}
    for told in ({}, {"topics": str(thesaurus)}):
        register()
        nlp = spacy.blank("fr")
        for name in ("reseau_sentences", "reseau_organizations"):
            nlp.add_pipe(name)
        nlp.add_pipe("reseau_topics", config=told)
        found[bool(told)] = {t.topic for t in nlp(text)._.topics}
    assert "Sécurité nautique" not in found[False]
    assert found[True] == {"Sécurité nautique"}


def test_titles_stop_at_the_length_their_config_gives(nlp):
    text = "Le 3 mai, Paul Lebreton, directeur général adjoint de l'Office régional des forêts de Bourgogne, a reçu la délégation."
    after = ["reseau_titles", "reseau_dates", "reseau_places", "reseau_topics", "reseau_activities"]
    titles = {}
    for limit in (14, 2):
        with nlp.select_pipes(disable=after):
            doc = nlp(text)
        doc = nlp.create_pipe("reseau_titles", config={"max_title_tokens": limit})(doc)
        titles[limit] = [r.title for r in doc._.roles]
    assert titles[14] == ["Directeur général adjoint"]
    assert titles[2] == ["Directeur général"]
