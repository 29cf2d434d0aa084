"""Clauses that report an activity: a meeting, a hire, a publication, an event, or the
mission or visit that holds several meetings.

Each sentence is read for its cue (the earliest word that says what happened). A
sentence that lists several hosts (« accueillis par X …, par Y …, ainsi que par Z … »)
is cut into one clause each. Grouping clauses into activities needs the whole document
(who is staff, which organization publishes) and is done in
:mod:`reseau.extract.assemble`.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from reseau.extract.facts import Clause, ItemFacts
from reseau.extract.lexicon import Lexicon, load_lexicon
from reseau.extract.organizations import facts_of
from reseau.extract.topics import fold

BULLETS = {"-", "–", "—", "•", "*", "·", "▪"}
ANAPHORIC = {"la", "le", "l'", "l’", "cette", "ce", "cet", "ces", "les"}


class ActivityCues:
    """Store the item's clauses with their cues in ``doc._.facts.clauses``."""

    def __init__(self, lexicon: Lexicon) -> None:
        cues = lexicon.cues
        self.meeting_lemmas = set(cues["meeting_lemmas"])
        self.meeting_nouns = set(cues["meeting_nouns"])
        self.container_nouns = set(cues["container_nouns"])
        self.hire = [fold(p) for p in cues["hire_phrases"]]
        self.publication_lemmas = set(cues["publication_lemmas"])
        self.event = [fold(p) for p in cues["event_phrases"]]
        self.event_nouns = set(cues["event_nouns"])
        self.future = [fold(p) for p in cues["future_cues"]]
        self.meeting_phrases = [fold(p) for p in cues.get("meeting_phrases", ())]

    def __call__(self, doc: Doc) -> Doc:
        facts = facts_of(doc)
        sentences = list(doc.sents)
        title_cue = None
        listing = False
        # « le Forum européen pour la sécurité urbaine » names a body, not a forum that took place.
        in_names = {i for o in facts.orgs for i in range(o.start, o.end)}
        for index, sent in enumerate(sentences):
            if sent.start_char < facts.title_end:
                title_cue = self._title_cue(sent)
                continue
            cue, trigger, anaphoric, container = self._cue(sent, in_names)
            stripped = sent.text.strip()
            if listing and stripped[:1] in BULLETS:
                # « elle a rencontré : — M. X … ; — Mme Y … »: each line of the list is a meeting.
                cue, trigger, anaphoric = "meeting", sent.start_char, False
            else:
                listing = cue == "meeting" and stripped.endswith(":")
            text = fold(sent.text)
            future = any(f" {p} " in f" {text} " for p in self.future)
            parts = self._split(sent, facts) if cue == "meeting" else [(sent.start_char, sent.end_char)]
            gathering = cue == "meeting" and trigger is not None and self._word_at(doc, trigger) in self.event_nouns
            for n, (start, end) in enumerate(parts):
                facts.clauses.append(Clause(start, end, index, cue, trigger if n == 0 else start,
                                            anaphoric and n == 0, future, title_cue, container, gathering))
        return doc

    def _title_cue(self, sent: Span) -> str | None:
        words = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}
        if words & self.publication_lemmas:
            return "publication"
        if words & (self.meeting_nouns | {"visite", "mission", "rencontres"}):
            return "meeting"
        return None

    def _cue(self, sent: Span, in_names: set[int]) -> tuple[str | None, int | None, bool, bool]:
        text = fold(sent.text)
        container = any(t.lower_ in self.container_nouns for t in sent)
        if any(p in text for p in self.hire):
            return "hire", sent.start_char, False, False
        cues: list[tuple[int, str, bool]] = []
        for t in sent:
            if t.idx in in_names:
                continue
            lemma = t.lemma_.lower()
            if lemma in self.publication_lemmas or t.lower_ in self.publication_lemmas:
                cues.append((t.idx, "publication", False))
            elif lemma in self.meeting_lemmas or t.lower_ in self.meeting_nouns:
                prev = sent.doc[t.i - 1].lower_ if t.i > sent.start else ""
                noun = t.pos_ == "NOUN" or t.lower_ in self.meeting_nouns
                cues.append((t.idx, "meeting", noun and prev in ANAPHORIC))
        for phrase in self.meeting_phrases:
            at = text.find(phrase)
            if at >= 0:
                cues.append((sent.start_char + at, "meeting", False))  # « a pris part à … »
        for phrase in self.event:
            at = text.find(phrase)
            if at >= 0 and any(t.lower_ in self.event_nouns for t in sent):
                # « Le colloque … se tiendra »: an event, unless someone met someone first.
                verbs_before = [c for c in cues if c[1] == "meeting" and not c[2] and c[0] < sent.start_char + at
                                and sent.doc[sent.doc.char_span(c[0], c[0] + 1, alignment_mode="expand").start].pos_ in {"VERB", "AUX"}]
                if not verbs_before:
                    return "event", sent.start_char, False, container
        if not cues:
            return None, None, False, container
        # A verb says what happened in this sentence (« En marge de la conférence, le Centre a signé
        # une entente avec … »); a noun with an article may only recall the activity before.
        verbs = [c for c in cues if c[1] == "meeting" and self._is_verb(sent.doc, c[0])]
        at, cue, anaphoric = min(verbs) if verbs and min(cues)[2] else min(cues)
        if container:
            # « a accueilli une délégation de … »: the delegation is the guest, its visit holds the meetings.
            after = [t for t in sent if t.idx > at and t.lower_ in self.container_nouns]
            if after and after[0].i - sent.doc.char_span(at, at + 1, alignment_mode="expand").start <= 4:
                return cue, sent.end_char, anaphoric, container
        return cue, at, anaphoric, container

    @staticmethod
    def _word_at(doc: Doc, at: int) -> str:
        span = doc.char_span(at, at + 1, alignment_mode="expand")
        return span[0].lower_ if span else ""

    @staticmethod
    def _is_verb(doc: Doc, at: int) -> bool:
        span = doc.char_span(at, at + 1, alignment_mode="expand")
        return bool(span) and span[0].pos_ in {"VERB", "AUX"}

    def _split(self, sent: Span, facts: ItemFacts) -> list[tuple[int, int]]:
        """« accueillis par X …, par Y …, ainsi que par Z … »: one clause per host."""
        doc = sent.doc
        cuts = []
        for t in sent:
            if t.lower_ == "par" and t.i > sent.start:
                b = t.i - 1
                while b > sent.start and doc[b].is_space:
                    b -= 1
                before = doc[b]
                if before.text == "," or (before.lower_ == "que" and t.i > 1 and doc[t.i - 2].lower_ == "ainsi"):
                    cuts.append(before.idx if before.text == "," else doc[b - 1].idx)
        if not cuts or not any(t.lower_ == "par" and t.idx < cuts[0] for t in sent):
            return [(sent.start_char, sent.end_char)]
        bounds = [sent.start_char, *cuts, sent.end_char]
        parts = [(a, b) for a, b in zip(bounds, bounds[1:])]
        named = [any(a <= x.start < b for x in [*facts.people, *facts.orgs]) for a, b in parts]
        return parts if all(named) else [(sent.start_char, sent.end_char)]


@Language.factory("reseau_activities")
def make_activities(nlp: Language, name: str) -> ActivityCues:
    """Sentences and clauses with the kind of activity they report."""
    return ActivityCues(load_lexicon())
