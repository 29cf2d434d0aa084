"""Who an appointment told around another person appoints: « succède à Mme X, qui a rejoint en janvier Y »
appoints X, in the relative clause; « Nommé par décret du 2 mai, l'ancien directeur … succède à C » after
« A a installé B dans ses fonctions » appoints B, not C whom he replaces.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reseau.extract.facts import Clause
from reseau.extract.grouping_time import TAKING_OFFICE_NOUNS
from reseau.extract.topics import fold

# « En fonction depuis le 23 avril, X remplace Y »: the day an appointee took up the post (folded text)
IN_POST_SINCE = re.compile(r"\s*(?:en\s+poste|en\s+fonctions?|en\s+place)\s+depuis\s+")
# « Le chef de poste, qui dirige la caserne depuis sa nomination le 27 octobre »: a person recalled
# by a title, appointed on the day after the noun (folded text)
TITLE_SUBJECT = re.compile(r"\s*(?:le|la)\s+(?P<head>[a-z-]{4,})\b")
SINCE_APPOINTED = re.compile(rf"\bdepuis\s+(?:sa|son)\s+{TAKING_OFFICE_NOUNS}\s+")
# « X, qui a rejoint … », « X, qui vient d'être nommée … »: up to the appointing word (folded text)
RELATIVE_WHO = re.compile(r"\s*,\s*qui\s+(?:a|avait|vient|venait)(?:\s+(?:d'etre|ete|\w+ment))?\s*")

# « nommé le 12 janvier par décision de la directrice nationale, Mme X »: X decides, she is not
# appointed (folded text)
# « par décret du 2 mai : A, B » dates an act; « Par arrêté du ministre …, X est nommé » before the
# participle opens on its appointee
MADE_BY = re.compile(r"\bpar\s+(?:decision|arrete|decret|ordonnance|note\s+de\s+service)\s+(?:du|de\s+la|de\s+l'|des)\s+"
                     r"(?!\d|1er\b|meme\b)[^:;.,]{0,100},(?:\s+[\w'-]+){0,5}\s*$")
# « Il a été nommé … », « Elle a par la suite été désignée … » opening its sentence (folded text)
PRONOUN_APPOINTED = re.compile(r"\s*(?:il|elle)\s+(?:a|avait)\s+(?:\S+\s+){0,3}?ete\s")


class Appointees:
    """Mixed into the item's grouper (through its hire rules), whose facts and drafts it reads."""

    def appointee_of_fronted(self, clause: Clause, people: list[int], held) -> list[int]:
        """« Nommé par décret du 2 mai, l'ancien directeur de X succède au général Y » after « A a installé B
        dans ses fonctions »: not Y, whom he replaces, but B, installed at the ceremony told just before."""
        kept = [p for p in people if not self.replaced(clause, p)]
        if kept:
            return kept[:1]
        installed = [p for p in held.people if p not in held.named_first] if held is not None else []
        return installed[:1] or people[:1]

    def relative_subject(self, clause: Clause) -> int | None:
        """The person named just before « , qui » when an appointing verb opens that relative clause."""
        verbs = tuple(fold(w) + " " for w in (*self.cues["hire_participles"], "rejoint"))
        for i, span in enumerate(self.facts.people):
            who = RELATIVE_WHO.match(self.folded, span.end, clause.end) if clause.start <= span.start else None
            if who is not None and self.folded[who.end():who.end() + 40].startswith(verbs):
                return self.reg.person_of.get((self.n, i))
        return None

    def in_post_since(self, clause: Clause) -> None:
        """« Le Service communique la nomination de X … En fonction depuis le 23 avril, X remplace Y »: the item's
        appointment told without a day took effect on the day its appointee has been in post since."""
        hire = self.current
        opening = IN_POST_SINCE.match(self.folded, clause.start, clause.end)
        if hire is None or hire.kind != "hire" or hire.when is not None or opening is None:
            return
        day = next((d for d in self.facts.dates if opening.end() - 1 <= d.start <= opening.end() + 3
                    and d.precision == "day"), None)  # « depuis le 23 avril »: the span may take « le »
        if day is not None:
            hire.when = self.resolved(day, clause)

    def appointed_since(self, clause: Clause) -> None:
        """« Le chef de poste, qui dirige la caserne depuis sa nomination le 27 octobre, a annoncé … »:
        the one person the item named right after that title before (« le commandant de la brigade de Y, le maréchal
        des logis-chef X ») was appointed on that day, to the body named with the title."""
        since = SINCE_APPOINTED.search(self.folded, clause.start, clause.end)
        head = TITLE_SUBJECT.match(self.folded, clause.start, clause.end)
        if since is None or head is None or self.participants(clause)[0]:
            return
        day = next((d for d in self.facts.dates if since.end() - 1 <= d.start <= since.end() + 3 and d.precision == "day"), None)
        if day is None:
            return
        holder = self.titled_before(clause, head.group("head"))
        if holder is None:
            return
        person, bodies = holder
        was = self.current
        self.start(replace(clause, future=False), "hire", [person], bodies, when=self.resolved(day, clause))
        self.current = was

    def titled_before(self, clause: Clause, head: str) -> tuple[int, list[int]] | None:
        """The one person the item named right after « le <head> … » before the clause (« le chef du
        poste de Y, l'adjudant-chef X »), with the bodies named between the title and the name."""
        found: set[int] = set()
        bodies: list[int] = []
        for m in re.finditer(rf"\b(?:le|la)\s+{re.escape(head)}\b", self.folded[:clause.start]):
            after = [(span.start, i) for i, span in enumerate(self.facts.people) if m.end() < span.start <= m.end() + 120]
            if not after:
                continue
            at, i = min(after)
            person = self.reg.person_of.get((self.n, i))
            if person is None or any(ch in self.facts.text[m.end():at] for ch in ".;:"):
                continue
            found.add(person)
            bodies = [o for k, o_span in enumerate(self.facts.orgs) if m.end() <= o_span.start < at
                      and (o := self.reg.org_of.get((self.n, k))) is not None]
        return (found.pop(), bodies) if len(found) == 1 else None

    def makers(self, clause: Clause) -> set[int]:
        """The people named after « par décision du … », « par arrêté de la … »: who made the appointment."""
        if clause.trigger is None:
            return set()
        # the maker is apposed after the act the participle told: « nommé … par décision du X, le colonel Y »
        return {p for i, span in enumerate(self.facts.people)
                if clause.trigger < span.start < clause.end and MADE_BY.search(self.folded, clause.trigger, span.start)
                and (p := self.reg.person_of.get((self.n, i))) is not None}

    def pronoun_appointee(self, clause: Clause) -> list[int]:
        """« Le centre a désormais à sa tête le sergent X. Il a été nommé … par décision de … »: the pronoun
        opening the appointment is the first person the sentence before names."""
        if not PRONOUN_APPOINTED.match(self.folded, clause.start):
            return []
        end = len(self.facts.text[:clause.start].rstrip())
        start = self._sentence_start(end - 1) if end else 0
        return next(([p] for i, span in enumerate(self.facts.people)
                     if start <= span.start < end and (p := self.reg.person_of.get((self.n, i))) is not None), [])
