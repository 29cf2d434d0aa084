"""Bodies named through a title, for the title reader (``reseau.extract.titles``).

« le ministre de la Justice du Tchad » names the Ministère de la Justice du Tchad (the table of
``title_orgs``), « le directeur de la police de la navigation » a body in lower case, « le
directeur de l'institut » the institute named before; the bodies are created once, as organization
mentions of the item, and a fragment inside them (« Justice », « Garde des sceaux ») is absorbed.
"""

from __future__ import annotations

import re
from functools import cache

from reseau.extract.facts import OrgSpan
from reseau.extract.lexicon import data_pairs
from reseau.extract.org_names import without_country_adjective
from reseau.extract.title_orgs import country_words, territories
from reseau.extract.title_words import participle
from reseau.extract.tokens import DETS, OF, is_acronym
from reseau.names import clean_spaces


# « du Phare » is « de Le Phare »: the article a contraction holds
CONTRACTED = {"du": "Le", "des": "Les", "au": "Le", "aux": "Les"}


class TitleBodies:
    """Mixin of the title reader's context: the bodies its titles name."""

    def _bodies_after_titles(self) -> None:
        """« le directeur de la police de la navigation »: a lower-case head inside a title names a body."""
        doc = self.doc
        for k in range(2, len(doc)):
            if k in self.org_at or doc[k - 1].lower_ not in DETS | OF | {"au", "aux"}:
                continue
            if any(start < k < end for start, (_, end) in self.org_at.items()):
                continue  # « la légion de gendarmerie de Kolda »: already read whole by its own head
            if not any(self.title_length(t) for t in range(max(0, k - 8), k - 1)):
                continue
            found = self.title_orgs.lower_head(k)
            if found is None:
                continue
            end, kind = found
            if any(j in self.person_at and not self._town_read_as_person(j) or j in self.org_at for j in range(k, end)) \
                    or _kind_of_thing(doc[k:end]) or self._inside_rank(k, end):
                continue
            span = doc[k:end]
            name = clean_spaces(span.text)
            name, country = without_country_adjective(span, name[:1].upper() + name[1:], kind, self.lexicon)
            index = self._new_org(k, end, OrgSpan(span.start_char, span.end_char, name, kind=kind, source="title"))
            self.facts.orgs[index].country = self.facts.orgs[index].country or country
            self._absorb_inside(index, k, end)
            self._take_acronym(index, end)

    def _inside_rank(self, k: int, end: int) -> bool:
        """« le Commissaire de police de 1re classe X »: the words end the rank of the person named right after
        them, a grade held in a force, no body of its own."""
        p = self.person_at.get(end)
        rank = self.facts.people[p].rank if p is not None else None
        words = " ".join(t.lower_ for t in self.doc[k:end])
        return bool(rank) and rank.replace("’", "'").endswith(words)

    def _town_read_as_person(self, j: int) -> bool:
        """« la circonscription de sécurité publique de Pradel »: one capitalised word after « de » closing a
        body's complement is its town, even where the model took it for a surname."""
        start, end = self.person_tokens.get(self.person_at[j], (j, j))
        return end == start + 1 and start > 0 and self.doc[start - 1].lower_ in OF

    def _bodies_of_titles(self) -> None:
        """Every title that names its body (« le Ministre de la Sécurité publique du Gabon ») creates it
        first, so that « son directeur de cabinet » and a bare title later in the sentence find it."""
        doc, i = self.doc, 0
        while i < len(doc):
            entry, n = self.title_orgs.title_words(i)
            if entry is None or not self.title_length(i):
                i += 1
                continue
            end, org, place = self.phrase(i)
            self.body_of_title(i, self._org_end(org) if org is not None else (place or end), org)
            i += n

    def _new_org(self, start: int, end: int, org: OrgSpan) -> int:
        if (start, end) in self.made:
            return self.made[(start, end)]
        self.facts.orgs.append(org)
        index = len(self.facts.orgs) - 1
        self.made[(start, end)] = index
        self.org_at.setdefault(start, (index, end))
        return index

    def _weak(self, org: int, start: int, reach: int) -> bool:
        """A word that spaCy took for a body inside the title (« Justice » of « ministre de la Justice »), or
        the title's own words read as a name (« le Garde des sceaux »)."""
        span = self.facts.orgs[org]
        entry = self.title_orgs.title_words(start)[0]
        if entry is not None and entry.form == "place" and entry.kind != "city" and span.kind == "city" \
                and not span.acronym:
            return True  # « Commissaire Central de la Ville de X »: the town the post is in, not the body held
        if span.acronym or span.source in {"gazetteer", "title"}:
            return False
        first = self.doc[start].idx
        n = self.title_orgs.title_words(start)[1]
        if n > 1 and first <= span.start <= self.doc[start + n - 1].idx:
            return True  # « Inspecteur général des Services de police »: the table's title words open it
        last = self.doc[reach - 1].idx + len(self.doc[reach - 1].text) if reach > start else first
        own = self.doc[start:start + max(self.title_length(start), 1)]
        if span.start >= own.start_char and span.end <= own.end_char:
            return True
        return span.source in {"ner", "generic"} and first <= span.start and span.end <= last

    def body_of_title(self, start: int, reach: int, org: int | None) -> int | None:
        """The body a title names by its words (« ministre de l'Intérieur du Mali »), created once."""
        entry = self.title_orgs.title_words(start)[0]
        named = org is not None and self.facts.text[self.facts.orgs[org].start:][:1].isupper()
        if org is not None and not self._weak(org, start, reach) and (entry is None or entry.form != "unit" or named):
            return None  # « le directeur général de l'Office », « directeur régional de Transports X »: the body held
        derived = self.title_orgs.derive(start, reach)
        if derived is None:
            return None
        doc = self.doc
        span = doc[start:max(derived.end, start + 1)]
        body = OrgSpan(span.start_char, span.end_char, derived.name, kind=derived.kind, aliases=derived.aliases,
                       source="title")
        body.country = derived.country
        index = self._new_org(start, derived.end, body)
        self._stems[index] = (derived.stem, derived.title_stem)
        self._absorb_inside(index, start, derived.end)
        self._take_acronym(index, derived.end)
        return index

    def _absorb_inside(self, index: int, start: int, end: int) -> None:
        """« Justice » of « ministre de la Justice », « Garde des sceaux »: fragments of the body's words."""
        for inner, _ in [self.org_at[k] for k in range(start, end) if k in self.org_at]:
            if inner != index and self._weak(inner, start, end):
                self.absorbed[inner] = index

    def _take_acronym(self, index: int, end: int) -> None:
        """« au ministère de l'Intérieur (MI) »: the acronym in brackets is the body's."""
        doc = self.doc
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and end + 1 in self.org_at:
            inner, _ = self.org_at[end + 1]
            acronym = self.facts.orgs[inner]
            if acronym.acronym and acronym.name == acronym.acronym:
                self.facts.orgs[index].acronym = acronym.acronym
                self.absorbed[inner] = index

    def settle_orgs(self) -> None:
        """Put the bodies read from titles in text order, dropping the fragments they absorbed."""
        orgs = self.facts.orgs
        order = sorted((i for i in range(len(orgs)) if i not in self.absorbed), key=lambda i: (orgs[i].start, i))
        new_index = {old: new for new, old in enumerate(order)}
        for old, target in self.absorbed.items():
            while target in self.absorbed:
                target = self.absorbed[target]
            new_index[old] = new_index[target]
        self.facts.orgs[:] = [orgs[i] for i in order]
        for role in self.facts.roles:
            if role.org is not None:
                role.org = new_index[role.org]
        for ref in self.facts.title_refs:
            if ref.org is not None:
                ref.org = new_index[ref.org]

    def _body_of_its_kind(self, start: int, org_from: str) -> tuple[int | None, str]:
        """« Le ministre était entouré de son directeur »: the last ministry named before the bare title
        (a body opening on the head the title names: « Ministère … », « Ville … »)."""
        entry, _ = self.title_orgs.title_words(start)
        if entry is None:
            return None, org_from
        char = self.doc[start].idx
        # a body a title only points back to is named by its whole head (« Conseil d'État », not « Conseil … »)
        heads = (entry.head.lower(), *(a.lower() for a in entry.aliases)) if entry.form == "back" else (entry.head.split()[0].lower(), *(
            a.split()[0].lower() for a in entry.aliases if not a.startswith("{")))  # « Mairie de X » for a syndic
        bodies = [i for i, o in enumerate(self.facts.orgs) if o.name.lower().startswith(heads) and o.start < char
                  and i not in self.absorbed]
        names = {self.facts.orgs[i].name for i in bodies}
        if len(names) != 1:
            return None, "none"  # none, or several ministries: which one is not said
        return max(bodies, key=lambda i: self.facts.orgs[i].start), "text"

    def _body_of_closing_title(self, start: int, end: int) -> int | None:
        """« directeur de cabinet du préfet », « conseiller du ministre »: a title whose complement is another
        title of the table speaks for the body that title's holder speaks for, the last one named before."""
        doc = self.doc
        for m in range(start + 1, end):
            entry, n = self.title_orgs.title_words(m)
            if _owns(entry) and m + n == end and doc[m - 1].lower_ in OF | DETS:
                return self._body_of_its_kind(m, "context")[0]
        return None

    def _owner_by_title(self, t: int) -> int | None:
        """« Le ministre était entouré de son directeur de cabinet »: « son » is the body of the title before."""
        sent_start = self.doc[t].sent.start
        for i in range(t - 2, sent_start - 1, -1):
            entry, _ = self.title_orgs.title_words(i)
            if _owns(entry):
                return self._body_of_its_kind(i, "context")[0]
        return None

    def _owner_title(self, t: int) -> str | None:
        """« la ministre, accompagnée de son chef de cabinet »: the bare title of the table before a possessive
        in its sentence, whose body the possessive speaks of."""
        sent_start = self.doc[t].sent.start
        for i in range(t - 2, sent_start - 1, -1):
            entry, n = self.title_orgs.title_words(i)
            if _owns(entry):
                return self.doc[i:i + n].text
        return None

    def _named_before(self, k: int) -> int | None:
        """« le directeur de l'institut », « major général de la Marine »: a head word alone points to the
        body it opens elsewhere in the item, the last one before it first; « président du ReSaPo »: an
        acronym is a body's name even where the item does not spell it out."""
        doc = self.doc
        if k >= len(doc) or k in self.person_at:
            return None
        if is_acronym(doc[k].text) and doc[k].text.isalpha():
            token = doc[k]
            return self._new_org(k, k + 1, OrgSpan(token.idx, token.idx + len(token.text), token.text,
                                                   acronym=token.text, source="acronym"))
        if doc[k].lower_ in territories() and doc[k].text.islower():
            return self._territory_named_before(k)
        if doc[k].lower_ not in self.head_words:
            return None
        if k and doc[k - 1].lower_ in {"de", "d'", "d’"} and doc[k].text.islower():
            return None  # « président du conseil de police »: no article, a kind of thing, not a body named elsewhere
        if k + 1 < len(doc) and (doc[k + 1].lower_ in OF | {"à", "au", "aux"} or doc[k + 1].pos_ == "ADJ"
                                 or doc[k + 1].text[:1].isupper()):
            return None  # « l'institut de police de … »: a name, not a pointer back
        if self.joined_domains_named(k):
            return None  # « directeur général des douanes et accises du Niger »: a body of its own
        opened = [i for i, o in enumerate(self.facts.orgs)
                  if o.name.split(" ", 1)[0].lower() == doc[k].lower_ and len(o.name.split()) > 1
                  and not o.start <= doc[k].idx < o.end]
        before = [i for i in opened if self.facts.orgs[i].end <= doc[k].idx]
        heading = self.heading_org()
        if heading in before:
            return heading  # « le délégué général de l'association » on the association's own page: itself
        if before:
            return max(before, key=lambda i: self.facts.orgs[i].start)
        return min(opened, key=lambda i: self.facts.orgs[i].start) if opened else None

    def named_by_prefix(self, k: int) -> tuple[int, int] | None:
        """« vice-présidente de la communauté d'agglomération chargée de … » on the page of the « Communauté
        d'agglomération X », « présidente de la commission cantonale des jeux » under the heading « Commission
        cantonale des jeux »: a lower-case head word and the words after it spell a body's name or its opening
        words (two at least), no capitalised name following; (the body, the token after its words) or None."""
        doc = self.doc
        if k >= len(doc) or not doc[k].text.islower() or doc[k].lower_ not in self.head_words or k in self.org_at:
            return None
        found, written = None, doc[k:min(len(doc), k + 40)].text.replace("’", "'").lower()
        for index, org in enumerate(self.facts.orgs):
            if index in self.absorbed or org.start <= doc[k].idx < org.end:
                continue
            end = self._prefix_end(k, org.name, written)
            if end is not None and (found is None or self._closer(index, found[0], doc[k].idx)):
                found = (index, end)
        return found

    def lower_kind(self, k: int) -> str:
        """« de la communauté de communes, maire de X »: the lower-case words of a kind of body opening on a head
        word at token k (two at least, no name after them), which the page's masthead may name; '' if none."""
        doc = self.doc
        if k >= len(doc) or doc[k].lower_ not in self.head_words or k in self.org_at:
            return ""
        if doc[k].text[:1].isupper() and not doc[k].text.isupper():
            # « titulaire de la Chaire » under the masthead « Chaire de recherche sur X »: a name said short
            after = doc[k + 1] if k + 1 < len(doc) else None
            named = after is not None and (after.lower_ in OF or after.text[:1].isupper() or after.pos_ == "ADJ")
            return "" if named else doc[k].lower_
        if not doc[k].text.islower():
            return ""
        end = k + 1
        while end < min(len(doc), k + 6) and (doc[end].lower_ in OF | DETS or doc[end].is_alpha and doc[end].text.islower()
                                               and not participle(doc[end]) and doc[end].pos_ in {"ADJ", "NOUN"}):
            end += 1
        while end > k + 1 and doc[end - 1].lower_ in OF | DETS:
            end -= 1
        # one head word alone only after a definite article and where it closes the title (« conseillère
        # en sécurité routière de la zone, X »): the one body of that head the document names; not « du conseil de
        # police »
        alone = end == k + 1 and not (end < len(doc) and doc[end].text in {",", "."}
                                      and k and doc[k - 1].lower_ in DETS | {"du"})
        if alone or end < len(doc) and (doc[end].text[:1].isupper() or doc[end].lower_ in OF):
            return ""
        return clean_spaces(doc[k:end].text).lower()

    def _prefix_end(self, k: int, name: str, written: str) -> int | None:
        """The token after the words of ``name`` (all, or two at least of its opening ones) written from token k
        (``written``: the text from there, lower case); None when they are not written there or a name runs on."""
        doc, words = self.doc, name.replace("’", "'").lower().split()
        if not written.startswith(words[0] + " ") and written != words[0]:
            return None
        for m in range(len(words), 1, -1):
            prefix = " ".join(words[:m])
            if not written.startswith(prefix) or written[len(prefix):len(prefix) + 1].isalnum():
                continue
            end = next((t.i for t in doc[k:] if t.idx >= doc[k].idx + len(prefix)), len(doc))
            if m < len(words) and end < len(doc) and (doc[end].text[:1].isupper() or doc[end].lower_ in OF):
                return None  # « la communauté de communes du Pays X »: another one, named in full
            return end
        return None

    def _closer(self, index: int, other: int, char: int) -> bool:
        """Body ``index`` is a better antecedent than ``other`` at character ``char``: the page's own heading
        first, then the last one before, then the first one after."""
        orgs, heading = self.facts.orgs, self.heading_org()
        if heading in {index, other}:
            return index == heading
        before, other_before = orgs[index].end <= char, orgs[other].end <= char
        if before != other_before:
            return before
        return orgs[index].start > orgs[other].start if before else orgs[index].start < orgs[other].start

    def short_name_before(self, k: int) -> int | None:
        """« directrice générale du Tremplin » after « l'organisme Tremplin Jeunesse Estrie »: a capitalised word
        alone after the title's link is the first word of a body the item named before, named again short."""
        doc = self.doc
        if k >= len(doc) or not doc[k].text[:1].isupper() or doc[k].text.isupper() or k in self.person_at:
            return None
        if k + 1 < len(doc) and not (doc[k + 1].is_punct or doc[k + 1].lower_ in {"et", "ou"}):
            return None  # « du Tremplin Jeunesse »: a name of its own, read as such or not at all
        if doc[k].text in self.lexicon.places or doc[k].text in country_words():
            return None
        before = [i for i, o in enumerate(self.facts.orgs) if o.end <= doc[k].idx and len(o.name.split()) > 1
                  and o.name.split(" ", 1)[0] == doc[k].text]
        return max(before, key=lambda i: self.facts.orgs[i].start) if before else None

    def _article_named(self, link: str, k: int) -> int | None:
        """« le directeur général du Phare » where the text writes « l'organisme Le Phare »: a name that
        opens on its article, which « du », « des », « au », « aux » contract."""
        article = CONTRACTED.get(link)
        # a country or a known place is no body (spaCy's own places are not trusted: « Le Phare »)
        known_place = self.doc[k].text in self.lexicon.places or self.doc[k].text in country_words()
        end = self._name_run(k) if article and not known_place else 0
        if not end:
            return None
        name = f"{article} {clean_spaces(self.doc[k:end].text)}"
        written = re.search(r"[\w,’'] " + re.escape(name) + r"\b", self.facts.text)
        if written is None:
            return None  # « Le Conseil » opening a sentence is no name with its article
        span = self.doc[k:end]
        return self._new_org(k, end, OrgSpan(span.start_char, span.end_char, name, aliases=[span.text], source="title"))

    def _pointed_back(self, k: int) -> int | None:
        """« la directrice de l'établissement »: a generic noun standing for the last body named before it
        whose head is of its kind (pointer_nouns.tsv); None when none is."""
        doc = self.doc
        heads = pointer_nouns().get(doc[k].lower_) if k < len(doc) else None
        if not heads or k + 1 < len(doc) and (doc[k + 1].lower_ in OF or doc[k + 1].text[:1].isupper()):
            return None  # « l'établissement pénitentiaire de X »: a name, not a pointer back
        before = [i for i, o in enumerate(self.facts.orgs) if o.end <= doc[k].idx and i not in self.absorbed
                  and o.name.split(" ", 1)[0].lower() in heads and len(o.name.split()) > 1]
        return max(before, key=lambda i: self.facts.orgs[i].start) if before else None

    def _several_before(self, k: int) -> bool:
        """« de l'association » where the item named several different bodies opening on that head before."""
        word, char = self.doc[k].lower_, self.doc[k].idx
        names = {o.name for i, o in enumerate(self.facts.orgs) if o.end <= char and i not in self.absorbed
                 and o.name.split(" ", 1)[0].lower() == word and len(o.name.split()) > 1}
        return len(names) > 1

    def _territory_named_before(self, k: int) -> int | None:
        """« le secrétaire général de la région »: a bare territorial noun points back to the body of the
        territory named before it (« le gouverneur de la région de X » → its governorate)."""
        doc = self.doc
        if k + 1 < len(doc) and (doc[k + 1].lower_ in OF | {"à", "au", "aux"} or doc[k + 1].text[:1].isupper()):
            return None  # « de la région de X »: the territory is named here
        word = f" {doc[k].lower_} "
        before = [i for i, o in enumerate(self.facts.orgs)
                  if word in f" {o.name.lower()} " and o.end <= doc[k].idx and i not in self.absorbed]
        return max(before, key=lambda i: self.facts.orgs[i].start) if before else None


@cache
def pointer_nouns() -> dict[str, frozenset[str]]:
    """Generic nouns pointing back to a body, with the heads of the bodies each can stand for."""
    return {noun: frozenset(heads.split(",")) for noun, heads in data_pairs("pointer_nouns.tsv").items()}


def owns_a_kind(entry) -> bool:
    """A title's table entry that says which kind of body holds it (not a bare capitalised « Directeur »)."""
    return _owns(entry)


def _owns(entry) -> bool:
    """A bare title of the table that speaks for a body of its kind (« le ministre », « le maire »); a bare
    « directeur » (whose entry only reads capitalised fields) says nothing of which body."""
    return entry is not None and entry.form != "capital"


def _kind_of_thing(span) -> bool:
    """« la police de proximité »: a head and a bare noun after « de », with no proper name, says what
    kind of work is done (« de la navigation » would name a domain, and a body)."""
    doc = span.doc
    k = span.start
    return k + 2 < span.end and doc[k + 1].lower_ == "de" and doc[k + 2].pos_ == "NOUN" \
        and doc[k + 2].text.islower() and not any(t.text[:1].isupper() for t in span)
