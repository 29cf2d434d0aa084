"""The tense of a sentence or of a cue in it, as the activity finder reads it: told as done (a
compound past, a pluperfect of the news' own days), as coming (a simple future, not one of a relative
clause), as a habit (the simple present), or a headline above the sentences it sums up."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

FUTURE_ENDINGS = ("rai", "ras", "ra", "rons", "rez", "ront")
# « qui se tiendra au printemps »: a relative clause told as coming, about the noun before it.
RELATIVE_PRONOUNS = {"qui", "laquelle", "lequel", "lesquelles", "lesquels"}


def past_at(doc: Doc, at: int) -> bool:
    """The cue at ``at`` lies in a compound past (« a présenté le plan »): told as done, whatever the
    tense of the rest of the sentence."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None:
        return False
    t = span[0]
    if t.pos_ not in {"VERB", "AUX"} or "Part" not in t.morph.get("VerbForm"):
        return False
    k = t.i - 1
    # « a été signée », « a par ailleurs été signée »: the passive's « été » and adverbs between
    while k >= 0 and (doc[k].pos_ == "ADV" or doc[k].lower_ == "été" or (doc[k].lower_ == "par" and k + 1 < len(doc)
                                                                        and doc[k + 1].lower_ == "ailleurs")):
        k -= 1
    return k >= 0 and doc[k].pos_ == "AUX" and doc[k].morph.get("Tense") == ["Pres"] and doc[k].lemma_ == "avoir"


def heading(sent: Span) -> bool:
    """A line of its own without a final stop or a finite verb: a headline over the sentences below."""
    text = sent.text.strip()
    if not text or "\n" in text or text[-1] in ".!?:;,»\"…" or not sent.text.endswith("\n"):
        return False
    # a headline tells in the present (« Ouagadougou accueille la réunion des chefs »); a line in a past
    # tense without its stop is a sentence
    return not past(sent) and not any(t.morph.get("VerbForm") == ["Fin"] and (t.pos_ == "AUX" or not present(t) and t.morph.get("Tense") != ["Fut"])
                                       for t in sent if t.pos_ in {"VERB", "AUX"})


def pluperfect(sent: Span) -> bool:
    """The sentence's verbs are in the pluperfect (« avait été signé », « avaient débouché »), none in the present perfect."""
    tenses = set()
    for t in sent:
        if t.pos_ == "AUX" and t.lemma_ == "avoir":
            nxt = next((u for u in sent.doc[t.i + 1:min(t.i + 4, sent.end)] if u.pos_ in {"VERB", "AUX"}), None)
            if nxt is not None and "Part" in nxt.morph.get("VerbForm"):
                tenses.update(t.morph.get("Tense"))
    return tenses == {"Imp"}


# « la veille », « la semaine dernière », « hier »: steps from the news' own days
NEWS_TIME = {"previous_day", "next_day", "same_day", "last_week", "this_week", "yesterday", "two_days_ago", "today",
             "this_month", "last_month"}


def a_day(sent: Span, dates: list) -> bool:
    """The sentence gives a day of the calendar (« le mercredi 9 juillet 2025 »), not a month or a year."""
    return any(sent.start_char <= d.start < sent.end_char and d.role is None and d.day is not None
               and d.month is not None and d.relative is None for d in dates)


def recent_day(sent: Span, dates: list) -> bool:
    """The sentence is dated by a day or a month of the news (« la veille », « mardi dernier », « le 14 mars
    dernier », « durant le mois de juin »): a pluperfect then orders the news' own events, it does not
    recall an old one (« signé en 2014 »)."""
    for d in dates:
        if sent.start_char <= d.start < sent.end_char and d.role is None and d.year is None:
            if d.relative in NEWS_TIME or d.weekday is not None or d.day is not None \
                    or (d.relative is None and d.precision == "month" and d.month is not None):
                return True
    return False


def habitual(sent: Span) -> bool:
    """Every verb in the simple present (« le réseau réunit chaque année … »): a habit, not an event."""
    verbs = [t for t in sent if t.pos_ in {"VERB", "AUX"}]
    finite = [t for t in verbs if t.morph.get("VerbForm") == ["Fin"]]
    return bool(finite) and all(present(t) for t in finite) and not any("Part" in t.morph.get("VerbForm") for t in verbs)


def present(t) -> bool:
    """A verb in the present; the tagger reads « réunit » as an imperfect, whose endings tell it apart."""
    tense = t.morph.get("Tense")
    if tense == ["Imp"]:
        return not t.lower_.endswith(("ais", "ait", "aient", "ions", "iez"))
    return tense == ["Pres"] and t.morph.get("Mood") != ["Sub"]


def future(t) -> bool:
    """A verb the tagger reads as a future; its ending must say so too (« accueille » is no future).
    A plural in « -ront » read as a present (« organiseront ») is a future all the same: no present ends so."""
    if t.morph.get("Tense") == ["Pres"] and t.morph.get("Number") == ["Plur"] and len(t.lower_) > 6:
        return t.lower_.endswith("ront")
    return t.morph.get("Tense") == ["Fut"] and t.lower_.endswith(FUTURE_ENDINGS)


def said(text: str, cue: str, past: bool) -> bool:
    """``cue`` occurs in ``text`` (folded, spaced words) as the sentence's own: in a sentence told
    in a compound past, not right after a relative pronoun (« la session qui se tiendra »)."""
    for m in re.finditer(re.escape(cue), text):
        before = text[:m.start()].split()[-3:]
        while before and before[-1] in {"se", "s'", "ne", "n'", "y"}:  # « qui se tiendra », « qui n'aura lieu »
            before.pop()
        if not (past and before and before[-1] in RELATIVE_PRONOUNS):
            return True
    return False


def future_tense(sent: Span, past: bool = False) -> bool:
    """A verb in the simple future (« elle rencontrera »), not a future perfect (« aura permis »);
    with ``past`` (the sentence tells something done), not one of a relative clause (« qui réunira »)."""
    for t in sent:
        if past and any(u.lower_ in RELATIVE_PRONOUNS for u in sent.doc[max(sent.start, t.i - 3):t.i]):
            continue
        if t.pos_ in {"VERB", "AUX"} and future(t) and t.morph.get("VerbForm") == ["Fin"]:
            nxt = sent.doc[t.i + 1] if t.i + 1 < sent.end else None
            if not (t.pos_ == "AUX" and nxt is not None and "Part" in nxt.morph.get("VerbForm")):
                return True
    return False


def past(sent: Span) -> bool:
    """A compound past tense (« a achevé », « se sont rendus »): told as done."""
    for t in sent:
        if t.pos_ == "AUX" and "Pres" in t.morph.get("Tense"):
            for u in sent.doc[t.i + 1:min(t.i + 4, sent.end)]:
                if u.pos_ == "VERB" and "Part" in u.morph.get("VerbForm"):
                    return True
    return False
