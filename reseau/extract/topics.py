"""Topics from a small thesaurus of crime-prevention themes (``data/topics.json``)."""

from __future__ import annotations

import re
import unicodedata

from spacy.language import Language
from spacy.tokens import Doc

from reseau.extract.facts import TopicSpan
from reseau.extract.lexicon import Lexicon, load_lexicon
from reseau.extract.organizations import facts_of


def fold(text: str) -> str:
    """Lower case without accents, one character for one, so offsets stay true."""
    return "".join(unicodedata.normalize("NFKD", c)[:1] for c in text.lower().replace("’", "'"))


class TopicFinder:
    """Store thesaurus matches in ``doc._.facts.topics``."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.patterns = [
            (topic, re.compile(r"\b(?:" + "|".join(re.escape(fold(p)) for p in phrases) + r")\b"))
            for topic, phrases in lexicon.topics.items()
        ]

    def __call__(self, doc: Doc) -> Doc:
        text = fold(doc.text)
        facts_of(doc).topics = [TopicSpan(m.start(), m.end(), topic)
                                for topic, pattern in self.patterns for m in pattern.finditer(text)]
        return doc


@Language.factory("reseau_topics")
def make_topics(nlp: Language, name: str) -> TopicFinder:
    """Crime-prevention themes named in the text."""
    return TopicFinder(load_lexicon())
