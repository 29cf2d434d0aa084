"""Sentence boundaries for bulletins, without the dependency parser.

The parser is slow and cuts « a accueilli une nouvelle employée : Nora Bianchi » after the
colon; bulletins need only stops, question and exclamation marks and line breaks.
"""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from reseau.extract.facts import ItemText
from reseau.extract.lexicon import data_lines
from reseau.ingest.segment import is_title_line

ABBREVIATIONS = ["m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "no", "art", "p", "etc", "cf", "env", "av", "j.-c"]
ENDS = {".", "!", "?", "…", "!.", "?!"}


class SentenceSplitter:
    """Mark sentence starts after a full stop (not an abbreviation's) and at line breaks;
    keep the item's text and where its title line ends in ``doc._.item``."""

    def __init__(self, abbreviations: list[str], honorifics: str = "honorifics.txt") -> None:
        # a civility or an academic degree before a name (« Dr. iur. X ») ends no sentence either
        shortened = {w.rstrip(".") for w in data_lines(honorifics) if w.endswith(".")}
        self.abbreviations = frozenset(abbreviations) | shortened

    def __call__(self, doc: Doc) -> Doc:
        starts, prev = [], None
        for i, token in enumerate(doc):
            start = i == 0
            if prev is not None and ("\n" in prev.text or "\n" in prev.whitespace_):
                start = not token.is_space
            elif prev is not None and (prev.text in ENDS or _glued_stop(prev.text)) and not token.is_space:
                before = doc[i - 2].text.lower().rstrip(".") if i >= 2 else ""
                abbreviated = prev.text == "." and (before in self.abbreviations or (len(before) == 1 and before.isalpha()))
                start = not abbreviated and (token.text[:1].isupper() or token.text[:1].isdigit() or token.text[:1] in "«\"“(")
            starts.append(1 if start else -1)
            prev = token
        if starts:
            # one array for the whole doc: setting is_sent_start token by token cost more than finding the starts
            doc.from_array([SENT_START], numpy.array(starts, dtype="int64").astype("uint64").reshape(-1, 1))
        doc._.item = _item_text(doc.text)
        return doc


def _glued_stop(text: str) -> bool:
    """« 2,3 M$. Une entente … »: a full stop the tokenizer left on a sign (a currency, a percent)."""
    return len(text) > 1 and text.endswith(".") and text[-2] in "$€£%"


def _item_text(text: str) -> ItemText:
    """The item's text, with the end of its first line when that line is a title."""
    first_line = text.split("\n", 1)[0]
    return ItemText(text, len(first_line) if "\n" in text and is_title_line(first_line) else 0)


@Language.factory("reseau_sentences", default_config={"abbreviations": ABBREVIATIONS, "honorifics": "honorifics.txt"},
                  assigns=["token.is_sent_start", "doc._.item"])
def make_sentences(nlp: Language, name: str, abbreviations: list[str], honorifics: str) -> SentenceSplitter:
    """Sentence boundaries from punctuation and line breaks; a stop after one of the
    ``abbreviations`` (lower case, without its stop) or of the ``honorifics`` written with
    their stop ends no sentence."""
    return SentenceSplitter(abbreviations, honorifics)
