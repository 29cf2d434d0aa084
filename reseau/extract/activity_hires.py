"""Where a sentence tells an appointment, an election or a newcomer: read for the cue of
:mod:`reseau.extract.activities`, whose reader this mixes into (it reads the patterns that reader
builds from ``data/cues.json``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span

if TYPE_CHECKING:
    from reseau.extract.activities import _Seen

# « coordinatrice du conseil depuis le 6 janvier »: the words before a day a post is held since
POST_SINCE = re.compile(r"\s+depuis\s+(?:le\s+)?$")


class HireReading:
    """The hire cues of a sentence; mixed into ActivityCues."""

    def _told(self, text: str, phrase: str) -> bool:
        """The hire phrase is in the text other than after a possessive: « dès le lendemain de sa prise
        de fonctions » recalls an appointment told elsewhere; « son nouveau collègue » is still news."""
        at = text.find(phrase)
        while at >= 0:
            # « a souhaité la bienvenue aux délégations »: guests of a gathering, not a newcomer
            to_many = phrase.endswith("bienvenue") and text[at + len(phrase):].lstrip().startswith("aux ")
            # « s'est rendue au poste de police de Bienne »: a police station, not a post
            venue = self.post_venues.match(text, at + len(phrase)) is not None
            # « a présidé la cérémonie de passation de commandement »: the ceremony is told, the appointment elsewhere
            ceremony = text[:at].endswith(self.ceremony_of)
            if not to_many and not venue and not ceremony and (phrase.startswith(("nouveau", "nouvelle", "nouvel")) or not text[:at].endswith(self.recalled_after)):
                return True
            at = text.find(phrase, at + 1)
        return False

    def _hire(self, text: str) -> int | None:
        """Where an appointment, an election or a new employee is told, if it is."""
        if any(self._told(text, p) for p in self.hire) or self.fronted_participle.match(text):
            return 0  # « Élue présidente de la session en décembre, l'Ambassadrice X … »
        found = self.hire_participle.search(text) or self.hire_passive.search(text) or \
            self.hire_apposition.search(text) or self.hire_nouns.search(text) or self.hire_noun_by.search(text) or \
            self.welcome_as.search(text) or self.entrusting.search(text) or self.post_taking.search(text)
        if found is None:
            return self._becoming(text)
        return found.start()

    def _becoming(self, text: str) -> int | None:
        """« Z, qui dirige X, devient secrétaire général »: where someone is said to take a title."""
        for m in self.becoming.finditer(text):
            words = m.group("title").split()
            if any(" ".join(words[:n]).rstrip(",;.") in self.becoming_titles for n in range(len(words), 0, -1)):
                return m.start()
        return None

    def _interim(self, sent: Span, text: str, seen: _Seen) -> int | None:
        """« X assure depuis le 1er septembre l'intérim à la tête de Y »: an interim taken up on a day the
        sentence gives (« son adjoint assurera l'intérim » tells no appointment)."""
        found = self.interim.search(text)
        dated = any(sent.start_char <= d.start < sent.end_char and d.role is None and d.precision == "day" for d in seen.dates)
        return found.start() if found and dated else None

    def _in_post_since(self, sent: Span, text: str, seen: _Seen) -> int | None:
        """« … d'Inès Dupuis, coordinatrice du conseil depuis le 6 janvier »: a post held since a day the
        apposition gives, a recent arrival (« depuis janvier », « depuis 2019 » tell a tenure, no hire)."""
        base = sent.start_char
        for d in seen.dates:
            if not sent.start_char <= d.start < sent.end_char or d.role is not None or d.precision != "day" or d.relative:
                continue
            since = POST_SINCE.search(text[:d.start - base])
            if since is None:
                continue
            apposed = text.rfind(",", 0, since.start())
            if apposed < 0 or base + len(text[:apposed].rstrip()) not in seen.name_ends:
                continue
            if not re.search(r"[;.!?]| (?:a|ont|est|sont|qui|dont)\b", text[apposed + 1:since.start()]):
                return apposed + 1
        return None

    def _by_dated_act(self, sent: Span, text: str, seen: _Seen) -> int | None:
        """« Ont été installés les magistrats nommés par décret du 4 novembre 2024 : »: a participle without an
        auxiliary still tells appointments when the act that made them is given with its day."""
        for found in self.appointed_by.finditer(text):
            at = sent.start_char + found.end()
            if any(at <= d.start <= at + 70 and d.role == "law" and d.precision == "day" for d in seen.dates):
                return found.start()
        return None
