"""The choice of entity recogniser (stock or fine-tuned by scripts/train_ner.py) and the
projection of gold names that builds its training data."""

from __future__ import annotations

import socket

import pytest

from reseau.errors import ModelError
from reseau.extract import pipeline
from scripts.train_ner import _place_alias, gold_surfaces, project

SENTENCE = "Mme Ingrid Solberg, directrice de la Fondation Aurore, a reçu M. Tobias Lindqvist à Bergen."


def _ents(nlp, text: str = SENTENCE) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in nlp(text).ents]


def test_missing_trained_model_keeps_the_stock_recogniser(nlp, monkeypatch, tmp_path):
    before = _ents(nlp)
    monkeypatch.setattr(pipeline, "TRAINED_NER", tmp_path / "absent")
    pipeline.use_ner(nlp, "trained")
    assert _ents(nlp) == before


def test_a_folder_without_a_model_is_an_error(nlp, tmp_path):
    with pytest.raises(ModelError):
        pipeline.use_ner(nlp, str(tmp_path))


def test_a_saved_recogniser_loads_without_network_or_vectors(nlp, monkeypatch, tmp_path):
    before = _ents(nlp)
    nlp.get_pipe("ner").to_disk(tmp_path, exclude=["vocab"])  # the same weights: nothing changes
    assert not (tmp_path / "vocab").exists()

    def no_network(*args, **kwargs):
        raise OSError("no network in this test")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    pipeline.use_ner(nlp, str(tmp_path))
    assert _ents(nlp) == before


def test_projection_takes_the_longest_name_and_the_other_case_of_its_first_letter():
    gold = {"organizations": [{"name": "Fondation Aurore", "aliases": ["Aurore"]},
                              {"name": "Office du tourisme de Bergen", "aliases": ["Bergen"]}],
            "people": [{"name": "Ingrid Solberg"}]}
    text = "La fondation Aurore et Mme Solberg, puis Ingrid Solberg à la Fondation Aurore de Bergen."
    spans = {(text[s:e], label) for s, e, label in project(text, gold_surfaces(gold))}
    assert spans == {("fondation Aurore", "ORG"), ("Solberg", "PER"), ("Ingrid Solberg", "PER"),
                     ("Fondation Aurore", "ORG")}


def test_a_place_ending_a_name_is_no_alias_to_learn():
    assert _place_alias("Ville de Tromsø", "Tromsø")
    assert _place_alias("Commune d'Evolène", "Evolène")
    assert not _place_alias("Ville de Tromsø", "Mairie de Tromsø")
