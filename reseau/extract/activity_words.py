"""Whether a word of a sentence tells a gathering of its own: a noun inside a title, a gathering
recalled by a demonstrative or a possessive, a thing received, sessions offered as a service, a noun
that only situates the sentence in time. Mixed into :class:`reseau.extract.activities.ActivityCues`,
whose word lists (``data/cues.json``) it reads."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span

from reseau.extract.lexicon import load_lexicon
from reseau.extract.title_words import POSSESSIVES
from reseau.extract.tokens import DASHES
from reseau.extract.topics import fold

DEMONSTRATIVES = {"ce", "cet", "cette", "ces"}
# an article or a determiner ending the words before a noun (folded text)
_ARTICLE_END = re.compile(r"(?:\s(?:la|le|les|un|une|des|sa|son|ses|leur|leurs|cette|ce|cet|ces)|\sl'|\sd')\s*$")



@cache
def _received_documents() -> frozenset[str]:
    """The nouns of documents one receives (« lettre », « pétition »), folded, read once."""
    return frozenset(fold(w) for w in load_lexicon().cues["received_documents"])


class WordReading:
    """The word-level readings of the activity cues; mixed into ActivityCues."""

    def _in_title(self, sent: Span, t) -> bool:
        """The word ends a title that holds a gathering's noun (« maître de conférences »)."""
        if not self.titles_on_gatherings:
            return False
        before = " " + fold(sent.doc._.item.text[max(sent.start_char, t.idx - 40):t.idx + len(t.text)])
        return before.endswith(self.titles_on_gatherings)

    def _object_recalled(self, sent: Span, at: int, cues: list[tuple[int, str, bool]]) -> bool:
        """« Ont pris part à cette séance X, Y »: the verb's object is the gathering told before, with a
        demonstrative; those the clause names join it."""
        doc = sent.doc
        for c in cues:
            if c[1] != "meeting" or not c[2] or not 0 < c[0] - at <= 30:
                continue
            span = doc.char_span(c[0], c[0] + 1, alignment_mode="expand")
            if span is not None and span.start > sent.start and doc[span.start - 1].lower_ in DEMONSTRATIVES:
                return True
        return False

    def _subject_recalled(self, sent: Span, at: int, cues: list[tuple[int, str, bool]]) -> bool:
        """« La cérémonie a réuni X, Y »: the sentence opens on the gathering told before, subject of the
        verb that names who was there."""
        doc = sent.doc
        first = next((t for t in sent if not t.is_space), None)
        if first is None or first.lower_ not in self.anaphoric or first.lower_ in POSSESSIVES:
            return False
        return any(c[1] == "meeting" and c[2] and first.idx < c[0] < at and
                   (span := doc.char_span(c[0], c[0] + 1, alignment_mode="expand")) is not None and span.start == first.i + 1
                   for c in cues)

    def _meeting_noun(self, t) -> bool:
        """A noun of meetings, in the plural too when the clause tells them as held (« a eu des entretiens
        avec », « des entretiens ont eu lieu »), not as a source (« basée sur des entretiens auprès de »)."""
        if t.lower_ in self.meeting_nouns:
            return True
        if t.pos_ != "NOUN" or t.lemma_.lower() not in self.meeting_nouns or any(c.dep_ == "case" for c in t.children):
            return False
        k = t.i - 1
        while k >= 0 and t.doc[k].pos_ in {"DET", "ADJ"}:
            k -= 1
        return k < 0 or t.doc[k].pos_ != "ADP"

    def _receives_a_thing(self, sent: Span, t) -> bool:
        """« a reçu l'appui », « a reçu un financement de »: the object of « recevoir » is a thing;
        « Courriel de la Fédération X – reçu et classé »: the participle tells a document received."""
        # only a participle set after a dash (« … – reçu et classé »): « Note : le ministre a reçu X » is a meeting
        if "Part" in t.morph.get("VerbForm") and t.i > sent.start and t.doc[t.i - 1].text in DASHES:
            first = next((u for u in sent if u.is_alpha), None)
            if first is not None and first.i < t.i and fold(first.text) in _received_documents():
                return True
        for u in sent.doc[t.i + 1:min(t.i + 5, sent.end)]:
            if u.pos_ in {"DET", "ADV"} or u.lower_ in {"l'", "l’", "d'", "d’", "de", "du", "des"}:
                continue
            return fold(u.text) in self.receipts or fold(u.lemma_) in self.receipts
        return False

    def _recalls(self, sent: Span, t, prev: str) -> bool:
        """« la réunion », « cette rencontre », « au cours de sa visite »: the activity told before.
        A possessive counts only after a preposition (« a tenu sa conférence » is a new one)."""
        if prev in self.same_words and t.i >= sent.start + 2:
            prev = sent.doc[t.i - 2].lower_  # « au cours de la même séance »: the one told before
        if prev not in self.anaphoric:
            return False
        if prev in POSSESSIVES:
            return t.i >= sent.start + 2 and sent.doc[t.i - 2].pos_ == "ADP"
        return True

    def _offered(self, sent: Span, t) -> bool:
        """« offrira aussi des séances d'information »: sessions offered as a service, not a gathering."""
        words = [w.lower_ for w in sent.doc[max(sent.start, t.i - 4):t.i]]
        return bool(words) and words[-1] == "des" and any(w in self.offering for w in words[:-1])

    def _reference(self, sent: Span, t) -> bool:
        """« après l’entretien », « en marge du sommet »: a noun that only situates the sentence in time."""
        before = " " + fold(sent.doc._.item.text[max(sent.start_char, t.idx - 40):t.idx])
        before = _ARTICLE_END.sub("", before).rstrip()
        return any(before.endswith(" " + p.rstrip()) or before.endswith("'" + p.rstrip()) for p in self.reference)
