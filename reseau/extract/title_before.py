"""Titles written before a name, for the title reader (``reseau.extract.titles``).

« la présidente du conseil d’administration Claire X », « le Directeur Général de la Police
Nationale, le Commissaire Divisionnaire Y », a signature line (« Le Chef du Bureau … / Capitaine Z »),
two titles joined by « et » before one name.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from reseau.extract.lexicon import data_lines
from reseau.extract.title_appositions import led_by_words
from reseau.extract.title_bodies import owns_a_kind
from reseau.extract.quotations import inside
from reseau.extract.title_words import APPOINTED, BEFORE_TITLE, MINE, OURS, POSSESSIVES, in_two_word_civility, participle, \
    remit_end
from reseau.extract.tokens import BULLETS, DETS, OF




class TitlesBefore:
    """Mixin of the title reader's context: titles before names."""

    def title_before(self, p: int, used: set[int] = frozenset()) -> list[int]:
        """« la présidente du conseil d’administration Claire Morin-Lefèvre », « son directeur, le commissaire X »;
        not a title already apposed to the name before it (« A, commandant le groupement de X, B »)."""
        doc = self.doc
        start, _ = self.person_tokens.get(p, (None, None))
        if start is None:
            return []
        k = start - 1
        rank_words = set((self.facts.people[p].rank or "").replace("’", "'").replace("'", "' ").split())
        while k >= 0 and (doc[k].lower_ in self.lexicon.honorifics or doc[k].lower_ in self.lexicon.ranks
                          or doc[k].lower_.replace("’", "'") in rank_words
                          or doc[k].text == "." and k and doc[k - 1].lower_ in self.lexicon.honorifics
                          or in_two_word_civility(doc, k, self.lexicon.honorifics)):
            k -= 1
        if k >= 0 and doc[k].lower_ in DETS and k + 1 < start:
            k -= 1
        signature = self._signature_line(k, p)
        if signature:
            k -= 1  # « Le Chef du Service de la Communication » over the name that signs
        if k >= 0 and doc[k].text == ",":
            k -= 1
        elif k > 0 and doc[k].text == ":" and self._opens_line(k - 1):
            k -= 1  # a board listed « Trésorière : Mme X »
        k = self._before_town(k)  # « le Chef de Bureau du HCR à Goz-Amer, Mme X »: where the office is
        if k >= 0 and doc[k].text == ")":
            # « la directrice générale de l’Alliance … (APU), Mme Claire Dubuc »
            k = next((j - 1 for j in range(k, max(k - 8, -1), -1) if doc[j].text == "("), k)
        for t in range(max(0, k - self.max_title_tokens - 10), k + 1):  # a long body and its complement
            if not self.title_length(t) or (t and doc[t - 1].lower_ not in BEFORE_TITLE and not doc[t].is_sent_start
                                            and doc[t - 1].text not in BULLETS | {":"} and not _opening_adverb(doc, t - 1)):
                continue  # « Actuellement directeur de X, M. Y »: an adverb may open the fronted title
            if doc[t].lower_ in APPOINTED and self.title_length(t + 1):
                continue  # « Élue présidente de X en mars, Mme Y »: the title is after the participle
            if t in used or signature and not self._starts_line(t) or self._complement_of_title(t, used):
                continue
            end, org, place = self.phrase(t)
            reach = self._org_end(org) if org is not None else (place or end)
            if org is not None and reach <= t:
                reach = self._pointer_end(end)  # « le directeur de la Régie, X »: a body named before
            if org is not None and reach < k + 1 and remit_end(doc, reach, k + 1):
                reach = k + 1  # « le vice-président de la Région en charge des lycées, M. X »: his portfolio there
            if reach != k + 1 and not (org is not None and self._name_tail(reach, k + 1)):
                continue
            if org is not None and reach < k + 1 and self.doc[reach].lower_ in {"et", "&"}:
                org = self._run_on_over_and(org, k + 1)  # « Chef du Bureau Presse et Relations Publiques »
            org_from = "text"
            if org is None and not place and t > 1 and doc[t - 1].text == ":":
                org = self._line_body(t - 1)  # « - Direction du Budget : directrice adjointe : Mme X »
            if org is None and t and doc[t - 1].lower_ in POSSESSIVES:
                led = t > 2 and doc[t - 2].lower_ == "par" and (doc[t - 3].lower_ in led_by_words() or any(
                    participle(doc[m]) and self._after_body(m) for m in range(max(0, t - 6), t - 2)))
                # « l'Office X, représenté à la réunion par sa … »; not « un protocole, paraphé par sa … »
                # « une délégation de X, conduite par son directeur »: the delegation's body, not the subject
                org, org_from = self.coordinated_org(t), "possessive"  # body number 0 is a body: no « or »
                if org is None and not led:
                    org = self.subject_org(t)
                if org is None:
                    org = self.preceding_org(doc[t].idx, same_sentence=True)
                if org is None and doc[t - 1].is_sent_start and doc[t].sent.start > 0:
                    # « L'Association X a signé … . Sa présidente, Mme Y »: the body the sentence before spoke of
                    org = self.subject_org(doc[t].sent.start - 1)
                if org is None:
                    org = self._owner_by_title(t)
                if org is None:
                    org = self._possessor_org(t)
                if org is None and self._owner_title(t):
                    self.add_role(p, t, end, None, "back", reach)
                    self.facts.roles[-1].owner_title = self._owner_title(t)
                    return list(range(t, end))
                self.possessive_until = (self.person_tokens[p][1], org)
            elif org is None and t > 1 and doc[t - 2].text == "," and doc[t - 1].lower_ in OF | {"à", "au", "aux"} \
                    and self.possessive_until[0] == t - 2:
                org, org_from = self.possessive_until[1], "possessive"  # « son directeur de cabinet, X, du directeur général, Y »
                self.possessive_until = (self.person_tokens[p][1], org)
            if org is None and t and doc[t - 1].lower_ in MINE and self._kind_said(t) \
                    and not inside(self.quotes, doc[t].idx):  # « J'ai appelé mon maire » quoted: any town's
                # « mon sous-ministre, M. X, rencontrera … »: a speaker's own, whom the text does not name as a
                # body; the title says its kind, and the document's one body of that kind is the one
                self.add_role(p, t, end, None, "back", reach)
                self.facts.roles[-1].owner_title = self._kind_said(t)
                return list(range(t, end))
            if org is None and t and doc[t - 1].lower_ in OURS:
                owner = self._complement_before(t - 1)
                self.add_role(p if owner is None else owner, t, end, None, "publisher")
                if owner is not None and self._acting(p):
                    self.facts.roles.append(replace(self.facts.roles[-1], person=p,
                                                    title=self.facts.roles[-1].title + " par intérim"))
                return list(range(t, end))
            if org is None and not place:
                # « le Chef de la Cellule … (CVN), le commissaire X », « le conseiller d'Etat X (DSIS) »
                org = self._bracketed_acronym(end)
                if org is None:
                    org = self._bracketed_acronym(self.person_tokens[p][1])
            self.add_role(p, t, end, org, org_from if org is not None else ("place" if place else "context"), reach)
            return self._title_joined_before(p, t) + self._title_chained_before(p, t) + list(range(t, end))
        return []

    def _kind_said(self, t: int) -> str | None:
        """The opening of the title at token t that the table knows the kind of body of (« sous-ministre »)."""
        entry, n = self.title_orgs.title_words(t)
        return self.doc[t:t + n].text if owns_a_kind(entry) else None

    def _body_named_by(self, s: int, reach: int) -> int | None:
        """The body the title doc[s:reach] named when it was read (« Ministère de A, de B et de C »), if it ends the title."""
        doc = self.doc
        if reach <= s:
            return None
        first, last = doc[s].idx, doc[reach - 1].idx + len(doc[reach - 1].text)
        return next((o for o, org in enumerate(self.facts.orgs)
                     if org.source == "title" and first <= org.start and org.end == last), None)

    def _title_chained_before(self, p: int, t: int) -> list[int]:
        """« Le ministre de la Justice, ministre responsable de la Laïcité, M. X »: a title opened by an article and
        closed by the comma before the title at token t (which has none) is the same person's, the first named."""
        doc = self.doc
        if t < 3 or doc[t - 1].text != "," or any(q < t for q, _ in self.person_tokens.values() if q > t - 20):
            return []
        for s in range(max(1, t - 2 - self.max_title_tokens - 10), t - 1):
            if not self.title_length(s) or doc[s - 1].lower_ not in DETS:
                continue
            end, org, place = self.phrase(s)
            reach = self._org_end(org) if org is not None else (place or end)
            if org is None and not place:
                org = self._body_named_by(s, reach)
            # « le ministre de l'Intérieur, de l'Information et de X, porte-parole du Gouvernement, M. Y »: the commas
            # of a ministry's list of domains are inside its name
            inside = (self.facts.orgs[org].start, self.facts.orgs[org].end) if org is not None else (0, 0)
            if reach != t - 1 or any(tok.is_punct and tok.text not in {"'", "’", "-"} and not inside[0] <= tok.idx < inside[1]
                                     for tok in doc[s:reach]):
                continue
            self.add_role(p, s, end, org, "text" if org is not None else ("place" if place else "context"), reach)
            return list(range(s, end))
        return []

    def _title_joined_before(self, p: int, t: int) -> list[int]:
        """« le maire de X et président de Y, Z »: a title joined by « et » (no article: one person) to the
        title at token t before the name is the person's too."""
        doc = self.doc
        if t < 2 or doc[t - 1].lower_ != "et":
            return []
        for s in range(max(0, t - 2 - self.max_title_tokens - 10), t - 1):
            if not self.title_length(s) or (s and doc[s - 1].lower_ not in BEFORE_TITLE and not doc[s].is_sent_start):
                continue
            end, org, place = self.phrase(s)
            reach = self._org_end(org) if org is not None else (place or end)
            if reach != t - 1:
                continue
            second = self.facts.roles[-1]
            self.add_role(p, s, end, org, "text" if org is not None else ("place" if place else "context"), reach)
            if second.org is None and second.org_from == "context" and self.facts.roles[-1].org is not None:
                second.org_from = "none"  # « … et président du collège de police »: not the next body the item names
            return list(range(s, end))
        return []

    def _acting(self, p: int) -> bool:
        """The person « assure l'intérim » right after the name (``data/interim_phrases.txt``)."""
        _, stop = self.person_tokens[p]
        words = " ".join(t.lower_ for t in self.doc[stop:stop + 4]).replace("' ", "'").replace("’ ", "’")
        return any(words.startswith(phrase) for phrase in _interim_phrases())

    def _complement_before(self, k: int) -> int | None:
        """« Pendant le congé de A, notre coordonnateur, B assure l'intérim »: the person whose name ends right
        before the comma at k - 1, as the complement of a noun (« de A »), holds the title apposed after it."""
        doc = self.doc
        if k < 2 or doc[k - 1].text != ",":
            return None
        owner = next((q for q, (_, stop) in self.person_tokens.items() if stop == k - 1), None)
        if owner is None:
            return None
        j = self.person_tokens[owner][0] - 1
        while j >= 0 and doc[j].lower_ in self.lexicon.honorifics:
            j -= 1
        return owner if j >= 0 and doc[j].lower_ in {"de", "d'", "d’"} else None

    def _signature_line(self, k: int, p: int) -> bool:
        """Token k is the line break between a title's line and a name alone on the next (a signature)."""
        doc, end = self.doc, self.person_tokens[p][1]
        return k > 0 and doc[k].is_space and "\n" in doc[k].text and (
            end >= len(doc) or "\n" in doc[end - 1].whitespace_ + doc[end].text)

    def _complement_of_title(self, t: int, used: set[int]) -> bool:
        """« A, Conseiller Technique du Ministre de l'Intérieur, B »: the title at token t is the complement
        of another title, which A holds; it is not B's."""
        doc, j = self.doc, t - 1
        if j > 0 and doc[j].lower_ in DETS:
            j -= 1
        if j < 1 or doc[j].lower_ not in {"du", "de", "des", "d'", "d’"}:
            return False
        return j - 1 in used

    def _starts_line(self, t: int) -> bool:
        """Token t, or the article before it, opens its line."""
        doc = self.doc
        j = t - 1 if t and doc[t - 1].lower_ in DETS else t
        return j == 0 or "\n" in doc[j - 1].whitespace_ + doc[j - 1].text

    def _before_town(self, k: int) -> int:
        """The token before « à X » when the words ending at token k are « à » and a capitalised town that
        closes a body's name or its acronym in brackets; k otherwise."""
        doc, m = self.doc, k
        while m > 0 and k - m < 4 and (doc[m].text[:1].isupper() or doc[m].text == "-") and m not in self.person_at:
            m -= 1
        if m == k or doc[m].lower_ not in {"à", "au"} or m == 0:
            return k
        before = m - 1
        if doc[before].text == ")" or any(end == m for _, end in self.org_at.values()):
            return before
        return k

    def _after_body(self, m: int) -> bool:
        """A body's name (and its acronym in brackets) ends right before token m, a comma between."""
        doc, k = self.doc, m
        if k and doc[k - 1].text == ",":
            k -= 1
        if k and doc[k - 1].text == ")":
            k = next((j for j in range(k - 1, max(k - 6, 0), -1) if doc[j].text == "("), k)
        return any(end == k for _, end in self.org_at.values())

    def _line_body(self, colon: int) -> int | None:
        """The body named alone before the colon at token ``colon``, after the line's bullet, if any."""
        doc = self.doc
        start = next((s for s, (_, e) in self.org_at.items() if e == colon), None)
        if start is None or start == 0:
            return None
        j = start - 1 if doc[start - 1].text in BULLETS else start
        opens = j == 0 or "\n" in doc[j - 1].whitespace_ or doc[j - 1].is_space
        return self.org_at[start][0] if opens else None

    def _opens_line(self, k: int) -> bool:
        """Whether the words ending at token k are all that stands on their line before it (« Trésorière »)."""
        doc = self.doc
        j = k
        while j > 0 and "\n" not in doc[j - 1].whitespace_ and doc[j - 1].text.strip() and k - j < self.max_title_tokens:
            j -= 1
        if j < k and doc[j].text in BULLETS:
            j += 1  # « • Secrétaire du Conseil : Me X »: a bullet opens the line
            colon = next((c for c in range(j + 1, k) if doc[c].text == ":"), None)
            if colon is not None and j in self.org_at and self.org_at[j][1] == colon:
                j = colon + 1  # « - Direction du Budget : directrice adjointe : Mme X »: the body, then the post
                return bool(self.title_length(j))
            # « • Secrétaire du Conseil : Me X » names its body; a bare « – secrétaire : X » under a
            # composition is read with the list's body, not as a title of the sentence's subject
            n = self.title_length(j)
            return bool(n) and j + n < k and doc[j + n].text != ":"
        return (j == 0 or "\n" in doc[j - 1].whitespace_ or not doc[j - 1].text.strip()) and bool(self.title_length(j))


@cache
def _interim_phrases() -> tuple[str, ...]:
    return tuple(data_lines("interim_phrases.txt"))


def _opening_adverb(doc, k: int) -> bool:
    """Token k is an adverb opening its sentence (« Actuellement », « Auparavant »), before a fronted title."""
    return doc[k].pos_ == "ADV" and (doc[k].is_sent_start or k and doc[k - 1].is_punct and doc[k - 1].text in ".!?")
