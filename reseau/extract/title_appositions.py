"""Titles written after a name, for the title reader (``reseau.extract.titles``).

« X, Chef de la division … », chained titles, « X, le directeur de Y », « X (présidente de Y) »,
predicates (« X a été élue vice-présidente de Y »), « comme »/« en tant que », « présidé par X »,
« a pris le commandement de … », and a rank as the title when the text gives no other.
"""

from __future__ import annotations

from functools import cache

from reseau.extract.facts import RoleFact
from reseau.extract.lexicon import data_lines, data_pairs
from reseau.extract.title_employers import after_profile_mark
from reseau.extract.title_joined import joined_body
from reseau.extract.title_lists import singular
from reseau.extract.title_words import (APPOINTED, BECOMES, DETS, NOW_ADVERBS, OF, PREDICATE_VERBS, QUALIFIERS, TAKING,
                                         date_end, origin_end)
from reseau.extract.word_index import word_positions


class TitleAppositions:
    """Mixin of the title reader's context: titles after names, predicates and posts."""

    def appositions(self, p: int) -> list[int]:
        """« X, Titre de l’Org », chained: « X, Inspectrice générale, Directrice de l’Institut Y »; also « X, le
        directeur de Y », « X (présidente de Y, vice-présidente de Z) », « M. X président de Y » and
        « X a été élue vice-présidente de Y »."""
        doc = self.doc
        _, end = self.person_tokens.get(p, (None, None))
        used: list[int] = []
        chain: list[RoleFact] = []
        bracketed = None
        if end is not None:
            bracketed = self._bracketed_body(p, end)
            self._body_apposed(p, end)
        if bracketed is not None and bracketed[1] < len(doc) and doc[bracketed[1]].text == "," \
                and self._apposed_title(bracketed[1], first=True) is not None:
            end = bracketed[1]  # « M. X (ONUDC), Expert en … »: the title follows the body in brackets
        while end is not None:
            t = self._apposed_title(end, first=not chain)
            if t is None:
                break
            stop, org, place = self.phrase(t)
            if not chain and bracketed is not None and end == bracketed[1] and not place:
                # « (INTERPOL), Chef du Bureau régional pour … »: a part of the body in brackets, where the person is
                stop = self._line_part_end(self._org_end(org)) if org is not None else stop
                self._title_of_bracketed_body(bracketed[0], t, stop)
                used.extend(range(t, stop))
                break
            block = not chain and self._name_alone_on_line(end)
            if block and org is None and not place and stop < len(doc) and _is_newline(doc[stop]):
                if stop + 1 in self.org_at:
                    org = self.org_at[stop + 1][0]  # « Attachée de presse » over « Cabinet du ministre de … »
                else:
                    # the body's line may open the next item (a short line reads as a heading)
                    self.add_role(p, t, stop, None, "below" if self._last_line(stop) else "context", stop)
                    used.extend(range(t, stop))
                    break
            if org is None and not place and not chain and not block and doc[end].text not in {",", "("} \
                    and doc[end].lower_ not in PREDICATE_VERBS:
                break  # « X président » with nothing after it is not sure to be a title; « X a été élue présidente » is
            after = self._skip_brackets(self._org_end(org) if org is not None else (place or stop))
            if doc[t - 1].lower_ in DETS and self._names_next(after) or after in self.person_at:
                break  # « Pour A, le directeur de Y, B et C », « A, …, la commissaire B »: the title is B's
            self.add_role(p, t, stop, org, "text" if org is not None else ("place" if place else "context"),
                          self._org_end(org) if org is not None else (place or stop))
            chain.append(self.facts.roles[-1])
            used.extend(range(t, stop))
            end = self._org_end(org) if org is not None else (place or stop)
            end = self._skip_brackets(end)
            end = self._charge_end(end)
            end = self._shared_title(p, chain[-1], end)
        if any(r.org is not None for r in chain):
            for role in chain:
                if role.org is None:
                    role.org_from = "none"
        if chain and end is not None:
            predicate = self.predicate_after(p, end)
            used.extend(predicate)
            for role in chain if predicate else ():
                if role.org is None and role.title.lower() in self.lexicon.ranks:
                    role.org_from = "none"  # « Mme X, commissaire générale, est nommée directrice de Y »: a grade
        return used

    def predicate_after(self, p: int, end: int) -> list[int]:
        """« X, directeur de Y, a été élu vice-président »: the predicate after the apposed titles."""
        doc, k = self.doc, end + 1
        if end >= len(doc) or doc[end].text != "," or k >= len(doc) or doc[k].lower_ not in PREDICATE_VERBS:
            return []
        while k < len(doc) and (doc[k].lower_ in PREDICATE_VERBS or doc[k].lower_ in APPOINTED):
            k += 1
        if not any(doc[j].lower_ in APPOINTED | BECOMES for j in range(end + 1, k)):
            return []
        if not self.title_length(k):
            return self._plural_predicate(p, k)
        stop, org, place = self.phrase(k)
        self.add_role(p, k, stop, org, "text" if org is not None else ("place" if place else "context"),
                      self._org_end(org) if org is not None else (place or stop))
        return list(range(k, stop))

    def _charge_end(self, end: int) -> int:
        """« adjointe au maire de X chargée de la sécurité, … »: the remit after the town closes the title."""
        doc = self.doc
        if end >= len(doc) or doc[end].lower_ not in {"chargé", "chargée", "chargés", "chargées"}:
            return end
        for j in range(end + 1, min(len(doc), end + self.max_title_tokens)):
            if doc[j].text in {",", ";", "."} or j in self.person_at:
                return j
        return end

    def _plural_predicate(self, p: int, k: int) -> list[int]:
        """« A, maire de X, et B, adjointe au maire de Y, ont été élus vice-présidents »: a plural title
        after a list of names is each one's, in the body the item speaks of."""
        doc = self.doc
        n = self.plural_title_length(k)
        if not n:
            return []
        holders = self._listed_before(p)
        if len(holders) < 2:
            return []
        title = " ".join(singular(t.text) for t in doc[k:k + n])
        span = doc[k:k + n]
        for q in holders:
            self.facts.roles.append(RoleFact(q, title[:1].upper() + title[1:], span.start_char, span.end_char,
                                             None, "context"))
        return list(range(k, k + n))

    def _listed_before(self, p: int) -> list[int]:
        """The people of a list that person p closes (« A, …, et p »), in the same clause; [p] when none."""
        doc = self.doc
        start, _ = self.person_tokens[p]
        clause = next((j + 1 for j in range(start - 1, doc[start].sent.start - 1, -1) if doc[j].text in {";", ":"}),
                      doc[start].sent.start)
        if not any(doc[j].lower_ == "et" for j in range(max(clause, start - 3), start)):
            return [p]
        return sorted((q for q, (s, _) in self.person_tokens.items() if clause <= s <= start),
                      key=lambda q: self.person_tokens[q][0])

    def _bracketed_body(self, p: int, end: int) -> tuple[int, int] | None:
        """« Julie X (Institut national de santé publique) »: the body in brackets is the one the person
        comes from; the text gives no title, so the role has none (until one follows the bracket). The
        role's index and the token after the closing bracket, or None."""
        doc = self.doc
        if end + 2 >= len(doc) or doc[end].text != "(" or end + 1 not in self.org_at:
            return None
        org, org_end = self.org_at[end + 1]
        body = self.facts.orgs[org]
        # a party (« X (Verts) », « Y (UDC) ») is no body of this kind: a head word must say what it is, or
        # the body is a well-known one (« X (Interpol) », « Y (ONUDC) »)
        if org_end < len(doc) and doc[org_end].text == ")" and (body.kind and not body.acronym or body.source == "gazetteer"):
            span = doc[end + 1:org_end]
            self.facts.roles.append(RoleFact(p, "", span.start_char, span.end_char, org, "text"))
            return len(self.facts.roles) - 1, org_end + 1
        return None

    def _line_part_end(self, k: int) -> int:
        """Where the words from token k run to the next comma, semicolon, full stop or line end (a few at most):
        the rest of a unit's name the organization reader cut (« pour l'Afrique centrale »)."""
        doc = self.doc
        for j in range(k, min(len(doc), k + 4)):
            if doc[j].is_punct or j in self.person_at or "\n" in doc[j].text or "\n" in doc[j - 1].whitespace_:
                return j
        return k

    def _title_of_bracketed_body(self, role: int, start: int, stop: int) -> None:
        """« M. X (AFRIPOL), Directeur exécutif par intérim ; »: a title naming no body of its own, after
        the body in brackets, is the person's title in that body."""
        span = self.doc[start:stop]
        fact = self.facts.roles[role]
        fact.title, fact.start, fact.end = self.text(start, stop), span.start_char, span.end_char

    def _body_apposed(self, p: int, end: int) -> None:
        """« Mme X, de la Sûreté du Québec, et M. Y, du Service de police de Z »: the body the person comes
        from, apposed with « de »; the text gives no title, so the role has none. Without the comma too
        (« le sergent-détective X du Service de police de Z »): the rank, in that body."""
        doc = self.doc
        k = end + (end < len(doc) and doc[end].text == ",")
        if k + 1 >= len(doc) or doc[k].lower_ not in OF:
            return
        k += 1
        if doc[k].lower_ in DETS:
            k += 1
        if k not in self.org_at or self.title_length(k):
            return  # « X, du directeur de Y »: a list of people goes on, « du » is « de » + « le »
        org, org_end = self.org_at[k]
        # the body closes the apposition; « X, de l'Office Y à Z » goes on with a place, still the same body
        after = self._skip_brackets(org_end)  # « (SPVM) »: its acronym
        if after < len(doc) and doc[after].text not in {",", ".", ";", ")", "et"} and not _is_newline(doc[after]):
            return
        span = doc[k:org_end]
        self.facts.roles.append(RoleFact(p, self.facts.people[p].rank_title or "", span.start_char, span.end_char, org, "text"))

    def _apposed_title(self, end: int, first: bool) -> int | None:
        """Where a title apposed to a name (or to the title before it) starts, from the token after it."""
        doc, n = self.doc, len(self.doc)
        if end >= n:
            return None
        k = end
        if first and doc[k].text == "(" and not self.title_length(k + 1):
            k = self._skip_brackets(k)  # « X (Verts) sera nommée présidente de … »: a party, then the predicate
            if k >= n or doc[k].lower_ not in PREDICATE_VERBS:
                return None
        if first and doc[k].text == "," and k + 2 < n and doc[k + 1].lower_ == "qui" and doc[k + 2].lower_ in PREDICATE_VERBS:
            k += 2  # « X, qui reste trésorier de Y »: a relative clause holds the predicate
        if first and doc[k].text == "," and (origin := origin_end(doc, k + 1)) is not None \
                and self.title_length(origin + 1) and origin + 1 not in self.org_at:
            k = origin  # « Mme X, de Matane, conseillère juridique à Y »: where she is from, then her title
        if not first and doc[k].lower_ == "et" and self.title_length(k + 1):
            k += 1  # « X, avocate au barreau de A et présidente de B »: no article, the same person's second title
        elif doc[k].text in {",", "("}:
            k += 1
            if k < n and doc[k].lower_ in DETS and self.title_length(k + 1):
                k += 1  # « X, le directeur général de Y »
        elif first and doc[k].lower_ in PREDICATE_VERBS:
            while k < n and (doc[k].lower_ in PREDICATE_VERBS or doc[k].lower_ in APPOINTED or self._adverb_end(k) > k):
                k = max(k + 1, self._adverb_end(k))  # « X a été élue vice-présidente de Y », « X a par ailleurs été nommée … »
            return k if self.title_length(k) else (date_end(doc, k) if self.title_length(date_end(doc, k)) else None)
        elif first and (headline := after_profile_mark(self, end)) is not None:
            return headline if self.title_length(headline) else None  # « A • 2e », then « Directrice chez X »
        elif first and self._name_alone_on_line(end):
            return k + 1 if self.title_length(k + 1) else None  # a contacts block: name, title, body, a line each
        elif not (first and self.title_length(k) and (doc[k].text.islower() or self._shouted_surname(end))):
            # « M. X président de Y »: a lower-case title glued to the name; « le colonel Paul KABORÉ Directeur
            # régional de … »: a capitalised one after a surname in capitals
            return None
        if k < n and doc[k].lower_ in NOW_ADVERBS and self.title_length(k + 1):
            k += 1
        if k < n and doc[k].lower_ in QUALIFIERS and self.title_length(k + 1):
            k += 1  # « X, nouvelle directrice de Y »
        if k < n and doc[k].lower_ in APPOINTED and self.title_length(k + 1):
            k += 1  # « Mme X, nommée directrice générale de … »
        elif k < n and doc[k].lower_ in APPOINTED and self.title_length(date_end(doc, k + 1)):
            k = date_end(doc, k + 1)  # « M. X, nommé le 1er octobre dernier chef de … »: the date, then the title
        return k if self.title_length(k) else None

    def _name_alone_on_line(self, end: int) -> bool:
        """The name ending at token ``end`` fills its line (after a civility or a rank at most)."""
        doc = self.doc
        if end >= len(doc) or not _is_newline(doc[end]):
            return False
        start = next((s for s, e in self.person_tokens.values() if e == end), None)
        if start is None:
            return False
        while start > 0 and (doc[start - 1].lower_ in self.lexicon.honorifics or doc[start - 1].lower_ in self.lexicon.ranks):
            start -= 1
        return start == 0 or _is_newline(doc[start - 1])

    def _shouted_surname(self, end: int) -> bool:
        """The name ending at token ``end`` closes on a surname in capitals (« Paul KABORÉ »)."""
        last = self.doc[end - 1]
        return end > 0 and last.is_alpha and last.text.isupper() and len(last.text) > 1 and (end - 1) not in self.org_at

    def _last_line(self, k: int) -> bool:
        """Nothing but blank space after token k to the end of the item."""
        return all(t.is_space for t in self.doc[k:])

    def _scoped(self, role: RoleFact) -> bool:
        """The title goes on with « pour » and a place (« représentante régionale pour l'Afrique de l'Ouest »)."""
        title = role.title.lower()
        after = self.facts.text[role.end:role.end + 8].lower().lstrip(" ,")
        return " pour " in f" {title} " or after.startswith("pour ")

    def _adverb_end(self, k: int) -> int:
        """After an adverbial phrase at token k (« par ailleurs », « de son côté »), else k: cues.json's
        ``hire_adverbs``, the words that may split an appointment's auxiliary from its participle."""
        for phrase in self.lexicon.cues.get("hire_adverbs", ()):
            words = phrase.split()
            if [t.lower_ for t in self.doc[k:k + len(words)]] == words:
                return k + len(words)
        return k

    def _names_next(self, k: int) -> bool:
        """A comma then a name (after a civility or a rank, of several words too: « le brigadier-chef de police ») at
        token k."""
        doc = self.doc
        if k >= len(doc) or doc[k].text != ",":
            return False
        j = next((j for j in range(k + 1, min(len(doc), k + 8)) if j in self.person_at), None)
        return j is not None and self._before_civilities(j, self.person_at[j]) <= k + 1

    def _skip_brackets(self, end: int) -> int:
        doc = self.doc
        if end < len(doc) and doc[end].text == "(":
            return next((k + 1 for k in range(end, min(end + 8, len(doc))) if doc[k].text == ")"), end)
        return end

    def _shared_title(self, p: int, role: RoleFact, end: int) -> int:
        """« vice-présidente de A et de B »: the same title in the second organization too."""
        doc = self.doc
        while end + 1 < len(doc) and doc[end].lower_ in {"et", ","} and role.org is not None:
            k = end + 1 + (doc[end + 1].lower_ in OF)
            k += k < len(doc) and doc[k].lower_ in DETS
            if k not in self.org_at or not (doc[end + 1].lower_ in OF or doc[end].lower_ == "et"):
                break
            org, org_end = self.org_at[k]
            self.facts.roles.append(RoleFact(p, role.title, role.start, role.end, org, "text"))
            end = self._skip_brackets(org_end)
        return end

    def comme(self) -> list[int]:
        """« qui rejoint l’équipe comme chercheuse associée », « travaille comme assistant à la Société … »,
        « en qualité de directeur régional »."""
        doc, used = self.doc, []
        text = self.facts.text
        if "comme" not in text and "tant qu" not in text and "poste" not in text and "titre" not in text \
                and "qualité" not in text and "fonction" not in text:
            return used
        for i, token in enumerate(doc):
            low = token.lower_
            k = None
            if low == "comme":
                k = i + 1
            elif low == "titre" and i and doc[i - 1].lower_ == "à" and i + 1 < len(doc) and doc[i + 1].lower_ in OF:
                k = i + 2  # « à titre d’agente de projet »
            elif low == "poste" and i > 1 and doc[i - 1].lower_ in {"au", "le"} and i + 1 < len(doc) and doc[i + 1].lower_ in OF:
                k = i + 2  # « nommée au poste de directrice adjointe », « occupera le poste d’analyste »
            elif low == "fonction" and i and doc[i - 1].lower_ == "faisant" and i + 1 < len(doc) and doc[i + 1].lower_ in OF:
                k = i + 2  # « M. X, faisant fonction de directeur de l'IGP »
            elif low in {"fonction", "fonctions"} and self._function_taken(i):
                k = i + 2  # « désigné pour assurer la fonction de chef de corps », « exerce les fonctions de … »
            elif low == "qualité" and i and doc[i - 1].lower_ == "en" and i + 1 < len(doc) and doc[i + 1].lower_ in OF:
                k = i + 2  # « assure l'intérim à la tête de X, en qualité de directeur régional »
            elif low == "tant" and i and doc[i - 1].lower_ == "en" and i + 1 < len(doc) and doc[i + 1].lower_ in {"que", "qu'", "qu’"}:
                k = i + 2
            if k is None or k >= len(doc) or not self.title_length(k):
                continue
            person = self.nearest_person(i)
            if person is None:
                continue
            end, org, place = self.phrase(k)
            reach = self._org_end(org) if org is not None else (place or end)
            if org is None and not place:
                org = self._headed_body(i)  # « à la tête de X, en qualité de directeur »: X
            joined = joined_body(self, i) if org is None and not place else None
            if joined is not None:
                self.add_role(person, k, end, *joined, reach)  # « qui s'est jointe au secrétariat à titre de … »
                used.extend(range(k, end))
                continue
            if org is None and not place and low in {"fonction", "fonctions"}:
                self._function_role(person, k, end)
                used.extend(range(k, end))
                continue
            self.add_role(person, k, end, org, "text" if org is not None else ("place" if place else "context"), reach)
            used.extend(range(k, end))
        return used

    def _function_role(self, person: int, k: int, end: int) -> None:
        """« Le conseil a désigné le commissaire X, jusqu'ici chef du service Y, pour assurer la fonction de chef
        de corps »: a post naming no body is in the body the sentence named before the person (the one that
        appoints), else in the page's masthead; not in a body of the person's former post named after the name."""
        start = self.doc[self.person_tokens[person][0]].idx
        org = self.preceding_org(start, same_sentence=True)
        self.add_role(person, k, end, org, "text" if org is not None else "masthead", end)

    def _function_taken(self, i: int) -> bool:
        """« assurer la fonction de », « exerce les fonctions de »: token i is the noun of a post held, after its
        article and a verb of ``data/function_verbs.txt``, before « de »."""
        doc = self.doc
        # « l'installation de M. X dans ses fonctions de juge », « confirmé dans ses fonctions de … »: the post held
        return 1 < i < len(doc) - 1 and doc[i + 1].lower_ in OF and doc[i - 1].lower_ in {"la", "les", "ses", "sa"} \
            and (doc[i - 2].lemma_.lower() in function_verbs() or doc[i - 2].lower_ == "dans" and doc[i - 1].lower_ in {"ses", "sa"})

    def _headed_body(self, i: int) -> int | None:
        """The body « à la tête de » names before token i in its sentence."""
        doc = self.doc
        for t in range(doc[i].sent.start + 2, i):
            if doc[t].lower_ == "tête" and doc[t - 1].lower_ == "la" and doc[t - 2].lower_ == "à" \
                    and t + 1 < len(doc) and doc[t + 1].lower_ in OF:
                k = t + 2 + (t + 2 < len(doc) and doc[t + 2].lower_ in DETS)
                if k in self.org_at:
                    return self.org_at[k][0]
        return None

    def led_by(self) -> None:
        """« l'Observatoire …, présidé par M. X »: X holds the participle's title in the body just before it."""
        doc = self.doc
        org_by_end = {end: index for _, (index, end) in self.org_at.items()}
        for i in word_positions(doc, _led_by()):
            token = doc[i]
            title = _led_by().get(token.lower_)
            if title is None or i + 1 >= len(doc) or doc[i + 1].lower_ != "par":
                continue
            k = i + 2
            while k < len(doc) and (doc[k].lower_ in self.lexicon.honorifics or doc[k].lower_ in self.lexicon.ranks
                                    or doc[k].lower_ in DETS or doc[k].text == "."):
                k += 1
            if k not in self.person_at:  # « par l'adjudant-chef X »: a rank written in several tokens
                k = next((s for p, (s, _) in self.person_tokens.items()
                          if k < s <= k + 4 and self._before_civilities(s, p) <= i + 2), k)
            before = i - 1 if i and doc[i - 1].text == "," else i
            if before and doc[before - 1].text == ")":  # « … (OIM) conduite par »: the acronym after its body
                before = next((j for j in range(before - 1, max(before - 6, 0), -1) if doc[j].text == "("), before)
            org = org_by_end.get(before)
            if k not in self.person_at or org is None:
                continue
            if title == COMMANDANT and not any(t.lower_ in self.lexicon.ranks or t.lower_.split("-")[0] in self.lexicon.ranks
                                               for t in doc[i + 2:k]):
                continue  # « le rapport de la Cour, commandé par M. X »: a study ordered, no unit commanded
            person = self.person_at[k]
            apposed = self._apposed_without_body(person)
            if apposed is not None:
                apposed.org, apposed.org_from = org, "led"  # « dirigé par Mme X, représentante résidente »
            elif not any(r.person == person and r.org == org for r in self.facts.roles):
                self.facts.roles.append(RoleFact(person, title, token.idx, token.idx + len(token.text), org, "led"))

    def _apposed_without_body(self, person: int) -> RoleFact | None:
        """The title apposed right after this mention of the person, when it names no body."""
        name_end = self.facts.people[person].end
        return next((r for r in self.facts.roles if r.person == person and r.org is None and r.org_from == "context"
                     and 0 <= r.start - name_end <= 3), None)

    def posts_taken(self) -> None:
        """« X a pris le commandement du Groupement … »: X holds the post's title in that body."""
        doc = self.doc
        for i in word_positions(doc, _posts_taken()):
            token = doc[i]
            title = _posts_taken().get(token.lower_)
            if title is None or i < 2 or doc[i - 1].lower_ not in DETS or not doc[i - 2].lower_.startswith(TAKING):
                continue
            k = i + 1
            if k < len(doc) and doc[k].lower_ in OF:
                k += 1 + (k + 1 < len(doc) and doc[k + 1].lower_ in DETS)
            person = self.nearest_person(i)
            if person is None or self.doc[self.person_tokens[person][0]].sent != token.sent:
                continue
            if k not in self.org_at:
                if i >= 3 and doc[i - 3].lower_ == "en" and not any(r.person == person and r.title == title for r in self.facts.roles):
                    # « A en prend la présidence »: the post of a body the item spoke of, which the context gives
                    self.facts.roles.append(RoleFact(person, title, token.idx, token.idx + len(token.text), None, "context"))
                continue
            org = self.org_at[k][0]
            if not any(r.person == person and r.org == org for r in self.facts.roles):
                self.facts.roles.append(RoleFact(person, title, token.idx, token.idx + len(token.text), org, "text"))

    def ranks(self) -> None:
        """« le capitaine LEBLANC »: the rank is the title when the text gives no other."""
        with_role = {self.facts.people[r.person].name for r in self.facts.roles}
        for p, person in enumerate(self.facts.people):
            if person.rank and person.name not in with_role:
                self.facts.roles.append(RoleFact(p, person.rank_title, person.start, person.end, None, "rank"))


@cache
def function_verbs() -> frozenset[str]:
    """Verbs whose object « la fonction de X » is a post held (``data/function_verbs.txt``)."""
    return frozenset(data_lines("function_verbs.txt"))


def _posts_taken() -> dict[str, str]:
    return data_pairs("posts_taken.tsv")


COMMANDANT = "Commandant"  # the title ``led_by.tsv`` gives « commandé par »: a unit's, held by a ranked officer


def _led_by() -> dict[str, str]:
    return data_pairs("led_by.tsv")


def led_by_titles() -> dict[str, str]:
    """Participle → the title it gives (« dirigée » → Directeur): ``led_by.tsv``."""
    return _led_by()


def led_by_words() -> frozenset[str]:
    """The participles that say who leads a body (« conduite », « présidée »): ``led_by.tsv``."""
    return frozenset(_led_by())


def _is_newline(token) -> bool:
    return token.is_space and "\n" in token.text
