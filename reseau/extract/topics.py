"""Topics from the thesaurus of crime-prevention themes (``data/topics.json``), named by their French label."""

from __future__ import annotations

import re
import unicodedata

from spacy.language import Language
from spacy.tokens import Doc

from reseau.extract.facts import TopicSpan
from reseau.extract.lexicon import Lexicon, load_lexicon
from reseau.extract.organizations import facts_of


_FOLD = {c: unicodedata.normalize("NFKD", chr(c))[:1] for c in range(0xC0, 0x250)}
_FOLD[ord("’")] = "'"


def fold(text: str) -> str:
    """Lower case without accents, one character for one, so offsets stay true."""
    return text.lower().translate(_FOLD)


class TopicFinder:
    """Store thesaurus matches in ``doc._.facts.topics``."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.patterns = [
            (topic, re.compile(r"\b(?:" + "|".join(re.escape(fold(p)) for p in _longest_first(phrases)) + r")\b"))
            for topic, phrases in lexicon.topics.items()
        ]

    def __call__(self, doc: Doc) -> Doc:
        facts = facts_of(doc)
        text = fold(facts.text)
        # « le Forum européen pour la sécurité urbaine » names a body, not what a meeting was about.
        names = [(o.start, o.end) for o in facts.orgs]
        facts.topics = [TopicSpan(m.start(), m.end(), topic)
                        for topic, pattern in self.patterns for m in pattern.finditer(text)
                        if not any(start <= m.start() and m.end() <= end for start, end in names)]
        return doc


def _longest_first(phrases: tuple[str, ...]) -> list[str]:
    """Longer terms first, so a span covers « trafic de drogues » rather than « drogues » alone."""
    return sorted(set(phrases), key=len, reverse=True)


@Language.factory("reseau_topics")
def make_topics(nlp: Language, name: str) -> TopicFinder:
    """Crime-prevention themes named in the text."""
    return TopicFinder(load_lexicon())
