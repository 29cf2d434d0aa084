"""Signings, read by the item's grouper: one signing told twice is one; its parties, when the clause names
none, are those of the meeting it ends or the bodies the item named before it."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from reseau.extract.facts import Clause
from reseau.extract.grouping_cues import intention
from reseau.extract.lexicon import load_lexicon
from reseau.extract.topics import fold


@cache
def _signed_by() -> re.Pattern[str]:
    """« a été signé, pour la partie X, par » (folded text): a participle of signing, then its agents."""
    signed = "|".join(re.escape(fold(w)) for w in load_lexicon().cues["signing_verbs"] if w.endswith(("é", "ée", "és", "ées")))
    return re.compile(rf"(?<!\w)(?:{signed})(?!\w)[^.;]{{0,80}}?\bpar(?!\w)")

# « Lors de cette séance, un protocole a été signé par … », « Au cours de la cérémonie, une charte a été signée par … »
# under a heading of its own: the sitting or ceremony the page told above (folded text)
SITTING_RECALLED = re.compile(r"\b(?:de|lors de|au cours de|a l'issue de|en marge de)\s+(?:la|cette)\s+(?:seance|reunion|rencontre|ceremonie)\b")


class Agreements:
    """Mixed into the item's grouper, whose facts, cues and drafts it reads."""

    def agreement(self, clause: Clause, people: list[int], orgs: list[int]) -> None:
        """A signing: the same day's signing told twice is one; parties default to the item's bodies."""
        if self.current is not None and self.current.kind == "publication" and self.recalls_by_noun(clause, self.current):
            # « vient de publier une étude. L'étude est signée par X et Y »: its authors, not a signing
            self.join(self.current, clause, people, orgs)
            return
        seen = self.when(clause)
        if clause.future and (seen is None or seen.precision == "year") and intention().search(self.folded, clause.start, clause.end):
            return  # « Les deux écoles envisagent de signer une convention d'ici la fin de l'année »: a wish
        if seen is not None and seen.precision == "year" and self.published is not None and seen.value.year < self.published.year:
            # « la Convention d'Istanbul, que la Belgique a ratifiée en 2016 »: history told in passing
            self.other(clause, people, orgs)
            return
        same = next((d for d in self.drafts[self.item_start:] if d.kind == "agreement" and seen is not None and d.when == seen), None)
        if same is None and self.current is not None and self.current.kind == "agreement" and \
                (clause.anaphoric or seen is None or self.current.relative_date
                 or (self.current.when is None and all(p in self.current.people for p in people))
                 or self.signing_of_approved(clause)):
            # « La semaine dernière, X et Y avaient signé le protocole »: a date of its own and other signatories, another
            # signing; « a approuvé la convention … Le texte a été signé lundi par X et Y »: the one approved, signed then
            same = self.current
            same.place = same.place or (self.place(clause) if same.when is None and not clause.future else None)
        above = self.gathering_above(seen) if self.current is None and seen is not None and seen.precision == "day" else None
        # « les chefs des délégations ont signé » under a subheading: those of the conference held above that day
        met = self.current if self.current is not None and self.current.kind in {"meeting", "event"} else above or self.mission
        if met is not None and self.both_sides.search(self.facts.text, clause.start, clause.end):
            # « les deux parties ont signé », « entre les deux polices »: the bodies that met, not their people
            orgs = list(dict.fromkeys([*orgs, *met.orgs]))
            if self.both_people.search(self.facts.text, clause.start, clause.end):
                people = list(dict.fromkeys([*people, *met.people]))  # « par les deux responsables »
        borrowed = False
        if same is not None and same.borrowed and (signatories := self.signed_by(clause)):
            # « À l'issue de la visite, une convention a été conclue. L'acte a été signé, pour la partie X,
            # par A, et pour Y, par B »: A and B signed, not all those who met
            same.people, same.borrowed = [p for p in same.people if p in signatories], False
        elif not people and not [o for o in orgs if o != self.publisher]:
            if same is None and met is not None and met is not self.mission:
                # « À l’issue de la réunion, un mémorandum a été signé par les deux responsables »
                people, orgs = list(met.people), list(met.orgs)
                borrowed = True
            else:
                orgs = self.item_orgs(before=clause.end)
        header = self.signed_by_all(clause)
        if header is not None:
            # « Deux conventions ont été signées : avec X …, et avec Y … »: the publisher signed each, unless
            # the words before the parties name who did
            orgs = list(dict.fromkeys([*orgs, *(header or ([self.publisher] if self.publisher is not None else []))]))
        if same is not None:
            self.join(same, clause, people, orgs)
            self.current = same
        else:
            self.start(clause, "agreement", people, orgs)
            self.current.borrowed = borrowed
            self.dated_by_sitting(clause)

    def dated_by_sitting(self, clause: Clause) -> None:
        """« À l'issue de la réunion, un accord a été signé par … » with no day of its own: signed at the
        sitting the document told last, on its day and in its town."""
        signing = self.current
        if signing.when is not None or clause.future or not SITTING_RECALLED.search(self.folded, clause.start, clause.end):
            return
        sitting = next((d for d in reversed(self.drafts) if d.kind in {"meeting", "event"} and d.status == "held"
                        and d.when is not None), None)
        if sitting is not None:
            signing.when, signing.place = sitting.when, signing.place or sitting.place

    def signed_by(self, clause: Clause) -> list[int]:
        """Those named after « par » that follows a participle of signing (« a été signé, pour la partie X,
        par A, et pour Y, par B »): the signatories."""
        found = _signed_by().search(self.folded, clause.start, clause.end)
        return self.participants(clause, found.end())[0] if found else []

    def signing_of_approved(self, clause: Clause) -> bool:
        """« Le Conseil a approuvé la convention conclue avec X. Le texte a été signé lundi par A et B »: the
        agreement told without a day nor signatories, recalled by a subject naming no one."""
        current = self.current
        if current is None or current.when is not None or current.people or clause.trigger is None:
            return False
        subject = self.participants(replace(clause, end=clause.trigger))
        return not subject[0] and not subject[1]

    def signed_by_all(self, clause: Clause) -> list[int] | None:
        """The bodies named before the first party of a sentence told party by party (« … ont été signées
        par X : avec A, le 3 mai, …, et avec B, … »), an empty list when it names none; None for a
        signing told otherwise."""
        if not re.match(r",?\s*(?:et\s+)?avec\s", self.folded[clause.start:clause.start + 12]):
            return None
        header = next((c for c in self.facts.clauses if c.sentence == clause.sentence and c.cue is None and c.end <= clause.start), None)
        if header is None:
            return None
        return [o for o in self.participants(header)[1]]
