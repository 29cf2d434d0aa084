"""What an item announces, for the grouping of its activities.

An activity told as coming (« X organisera un colloque avec Y ») is often dated and placed
by the sentence after it, which recalls it by a pronoun or a noun (« Il aura lieu le 3
octobre à Rimouski », « L'événement se déroulera les 14 et 15 novembre »): that sentence
completes the planned activity, it does not start another. « La prochaine session se
tiendra au printemps à Lausanne », after a gathering held, announces the next one of the
same bodies, dated and placed by its own words only. A body that « a réuni ses membres en
assemblée générale » held a meeting of its own. Cue words are data
(``data/announcement_cues.json``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import cache

from reseau.extract.activity_patterns import met_apposed
from reseau.extract.calendar import When
from reseau.extract.drafts import GATHERINGS, Draft, quoted_title
from reseau.extract.facts import Clause
from reseau.extract.lexicon import load_lexicon, read_data
from reseau.extract.quotations import inside
from reseau.extract.topics import fold
from reseau.periods import period

ANNOUNCEMENT_CUES = "announcement_cues.json"
# those a gathering is given to meeting (folded text): « un échange de vues avec une délégation de X »
WITH = re.compile(r"(?<!\w)(?:avec|entre|en presence d(?:e\s|'))")
# « la 13e édition », « la 2ème session »: a numbered one of a series, on folded text
ORDINAL = r"\d+\s*(?:e|eme|ieme|er|re)\b"
# what follows an impersonal « il est prévu »: a clause or an infinitive, not a gathering's date
IMPERSONAL = re.compile(r"\s+(?:que\b|qu'|de\b|d')")
# from the finest to the coarsest: a date replaces an announced one only by a finer one within it
PRECISIONS = ("day", "week", "month", "season", "year")


# where a gathering's noun phrase ends: a comma or its verb (folded text)
NOUN_PHRASE_END = re.compile(r",|\s(?:s'|(?:a|ont|est|sont|avait|avaient)\s)")


def _alternatives(words) -> str:
    return "|".join(sorted({re.escape(fold(w)) for w in words}, key=len, reverse=True))


def _determiners(words) -> str:
    """A determiner before its noun: a space after it, none after an elided one (« l'événement »)."""
    spaced = _alternatives(w for w in words if not w.endswith("'"))
    elided = _alternatives(w for w in words if w.endswith("'")) or "(?!)"
    return rf"(?:(?:{spaced})\s+|(?:{elided}))"


@dataclass(frozen=True)
class _AnnouncementCues:
    """The patterns of ``announcement_cues.json``, compiled once per process, on folded text."""

    taking_place: re.Pattern[str]
    devoted_to: re.Pattern[str]
    opening: re.Pattern[str]
    next_one: re.Pattern[str]
    convened: re.Pattern[str]
    introduced: re.Pattern[str]
    in_passing: re.Pattern[str]

    @staticmethod
    @cache
    def load(name: str = ANNOUNCEMENT_CUES) -> "_AnnouncementCues":
        """Built from the data file and the nouns of meetings and events of the cue lists."""
        cues = {k: v for k, v in json.loads(read_data(name)).items() if not k.startswith("_")}
        lexicon = load_lexicon().cues
        nouns = _alternatives([*cues["gathering_nouns"], *lexicon["meeting_nouns"], *lexicon["event_nouns"]])
        nexts = _alternatives(cues["next"])
        recalling, series = _determiners(cues["recalling"]), _determiners(cues["series_determiners"])
        return _AnnouncementCues(
            re.compile(rf"(?<![\w'])(?:{_alternatives(cues['taking_place'])})(?!\w)"),
            re.compile(rf"(?<![\w'])(?:{_alternatives(cues['devoted_to'])})(?!\w)"),
            # « Il aura lieu », « L'événement se déroulera », « Cette grande rencontre aura lieu »; not « la prochaine … »
            re.compile(rf"^\W*(?:(?:{_alternatives(cues['subjects'])})(?![\w'-])|{recalling}"
                       rf"(?:(?!(?:{nexts})\b)[\w-]+\s+)?(?P<noun>{nouns})(?!\w))"),
            # the subject of its clause, maybe after a connective (« Par ailleurs, la prochaine session … »)
            # or the object of a decision to hold it (« Les ministres ont convenu de tenir leur prochaine réunion »)
            re.compile(rf"^\W*(?:[\w'-]+(?:\s+[\w'-]+){{0,3}},\s*)?"
                       rf"(?:(?:[\w'-]+\s+){{1,5}}?(?:(?:de\s+|d')(?:{_alternatives(cues['holding'])})"
                       rf"|(?P<holder>{_alternatives(cues['holding_future'])}))\s+)?{series}(?:{nexts}|{ORDINAL}|{_alternatives(cues['ordinals'])})\s+"
                       rf"(?:[\w-]+\s+)?(?P<noun>{nouns})(?!\w)"),
            re.compile(rf"(?<![\w'])(?:{_alternatives([*cues['convened_in'], *cues['sat']])})(?!\w)"),
            re.compile(rf"(?<![\w']){_determiners(cues['introducing'])}(?:[\w-]+\s+)?(?P<noun>{nouns})(?!\w)"),
            # « une conférence qui aura lieu », « la prochaine session de la X qui se tiendra »
            re.compile(rf"(?<![\w'])(?P<noun>{nouns})(?P<owner>(?:\s+[\w'()-]+){{0,8}}?)\s+(?:qui|laquelle|lequel)\s+"
                       rf"(?:{_alternatives(cues['taking_place'])})(?!\w)"))


@cache
def _met_apposed() -> re.Pattern[str]:
    """The pattern of a body told as met by an apposed participle, built once."""
    return met_apposed(load_lexicon().cues)


class Announcements:
    """Planned activities of an item and what completes them; mixed into the item's grouper,
    whose facts, drafts, dating and folded text (``self.folded``) it reads."""

    def announced(self, clause: Clause, people: list[int], orgs: list[int]) -> bool:
        """Read the clause as part of an announcement, if it is one: the next gathering of a series,
        or the sentence that dates and places the activity just announced. False leaves it to the
        other rules."""
        if clause.cue not in {None, "meeting", "event"}:
            return False
        series = self.next_of_series(clause)
        holders = self.holders(clause, orgs) if series is not None else []
        if holders:
            # « Le comité tiendra sa prochaine réunion en juillet à Genève »: the subject's own next gathering
            self.plan(clause, "meeting", people, holders)
            return True
        held = self.series_gathering(series) if series is not None else None
        if held is not None:
            owner = self.recalled_owner(clause, series, held)
            # « La prochaine réunion de la commission se tiendra … »: that body's series, not its guests'
            self.plan(clause, held.kind, people, [owner, *orgs] if owner is not None else [*self.series_bodies(held, series), *orgs])
            return True
        announced = self.continued_announcement(clause)
        if announced is not None:
            self.complete(announced, clause, *self.those_to_meet(clause, people, orgs))
            return True
        named = self.gathering_named_before(clause)
        if named is None or not self.recalls_and_dates(clause):
            return False
        # « X et Y préparent une conférence … Elle aura lieu à l'automne à Québec »: the gathering named
        # in passing is the one announced
        before_people, before_orgs = self.participants(named)
        people, orgs = self.those_to_meet(clause, people, orgs)
        self.plan(named, "event", [*before_people, *people], [*before_orgs, *orgs])
        self.complete(self.current, clause, [], [])
        return True

    def next_of_series(self, clause: Clause) -> str | None:
        """The noun of « La prochaine session se tiendra … », « La 13e édition aura lieu … »,
        told as coming by the clause it is the subject of; « ont échangé sur la prochaine session »
        announces nothing of its own."""
        cues = _AnnouncementCues.load()
        text = self.folded
        found = cues.next_one.match(text[clause.start:clause.end])
        if found is None or inside(self.quotes, clause.start + found.start("noun")):
            return None
        coming = clause.future or cues.taking_place.search(text, clause.start, clause.end) is not None
        return found.group("noun") if coming else None

    def holders(self, clause: Clause, orgs: list[int]) -> list[int]:
        """The bodies named before the future verb that holds the next gathering (« Le comité tiendra
        sa prochaine réunion »), its subject."""
        found = _AnnouncementCues.load().next_one.match(self.folded[clause.start:clause.end])
        if found is None or found.group("holder") is None:
            return []
        verb = clause.start + found.start("holder")
        return [o for i, span in enumerate(self.facts.orgs) if clause.start <= span.start < verb
                and (o := self.reg.org_of.get((self.n, i))) is not None and o in orgs]

    def series_bodies(self, held: Draft, noun: str) -> list[int]:
        """Whose series it is: the body the held gathering's noun names (« l'assemblée générale de
        l'Association X »), else all those who held it (« X a tenu sa session avec Y »)."""
        start, end = held.start - self.offset, held.end - self.offset
        if start < 0:
            return held.hosts or held.orgs  # held in a section above, whose words this item does not hold
        for m in re.finditer(rf"(?<!\w){re.escape(noun)}(?:\s+[\w-]+)?\s+(?:de la\s+|de l'|du\s+|des\s+|de\s+|d')",
                             self.folded[start:end]):
            at = start + m.end()
            body = next((self.reg.org_of.get((self.n, i)) for i, o in enumerate(self.facts.orgs) if o.start == at), None)
            if body is not None:
                return [body]
        named = self.body_of_noun_phrase(start, end, noun)
        if named is not None:
            return [named]
        # « X et Y ont tenu la troisième réunion », then « la quatrième réunion se tiendra »: those who held it
        return held.hosts or held.orgs

    def recalled_owner(self, clause: Clause, noun: str, held: Draft) -> int | None:
        """« la prochaine réunion de la commission »: the body of the held gathering that the bare head noun
        after the gathering's noun recalls, the first of them its record names with that head."""
        m = re.search(rf"(?<!\w){re.escape(noun)}\s+(?:de la\s+|de l'|du\s+)(?P<head>[\w-]+)(?!\w)",
                      self.folded[clause.start:clause.end])
        if m is None or self.named_body_at(clause.start + m.start("head")):
            return None
        head = m.group("head")
        return next((b for b in held.orgs if fold(self.reg.organizations[b].name).split()[:1] == [head]), None)

    def body_of_noun_phrase(self, start: int, end: int, noun: str) -> int | None:
        """« La réunion des ministres de la Sécurité des États membres de l'Union X s'est tenue »: the last
        body the gathering's noun phrase names, before its verb or its first comma, whose members meet."""
        text = self.folded
        found = re.search(rf"(?<!\w){re.escape(noun)}(?!\w)", text[start:end])
        if found is None:
            return None
        stop = NOUN_PHRASE_END.search(text, start + found.end(), end)
        limit = stop.start() if stop else end
        bodies = [self.reg.org_of.get((self.n, i)) for i, o in enumerate(self.facts.orgs) if start + found.end() <= o.start < limit]
        return next((b for b in reversed(bodies) if b is not None), None)

    def series_gathering(self, noun: str) -> Draft | None:
        """The gathering held whose next one is announced: the item's that the same noun told
        (« a tenu sa session » … « la prochaine session »), else the first the item reports."""
        held = [d for d in self.drafts[self.item_start:] if d.kind in {"meeting", "event"} and d.status == "held"]
        named = re.compile(rf"(?<!\w){re.escape(noun)}(?!\w)")
        if not held:
            # « La prochaine séance plénière se tiendra en juin » closing a page whose first section told the séance
            earlier = [d for d in self.drafts[:self.item_start] if d.kind in {"meeting", "event"} and d.status == "held"]
            return next((d for d in reversed(earlier) if named.search(fold(d.summary))), None)
        # « la réunion des ministres … » rather than « une réunion des experts » held before it
        return self.held_named(noun) or next((d for d in reversed(held) if named.search(fold(d.summary))), held[0])

    def continued_announcement(self, clause: Clause) -> Draft | None:
        """The planned activity just told, when the clause recalls it as its subject and says when or
        where it takes place, with a date that fits it (« Il aura lieu le 3 octobre »)."""
        draft = self.current
        if draft is None or draft.kind not in GATHERINGS or draft.status != "planned" or draft.item != self.n:
            return None
        if not self.recalls_and_dates(clause):
            return None
        when = self.coming_when(clause)
        return draft if when is None or draft.when is None or _refines(when, draft.when) or when == draft.when else None

    def those_to_meet(self, clause: Clause, people: list[int], orgs: list[int]) -> tuple[list[int], list[int]]:
        """Who the clause adds to the gathering it recalls: all it names when it says when or where it takes
        place; when it says what it is given to, only those after « avec » (« Elle sera consacrée à un échange
        avec une délégation de X »; « … au bilan de l'opération de la police » names a topic)."""
        if _AnnouncementCues.load().taking_place.search(self.folded, clause.start, clause.end):
            return people, orgs
        met = WITH.search(self.folded, clause.start, clause.end)
        return self.participants(clause, met.start()) if met else ([], [])

    def recalls_and_dates(self, clause: Clause) -> bool:
        """The clause opens on a pronoun or a noun that recalls a gathering (« Il », « L'événement »),
        not a body's name, and says when or where it takes place (« aura lieu », « se tiendra »)."""
        cues = _AnnouncementCues.load()
        text = self.folded
        opening = cues.opening.match(text[clause.start:clause.end])
        verb = cues.taking_place.search(text, clause.start, clause.end) or cues.devoted_to.search(text, clause.start, clause.end)
        if opening is None or verb is None or IMPERSONAL.match(text, verb.end()):
            return False  # « Il est prévu que la ministre signe … » announces no gathering of its own
        # « Le Forum des villes se tiendra … »: a body's name, another event
        return opening.group("noun") is None or not self.named_body_at(clause.start + opening.start("noun"))

    def gathering_named_before(self, clause: Clause) -> Clause | None:
        """The sentence just before, when it names a gathering (« préparent une conférence ») that
        no activity of the item holds."""
        clauses = self.facts.clauses
        at = next((k for k, c in enumerate(clauses) if c is clause), 0)
        before = clauses[at - 1] if at > 0 else None
        if before is None or before.sentence != clause.sentence - 1 or before.cue not in {None, "meeting", "event"}:
            return None
        if any(d.start <= self.offset + before.start < d.end for d in self.drafts[self.item_start:]):
            return None
        for m in _AnnouncementCues.load().introduced.finditer(self.folded, before.start, before.end):
            if not self.named_body_at(m.start("noun")) and not inside(self.quotes, m.start("noun")):
                return before
        return None

    def named_body_at(self, at: int) -> bool:
        """A body's name covers this position of the item."""
        return any(o.start <= at < o.end for o in self.facts.orgs)

    def coming_when(self, clause: Clause) -> When | None:
        """The clause's date, read as coming whatever its tense (« est prévue le 3 octobre »)."""
        return self.when(replace(clause, future=True))

    def complete(self, draft: Draft, clause: Clause, people: list[int], orgs: list[int]) -> None:
        """The announced activity gets the clause's participants, its date when finer and its place."""
        draft.add(people, orgs)
        draft.end = max(draft.end, self.offset + clause.end)
        when = self.coming_when(clause)
        if when is not None and (draft.when is None or _refines(when, draft.when)):
            draft.when = when
        place = self.place(clause)
        if place is not None and draft.place is None:
            draft.place = place

    def plan(self, clause: Clause, kind: str, people: list[int], orgs: list[int]) -> None:
        """A planned activity of its own, dated and placed by the clause alone: what was held
        before lends it neither its day nor its city."""
        online = bool(self.online_words.search(self.facts.text, clause.start, clause.end))
        draft = Draft(kind, self.offset + clause.start, self.offset + clause.end,
                      self.text[self.offset + clause.start:self.offset + clause.end], self.coming_when(clause),
                      self.place(clause), item=self.n, status="planned", online=online)
        draft.add(people, list(dict.fromkeys(orgs)))
        draft.title = quoted_title(draft.summary) if kind == "event" else None
        self.drafts.append(draft)
        self.current = draft
        self.item_drafts += 1

    def convened(self, clause: Clause) -> bool:
        """« a réuni ses membres en assemblée générale », « le comité s'est réuni »: the body's own
        sitting, at or after the verb."""
        if clause.trigger is None:
            return False
        return _AnnouncementCues.load().convened.search(self.folded, max(clause.start, clause.trigger - 12),
                                                        clause.end) is not None or self.met_told(clause)

    def met_told(self, clause: Clause) -> bool:
        """« Réunie mardi à X, la commission … », « Le Conseil exécutif, réuni le 12 mai à Y, »: the body met."""
        return _met_apposed().search(self.folded, clause.start, clause.end) is not None

    def announced_in_passing(self) -> list[Draft]:
        """Gatherings announced inside a sentence about something else: « … pour préparer une
        conférence qui aura lieu à l'automne 2022 », « … au sujet de la prochaine session de la X
        qui se tiendra au printemps ». Each is planned, dated by the words after its verb, and
        taken part in by the body its noun names (« de la X »), else by those of the activity the
        sentence tells. They are not the sentence's activity: the extraction keeps them apart."""
        found = []
        text = self.folded
        pattern = _AnnouncementCues.load().in_passing
        for clause in self.facts.clauses:
            for m in pattern.finditer(text, clause.start, clause.end):
                if inside(self.quotes, m.start("noun")) or self.named_body_at(m.start("noun")):
                    continue
                dated = next((d for d in self.facts.dates if m.end() <= d.start <= m.end() + 30 and d.start < clause.end
                              and d.role is None), None)
                if dated is None or any(d.status == "planned" and d.start <= self.offset + m.start() < d.end
                                        for d in self.drafts[self.item_start:]):
                    continue
                sentence_end = min(clause.end, dated.end + 40)
                span = Clause(m.start(), sentence_end, clause.sentence, cue="event", trigger=m.start(), future=True)
                owner = [self.reg.org_of[(self.n, i)] for i, o in enumerate(self.facts.orgs)
                         if m.start("owner") <= o.start < m.end("owner") and (self.n, i) in self.reg.org_of]
                told = next((d for d in self.drafts[self.item_start:] if d.start <= self.offset + m.start() < d.end), None)
                draft = Draft("event", self.offset + m.start(), self.offset + sentence_end,
                              self.text[self.offset + m.start():self.offset + sentence_end], self.coming_when(span),
                              self.place(span), item=self.n, status="planned")
                draft.add([], list(dict.fromkeys(owner)) or (list(told.orgs) if told is not None else []))
                if draft.orgs:
                    found.append(draft)
        return found


def _refines(finer: When, coarser: When) -> bool:
    """The first date is more precise than the second and falls within it."""
    if PRECISIONS.index(finer.precision) >= PRECISIONS.index(coarser.precision):
        return False
    first, last = period(coarser.iso(), coarser.precision)
    return first <= finer.value <= last
