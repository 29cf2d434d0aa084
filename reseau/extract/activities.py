"""Clauses that report an activity: a meeting, an agreement, a hire, a publication, an
event, or the mission or visit that holds several meetings.

Cues are data (``data/cues.json``): verbs and nouns of meetings (« s’est entretenu avec »,
« une séance de travail a eu lieu », « a reçu en audience »), signing verbs with the name
of an agreement (« ont signé une convention »), appointments (« a été nommée », « sera
élu »). A word inside a quotation is not a cue, nor is a noun that only situates the
sentence in time (« après l’entretien des ministres », « en marge du sommet ») or that
recalls an organization of the item (« ce forum » after « le Forum des villes »).

Each sentence is read for its cue (the earliest word that says what happened). A
sentence that lists several hosts (« accueillis par X …, par Y …, ainsi que par Z … »)
is cut into one clause each. Grouping clauses into activities needs the whole document
(who is staff, which organization publishes) and is done in
:mod:`reseau.extract.assemble`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from reseau.extract import activity_tenses as tenses
from reseau.extract.activity_patterns import (
    after, appointed_by, before_audience, board_listed, fronted_participle, hire_apposition, hire_noun_by, installed_by, installing,
    launched, minutes_heading, phrases, post_taking, proceeding)
from reseau.extract.activity_hires import HireReading
from reseau.extract.activity_words import WordReading
from reseau.extract.facts import Clause, DateSpan, OrgSpan, PersonSpan
from reseau.extract.lexicon import Lexicon, load_lexicon
from reseau.extract.quotations import inside, quoted_ranges
from reseau.extract.tokens import BULLETS
from reseau.extract.topics import fold

_WORDS_APART = re.compile(r"[,;:.!?()«»\"]")
# « Le prochain dialogue … se tiendra »: the next of a series, whatever its noun, is a gathering (folded text);
# « La prochaine édition », « Un second module se tiendra … »: the next of a series held before (folded text)
NEXT_OF_SERIES = re.compile(r"\s*(?:le\s+prochain|la\s+prochaine|une?\s+(?:second|seconde|deuxieme|troisieme))\s+\w{4,}")


@dataclass(frozen=True)
class _Seen:
    """What the item holds that cues are read against: its quotations, the first words of its
    bodies' names and its dates."""

    quotes: list[tuple[int, int]]
    org_heads: set[str]
    dates: list[DateSpan]
    name_ends: frozenset[int] = frozenset()  # where the item's people's names end


class ActivityCues(HireReading, WordReading):
    """Store the item's clauses with their cues in ``doc._.clauses``."""

    def __init__(self, lexicon: Lexicon) -> None:
        cues = lexicon.cues
        self.meeting_lemmas = set(cues["meeting_lemmas"])
        self.meeting_nouns = set(cues["meeting_nouns"])
        self.container_nouns = set(cues["container_nouns"])
        self.hire = [fold(p) for p in cues["hire_phrases"]]
        self.publication_lemmas = set(cues["publication_lemmas"])
        self.event = [fold(p) for p in cues["event_phrases"]]
        # « Le rapport « … » est en ligne »: a publication noun, then words, then the phrase that says it is out
        self.release = re.compile(r"(?<![\w'])(?:" + "|".join(re.escape(fold(n)) for n in cues["publication_nouns"])
                                  + r")(?!\w)[^.;]{0,160}?(?<![\w'])(?:" + "|".join(re.escape(fold(p)) for p in cues["release_phrases"])
                                  + r")(?!\w)")
        self.event_nouns = set(cues["event_nouns"])
        self.future = [fold(p) for p in cues["future_cues"]]
        self.meeting_phrases = phrases(cues.get("meeting_phrases", ()))
        self.proceeding = proceeding(cues["proceeding_verbs"], [*cues["ceremony_acts"], *cues["post_ceremony_acts"]])
        self.installing = installing(cues)
        self.installed_by = installed_by(cues)
        self.audience = before_audience(cues["presenting_verbs"], cues["audience_prepositions"])
        self.attending = before_audience(cues["attending_verbs"], cues["attending_prepositions"])
        # « avait présenté le programme aux représentants du Centre X »: told to people of a body
        self.addressees = before_audience(cues["presenting_verbs"], cues["addressee_prepositions"])
        self.reception = phrases(cues["reception_participles"])
        self.reference = [fold(p) for p in cues["reference_prepositions"]]
        self.offering = frozenset(cues["offering_verbs"])
        self.anaphoric = set(cues["anaphoric_determiners"]) | {"l’"}
        self.same_words = frozenset(cues["same_words"])
        self.agreement_nouns = phrases(cues["agreement_nouns"], accents=True)
        self.agreement_verbs = phrases(cues["agreement_verbs"], accents=True)
        self.signing = phrases(cues["signing_verbs"], accents=True)
        self.hire_participle = after(cues["hire_auxiliaries"], cues["hire_participles"], cues["hire_adverbs"])
        # « X, désignée il y a quelques semaines, … »; not « X, élu local, … »
        self.hire_apposition = hire_apposition(cues)
        self.appointed_by = appointed_by(cues)  # « les magistrats nommés par décret du 4 novembre : »
        # « a promu une approche », « a investi 2 millions »: only the passive tells an appointment
        self.hire_passive = after(cues["hire_passive_auxiliaries"], cues["hire_passive_participles"], cues["hire_adverbs"])
        self.recalled_after = tuple(fold(w) + " " for w in cues["hire_recalled_after"])
        self.hire_nouns = phrases(cues["hire_nouns"])
        self.hire_noun_by = hire_noun_by(cues)  # « la nomination, par le Président, de M. X »
        # « le conseil a confié la direction des opérations à la commissaire X »: a post entrusted
        entrusted = after(cues["hire_auxiliaries"], cues["entrusting_participles"], cues["hire_adverbs"]).pattern
        self.entrusting = re.compile(entrusted + r"\s+(?:" + "|".join(re.escape(fold(p)) for p in cues["entrusted_posts"]) + r")(?!\w)")
        self.post_taking = post_taking(cues)
        self.fronted_participle = fronted_participle(cues)
        # « Z devient trésorière »: becoming one of the titles the lexicon knows (not « devient membre »)
        self.becoming = re.compile(r"(?<![\w'])(?:" + "|".join(re.escape(fold(v)) for v in cues["becoming_verbs"])
                                   + r")\s+(?:le\s+|la\s+)?(?P<title>(?:[^\s,.;]+\s*){1,3})")
        self.becoming_titles = frozenset(fold(t) for t in lexicon.titles if not t.startswith("membre"))
        # « maître de conférences »: a title that ends on a gathering's noun names no gathering
        self.titles_on_gatherings = tuple(" " + fold(t) for t in lexicon.titles
                                          if fold(t.split()[-1]).rstrip("s") in {fold(n).rstrip("s") for n in self.meeting_nouns} and " " in t)
        self.weak_future = [fold(p) for p in cues["weak_future_cues"]]
        # the cues that make a sentence coming whatever its other tenses, spaced as read in folded text
        self.strong_future = [f" {p} " if not p.endswith("'") else f" {p}" for p in self.future if p not in self.weak_future]
        # « a accueilli M. X comme stagiaire », « a accueilli en mars trois stagiaires dans son équipe »: someone
        # welcomed as staff, or into the staff, is a newcomer, not a guest
        def alternatives(key: str) -> str:
            return "|".join(re.escape(fold(w)) for w in cues[key])
        self.welcome_as = re.compile(
            rf"(?<!\w)(?:{alternatives('welcome_verbs')})(?!\w)[^;]{{0,90}}?(?<!\w)"
            rf"(?:(?:{alternatives('welcome_as')})\s+(?:{alternatives('staff_nouns')})|{alternatives('welcome_into')})(?!\w)")
        self.header = phrases(cues["header_cues"])
        self.minutes = minutes_heading(cues)
        self.byline = phrases(cues["byline_cues"])
        self.appointment_heading = phrases(cues["appointment_headings"])
        self.sequel = phrases(cues["sequel_participles"])
        self.receipts = frozenset(fold(w) for w in cues["receipt_objects"])
        verbs = "|".join(re.escape(fold(v)) for v in cues["interim_verbs"])
        held = "|".join(re.escape(fold(v)) for v in cues["interim_objects"])
        self.interim = re.compile(rf"(?<![\w'])(?:{verbs})(?:\s+[^\s,.;]+){{0,6}}?\s+(?:{held})(?!\w)")
        self.ceremony_of = tuple(f"{fold(n)} {d}" for n in cues["ceremony_nouns"] for d in ("de ", "d'", "du "))
        # « au poste de police », at the end of the sentence too
        self.post_venues = re.compile(r"\s*(?:" + "|".join(re.escape(fold(w)) for w in cues["post_venues"]) + r")(?!\w)")
        self.launched = launched(cues)  # « a lancé le 8 mai … le deuxième numéro de sa revue »
        self.attendee_intro = phrases([*cues["attendance_phrases"], *cues["attendee_list_intros"]])
        self.board_listed = board_listed(cues)  # « Le comité se compose dorénavant comme suit : »

    def __call__(self, doc: Doc) -> Doc:
        item, orgs, people = doc._.item, doc._.orgs, doc._.people
        clauses: list[Clause] = []
        sentences = list(doc.sents)
        title_cue = None
        listing = False
        listing_future = False  # the sentence that opened the list told it as coming
        # « le Forum européen pour la sécurité urbaine » names a body, not a forum that took place.
        in_names = {i for o in orgs for i in range(o.start, o.end)}
        seen = _Seen(quoted_ranges(item.text), {fold(o.name.split()[0]) for o in orgs if o.name.split()}, doc._.dates,
                     frozenset(p.end for p in people))
        body_opened = False
        for index, sent in enumerate(sentences):
            if sent.start_char < item.title_end:
                title_cue = self._title_cue(sent)
                if self.minutes.match(fold(sent.text).strip()):
                    # « Compte rendu de la séance plénière du 4 février » heading the item: the sitting itself
                    clauses.append(Clause(sent.start_char, sent.end_char, index, "meeting", sent.start_char))
                continue
            if self._byline(sent):
                continue  # « Publié par le Secrétariat – 13/03/2023 »: page debris, its body's title cue waits
            if not body_opened and tenses.heading(sent) and not self.minutes.match(fold(sent.text).strip()):
                # « Passée | 14/03/2019 » then « Séance de travail avec X »: the entry's headline names
                # what the sentences below tell, it is not one more activity (its date still counts);
                # so do the lines over the first sentence (« Abuja, le 27 mai » then « X ACCUEILLE LA RÉUNION »)
                clauses.append(Clause(sent.start_char, sent.end_char, index, title_cue=title_cue))
                title_cue = self._title_cue(sent) or title_cue
                continue
            body_opened = True
            cue, trigger, anaphoric, container = self._cue(sent, in_names, seen)
            stripped = sent.text.strip()
            if listing == "attendees" and stripped[:1] in BULLETS and clauses and not self._another_sitting(sent, clauses[-1], seen):
                # « Ont pris part aux travaux : — le directeur X ; — la maire Y »: the lines are the
                # subjects of the sentence that opens the list, who all attended one gathering
                clauses[-1] = replace(clauses[-1], end=sent.end_char)
                continue
            if listing == "attendees" and stripped[:1] in BULLETS:
                # « Ont été reçus : — le 3 mars : A ; — le 24 mars : B »: a sitting a dated line
                clauses.append(Clause(sent.start_char, sent.end_char, index, "meeting", sent.start_char, False, False, title_cue))
                continue
            if listing == "met" and stripped[:1] in BULLETS:
                # « elle a rencontré : — M. X … ; — Mme Y … »: each line of the list is a meeting.
                cue, trigger, anaphoric = "meeting", sent.start_char, False
            elif (listing == "appointed" or title_cue == "hire") and stripped[:1] in BULLETS:
                # « Ont également été nommés : — M. X, préfet de … ; — Mme Y, … »: one appointment a line
                cue, trigger, anaphoric = "hire", sent.start_char, False
            else:
                listing = self._listing(sent, cue, stripped)
            # « Les crédits seront gérés par X, dont la directrice a présenté le plan mardi »: the cue's own verb says when
            future = self._future(sent) and not (trigger is not None and tenses.past_at(doc, trigger))
            if listing == "met" and stripped[:1] in BULLETS:
                # « Les audiences se tiendront aux dates suivantes : • 6 octobre : Mont-Laurier »: each line is to come as its list
                future = future or listing_future
            else:
                listing_future = future
            parts = self._split(sent, [*people, *orgs]) if cue == "meeting" else [(sent.start_char, sent.end_char)]
            if cue == "agreement":
                parts = self._split_parties(sent, seen.dates)
                if len(parts) > 1:
                    # the words before the first party: those who signed every one (« signées par X : avec … »)
                    clauses.append(Clause(sent.start_char, parts[0][0], index, title_cue=title_cue, told_done=False))
                    trigger = parts[0][0]
            gathering = cue == "meeting" and trigger is not None and self._word_at(doc, trigger) in self.event_nouns
            done = future or not tenses.habitual(sent)
            for n, (start, end) in enumerate(parts):
                clauses.append(Clause(start, end, index, cue, trigger if n == 0 else start,
                                      anaphoric and n == 0, future, title_cue, container, gathering, done))
        doc._.clauses = clauses
        return doc

    @staticmethod
    def _another_sitting(sent: Span, listed: Clause, seen: _Seen) -> bool:
        """A line of a list of attendees that opens on a day (« — le 24 mars 2023 : A, B ») after lines
        that gave one: those of another sitting."""
        def opens_on_day(start: int, end: int) -> bool:
            return any(start <= d.start <= start + 6 and d.precision == "day" and d.role is None for d in seen.dates
                       if d.start < end)
        if not opens_on_day(sent.start_char, sent.end_char):
            return False
        return any(listed.start <= d.start < listed.end and d.precision == "day" for d in seen.dates)

    def _listing(self, sent: Span, cue: str | None, stripped: str) -> str | None:
        """A sentence that opens a list of lines (ends with a colon): « a rencontré : » lists the
        people met, one meeting each; « Ont pris part aux travaux : » lists who attended; « Ont été
        nommés : » lists appointments, one hire each."""
        if not stripped.endswith(":"):
            return None
        if self.attendee_intro.search(fold(sent.text)):
            return "attendees"
        if cue == "hire" or cue is None and self.board_listed.search(fold(sent.text)):
            return "appointed"
        return "met" if cue == "meeting" else None

    def _byline(self, sent: Span) -> bool:
        """A line that says who posted the page and when, ended without a period."""
        text = fold(sent.text).strip()
        return self.byline.match(text) is not None and not text.endswith(".")

    def _title_cue(self, sent: Span) -> str | None:
        words = {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}
        if words & self.publication_lemmas:
            return "publication"
        if self.appointment_heading.fullmatch(re.sub(r"^[\dIVX.\s-]*", "", fold(sent.text).strip())):
            return "hire"  # « II. MESURES INDIVIDUELLES »: the lines below appoint
        if words & (self.meeting_nouns | {"visite", "mission", "rencontres"}):
            return "meeting"
        return None

    def _future(self, sent: Span) -> bool:
        """Told as coming: « se tiendra », « aura lieu »; « le prochain » only without a past tense.
        A sentence told in a compound past is not made coming by a relative clause about something
        else (« ont échangé au sujet de la session qui se tiendra au printemps »)."""
        text = f" {_WORDS_APART.sub(' ', fold(sent.text))} "  # « annonce l'organisation, le 3 mai, d'un colloque »
        past = tenses.past(sent)
        if any(p in text and tenses.said(text, p, past) for p in self.strong_future) or tenses.future_tense(sent, past):
            return True
        return any(f" {p} " in text for p in self.weak_future) and not past

    def _cue(self, sent: Span, in_names: set[int], seen: _Seen) -> tuple[str | None, int | None, bool, bool]:
        """The sentence's cue, where it is, whether it refers back, whether it speaks of a delegation or mission."""
        text = fold(sent.text)
        base = sent.start_char
        container = any(t.lower_ in self.container_nouns for t in sent)
        if self.header.match(text.lstrip("-–—•* ")):
            return None, None, False, False  # « Publié le 11 octobre 2023 »: page debris, not a publication
        if self.minutes.match(text.strip()):
            return "meeting", base, False, False  # « Compte rendu de la séance du 4 février »: the sitting held
        if tenses.pluperfect(sent) and not tenses.recent_day(sent, seen.dates):
            # « le premier contrat avait été signé en 2014 »: what came before the news, told in passing; an
            # appointment recalled with its day (« X avait été nommé lors du Conseil du 9 juillet 2025 ») is a hire
            hire = self._hire(text) if tenses.a_day(sent, seen.dates) else None
            if hire is not None and not inside(seen.quotes, base + hire):
                return "hire", base + hire, False, False
            return None, None, False, container
        installed = self.installed_by.search(text)
        if installed is not None and not inside(seen.quotes, base + installed.start()):
            return "meeting", base + installed.start(), False, False  # « X a été installé … par Y »: a ceremony
        hire = self._hire(text)
        if hire is None:
            hire = self._interim(sent, text, seen)
        if hire is None:
            hire = self._in_post_since(sent, text, seen)
        if hire is None:
            hire = self._by_dated_act(sent, text, seen)
        if hire is not None and not inside(seen.quotes, base + hire) and not self._met_by_newcomer(sent, text, in_names, seen):
            return "hire", base + hire, False, False
        agreement = self._agreement(sent.text.lower().replace("’", "'"))
        cues = self._word_cues(sent, in_names, seen)
        if agreement is not None and not inside(seen.quotes, base + agreement):
            sequel = self.sequel.search(text, agreement)
            later = [c for c in cues if c[1] == "meeting" and sequel and c[0] >= base + sequel.end()]
            if later and re.search(r"(?:^|\s)(?:la|cette)\s+$", text[:agreement]):
                # « La signature a été précédée d'une réunion de travail avec X »: a meeting, the signing recalled
                return "meeting", min(later)[0], False, False
            return "agreement", base + agreement, False, False
        reception = self.reception.match(text.lstrip())
        if reception:
            # « Reçue par le général X, la délégation a suivi … »: the visit told before, seen from its host
            return "meeting", base + len(text) - len(text.lstrip()), True, container
        for phrase in self.event:
            at = text.find(phrase)
            if at >= 0 and (any(t.lower_ in self.event_nouns for t in sent) or NEXT_OF_SERIES.match(text)):
                # « Le colloque … se tiendra »: an event, unless someone met someone first.
                verbs_before = [c for c in cues if c[1] == "meeting" and not c[2] and c[0] < sent.start_char + at
                                and sent.doc[sent.doc.char_span(c[0], c[0] + 1, alignment_mode="expand").start].pos_ in {"VERB", "AUX"}]
                if not verbs_before:
                    return "event", sent.start_char, False, container
        released = self.release.search(text) or self.launched.search(text)
        if released is not None and not inside(seen.quotes, base + released.start()):
            cues.append((base + released.start(), "publication", False))
        if not cues:
            return None, None, False, container
        # A verb says what happened in this sentence (« En marge de la conférence, le Centre a signé
        # une entente avec … »); a noun with an article may only recall the activity before.
        verbs = [c for c in cues if c[1] == "meeting" and self._is_verb(sent.doc, c[0])]
        at, cue, anaphoric = min(verbs) if verbs and min(cues)[2] else min(cues)
        anaphoric = anaphoric or self._object_recalled(sent, at, cues) or self._subject_recalled(sent, at, cues)
        if container:
            # « a accueilli une délégation de … »: the delegation is the guest, its visit holds the meetings.
            after = [t for t in sent if t.idx > at and t.lower_ in self.container_nouns]
            if after and after[0].i - sent.doc.char_span(at, at + 1, alignment_mode="expand").start <= 4:
                return cue, sent.end_char, anaphoric, container
        return cue, at, anaphoric, container

    def _word_cues(self, sent: Span, in_names: set[int], seen: _Seen) -> list[tuple[int, str, bool]]:
        """Words and phrases of meetings and publications: (offset, cue, refers back)."""
        text = fold(sent.text)
        base = sent.start_char
        cues: list[tuple[int, str, bool]] = []
        for t in sent:
            if t.idx in in_names or inside(seen.quotes, t.idx):
                continue
            lemma = t.lemma_.lower()
            if self._in_title(sent, t):
                continue  # « maître de conférences à l'Université X »
            if t.lower_.endswith("ant") and t.pos_ in {"VERB", "AUX"}:
                continue  # « une cellule réunissant la Ville et la police »: the participle qualifies a noun
            if lemma in self.publication_lemmas or t.lower_ in self.publication_lemmas:
                cues.append((t.idx, "publication", False))
            elif lemma in self.meeting_lemmas or self._meeting_noun(t):
                if lemma == "recevoir" and self._receives_a_thing(sent, t):
                    continue  # « le projet a reçu l'appui de X »: a thing received, not a guest
                prev = sent.doc[t.i - 1].lower_ if t.i > sent.start else ""
                noun = t.pos_ == "NOUN" or self._meeting_noun(t)
                if noun and (self._reference(sent, t) or (prev in self.anaphoric and fold(t.text) in seen.org_heads)
                             or self._offered(sent, t)):
                    continue  # « après l’entretien des ministres », « ce forum » (the body named before)
                pronoun = prev == "y" or (t.i > sent.start + 1 and prev in {"a", "ont"} and sent.doc[t.i - 2].lower_ == "y")
                cues.append((t.idx, "meeting", (noun and self._recalls(sent, t, prev)) or pronoun))
        for m in [*self.proceeding.finditer(text), *self.audience.finditer(text), *self.attending.finditer(text),
                  *self.installing.finditer(text)]:
            if not inside(seen.quotes, base + m.start()):
                cues.append((base + m.start(), "meeting", False))
        for m in self.addressees.finditer(text):
            if not inside(seen.quotes, base + m.start()) and any(base + m.end() <= i < base + m.end() + 40 for i in in_names):
                cues.append((base + m.start(), "meeting", False))
        for m in self.meeting_phrases.finditer(text):
            if not inside(seen.quotes, base + m.start()):
                before = text[max(0, m.start() - 3):m.start()]
                cues.append((base + m.start(), "meeting", before.endswith("y ")))  # « à y prendre part »
        return cues

    def _met_by_newcomer(self, sent: Span, text: str, in_names: set[int], seen: _Seen) -> bool:
        """« le nouveau directeur X a rencontré Y »: « nouveau » qualifies; the verb tells a meeting."""
        strong = [p for p in self.hire if not p.startswith(("nouveau", "nouvelle", "nouvel"))]
        if any(self._told(text, p) for p in strong) or self.hire_participle.search(text) or self.hire_passive.search(text) \
                or self.hire_apposition.search(text) or self.hire_nouns.search(text) or self.welcome_as.search(text) \
                or self.post_taking.search(text) or self._becoming(text) is not None:
            return False
        weak = min((text.find(p) for p in self.hire if self._told(text, p)), default=len(text))  # « a accueilli une nouvelle employée » is a hire
        # « Une rencontre a eu lieu entre la nouvelle directrice et le maire »: the meeting told first names her
        # (« a accueilli une nouvelle employée » is still a hire: a verb before the phrase welcomes her)
        return any(c[1] == "meeting" and not c[2] and (c[0] - sent.start_char > weak if self._is_verb(sent.doc, c[0])
                                                       else c[0] - sent.start_char < weak)
                   for c in self._word_cues(sent, in_names, seen))

    def _agreement(self, text: str) -> int | None:
        """Where a signing is told: a signing verb, or another verb of agreements with an agreement's name."""
        verb = self.signing.search(text)
        # « en partenariat avec », « d'accord »: manners, not agreements
        named = any(not re.search(r"(?:\ben |\bd')$", text[max(0, m.start() - 3):m.start()])
                    for m in self.agreement_nouns.finditer(text))
        if verb is None and named:
            verb = self.agreement_verbs.search(text)
        return verb.start() if verb else None

    @staticmethod
    def _word_at(doc: Doc, at: int) -> str:
        span = doc.char_span(at, at + 1, alignment_mode="expand")
        return span[0].lower_ if span else ""

    @staticmethod
    def _is_verb(doc: Doc, at: int) -> bool:
        span = doc.char_span(at, at + 1, alignment_mode="expand")
        return bool(span) and span[0].pos_ in {"VERB", "AUX"}

    @staticmethod
    def _split_parties(sent: Span, dates: list[DateSpan]) -> list[tuple[int, int]]:
        """« Deux conventions ont été signées : avec X, le 14 octobre, par …, et avec Y, le 6 novembre,
        par … »: one signing per party, each with its own day (the words before the first party name none)."""
        text = fold(sent.text)
        base = sent.start_char
        cuts = [base + m.start() for m in re.finditer(r",?\s+et avec\s", text)]
        first = re.search(r"(?<!\w)avec\s", text)
        if not cuts or first is None or base + first.start() >= cuts[0]:
            return [(sent.start_char, sent.end_char)]
        bounds = [base + first.start(), *cuts, sent.end_char]
        parts = list(zip(bounds, bounds[1:]))
        dated = [any(a <= d.start < b and d.precision == "day" and d.role is None for d in dates) for a, b in parts]
        return parts if all(dated) else [(sent.start_char, sent.end_char)]

    def _split(self, sent: Span, names: list[OrgSpan | PersonSpan]) -> list[tuple[int, int]]:
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
        named = [any(a <= x.start < b for x in names) for a, b in parts]
        return parts if all(named) else [(sent.start_char, sent.end_char)]


@Language.factory("reseau_activities", default_config={"cues": "cues.json"},
                  requires=["doc._.item", "doc._.orgs", "doc._.people", "doc._.dates"], assigns=["doc._.clauses"])
def make_activities(nlp: Language, name: str, cues: str) -> ActivityCues:
    """Sentences and clauses with the kind of activity they report, from the cue lists the setting names."""
    return ActivityCues(load_lexicon(cues=cues))
