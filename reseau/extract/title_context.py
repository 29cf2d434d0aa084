"""The body a title takes when it names none, for the title reader (``reseau.extract.titles``):
the one its sentence or item was speaking of, a force for a rank, the item's heading; and titles
written with no name (anaphors).
"""

from __future__ import annotations

from functools import cache

from reseau.extract.facts import TitleRef
from reseau.extract.lexicon import data_lines
from reseau.extract.quotations import inside
from reseau.extract.title_elected import ELECTED, electing_body, tells_election
from reseau.extract.title_words import DETS, POSSESSIVES, RANK_KINDS
from reseau.extract.word_index import word_positions
from reseau.names import name_key, strip_accents


class TitleContext:
    """Mixin of the title reader's context: bodies from the sentence, the item, its heading."""

    def context_orgs(self) -> None:
        """A title with no body of its own takes the one its item was speaking of, never one read from
        another person's title (« le ministre de la Justice X … le ministre-président Y »)."""
        owners: dict[int, set[int]] = {}
        for role in self.facts.roles:
            if role.org is not None and self.facts.orgs[role.org].source == "title":
                owners.setdefault(role.org, set()).add(role.person)
        # « Trésorière : X, expert-comptable au cabinet Y »: the body of a second job held beside a title
        # of the body spoken of is no one's context
        sides = {r.org for r in self.facts.roles if r.org is not None and r.org_from == "text" and any(
            q.person == r.person and q.org is None and q.org_from == "context" for q in self.facts.roles)}
        sides |= self._former_bodies()
        # « l'ambassadeur du Ghana auprès de l'Union européenne, X »: a body inside another's title, not spoken of
        sides |= {i for i, o in enumerate(self.facts.orgs) for r in self.facts.roles
                  if r.org is not None and r.org != i and r.org_from == "text" and r.start < o.start and o.end <= r.end}
        complements: set[int] | None = None  # read once, when a title first looks after itself
        for role in self.facts.roles:
            if role.org is None and role.org_from == "place" and self._scoped(role):
                role.org_from = "context"  # « représentante régionale pour l'Afrique de l'Ouest »: a scope, not a body
            if role.org is None and role.org_from in {"context", "rank"}:
                others = {o for o, people in owners.items() if role.person not in people} | sides
                if role.org_from == "rank":
                    # « le lieutenant X »: a rank is held in a force, not in the last body the item named
                    role.org = self.rank_org(role, others)
                    continue
                if self._elected_officer(role):
                    continue
                role.org = self.preceding_org(role.start, same_sentence=True, skip=others)
                if role.org is None and role.org_from == "context":
                    # « X, directeur général, représentait Y »; a rank is the body the item spoke of
                    complements = self._title_complements() if complements is None else complements
                    # another's title after a verb (« M. X a reçu la présidente de Y »): Y is not X's
                    guests = {c for c in complements if self._verb_between(role.end, self.facts.orgs[c].start)}
                    role.org = self.following_org(role.end, skip=others | guests | self._after_next_person(role)
                                                  | self._held_by_later(role))
                board = role.org is None and is_board_title(role.title)
                if board:
                    # « Le trésorier, X, a présenté les comptes » on an association's page: its own officer
                    role.org = self._own_body()
                if role.org is None:
                    role.org = self.preceding_org(role.start, same_sentence=False, skip=others)
                    self._named_again(role, others)
                    if board and role.org is not None:
                        role.org_from = "board"  # the page's masthead may say whose officer it is
                if role.org is None and role.org_from == "context" and not others - sides:
                    # « La rapporteure, Mme X » opening an item: the body of its heading, unless the item speaks
                    # of bodies through others' titles (« le ministre de la Justice … le ministre-président »)
                    role.org = self.heading_org()
                    if role.org is None:
                        role.org_from = "masthead"

    def _named_again(self, role, skip: set[int]) -> None:
        """« La chambre régionale des comptes X a examiné les comptes de Y. … La chambre, présidée par Z, …
        Siégeaient également A, conseiller »: a body named again by its head noun alone, opening a clause after
        the last body named in full, is the one the text is back to; when the item spells out no body on that
        head (a colleague's title named it), the head is the kind of body the document's one of it stands for."""
        doc = self.doc
        after = self.facts.orgs[role.org].end if role.org is not None else self.facts.title_end
        last = None
        for t in word_positions(doc, self.head_words):
            if after <= doc[t].idx < role.start and 1 < t < len(doc) - 1 and doc[t - 1].lower_ in SHORT_ARTICLES \
                    and (doc[t - 2].is_sent_end or doc[t - 2].text.strip() in CLAUSE_MARKS or doc[t - 1].is_sent_start) \
                    and doc[t + 1].lower_ not in SHORT_FORM_ENDS and not doc[t + 1].text[:1].isupper() \
                    and doc[t + 1].pos_ != "ADJ" and (last is None or t > last):
                last = t
        if last is None:
            return
        head = doc[last].lower_
        named = {name_key(o.name): i for i, o in enumerate(self.facts.orgs) if i not in skip and i not in self.absorbed
                 and not o.unit and o.end <= role.start and o.name.split()[0].lower() == head and len(o.name.split()) > 1}
        if len(named) == 1:
            role.org = next(iter(named.values()))
        elif not named:
            role.kind_of_body = head  # the document's one « Chambre … », else the body found before

    def _elected_officer(self, role) -> bool:
        """« L'assemblée a élu … B siégera comme administratrice »: a board title in an item telling an election
        is a post in the body that elected, not in the university named beside the last person; when the item
        does not name that body, the document's assembly gives it (org_from "elected")."""
        if role.org_from != "context" or not is_board_title(role.title):
            return False
        if self.election is None:
            self.election = tells_election(self.doc), electing_body(self)
        told, body = self.election
        if not told:
            return False
        if body is None:
            # « … ont élu X à la présidence de la conférence. … A et B ont été élus vice-présidents »: the body of
            # another officer's post the item names
            posts = [r for r in self.facts.roles if r is not role and r.org is not None and r.org_from == "text"
                     and is_board_title(r.title)]
            body = posts[0].org if len({r.org for r in posts}) == 1 else None
        role.org = body if body is not None else self._own_body()
        if role.org is None:
            role.org_from = ELECTED
        return True

    def _former_bodies(self) -> set[int]:
        """« M. X, président de chambre, précédemment vice-président au tribunal Y »: the body of a post held
        before (``former_post_cues``), named in the cue's clause, is no one's present context."""
        doc, found = self.doc, set()
        cues = {c for c in self.lexicon.cues.get("former_post_cues", ()) if " " not in c and "'" not in c}
        for first in word_positions(doc, {c.split("-")[0] for c in cues}):
            # « jusque-là » is two tokens (« Jusque », « -là »)
            i = next((first + n - 1 for n in (1, 2) if "".join(t.lower_ for t in doc[first:first + n]) in cues), None)
            if i is None:
                continue
            k = i + 1
            fronted = doc[first].is_sent_start and k < len(doc) and doc[k].text == ","
            if fronted:
                k += 1  # « Jusque-là, X était à la tête du Y »: the whole sentence tells the post held before
            limit = doc[i].sent.end if fronted else min(len(doc), i + 12)
            while k < limit and doc[k].text not in {",", ";", ".", ":"} and "\n" not in doc[k].text:
                if k in self.org_at:
                    found.add(self.org_at[k][0])
                    break
                k += 1
        return found

    def _after_next_person(self, role) -> set[int]:
        """Bodies named after the next person the sentence names, in a clause of theirs (« la directrice, Mme X,
        et M. Y, qui dirige la Direction Z »): they are that person's."""
        own = self.facts.people[role.person]
        later = [p.start for i, p in enumerate(self.facts.people) if i != role.person and p.start > max(role.end, own.start)]
        if not later:
            return set()
        limit = min(later)
        return {i for i, o in enumerate(self.facts.orgs) if o.start > limit and self._verb_between(limit, o.start)}

    def _held_by_later(self, role) -> set[int]:
        """Bodies that people named after this one hold by their own titles (« la greffière, Mme X, en présence
        du directeur de l'Agence Y, M. Z »): Y is Z's."""
        own = self.facts.people[role.person]
        after = max(role.end, own.start)
        return {r.org for r in self.facts.roles if r.org is not None and r.org_from == "text" and r.person != role.person
                and self.facts.people[r.person].start > after}

    def _verb_between(self, start: int, end: int) -> bool:
        """A finite verb stands between two character offsets (« M. Y, qui dirige … »): a clause of its own."""
        span = self.doc.char_span(start, end, alignment_mode="expand") if start < end else None
        # a finite verb: « adjointe » read as a participle opens no clause
        return span is not None and any(t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm") for t in span)

    def _title_complements(self) -> set[int]:
        """Bodies named as the complement of a title with no name of its own (« M. X a reçu la présidente de la
        Fédération Y »): they are that other person's, not the body of a title before them."""
        doc, found = self.doc, set()
        for start, (index, _) in list(self.org_at.items()):  # reading a title may add the body it names
            k = start - 1
            if k >= 0 and doc[k].lower_ in DETS:
                k -= 1
            if k < 1 or doc[k].lower_ not in {"de", "du", "des", "d'", "d’"}:
                continue
            if any(self.title_length(t) and t + self.title_length(t) <= k and not any(
                    m in self.person_at for m in range(t, start)) and self.phrase(t)[1] == index
                   for t in range(max(0, k - 5), k)):
                found.add(index)
        return found

    def _own_body(self) -> int | None:
        """The association or network the item's heading names, whose page this is."""
        heading = self.heading_org()
        return heading if heading is not None and self.facts.orgs[heading].kind in OWN_BOARD_KINDS else None

    def rank_org(self, role, skip: set[int]) -> int | None:
        """The force a rank is held in (police, army, a police school): the last one named before it, else one
        named after it in its sentence, else a body of its sentence (« à l'Université X, … le professeur Y »)."""
        # a rank is held in a national force, never in a known body of police cooperation between countries
        # (« le BCN d'Interpol … le colonel X »): the gazetteer gives those no country
        skip = skip | {i for i, o in enumerate(self.facts.orgs) if name_key(o.name) in self.lexicon.countryless_keys}
        found = self.preceding_org(role.start, same_sentence=False, skip=skip, kinds=RANK_KINDS)
        if found is None:
            # a force named past a verb is another clause's (« X, dont le commissaire Y assure la direction,
            # a reçu le matériel de Z »), not where the rank is held
            found = self.following_org(role.end, skip=skip, kinds=RANK_KINDS)
            if found is not None and self._another_clause(role, self.facts.orgs[found].start):
                found = None  # any force further on lies past the same verb or person
        if found is None:
            found = self.preceding_org(role.start, same_sentence=True, skip=skip)  # « le professeur X » at a university
        return found

    def _another_clause(self, role, char: int) -> bool:
        """A finite verb or another person stands between the role and a character offset."""
        own = self.facts.people[role.person]
        after = max(role.end, own.end)
        return self._verb_between(after, char) or any(
            i != role.person and after <= p.start < char for i, p in enumerate(self.facts.people))

    def heading_org(self) -> int | None:
        """The first body named in the item's heading, before its text starts (a masthead)."""
        heading = [i for i, o in enumerate(self.facts.orgs) if o.end <= self.facts.title_end and not o.unit]
        return min(heading, key=lambda i: self.facts.orgs[i].start) if heading else None

    def anaphors(self, used: set[int]) -> None:
        """A title with an article and no name: « la directrice générale et la présidente … du CIPC »."""
        doc = self.doc
        i = 0
        while i < len(doc):
            if i in used or not self.title_length(i) or not i or doc[i - 1].lower_ not in DETS | POSSESSIVES:
                i += 1
                continue
            end, org, place = self.phrase(i)
            if end in self.person_at:
                i = end
                continue
            body = self.body_of_title(i, self._org_end(org) if org is not None else (place or end), org)
            if body is not None:
                org = body
            if org is None and doc[i - 1].lower_ in POSSESSIVES:
                org = self.preceding_org(doc[i].idx, same_sentence=True)
            span = doc[i:end]
            self.facts.title_refs.append(TitleRef(span.start_char, span.end_char, self.text(i, end), org))
            i = max(end, i + 1)

    # -- context --------------------------------------------------------------------

    def nearest_person(self, i: int) -> int | None:
        """The person a « comme … » clause speaks of: the last one named before it in the item."""
        best = None
        for p, (start, _) in self.person_tokens.items():
            if start < i and (best is None or start > self.person_tokens[best][0]):
                best = p
        return best

    def following_org(self, char: int, skip: set[int] = frozenset(), kinds: set[str] | None = None) -> int | None:
        """The first organization named after a position in its sentence (« X, directeur, représentait Y »)."""
        token = self.doc.char_span(char - 1, char, alignment_mode="expand")
        sent_end = token.sent.end_char if token is not None else len(self.facts.text)
        after = [i for i, o in enumerate(self.facts.orgs)
                 if char <= o.start < sent_end and not o.unit and i not in skip and i not in self.absorbed
                 and (kinds is None or o.kind in kinds)
                 and not inside(self.quotes, o.start)]
        if not after:
            return None
        first = min(after, key=lambda i: self.facts.orgs[i].start)
        between = strip_accents(self.facts.text[char:self.facts.orgs[first].start].lower()).split()
        return None if any(w.strip(",.") in _study_words() for w in between) else first

    def subject_org(self, t: int) -> int | None:
        """The body that is the subject of the sentence before token t (« l'Institut X a signé avec Y un accord,
        paraphé par sa directrice »): a possessive speaks of it rather than of the last body named."""
        sent = self.doc[t].sent
        found = None
        for start, (index, end) in self.org_at.items():
            if sent.start <= start and end <= t and index not in self.absorbed and self._opens_clause(start) \
                    and self._verb_follows(end) and (found is None or start > found[0]):
                found = (start, index)
        return found[1] if found else None

    def coordinated_org(self, t: int) -> int | None:
        """« avec la DIPN de X et son directeur »: a possessive right after a body and « et » is that body's."""
        doc = self.doc
        k = t - 2
        if k < 1 or doc[k].lower_ != "et":
            return None
        if doc[k - 1].text == ")":
            k = next((j for j in range(k - 1, max(k - 6, 0), -1) if doc[j].text == "("), k)
        return next((index for _, (index, end) in self.org_at.items() if end == k and index not in self.absorbed), None)

    def _opens_clause(self, start: int) -> bool:
        """Nothing governs the body's name: it opens its sentence, or follows a comma (« Le 3 mars, l'Office … »)."""
        doc, k = self.doc, start - 1
        if k >= 0 and doc[k].lower_ in DETS:
            k -= 1
        return k < doc[start].sent.start or doc[k].text in {",", ";"}

    def _verb_follows(self, end: int) -> bool:
        """A verb follows the body's name, after its acronym in brackets and a comma: it is its subject."""
        doc, k = self.doc, end
        if k < len(doc) and doc[k].text == "(":
            k = next((j + 1 for j in range(k, min(k + 6, len(doc))) if doc[j].text == ")"), k)
        if k < len(doc) and doc[k].text == ",":
            k += 1
        return k < len(doc) and doc[k].pos_ in {"AUX", "VERB"}

    def preceding_org(self, char: int, same_sentence: bool, skip: set[int] = frozenset(),
                      kinds: set[str] | None = None) -> int | None:
        """The organization mentioned last before a position: in its sentence first, then in the item;
        only one of these kinds when given."""
        token = self.doc.char_span(char, char + 1, alignment_mode="expand")
        sent_start = token.sent.start_char if token is not None else 0
        best = None
        for i, org in enumerate(self.facts.orgs):
            if org.end > char or org.unit or org.start < self.facts.title_end or i in skip or i in self.absorbed:
                continue
            if kinds is not None and org.kind not in kinds:
                continue
            if inside(self.quotes, org.start):
                continue  # « « Avec la Ville de X, nous avançons », a déclaré le commissaire Y »: said, not held
            if best is None or org.start > self.facts.orgs[best].start:
                best = i
        if best is not None and same_sentence and self.facts.orgs[best].start < sent_start:
            return None
        return best


# « la chambre, présidée par … »: the article of a body named again by its head noun; words that would make the noun
# open another name or a kind (« la chambre de commerce », « la chambre d'agriculture ») rather than stand alone
SHORT_ARTICLES = {"la", "le", "l'", "l’"}
SHORT_FORM_ENDS = {"de", "des", "du", "d'", "d’", "-"}
CLAUSE_MARKS = {".", ",", ";", ":", ""}


@cache
def _study_words() -> frozenset[str]:
    return frozenset(strip_accents(w) for w in data_lines("study_words.txt"))


OWN_BOARD_KINDS = {"association", "network"}


@cache
def _board_titles() -> tuple[frozenset[str], frozenset[str]]:
    """Board officers' titles, and the words after one that keep it the same post (``board_titles.txt``)."""
    titles, after = set(), set()
    for line in data_lines("board_titles.txt"):
        word, _, mark = line.partition("\t")
        (after if mark == "after" else titles).add(word)
    return frozenset(titles), frozenset(after)


def is_board_title(title: str) -> bool:
    """« Trésorière », « Président sortant »: the bare title of an officer of a board."""
    titles, after = _board_titles()
    words = title.lower().replace("’", "'").split()
    while words and words[-1] in after:
        words.pop()
    return " ".join(words) in titles
