"""Appointments told as a list while an item's activities are grouped: a council's « MESURES
INDIVIDUELLES », one hire a line on the sitting's day, and the appointees a participle lists after
a colon (« nommés par décret du 2 mai : A, …, et son adjoint, B »), one hire each; and the
members a council's minutes tell reporting to the sitting (« a rendu compte »), who took part in it;
and a council's further appointments in the same news, made at the sitting its first one was dated by, or at the
one told before by the same noun (« lors de la même séance »).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from reseau.extract.activity_patterns import minutes_heading
from reseau.extract.calendar import When, resolve
from reseau.extract.facts import Clause
from reseau.extract.grouping_cues import decrees_adopted, folded_alternatives
from reseau.extract.lexicon import load_lexicon
from reseau.extract.tokens import BULLETS
from reseau.extract.topics import fold


@cache
def _seconding() -> re.Pattern[str]:
    """« sera secondée par », « est épaulé par » (folded text)."""
    words = "|".join(re.escape(fold(w)) for w in load_lexicon().cues["seconding_participles"])
    return re.compile(rf"(?<!\w)(?:{words})\s+par(?!\w)")


@cache
def _statements_noted() -> re.Pattern[str]:
    """« Prend également note de la déclaration liminaire de X » opening a paragraph (folded text)."""
    cues = load_lexicon().cues
    verbs = "|".join(re.escape(fold(v)).replace(r"\ ", r"\s+(?:\w+\s+)?") for v in cues["sitting_noting_verbs"])
    nouns = "|".join(re.escape(fold(n)) for n in cues["sitting_statements"])
    return re.compile(rf"\s*(?:{verbs})\s+(?:de\s+la|de\s+l'|des|du|d')\s*(?:{nouns})(?!\w)")


@cache
def _minutes() -> re.Pattern[str]:
    """The heading of a sitting's minutes, built once."""
    return minutes_heading(load_lexicon().cues)


@cache
def _same_occasion() -> re.Pattern[str]:
    """« lors de la même séance », « à l'issue de la même réunion » (folded text), the noun kept."""
    links = folded_alternatives(load_lexicon().cues["same_occasion_links"])
    return re.compile(rf"(?<!\w)(?:{links})\s+(?:du|de\s+la|de\s+l')\s*meme\s+(?P<noun>[a-z]+)")


class ListedHires:
    """Mixed into the item's grouper (through its hire rules), whose facts and drafts it reads."""

    def hires_listed(self, clause: Clause, named: list[int], listed: list[int], orgs: list[int]) -> None:
        """One hire for each appointee listed, on the act's day; « La veille, X avait reçu les nouveaux
        chefs, nommés par décret du 2 mai : … » is also the reception, on its own day, of all named."""
        act, seen = self.act_date(clause), self.when(clause)
        met = None
        if act is not None and seen is not None and act != seen:
            self.start(clause, "meeting", named, orgs)
            met = self.current
        for person in listed:
            self.start(clause, "hire", [person], orgs, when=act or seen)
        self.current = met or self.current

    def listed_after_colon(self, clause: Clause, apposed: int, people: list[int]) -> list[int]:
        """Those named after a colon that ends the apposed participle's phrase, when they are several:
        the appointees listed, one hire each."""
        colon = self.facts.text.find(":", apposed, clause.end)
        if colon < 0 or any(ch in self.facts.text[apposed:colon] for ch in ".;"):
            return []
        after = [p for p in self.participants(replace(clause, start=colon + 1))[0] if p in people]
        return after if len(after) > 1 else []

    def listed_bodies(self, clause: Clause, orgs: list[int]) -> list[int]:
        """A line of a council's appointments: the bodies it names before the appointee's former post
        (« précédemment directeur de X »), and the ministry of the line that opens its group (« Au titre
        du ministère de Y : »)."""
        former = self.former_post.search(self.folded[clause.start:clause.end])
        stop = clause.start + former.start() if former else clause.end
        kept = [o for i, span in enumerate(self.facts.orgs) if clause.start <= span.start < stop
                and (o := self.reg.org_of.get((self.n, i))) in orgs]
        opening = next((c for c in reversed(self.facts.clauses) if c.end <= clause.start
                        and self.facts.text[c.start:c.end].strip()[:1] not in BULLETS), None)
        if opening is not None and self.facts.text[opening.start:opening.end].rstrip().endswith(":"):
            kept += [o for i, span in enumerate(self.facts.orgs) if opening.start <= span.start < opening.end
                     and (o := self.reg.org_of.get((self.n, i))) is not None]
        return list(dict.fromkeys(kept))

    def sitting_day(self, clause: Clause) -> When | None:
        """A line under a council's « MESURES INDIVIDUELLES »: appointed at the sitting the minutes tell
        first, on its day."""
        if clause.title_cue != "hire" or not self.drafts:
            return None
        sitting = self.drafts[0]
        held = sitting.kind == "meeting" and sitting.status == "held"
        return sitting.when if held and sitting.when is not None and sitting.when.precision == "day" else None

    def note_decrees(self, clause: Clause, seen: When | None) -> None:
        """« le Conseil des ministres de ce jeudi a adopté trois décrets portant nomination … »: the day the
        appointments the news lists next, under headings of their own, were made."""
        if seen is not None and seen.precision == "day" and not clause.future and \
                decrees_adopted().search(self.folded, clause.start, clause.end):
            self.decrees_day = seen

    def reports_to_sitting(self, clause: Clause) -> None:
        """« Le ministre de X, M. Y, a rendu compte de sa mission »: in a council's minutes, Y spoke at the
        sitting the minutes tell first, and took part in it."""
        if not self.drafts or self.drafts[0].kind != "meeting" or self.drafts[0].status != "held":
            return
        if _statements_noted().match(self.folded, clause.start, clause.end) and self.drafts[0].when is not None:
            # « 2. Prend note des déclarations de X et de Y »: in the communiqué of a sitting, they spoke at it
            self.drafts[0].add(self.participants(clause)[0], [])
            return
        verb = self.sitting_report.search(self.folded[clause.start:clause.end])
        if verb:
            speakers = self.participants(replace(clause, end=clause.start + verb.start()))[0]
            self.drafts[0].add(speakers, [])


    def same_sitting(self, clause: Clause) -> When | None:
        """« Lors de sa séance de ce jour, le Conseil a nommé X … » then « le Conseil a désigné Y »: an
        undated appointment by a body that appointed on a day told earlier in the news was made that day."""
        if clause.trigger is None:
            return None
        appointing = {o for i, span in enumerate(self.facts.orgs) if clause.start <= span.start < clause.trigger
                      and (o := self.reg.org_of.get((self.n, i))) is not None}
        return next((d.when for d in reversed(self.drafts) if d.kind == "hire" and d.when is not None
                     and d.when.precision == "day" and appointing & set(d.orgs[:1])), None)

    def same_occasion_day(self, clause: Clause) -> When | None:
        """« a été désignée lors de la même réunion », « Au cours de la même séance, X a été élu »: the
        appointment was made at the sitting told before by the same noun, on the day written after it
        (« lors du Conseil des ministres du mercredi 9 avril »); none when no such sitting was dated."""
        found = _same_occasion().search(self.folded, clause.start, clause.end)
        if found is None:
            return None
        noun = found.group("noun")
        for d in sorted(self.facts.dates, key=lambda d: d.start, reverse=True):
            if d.start >= clause.start or d.precision != "day" or d.role not in {None, "reference"}:
                continue
            # the noun, then the day within a few words (« séance du 12 juin », « Conseil des ministres du mercredi … »)
            before = self.folded[max(0, d.start - 45):d.start]
            if re.search(rf"(?<!\w){re.escape(noun)}\b[^.;:]*$", before):
                return resolve(d, self.published, self.last_when, self._text_year(self.offset + d.start))
        return None

    def minutes_sitting(self, clause: Clause, people: list[int], orgs: list[int]) -> bool:
        """« Compte rendu de la séance plénière du mardi 4 février » under the body's name: its sitting,
        held that day, whose minutes follow (« Étaient présents : … »). Started when the clause is one."""
        if clause.cue != "meeting":
            return False
        if not _minutes().match(fold(self.facts.text[clause.start:clause.end]).strip()):
            return self.next_sitting(clause, people, orgs)
        named = [o for i, span in enumerate(self.facts.orgs) if span.start < clause.start
                 and (o := self.reg.org_of.get((self.n, i))) is not None]
        owner = [self.publisher] if self.publisher is not None else []
        self.start(clause, "meeting", people, list(dict.fromkeys([*named, *orgs, *owner])))
        self.current.minutes = True
        return True

    def minutes_told(self):
        """The sitting whose minutes the document is, once its heading was read (« Compte rendu de la séance
        du … »): the lists and items below it tell who came and what was done there."""
        return next((d for d in self.drafts if d.minutes and d.when is not None), None)

    def next_sitting(self, clause: Clause, people: list[int], orgs: list[int]) -> bool:
        """« Prochaine séance plénière : lundi 9 juin à X » in a sitting's minutes, naming no one: the
        body's next sitting, planned on its day. Started when the clause is one."""
        sitting = self.minutes_told()
        if sitting is None or people or orgs or not clause.future or not sitting.orgs or self.when(clause) is None:
            return False
        self.start(clause, "meeting", [], sitting.orgs[:1])
        return True

    def minutes_body(self, clause: Clause, orgs: list[int]) -> list[int]:
        """« la cellule de veille s'est réunie le 3 octobre » in a sitting's minutes, no one named before
        the verb: a gathering of the body's own cell or group, so of the body."""
        sitting = self.minutes_told() if clause.trigger is not None and not clause.future else None
        if sitting is None or not sitting.orgs or sitting.orgs[0] in orgs:
            return orgs
        before = self.participants(replace(clause, end=clause.trigger))
        return orgs if before[0] or before[1] else [sitting.orgs[0], *orgs]

    def seconding_officers(self, clause: Clause, people: list[int]) -> bool:
        """« Elle sera secondée par A (X), vice-président, et par B (Y), trésorière » after an election told:
        A and B were elected with her, one post each, to the same body on the same day. Made when so."""
        if not self.electing or not people or not _seconding().search(self.folded, clause.start, clause.end):
            return False
        elected = next((d for d in reversed(self.drafts[self.item_start:]) if d.kind == "hire"), None)
        vote = self.assembly_of(clause)  # « a renouvelé son conseil » at its assembly: the body that voted
        if elected is None and (vote is None or not vote.orgs):
            return False
        orgs = elected.orgs if elected is not None else vote.orgs[:1]
        when = (elected.when if elected is not None else None) or (vote.when if vote is not None else None)
        place = (elected.place if elected is not None else None) or (vote.place if vote is not None else None)
        for person in people:
            if elected is None or person not in elected.people:
                self.start(replace(clause, future=False), "hire", [person], orgs, when=when)
                self.current.place = self.current.place or place
        if vote is not None:
            vote.add(people, [])  # they were at the vote that elected them
        return True
