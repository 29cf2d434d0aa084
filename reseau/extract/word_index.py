"""Where each lower-case word of a document stands, built once per document.

Many readers look for a rare word (« respectivement », « celui », a post handed out) and then read
around it; walking every token of the document for each of them costs more than the rest of their
work. They ask this index instead: one walk per document, kept in the Doc's ``user_data`` (no
component retokenizes, so positions stay true for the whole pipeline).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from spacy.tokens import Doc

_KEY = "reseau.word_index"


def _index(doc: Doc) -> dict[str, list[int]]:
    index = doc.user_data.get(_KEY)
    if index is None or index[1] != len(doc):
        positions: dict[str, list[int]] = {}
        for i, token in enumerate(doc):
            positions.setdefault(token.lower_, []).append(i)
        index = (positions, len(doc))
        doc.user_data[_KEY] = index
    return index[0]


def word_positions(doc: Doc, words: str | Collection[str]) -> list[int]:
    """The indices, in order, of the tokens whose lower-case form is ``words`` (one word) or one of them."""
    index = _index(doc)
    if isinstance(words, str):
        return list(index.get(words, ()))
    if len(words) > len(index):  # a long lexicon against a short text: walk the text's words instead
        found = [i for word, at in index.items() if word in words for i in at]
    else:
        found = [i for word in words for i in index.get(word, ())]
    return sorted(found)


def has_word(doc: Doc, words: str | Iterable[str]) -> bool:
    """Whether the document holds the word, or one of the words, in any case."""
    index = _index(doc)
    return words in index if isinstance(words, str) else any(word in index for word in words)
