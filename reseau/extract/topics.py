"""Topics from the thesaurus of crime-prevention themes (``data/topics.json``), named by their French label."""

from __future__ import annotations

import re
import unicodedata

from spacy.language import Language
from spacy.tokens import Doc

from reseau.extract.facts import TopicSpan
from reseau.extract.lexicon import Lexicon, load_lexicon


_FOLD = {c: unicodedata.normalize("NFKD", chr(c))[:1] for c in range(0xC0, 0x250)}
_FOLD[ord("’")] = "'"


def fold(text: str) -> str:
    """Lower case without accents, one character for one, so offsets stay true."""
    return text.lower().translate(_FOLD)


# A word of a term: « d'argent » is two words, « anti-corruption » one.
_WORD = re.compile(r"[\w]+(?:-[\w]+)*")


class TopicFinder:
    """Store thesaurus matches outside bodies' names in ``doc._.topics``."""

    def __init__(self, lexicon: Lexicon) -> None:
        # A term may name several themes (« prostitution », « gangs »).
        self.themes_of: dict[str, list[str]] = {}
        for topic, phrases in lexicon.topics.items():
            for phrase in phrases:
                themes = self.themes_of.setdefault(fold(phrase), [])
                if topic not in themes:
                    themes.append(topic)
        # Terms are looked up from their first word: one set lookup per word of the text.
        self.lengths: dict[str, list[int]] = {}
        for term in _longest_first(self.themes_of):
            words = _WORD.findall(term)
            self.lengths.setdefault(words[0], []).append(len(words))

    def __call__(self, doc: Doc) -> Doc:
        text = fold(doc._.item.text)
        # « le Forum européen pour la sécurité urbaine » names a body, not what a meeting was about.
        names = [(o.start, o.end) for o in doc._.orgs]
        doc._.topics = [TopicSpan(start, end, topic) for start, end, term in self._terms(text)
                        if not any(s <= start and end <= e for s, e in names)
                        for topic in self.themes_of[term]]
        return doc

    def _terms(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, term) of the longest thesaurus term at each place of the folded text."""
        words = list(_WORD.finditer(text))
        found = []
        i = 0
        while i < len(words):
            for n in self.lengths.get(words[i].group(), ()):
                if i + n <= len(words):
                    start, end = words[i].start(), words[i + n - 1].end()
                    if text[start:end] in self.themes_of:
                        found.append((start, end, text[start:end]))
                        i += n - 1
                        break
            i += 1
        return found


def _longest_first(terms) -> list[str]:
    """Longer terms first, so a span covers « trafic de drogues » rather than « drogues » alone."""
    return sorted(set(terms), key=len, reverse=True)


@Language.factory("reseau_topics", default_config={"topics": "topics.json"},
                  requires=["doc._.item", "doc._.orgs"], assigns=["doc._.topics"])
def make_topics(nlp: Language, name: str, topics: str) -> TopicFinder:
    """Crime-prevention themes named in the text, from the thesaurus the setting names."""
    return TopicFinder(load_lexicon(topics=topics))
