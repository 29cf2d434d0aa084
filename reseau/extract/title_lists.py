"""Titles shared by several people, for the title reader (``reseau.extract.titles``).

« les chercheuses A, B et C, de l'Université X », « A et B, respectivement présidente de X et
directeur de Y », « les majors généraux de X et de Y, A et B », « le ministre de l'Intérieur du
Mali, A, et celui du Niger, B ».
"""

from __future__ import annotations

from functools import cache

from reseau.extract.facts import OrgSpan, RoleFact
from reseau.extract.lexicon import board_election_words, load_lexicon
from reseau.extract.title_orgs import capitalise_domain, country_of_adjective
from reseau.extract.title_words import after_town, before_predicate, in_two_word_civility
from reseau.extract.tokens import DETS, OF
from reseau.names import clean_spaces, strip_accents
from reseau.extract.word_index import word_positions

MAX_NAME_OPENER = 4  # article, rank and civility words before a listed holder's name (« le lieutenant-colonel »)


LIST_DASHES = {"–", "-", "—", "•", "*"}
COMPOSITION_WORDS = {"composition", "compose", "composé", "composée", "constitué", "constituée"}
CHARGED = {"chargé", "chargée", "chargés", "chargées"}  # « respectivement chargés de X et de Y »: each one's remit


class TitleLists:
    """Mixin of the title reader's context: titles given to lists of names."""

    def lists(self) -> None:
        """« les chercheuses A, B et C, de l’Université de Genève »: one title, one organization, for each."""
        doc, roles = self.doc, self.facts.roles
        by_person = {r.person: r for r in roles}
        order = sorted(self.person_tokens.items(), key=lambda kv: kv[1][0])
        for (prev, (_, prev_end)), (cur, (cur_start, cur_end)) in zip(order, order[1:]):
            # a role without title (« C, de l'Université X ») still takes the list's title
            if cur_start - prev_end == 1 and doc[prev_end].lower_ in {",", "et"} and prev in by_person \
                    and (cur not in by_person or not by_person[cur].title):
                head = by_person[prev]
                roles.append(RoleFact(cur, head.title, head.start, head.end, head.org, head.org_from))
                by_person[cur] = roles[-1]
        # The organization written after the list: « …, de l’Université de Genève ».
        for p, (_, end) in order:
            k = end
            if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in OF:
                k += 2
                if k < len(doc) and doc[k].lower_ in DETS:
                    k += 1
                if k in self.org_at and p in by_person and by_person[p].org is None:
                    title = by_person[p].title
                    for r in roles:
                        if r.title == title and r.org is None:
                            r.org, r.org_from = self.org_at[k][0], "text"

    def _name_list_before(self, k: int) -> list[int]:
        """The people of « A, B et C » ending just before token k, in order."""
        names: list[int] = []
        by_end = {end: p for p, (_, end) in self.person_tokens.items()}
        while k in by_end:
            p = by_end[k]
            names.insert(0, p)
            start = self._before_civilities(self.person_tokens[p][0], p)
            k = self._before_brackets(start - 1) if start and self.doc[start - 1].lower_ in {",", "et"} else -1
        return names

    def _before_civilities(self, start: int, p: int | None = None) -> int:
        """Where « la commissaire principale X » opens: ranks, civilities and their article before a name;
        the words of person p's own rank too (« le Général de Brigade X », « le Colonel-Major Y »)."""
        doc, k = self.doc, start
        rank = set((self.facts.people[p].rank or "").replace("’", "'").replace("'", "' ").split()) if p is not None else set()
        while k and (doc[k - 1].lower_ in self.lexicon.ranks or doc[k - 1].lower_ in self.lexicon.honorifics
                     or in_two_word_civility(doc, k - 1, self.lexicon.honorifics)
                     or doc[k - 1].lower_.replace("’", "'") in rank
                     or doc[k - 1].text == "." and k > 1 and doc[k - 2].lower_ in self.lexicon.honorifics):
            k -= 1
        if k < start and k and doc[k - 1].lower_ in DETS:
            k -= 1
        return k

    def name_list_at(self, k: int, openers: bool = False) -> list[int]:
        """The people of « A, B et C » starting at token k (civilities skipped), in order; with ``openers``, each
        name may also follow an article, a rank and a title (« le lieutenant A et l'inspectrice B »), a few
        words at most."""
        doc, names = self.doc, []
        while k < len(doc):
            stop = min(len(doc), k + MAX_NAME_OPENER + 1) if openers else len(doc)
            while k < stop and not (openers and k in self.person_at) and (
                    doc[k].lower_ in self.lexicon.honorifics or doc[k].text == "."
                    or openers and (doc[k].lower_ in DETS or doc[k].lower_ in self.lexicon.ranks or self.title_length(k))):
                k += 1
            if k not in self.person_at:
                break
            p = self.person_at[k]
            names.append(p)
            k = self.person_tokens[p][1]
            if k < len(doc) and doc[k].lower_ in {",", "et"}:
                k += 1
            else:
                break
        return names

    def respectively(self) -> None:
        """« A et B, respectivement présidente de X et directeur de Y », « A et B ont été élus respectivement
        trésorier et secrétaire »: titles given in the names' order."""
        doc = self.doc
        for i in word_positions(doc, "respectivement"):
            token = doc[i]
            if token.lower_ != "respectivement":
                continue
            end = i - 1 if i > 1 and doc[i - 1].text == "," else before_predicate(doc, i)
            if end is None:
                continue
            names = self._name_list_before(end)
            k = i + 1
            given: set[int] = set()  # bodies the list's earlier titles named
            for n, p in enumerate(names):
                if not self.title_length(k):
                    break
                stop, org, place = self.phrase(k)
                reach = self._org_end(org) if org is not None else (place or stop)
                cut = self._next_title_in_list(k, reach) if n + 1 < len(names) else None
                if cut is not None:  # « adjointe au maire chargée de X et directrice de Y »: two titles
                    stop = reach = cut
                    org = org if org is not None and self._org_end(org) <= cut else None
                self.add_role(p, k, stop, org, "text" if org is not None else "context", reach)
                if given and self.facts.roles[-1].org is None:
                    self._unless_sibling_body(self.facts.roles[-1], given)
                if self.facts.roles[-1].org is not None:
                    given.add(self.facts.roles[-1].org)
                k = after_town(doc, self._after_slash(self._skip_brackets(reach)), self.places)
                while k < len(doc) and doc[k].lower_ in {",", "et"}:
                    k += 1

    def _after_slash(self, k: int, reach: int = 6) -> int:
        """« de la PNC/Ville de Goma et … »: a body's unit after a slash runs on to the list's next « et » or comma."""
        doc = self.doc
        if k >= len(doc) or doc[k].text != "/":
            return k
        for j in range(k + 1, min(len(doc), k + reach)):
            if doc[j].lower_ in {",", "et"}:
                return j
        return k

    def plural_respectively(self) -> None:
        """« A et B, commandants respectivement de X et de Y »: the plural title is each name's, in the body
        named in the same order."""
        doc = self.doc
        for i in word_positions(doc, "respectivement"):
            token = doc[i]
            if token.lower_ != "respectivement":
                continue
            j = next((j for j in range(i - 1, max(i - 5, 0), -1) if doc[j].text == ","), None)
            if j is None or not 0 < i - j - 1 == self.plural_title_length(j + 1):
                continue
            names = self._name_list_before(j)
            bodies = self._bodies_in_order(i + 1, len(names)) if len(names) > 1 else []
            title = " ".join(singular(t.text) for t in doc[j + 1:i])
            for p, (org, start, stop) in zip(names, bodies):
                span = doc[start:stop]
                self.facts.roles.append(RoleFact(p, f"{title[:1].upper()}{title[1:]} {span.text}", span.start_char,
                                                 span.end_char, org, "text"))
            if bodies and len(bodies) == len(names):
                # « A et B, commandants respectivement de X et de Y, ont été élus vice-présidents »
                self.predicate_after(names[-1], bodies[-1][2])

    def charged_respectively(self) -> None:
        """« Ses deux adjoints, A et B, respectivement chargés de X et de Y »: the plural title before the names,
        each holder in charge of one field in the names' order; a possessive speaks of the body named before."""
        doc = self.doc
        for i in word_positions(doc, "respectivement"):
            token = doc[i]
            if token.lower_ != "respectivement" or i < 2 or doc[i - 1].text != "," or i + 2 >= len(doc) \
                    or doc[i + 1].lower_ not in CHARGED:
                continue
            names = self._name_list_before(i - 1)
            if len(names) < 2:
                continue
            k = self._before_civilities(self.person_tokens[names[0]][0], names[0]) - 1
            if k < 1 or doc[k].text != ",":
                continue
            t = k - 1
            while t > 0 and not self.plural_title_length(t) and k - t < 3:
                t -= 1
            if not self.plural_title_length(t) or t + self.plural_title_length(t) != k:
                continue
            fields = self._fields_in_order(i + 2, len(names))
            if len(fields) != len(names):
                continue
            title = " ".join(singular(w.text) for w in doc[t:k]) + " " + singular(doc[i + 1].lower_)
            owner = self._owner_before(t)
            for p, (start, stop) in zip(names, fields):
                span = doc[start:stop]
                self.facts.roles.append(RoleFact(p, f"{title[:1].upper()}{title[1:]} {span.text}", span.start_char,
                                                 span.end_char, owner, "possessive" if owner is not None else "context"))

    def _owner_before(self, t: int) -> int | None:
        """The body a possessive before token t speaks of: the last one named before it."""
        doc = self.doc
        k = t - 1
        counts = load_lexicon().cues["party_counts"]  # « ses deux adjoints »
        while k >= 0 and (doc[k].like_num or doc[k].lower_ in counts):
            k -= 1
        if k < 0 or doc[k].lower_ not in {"ses", "leurs"}:
            return None
        return self.preceding_org(doc[t].idx, same_sentence=False)

    def _fields_in_order(self, k: int, most: int) -> list[tuple[int, int]]:
        """« de la sécurité et de la formation » from token k: (first token, token after) of each field."""
        doc, fields, start = self.doc, [], k
        while k < len(doc) and len(fields) < most:
            if doc[start].lower_.replace("’", "'") not in OF:
                break
            end = start + 1
            while end < len(doc) and not doc[end].is_punct and not (
                    doc[end].lower_ == "et" and end + 1 < len(doc) and doc[end + 1].lower_.replace("’", "'") in OF):
                end += 1
            fields.append((start, end))
            if end < len(doc) and doc[end].lower_ == "et":
                start = k = end + 1
            else:
                break
        return fields

    def _bodies_in_order(self, k: int, most: int) -> list[tuple[int, int, int]]:
        """« de X et de Y » from token k: (organization, first token of its complement, token after it), in order."""
        doc, found = self.doc, []
        while len(found) < most and k < len(doc):
            start = k + (doc[k].lower_ in {"et", ","})
            m = start + (start < len(doc) and doc[start].lower_ in OF)
            m += m < len(doc) and doc[m].lower_ in DETS
            if m == start or m not in self.org_at:
                break
            org, stop = self.org_at[m]
            found.append((org, start, stop))
            k = self._skip_brackets(stop)
        return found

    def plural_comme(self) -> None:
        """« B (Congo) et C (Burundi) comme vice-présidents »: a plural title after « comme » is each name's
        of the list before it."""
        doc = self.doc
        for i in word_positions(doc, "comme"):
            n = self.plural_title_length(i + 1)
            if not n:
                continue
            names = self._name_list_before(self._before_brackets(i))
            title = " ".join(singular(t.text) for t in doc[i + 1:i + 1 + n])
            span = doc[i + 1:i + 1 + n]
            for p in names:
                if not any(r.person == p and r.start == span.start_char for r in self.facts.roles):
                    self.facts.roles.append(RoleFact(p, title[:1].upper() + title[1:], span.start_char, span.end_char,
                                                     None, "context"))

    def _before_brackets(self, k: int) -> int:
        """Token k, or where a bracket closing right before it opens (« X (Congo) comme »)."""
        doc = self.doc
        if k and doc[k - 1].text == ")":
            return next((j for j in range(k - 1, max(k - 8, -1), -1) if doc[j].text == "("), k)
        return k

    def _unless_sibling_body(self, role: RoleFact, given: set[int]) -> None:
        """« A et B, respectivement directeur de la police judiciaire et chef du service X »: B's title names
        no body, and the body of A's title is A's; B takes one its sentence names besides, else none."""
        org = self.preceding_org(role.start, same_sentence=True, skip=given)
        if org is None:
            org = self.following_org(role.end, skip=given)
        role.org, role.org_from = org, "text" if org is not None else "none"

    def _next_title_in_list(self, start: int, end: int) -> int | None:
        """Where « et » or a comma opens the next title of a « respectivement » list inside doc[start:end]."""
        for m in range(start + 1, end - 1):
            if self.doc[m].lower_ in {"et", ","} and self.title_length(m + 1):
                return m
        return None

    def shared_plural_titles(self) -> None:
        """« les majors généraux de A et de B, X et Y »: one title, each name with its body in order."""
        doc = self.doc
        for i in range(1, len(doc)):
            if doc[i - 1].lower_ not in {"les", "des", "aux"}:
                continue
            n = self.plural_title_length(i)
            if not n:
                continue
            if self._ministers_of_countries(i, n):
                continue
            k, orgs = i + n, []
            while k < len(doc) and doc[k].lower_ in OF | {"et"}:
                k += 1 + (doc[k].lower_ == "et" and k + 1 < len(doc) and doc[k + 1].lower_ in OF)
                k += k < len(doc) and doc[k].lower_ in DETS
                if k not in self.org_at:
                    break
                org, k = self.org_at[k]
                orgs.append(org)
            if len(orgs) < 2 or k >= len(doc) or doc[k].text != ",":
                continue
            names = self.name_list_at(k + 1)
            if len(names) != len(orgs):
                continue
            title = " ".join(singular(t.text) for t in doc[i:i + n])
            for p, org in zip(names, orgs):
                if not any(r.person == p and r.org == org for r in self.facts.roles):
                    self.facts.roles.append(RoleFact(p, title[:1].upper() + title[1:], doc[i].idx,
                                                     doc[i + n - 1].idx + len(doc[i + n - 1].text), org, "text"))

    def _ministers_of_countries(self, i: int, n: int) -> bool:
        """« les ministres malien et nigérien de l'Intérieur, X et Y »: one domain, a country each."""
        doc = self.doc
        entry = self.title_orgs.table.get(" ".join(singular(t.lower_) for t in doc[i:i + n]))
        if entry is None or entry.form != "domain":
            return False
        k, countries = i + n, []
        while k < len(doc) and (country_of_adjective(doc[k].text) or doc[k].lower_ in {"et", ","}):
            if doc[k].lower_ not in {"et", ","}:
                countries.append(country_of_adjective(doc[k].text))
            k += 1
        domain_start = k
        while k < len(doc) and doc[k].text != "," and k - domain_start < 10:
            k += 1
        if len(countries) < 2 or k >= len(doc) or domain_start == k or doc[domain_start].lower_ not in OF:
            return False
        names = self.name_list_at(k + 1)
        if len(names) != len(countries):
            return False
        domain = clean_spaces(doc[domain_start:k].text)
        title = " ".join(singular(t.text) for t in doc[i:i + n]) + " " + domain
        span = doc[i:k]
        for p, country in zip(names, countries):
            body = OrgSpan(span.start_char, span.end_char, f"{entry.head} {capitalise_domain(domain)} {country}",
                           kind=entry.kind, source="title")
            self.facts.orgs.append(body)  # put in text order with the other bodies by settle_orgs
            self.facts.roles.append(RoleFact(p, title[:1].upper() + title[1:], span.start_char, span.end_char,
                                             len(self.facts.orgs) - 1, "text"))
        return True

    def plural_title_length(self, i: int) -> int:
        """Number of tokens of a title in the plural starting at token i (« les directeurs généraux »), or 0."""
        doc, titles = self.doc, folded_titles(self.lexicon.titles)
        for n in (4, 3, 2, 1):
            words = " ".join(plural_words(doc[i:i + n]))
            if i + n <= len(doc) and doc[i].lower_ != singular(doc[i].lower_) and fold_title(words) in titles:
                return n
        return 0

    def same_title_elsewhere(self) -> None:
        """« Le ministre de l'Intérieur du Mali, M. X, et celui du Niger, M. Y »: the title again, for another country."""
        doc = self.doc
        for i in word_positions(doc, ("celui", "celle")):
            token = doc[i]
            if token.lower_ not in {"celui", "celle"} or i + 2 >= len(doc) or doc[i + 1].lower_ not in OF:
                continue
            j = i + 2 + (doc[i + 2].lower_ in DETS)
            if j >= len(doc) or j not in self.places:
                continue
            while j < len(doc) and j in self.places:
                j += 1
            k = j + (j < len(doc) and doc[j].text == ",")
            while k < len(doc) and (doc[k].lower_ in self.lexicon.honorifics or doc[k].text == "."):
                k += 1
            person = self.person_at.get(k)
            previous = [r for r in self.facts.roles if r.end <= token.idx and r.org in self._stems]
            if person is None or not previous or any(r.person == person for r in self.facts.roles):
                continue
            stem, title_stem = self._stems[previous[-1].org]
            if not stem or not title_stem:
                continue
            country = clean_spaces(doc[i + 1:j].text)
            span = doc[i:j]
            body = self._new_org(i, j, OrgSpan(span.start_char, span.end_char, f"{stem} {country}",
                                               kind=self.facts.orgs[previous[-1].org].kind, source="title"))
            self.facts.roles.append(RoleFact(person, title_stem[:1].upper() + title_stem[1:], span.start_char,
                                             span.end_char, body, "text"))

    def composition_lines(self) -> None:
        """« … se compose comme suit : – président : A, ministre de X ; – secrétaire : B, … »: each line of a
        dash list opening on a title and a colon gives the person after it that title in the body the
        line introducing the list names last."""
        doc = self.doc
        for i in range(len(doc) - 3):
            if doc[i].text not in LIST_DASHES or i and "\n" not in doc[i - 1].whitespace_ + doc[i - 1].text:
                continue
            n = self.title_length(i + 1)
            colon = i + 1 + n
            if not n or colon + 1 >= len(doc) or doc[colon].text != ":":
                continue
            k = colon + 1
            while k < len(doc) and (doc[k].lower_ in self.lexicon.honorifics or doc[k].text == "."):
                k += 1  # « Président : M. X »
            if k not in self.person_at or self.lower[i + 1 + n - 1].endswith("s") and n == 1:
                continue  # « membres : A, …; B, … »: a list of its own
            body = self._introduced_body(i)
            if body is not None:
                self.add_role(self.person_at[k], i + 1, colon, body, "text")

    def _introduced_body(self, i: int) -> int | None:
        """The body the line closing on a colon before the list at token i names last (« la composition du
        comité X, qui se compose comme suit : »)."""
        doc = self.doc
        k = i - 1
        while k >= 0 and not (doc[k].text == ":" and "\n" in doc[k].whitespace_ + doc[k + 1].text):
            k -= 1
        if k < 0:
            return None
        line_start = doc[k].sent.start
        composed = self._composed_body(line_start, k)
        if composed is not None:
            return composed
        orgs = [index for start, (index, _) in self.org_at.items() if line_start <= start < k]
        if not orgs and self._renews_board(line_start):
            # « L'Assemblée générale du Réseau X a renouvelé son Bureau. Ont été élus : »: the body whose board it is
            line_start = self._line_start(line_start)
            orgs = [index for start, (index, _) in self.org_at.items() if line_start <= start < k]
        return max(orgs, key=lambda index: self.facts.orgs[index].start) if orgs else None

    def _renews_board(self, sent_start: int) -> bool:
        """The sentence before the one at token ``sent_start``, on the same line, tells a board renewed or elected
        (``board_elections.tsv``, its words of the electing body or the board)."""
        doc = self.doc
        if sent_start == 0 or "\n" in doc[sent_start - 1].whitespace_:
            return False
        before = doc[sent_start - 1].sent
        boards = board_election_words().get("electing", {})
        return any(t.lower_ in boards for t in before)

    def _line_start(self, k: int) -> int:
        """The first token of the line holding token k."""
        doc = self.doc
        while k > 0 and "\n" not in doc[k - 1].whitespace_ + doc[k - 1].text:
            k -= 1
        return k

    def _composed_body(self, start: int, end: int) -> int | None:
        """« la composition du comité national de X »: the body after « composition », also where the
        sentence writes in lower case a body the item names elsewhere (its heading)."""
        doc = self.doc
        for m in range(start, end - 1):
            if doc[m].lower_ not in COMPOSITION_WORDS:
                continue
            k = m + 1
            while k < end and doc[k].lower_ in OF | DETS:
                k += 1
            if k in self.org_at:
                return self.org_at[k][0]
            rest = self.facts.text[doc[k].idx:doc[end].idx].lower() if k < end else ""
            named = [i for i, org in enumerate(self.facts.orgs) if len(org.name.split()) > 1
                     and rest.startswith(org.name.lower())]
            if named:
                return max(named, key=lambda i: len(self.facts.orgs[i].name))
        return None


def singular(word: str) -> str:
    """« majors généraux » → « major général »: enough of French plurals for titles."""
    if word.lower().endswith("aux") and len(word) > 4:
        return word[:-3] + "al"
    if word.lower().endswith(("s", "x")) and len(word) > 3:
        return word[:-1]
    return word


def plural_words(span) -> list[str]:
    """« gardiens de la paix » → gardien de la paix: the words before « de la » in the singular, the complement
    after it as written."""
    words, of = [], False
    for t in span:
        of = of or t.lower_ in {"la", "l'", "l’"} and bool(words) and words[-1] == "de"
        words.append(t.lower_ if of else singular(t.lower_))
    return words


def fold_title(words: str) -> str:
    """« conseillère d’ Etat » → « conseillere d'etat »: titles compared without accents or elision spaces."""
    return strip_accents(words.replace("’", "'").replace("' ", "'"))


@cache
def folded_titles(titles: frozenset[str]) -> frozenset[str]:
    """The lexicon's titles as ``fold_title`` writes them."""
    return frozenset(fold_title(t) for t in titles)
