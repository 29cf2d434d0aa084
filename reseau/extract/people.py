"""People: spaCy's PER entities and names after a civility or a rank, cleaned.

``M. Diego Araya Soto`` is Diego Araya Soto; ``le capitaine LEBLANC`` is
Leblanc, a captain; a first name alone is marked partial and resolved against the full
names of the document later.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from reseau.extract.facts import ItemFacts, PersonSpan
from reseau.extract.lexicon import Lexicon, data_lines, data_pairs, load_lexicon
from reseau.extract.org_filter import ELIDED_INITIAL
from reseau.extract.org_grammar import after_a_territory, land_named_at, load_grammar
from reseau.extract.people_forms import act_with_its_adjective
from reseau.extract.title_orgs import country_of_adjective, load_title_orgs
from reseau.extract.title_words import grade_class
from reseau.extract.tokens import DETS, GRADE_CODE, MONTHS, OF, WEEKDAYS, is_acronym, is_cap, surname_first
from reseau.names import PARTICLES, clean_spaces, display_person

GLUED_CIVILITY = re.compile(r"^(?:M|Mme|Mlle|Dr|Pr)\.(?=[A-ZÀ-Ý][a-zà-ÿ])")
GLUED_CAPTION = re.compile(r"^([A-ZÀ-Ý]{2,})([A-ZÀ-Ý][a-zà-ÿ]{2,})$")  # « APQ » + « Marie »
PARTICLE_INSIDE = {"al", "el", "ben", "bin", "ibn", "ould", "abu", "abou", "van", "von", "da", "dos", "del", "de", "di"}
PARTICLE_OPENING = {"el", "al"}  # « El Hadji », « Al Amine »: an opening particle kept with the name
NOT_NAMES = set(MONTHS) | set(WEEKDAYS) | {"bienvenue", "merci", "lire", "publication", "rencontre", "rencontres", "nous", "enfin", "puis"}


class PeopleFinder:
    """Find person mentions and store them in ``doc._.people``.

    It rewrites ``doc._.orgs`` too (declared in ``assigns``): a name that opens after a civility
    inside a body's name cuts that name (« l'Institut … M. X »), and a surname in capitals read
    as an acronym is no body.
    """

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.civility_firsts = {w.split()[0] for w in lexicon.honorifics | lexicon.ranks}
        self.domain_titles = {t for t, entry in load_title_orgs().items() if entry.form == "domain"}

    def __call__(self, doc: Doc) -> Doc:
        item = doc._.item
        facts = ItemFacts(orgs=doc._.orgs, title_end=item.title_end, text=item.text)
        self._cut_at_civilities(doc, facts)
        org_chars = set()
        for org in facts.orgs:
            org_chars.update(range(org.start, org.end))
        found: dict[int, PersonSpan] = {}
        for ent in doc.ents:
            if ent.label_ == "PER":
                self._add(doc, _surname_before(doc, ent.start, ent.end), ent.end, found, org_chars)
            elif ent.label_ == "ORG":
                self._name_after_domain(doc, ent, facts, found, org_chars)
            elif ent.label_ in {"LOC", "MISC"} and (_particle_inside(ent) or _particle_opening(ent)) \
                    and ent.text not in self.lexicon.places:
                self._add(doc, ent.start, ent.end, found, org_chars)  # « Hassan Al Mansouri » read as a place
        for token in doc:
            if surname_first(token) and token.idx not in found:
                self._add(doc, token.i, min(token.i + 5, len(doc)), found, org_chars)  # given names spaCy missed
        firsts = self.civility_firsts
        for i, token in enumerate(doc):
            if i and doc[i - 1].lower_ in {"de", "d'", "d’"} and token.lower_ not in self.lexicon.honorifics:
                continue  # « le grade de major », « au rang de commandant »: the rank itself, not before a name
            if (token.lower_ in firsts or is_cap(token) and _nationality(doc, i) or token.text[-1:].isdigit() and GRADE_CODE.fullmatch(token.text)) \
                    and self._civility_length(doc, i):
                self._add(doc, i, min(i + 8, len(doc)), found, org_chars, after_civility=True)
        self._glued(doc, facts, found)
        self._name_parts(doc, found, org_chars)
        self._surname_in_capitals_before(doc, found, org_chars)
        self._surname_first_unread(doc, found, org_chars)
        facts.people = _outermost(sorted(found.values(), key=lambda p: p.start))
        _drop_surnames_read_as_acronyms(facts)
        doc._.people, doc._.orgs = facts.people, facts.orgs
        return doc

    def _glued(self, doc: Doc, facts, found: dict[int, PersonSpan]) -> None:
        """Names glued to what comes before them: « M.Diallo », a caption run into the text (« …APQMarie Roy »)."""
        for i, token in enumerate(doc):
            civility = GLUED_CIVILITY.match(token.text)
            caption = GLUED_CAPTION.match(token.text) if civility is None and i + 1 < len(doc) else None
            if civility is None and (caption is None or not is_cap(doc[i + 1]) or doc[i + 1].pos_ not in {"PROPN", "X", "NOUN"}):
                continue
            start = token.idx + (civility.end() if civility else len(caption.group(1)))
            end = self._name_end(doc, i + 1, min(len(doc), i + 5), strict=True)
            stop = doc[end - 1].idx + len(doc[end - 1].text) if end > i + 1 else token.idx + len(token.text)
            name = display_person(facts.text[start:stop])
            for org in facts.orgs:
                if org.start == token.idx and caption:
                    org.end, org.name, org.acronym = start, caption.group(1), caption.group(1)
            facts.orgs[:] = [o for o in facts.orgs if not (civility and o.start <= start < o.end)]
            found[start] = PersonSpan(start, stop, name, partial=len(name.split()) == 1)

    def _surname_in_capitals_before(self, doc: Doc, found: dict[int, PersonSpan], org_chars: set[int]) -> None:
        """« Madame le Maire de Toamasina RAKOTO Voahirana »: a surname in capitals written before the given
        names belongs to the name, not to the place or body before it."""
        for key, person in list(found.items()):
            span = doc.char_span(person.start, person.end, alignment_mode="expand")
            if span is None or span.start == 0 or span[0].text.isupper():
                continue
            prev = doc[span.start - 1]
            if not (prev.is_alpha and prev.text.isupper() and len(prev.text) > 2) or prev.idx in org_chars \
                    or "\n" in prev.whitespace_ or prev.lower_ in self.lexicon.honorifics \
                    or prev.lower_ in self.lexicon.ranks or prev.text in load_grammar().rank_acronyms \
                    or span.start > 1 and doc[span.start - 2].text.isupper():
                continue  # a heading in capitals, an acronym of a body, a civility, a rank's initials: no surname
            whole = doc[span.start - 1:span.end]
            if whole.start_char in found:
                continue  # already read whole, after its rank
            found.pop(key)
            found[whole.start_char] = PersonSpan(whole.start_char, whole.end_char, display_person(_written_name(whole)),
                                                 partial=False, rank=person.rank, surname_first=True)

    def _surname_first_unread(self, doc: Doc, found: dict[int, PersonSpan], org_chars: set[int]) -> None:
        """« le Préfet d'Antsirabe RAHARINIRINA Tiana Voahangy, »: a surname in capitals then two given names or
        more, right after a capitalised word and closed by punctuation, is a name the tagger did not read."""
        covered = {c for p in found.values() for c in range(p.start, p.end)}
        for i in range(1, len(doc) - 2):
            t = doc[i]
            if not (t.is_alpha and t.text.isupper() and len(t.text) > 2) or t.idx in org_chars or t.idx in covered \
                    or not is_cap(doc[i - 1]) or doc[i - 1].text.isupper() or "\n" in doc[i - 1].whitespace_ \
                    or t.lower_ in self.lexicon.honorifics or t.lower_ in self.lexicon.ranks:
                continue
            end = i + 1
            while end < min(len(doc), i + 5) and doc[end].is_alpha and is_cap(doc[end]) and not doc[end].text.isupper() \
                    and doc[end].text not in self.lexicon.places and doc[end].text not in self.lexicon.org_heads:
                end += 1
            if end - i < 3 or end < len(doc) and not doc[end].is_punct:
                continue
            whole = doc[i:end]
            found[whole.start_char] = PersonSpan(whole.start_char, whole.end_char, display_person(_written_name(whole)),
                                                 partial=False, surname_first=True)

    def _cut_at_civilities(self, doc: Doc, facts) -> None:
        """« l'Office … contre le Crime Mme Odile X »: a body's name ends before a civility and a name."""
        for org in facts.orgs:
            if org.source == "gazetteer":
                continue
            span = doc.char_span(org.start, org.end, alignment_mode="expand")
            if span is None:
                continue
            for t in span[1:]:
                if is_cap(t) and t.lower_.rstrip(".") in self.lexicon.honorifics and t.i + 1 < len(doc) \
                        and (is_cap(doc[t.i + 1]) or doc[t.i + 1].text == "."):
                    end = t.i
                    while end > span.start + 1 and (doc[end - 1].lower_ in OF | DETS | {"et", ","}):
                        end -= 1
                    org.end = doc[end - 1].idx + len(doc[end - 1].text)
                    org.name = clean_spaces(facts.text[org.start:org.end]).removeprefix("l'").removeprefix("l’")
                    break

    def _name_after_domain(self, doc: Doc, ent: Span, facts, found: dict[int, PersonSpan], org_chars: set[int]) -> None:
        """« le ministre de la Justice Jan Peeters »: spaCy runs the title's domain and the name together."""
        k = ent.start - 1
        while k >= 0 and doc[k].lower_ in DETS:
            k -= 1
        # Only after a title that names a body by its domain (« ministre de la Justice »): a name
        # (« directeur de Safe Cities Europe ») has no domain word to end on.
        if k < 1 or doc[k].lower_ not in OF or not any(
                " ".join(t.lower_ for t in doc[max(0, k - n):k]) in self.domain_titles for n in (1, 2, 3)):
            return
        j = ent.start + 1
        while j < ent.end and not is_cap(doc[j]):
            j += 1  # the domain's adjectives: « Sécurité publique »
        tail = doc[j:ent.end]
        if len(tail) < 2 or not all(is_cap(t) and t.text not in self.lexicon.org_heads for t in tail):
            return
        org = next((o for o in facts.orgs if o.start == ent.start_char and o.end == ent.end_char), None)
        if org is not None:
            org.end = doc[j - 1].idx + len(doc[j - 1].text)
            org.name = clean_spaces(doc[ent.start:j].text)
            org_chars.difference_update(range(org.end, ent.end_char))
        self._add(doc, j, ent.end, found, org_chars)

    def _name_parts(self, doc: Doc, found: dict[int, PersonSpan], org_chars: set[int]) -> None:
        """« Inès, Stagiaire … »: a first name or surname of someone named in full in the item."""
        parts = set()
        for person in found.values():
            words = person.name.split()
            if len(words) > 1:
                parts.update({words[0], words[-1]})
        if not parts:
            return
        covered = set(org_chars)
        for person in found.values():
            covered.update(range(person.start, person.end))
        for token in doc:
            if token.text in parts and token.idx not in covered and is_cap(token):
                found[token.idx] = PersonSpan(token.idx, token.idx + len(token.text), token.text, partial=True)

    def _civility_length(self, doc: Doc, i: int) -> int:
        """How many tokens of civility or rank start at token i (``M.``, ``général de corps aérien``)."""
        n = 0
        while i + n < len(doc):
            rank = self._rank_length(doc, i + n)
            low = doc[i + n].lower_
            if rank:
                n += rank
            elif n == 0 and _nationality(doc, i):
                n += 1  # « la Guinéenne Aïssatou Barry »: a nationality, then the name
            elif low in self.lexicon.honorifics:
                n += 1
                if i + n < len(doc) and doc[i + n].text == "." and low in {"m", "mme", "dr", "pr", "mlle"}:
                    n += 1
            elif i + n + 1 < len(doc) and f"{low} {doc[i + n + 1].lower_}" in self.lexicon.honorifics:
                n += 2  # « El Hadj X »: a civility of two words
            else:
                break
        return n

    def _rank_length(self, doc: Doc, i: int) -> int:
        """Tokens of the longest rank starting at token i (``capitaine de police``, ``vice-amiral d’escadre``)."""
        if GRADE_CODE.fullmatch(doc[i].text) and i + 1 < len(doc) and is_cap(doc[i + 1]):
            return 1  # « OPC1 Jean X »: a grade's code before the name
        for n in range(5, 0, -1):
            if i + n <= len(doc):
                words = " ".join(t.lower_ for t in doc[i:i + n]).replace("’", "'").replace("' ", "'").replace(" - ", "-")
                if words in self.lexicon.ranks:
                    return n + grade_class(doc, i + n)
        return 0

    def _add(self, doc: Doc, start: int, end: int, found: dict[int, PersonSpan], org_chars: set[int],
             after_civility: bool = False) -> None:
        rank_tokens = []
        skip = self._civility_length(doc, start)
        k = start
        while k < start + skip:
            n = self._rank_length(doc, k)
            if n:
                rank_tokens.extend(t.text for t in doc[k:k + n])
            elif doc[k].text in data_pairs("rank_abbreviations.tsv"):
                # « Pr X »: a professor; as written, for « PR » is the président de la République
                rank_tokens.append(data_pairs("rank_abbreviations.tsv")[doc[k].text])
            k += n or 1
        start += skip
        if after_civility and skip == 0:
            return
        end = self._name_end(doc, start, end if not after_civility else min(len(doc), start + 6), strict=after_civility)
        if end <= start:
            return
        span = doc[start:end]
        if span.start_char in org_chars or not self._plausible(span) or self._ends_a_title(doc, start):
            return
        if rank_tokens and load_grammar().describes_a_unit(span[0].text):
            return  # « le Commandant Régional de Police de X, M. Y »: the rank's level, then its unit, no name
        rank = " ".join(t.lower() for t in rank_tokens) or None
        person = PersonSpan(span.start_char, span.end_char, display_person(_written_name(span)),
                            partial=len(_written_name(span).split()) == 1 or len([t for t in span if is_cap(t)]) == 1,
                            rank=rank, surname_first=_surname_first(span))
        previous = found.get(person.start)
        if previous is None or (person.end - person.start) > (previous.end - previous.start) or (rank and not previous.rank):
            found[person.start] = person

    def _ends_a_title(self, doc: Doc, start: int) -> bool:
        """« le procureur du Roi de Liège »: a capitalised word that closes a title is not a first name."""
        if doc[start].lower_ not in _last_title_words(self.lexicon.titles):
            return False  # most capitalised words close no title: skip joining the words before them
        return any(" ".join(t.lower_ for t in doc[j:start + 1]) in self.lexicon.titles for j in range(max(0, start - 3), start))

    def _name_end(self, doc: Doc, start: int, limit: int, strict: bool) -> int:
        k = start
        while k < limit:
            t = doc[k]
            if "\n" in t.text:
                break
            if t.text == "-" and k > start and k + 1 < len(doc) and is_cap(doc[k + 1]) and not t.whitespace_:
                k += 1
                continue
            # A surname in capitals is tagged anything (« LE DREN » as an interjection).
            shouted = k > start and t.is_alpha and t.text.isupper() and len(t.text) > 1 \
                and t.pos_ not in {"CCONJ", "ADP", "DET"} and t.lower_ not in self.lexicon.honorifics
            # (« SAWADOGO ET MADAME … » in a caption: a conjunction or a civility in capitals ends the name)
            # after a first name, a rare surname is tagged anything too (« Ehui » as an adverb)
            tagged = t.pos_ in {"PROPN", "NOUN", "X", "ADJ", "VERB"} or k > start and t.pos_ in {"ADV", "INTJ"} \
                or k > start and _compound_name(t.text)  # « Martin-Saint-Cyr » is tagged anything, even a conjunction
            if is_cap(t) and (tagged or shouted) and t.lower_ not in NOT_NAMES \
                    and t.text not in self.lexicon.org_heads and t.lower_ not in self.lexicon.title_firsts:
                k += 1
            elif t.lower_ in PARTICLES and k > start and _capital_after_particles(doc, k, limit) and not t.is_sent_start:
                k += 1
            elif ELIDED_INITIAL.match(t.text) and not t.whitespace_ and k > start and k + 1 < limit and is_cap(doc[k + 1]):
                k += 1  # « Kouamé N'DRI »: an elided first letter of the surname
            elif _links_names(doc, k, start, limit):
                k += 1  # « DIALLO née SY Aïssatou »: a maiden or married name goes on
            else:
                break
            if "\n" in t.whitespace_:
                break
        while k > start and (doc[k - 1].lower_ in PARTICLES or doc[k - 1].text == "-"):
            k -= 1
        return k

    def _seat_of_government(self, span: Span) -> bool:
        """« à Tambaro, chef-lieu de la région »: a name apposed with a word for a seat of government is a town."""
        doc, k = span.doc, span.end + 1
        if k >= len(doc) or doc[span.end].text != ",":
            return False
        word = doc[k].lower_
        while k + 2 < len(doc) and doc[k + 1].text == "-" and not doc[k].whitespace_:  # « chef-lieu » is three tokens
            word, k = f"{word}-{doc[k + 2].lower_}", k + 2
        return word in self.lexicon.cues["town_appositions"]

    def _plausible(self, span: Span) -> bool:
        words = [t for t in span if t.text != "-"]
        if not words or any(t.lower_ in NOT_NAMES for t in words):
            return False
        if len(words) == 1 and is_acronym(words[0].text) and not words[0].text.isupper():
            return False
        if all(is_acronym(t.text) for t in words) and len(words) == 1 and span.start == 0:
            return False
        if span.text in self.lexicon.places or self._seat_of_government(span):
            return False
        if after_a_territory(span.doc, span.start) and not (land_named_at(span.doc, span.start) and _named_like_a_person(span)):
            return False  # « la Région Sidi Tazra », « la province de X »: a territory's noun names a place after it
        if act_with_its_adjective(words):
            return False
        if len(words) == 1 and span.start and span.doc[span.start - 1].lower_ in {"du", "des", "au", "aux"}:
            return False  # « le préfet du Val-d'Ysère »: a contracted article comes before a place, not a name
        return any(is_cap(t) for t in words) and not self._lettered_heading(span)

    def _lettered_heading(self, span: Span) -> bool:
        """« C. Rapport de M. X »: a letter numbering a heading, its noun, then « de » and a civility."""
        doc, k = span.doc, span.end
        opens = span.start == 0 or "\n" in doc[span.start - 1].text + doc[span.start - 1].whitespace_
        letter = len(span[0].text.rstrip(".")) == 1 and span[0].text[:1].isupper()
        return opens and letter and k + 1 < len(doc) and doc[k].lower_ in {"de", "du"} \
            and doc[k + 1].lower_.rstrip(".") in self.lexicon.honorifics


def _named_like_a_person(span: Span) -> bool:
    """« le président de la Région Paul Morand »: two words or more, the last without a hyphen, name the holder
    after the region's noun; « la Région Oum Tazra-Atlas » (a hyphen closing it) or one word name the land."""
    words = span.text.split()
    return len(words) >= 2 and "-" not in words[-1]


def _surname_before(doc: Doc, start: int, end: int) -> int:
    """« le Préfet de X RAKOTO Hery Nirina »: spaCy leaves out a surname in capitals that opens the name, and
    the title or the body before would swallow it."""
    if start and surname_first(doc[start - 1]):
        return start - 1
    # « le Préfet d'Ambohimena RASOA Hery »: spaCy runs the place into the name; the capitals open it
    inner = next((k for k in range(start + 1, min(end, start + 3)) if surname_first(doc[k])), None)
    return inner if inner is not None and doc[start].text[1:].islower() else start


def _written_name(span: Span) -> str:
    """The name in the order it is written (« DIALLO Ousmane » stays surname first, as its
    country writes it), hyphens joined."""
    return span.text.replace(" - ", "-").replace(" -", "-").replace("- ", "-")


def _surname_first(span: Span) -> bool:
    """« DIALLO Ousmane »: a surname in capitals before given names in the usual case."""
    words = _written_name(span).split()
    shouted = [w.isupper() and w.replace("-", "").replace("'", "").replace("’", "").isalpha() and len(w) > 1 for w in words]
    return len(words) > 1 and shouted[0] and not shouted[-1] and words[-1][:1].isupper()


def _capital_after_particles(doc: Doc, k: int, limit: int) -> bool:
    """« van der Berg », « de la Fuente »: particles from token k, then a capitalised word before ``limit``."""
    j = k
    while j < min(limit, k + 3) and doc[j].lower_ in PARTICLES:
        j += 1
    return j < limit and is_cap(doc[j])


def _links_names(doc: Doc, k: int, start: int, limit: int) -> bool:
    """« née », « épouse » between two parts of one name, each with a capital."""
    return (k > start and k + 1 < limit and doc[k].lower_ in _name_links() and is_cap(doc[k + 1])
            and is_cap(doc[k - 1]))


@cache
def _name_links() -> frozenset[str]:
    """Words that join a maiden or married name to a name (``data/name_links.txt``)."""
    return frozenset(data_lines("name_links.txt"))


def _outermost(people: list[PersonSpan]) -> list[PersonSpan]:
    """« SAWADOGO Paul Wendé » holds « Paul Wendé » that spaCy read alone: one name, the longer."""
    return [p for p in people if not any(o is not p and o.start <= p.start and p.end <= o.end
                                         and (o.end - o.start) > (p.end - p.start) for o in people)]


def _particle_inside(ent: Span) -> bool:
    """A name particle between two capitalised words: « Hassan Al Mansouri », « Jan Van Dijk »."""
    words = list(ent)
    return (len(words) >= 3 and all(is_cap(t) for t in (words[0], words[-1]))
            and any(t.lower_ in PARTICLE_INSIDE and is_cap(t) for t in words[1:-1]))


def _particle_opening(ent: Span) -> bool:
    """« El Hadji Souleymane Faye » read as a place: a particle, then three or more capitalised words (a place named
    so, « El Jadida », has fewer)."""
    words = list(ent)
    return len(words) >= 4 and words[0].lower_ in PARTICLE_OPENING and all(is_cap(t) for t in words)


def _nationality(doc: Doc, i: int) -> bool:
    """A capitalised nationality noun after an article, before a capitalised word (« la Guinéenne X »)."""
    return (0 < i < len(doc) - 1 and doc[i - 1].lower_ in DETS | {"un", "une"} and is_cap(doc[i])
            and is_cap(doc[i + 1]) and country_of_adjective(doc[i].text) is not None)


def _drop_surnames_read_as_acronyms(facts) -> None:
    """« Luc D’ARCO »: a surname in capitals inside a person's name is not an organization."""
    people = [(p.start, p.end) for p in facts.people if not p.partial]
    facts.orgs[:] = [o for o in facts.orgs
                     if not (o.acronym and o.name == o.acronym and any(s <= o.start and o.end <= e for s, e in people))]


@Language.factory("reseau_people", default_config={
    "honorifics": "honorifics.txt", "ranks": "ranks.txt", "heads": "org_heads.tsv", "titles": "titles.txt"},
    requires=["doc._.item", "doc._.orgs"], assigns=["doc._.people", "doc._.orgs"])
def make_people(nlp: Language, name: str, honorifics: str, ranks: str, heads: str, titles: str) -> PeopleFinder:
    """Person mentions, civilities and ranks stripped."""
    return PeopleFinder(load_lexicon(honorifics=honorifics, ranks=ranks, heads=heads, titles=titles))


def _compound_name(text: str) -> bool:
    """« Martin-Saint-Cyr »: three or more capitalised parts joined by hyphens are one compound surname."""
    parts = text.split("-")
    return len(parts) > 2 and all(part[:1].isupper() and part[1:].islower() for part in parts)


@cache
def _last_title_words(titles: frozenset[str]) -> frozenset[str]:
    """The last word of every title of the lexicon (« roi » of « procureur du roi »), read once."""
    return frozenset(title.split()[-1] for title in titles if title.split())
