"""Organizations with their full names: gazetteer, head words, spaCy's ORG entities.

A name opens on a head word, capitalised (``Office``, ``Délégation``) or in lower case with
a named complement or an adjective of level or place (« la police de Sherbrooke », « la
gendarmerie vaudoise »); ``org_names`` says where it ends. A unit (``Division``,
``Direction``) followed by the body it belongs to yields that body. ``org_head_words`` reads the
names that open on a head word, ``org_named_sources`` the others (after a generic noun, before a
country, spaCy's entities); ``org_filter`` refuses what only looks like a name.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from reseau.extract.facts import OrgSpan
from reseau.extract.lexicon import KnownOrg, Lexicon, OrgHead, load_lexicon, read_data
from reseau.extract.org_establishments import EstablishmentReader
from reseau.extract.org_filter import GLUED, keep_span, on_state_heading
from reseau.extract.org_grammar import load_grammar
from reseau.extract.org_head_words import HeadWordNames
from reseau.extract.org_named_sources import NamedSources, spaced_dash
from reseau.extract.org_names import other_language_names, second_of_a_pair, without_country_adjective
from reseau.extract.title_orgs import country_of_adjective, of_country
from reseau.extract.tokens import DETS, OF, initials_match, is_acronym, is_cap
from reseau.names import clean_spaces, name_key, strip_article

ORG_CUES = "org_cues.json"


class OrganizationFinder(HeadWordNames, NamedSources):
    """Find organization mentions and store them in ``doc._.orgs``."""

    def __init__(self, nlp: Language, lexicon: Lexicon, cues: OrgCues | None = None) -> None:
        self.lexicon = lexicon
        self.cues = cues or load_org_cues()
        self.grammar = load_grammar()
        self.establishments = EstablishmentReader(nlp, lexicon, self.grammar)
        self.names = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.acronyms = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.known: dict[str, KnownOrg] = {}
        for known in lexicon.gazetteer:
            for written in known.names():
                self.known[name_key(written)] = known
                target = self.acronyms if is_acronym(written) or written == known.acronym else self.names
                target.add(known.name, [nlp.make_doc(written)])

    def __call__(self, doc: Doc) -> Doc:
        candidates: list[tuple[int, int, OrgSpan]] = []
        candidates += self._gazetteer(doc)
        candidates += self._heads(doc)
        candidates += self._generic(doc)
        candidates += self._entities(doc)
        candidates += self._domain_and_country(doc)
        candidates += self._without_borders(doc)
        candidates += self._country_and_domain(doc)
        candidates += self._national_societies(doc)
        candidates += self._second_parties(doc, candidates)
        candidates = self._refuse_fragments(doc, candidates)
        # A court or a prison is named by its kind and its town: the filter's guesses (a town spaCy reads
        # as a person) do not apply.
        candidates += self._establishments(doc)
        taken = [False] * len(doc)
        spans = []
        # Longer names first: « Office des Nations Unies contre la drogue et le crime » beats « Nations Unies ».
        for start, end, org in sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[0])):
            if any(taken[start:end]):
                continue
            for i in range(start, end):
                taken[i] = True
            spans.append(org)
        orgs = self._dash_tails(doc, sorted(spans, key=lambda o: o.start))
        orgs = sorted(orgs + _forces_inside(doc, orgs, candidates) + self._parliaments_inside(doc, orgs), key=lambda o: o.start)
        self._own_names(doc, orgs)
        self._same_force(doc._.item.text, orgs)
        orgs = other_language_names(doc, orgs)
        self._country_in_brackets(doc._.item.text, orgs)
        doc._.orgs = orgs
        return doc

    def _dash_tails(self, doc: Doc, orgs: list[OrgSpan]) -> list[OrgSpan]:
        """« Fonds de recherche du Québec – Société et culture (FRQSC) »: a name goes on after a dash when
        the acronym in brackets spells the whole of it."""
        out: list[OrgSpan] = []
        for org in orgs:
            if out and out[-1].start <= org.start < out[-1].end:
                continue  # swallowed by the tail of the name before
            span = doc.char_span(org.start, org.end, alignment_mode="expand")
            tail = _acronym_tail(doc, span.end, org.name) if span is not None else None
            if tail is not None:
                end_char = doc[tail - 1].idx + len(doc[tail - 1].text)
                org = self.make(doc[span.start:tail], source=org.source)
                org.end = end_char
            out.append(org)
        return out

    def _own_names(self, doc: Doc, orgs: list[OrgSpan]) -> None:
        """« le Réseau Horizon Jeunesse » = « Horizon Jeunesse »: a head word before a body's own name."""
        for org in orgs:
            words = org.name.split()
            head = self.lexicon.org_heads.get(words[0]) if words else None
            if head is None or head.unit or len(words) < 3 or words[1].lower() in OF | DETS | {"et"}:
                continue
            rest = doc.char_span(org.start + len(org.name.split(" ", 1)[0]), org.end, alignment_mode="contract")
            if rest is None or not rest.text.strip() or not all(is_cap(t) and t.pos_ in {"PROPN", "NOUN"} for t in rest[:1]):
                continue
            name = clean_spaces(rest.text)
            if name not in org.aliases:
                org.aliases.append(name)

    def _same_force(self, text: str, orgs: list[OrgSpan]) -> None:
        """« X (Police nationale congolaise), Directeur général des Forces de police nationale »: on one line,
        the forces of a police or an army named without their country are the force named with it."""
        for short in orgs:
            words = self._core_words(short.name)
            if not words or words[0] not in self.grammar.force_collectives:
                continue
            line = (text.rfind("\n", 0, short.start), text.find("\n", short.end))
            for full in orgs:
                same_line = line[0] < full.start and (line[1] < 0 or full.end <= line[1])
                other = self._core_words(full.name)
                if full is short or not same_line or len(other) < 2 or not self.grammar.is_demonym(other[-1]):
                    continue
                if other[:-1] == words[1:]:
                    if short.name not in full.aliases:
                        full.aliases.append(short.name)
                    short.aliases = list(dict.fromkeys([short.name, *full.aliases]))
                    short.name, short.kind, short.country = full.name, full.kind, full.country
                    break

    def _country_in_brackets(self, text: str, orgs: list[OrgSpan]) -> None:
        """« Gendarmerie nationale (Bénin) »: a national body's common name with its country in brackets is
        that country's body, named so, not the short form of another country's « Gendarmerie nationale du
        Niger » the document names too."""
        for org in orgs:
            close = text.find(")", org.end, org.end + 40)
            inside = text[org.end:close].strip() if close > 0 else ""
            if not inside.startswith("(") or org.acronym is not None:
                continue
            country = self.lexicon.country_by_name(inside[1:].strip())
            if country is None or not all(w.islower() or w.lower() in OF for w in org.name.split()[1:]):
                continue  # « École de gendarmerie de Vallorbe (Suisse) » is named by its place already
            of = of_country(country)
            # « … (France) » is the « … de France » the document may write elsewhere
            org.aliases += [f"{org.name} {of}", *([f"{org.name} de {country}"] if of.startswith("de la ") else [])]
            org.name, org.country = f"{org.name} ({country})", org.country or country

    @staticmethod
    def _core_words(name: str) -> list[str]:
        return [w for w in name.lower().replace("'", " ").split() if w not in OF | DETS]


    def _establishments(self, doc: Doc) -> list[tuple[int, int, OrgSpan]]:
        """« le centre pénitentiaire de Granvaux », « le tribunal judiciaire » of the town named before."""
        found = []
        for place in self.establishments(doc):
            org = self.make(doc[place.start:place.end], source="rule")
            org.name = place.name
            org.kind = "court" if name_key(place.name).split()[0] in {"tribunal", "cour", "conseil"} else org.kind or "public body"
            org.aliases = [a for a in place.aliases if a != place.name]
            found.append((place.start, place.end, org))
        return found

    def _second_parties(self, doc: Doc, candidates: list[tuple[int, int, OrgSpan]]) -> list[tuple[int, int, OrgSpan]]:
        """« entre la Direction X et le Croissant-Rouge Y »: the second party of « entre … et » is a body
        as the first is, though no head word opens its name."""
        found = []
        for start, end, _ in candidates:
            pair = second_of_a_pair(doc, start, end, self.lexicon)
            if pair is not None:
                found.append((*pair, self.make(doc[pair[0]:pair[1]], source="rule")))
        return found

    def _refuse_fragments(self, doc: Doc, candidates: list[tuple[int, int, OrgSpan]]) -> list[tuple[int, int, OrgSpan]]:
        """Drop or narrow what only looks like a name (see ``org_filter``); the gazetteer is trusted."""
        kept = []
        text = doc.text  # built from the tokens at each call: once here
        for start, end, org in candidates:
            if org.source == "gazetteer":
                kept.append((start, end, org))
                continue
            if self._on_share_line(text, doc[start].idx):
                continue  # « Partager : Facebook | LinkedIn »: the page's buttons, not bodies the news names
            if on_state_heading(text, doc[start].idx) or _footer_link(text, doc[start].idx):
                continue
            span = keep_span(doc, start, end, self.lexicon, self.grammar, ner=org.source == "ner")
            if span is None or (span[1] - span[0] == 1 and not is_cap(doc[span[0]])):
                continue
            if span != (start, end):
                start, end = span
                if end - start == 1 and doc[start].text in self.lexicon.org_heads:
                    continue
                org = self.make(doc[start:end], source=org.source)
            kept.append((start, end, org))
        return kept

    def _on_share_line(self, text: str, at: int) -> bool:
        """Whether the character at ``at`` stands on a line that opens with a word of sharing or
        following (``share_words``)."""
        line_start = text.rfind("\n", 0, at) + 1
        first = text[line_start:at].strip().split(" ")[0].strip(":").lower()
        return first in self.cues.share_words

    # -- sources of candidates -------------------------------------------------------

    def _gazetteer(self, doc: Doc) -> list[tuple[int, int, OrgSpan]]:
        found = []
        for matcher in (self.names, self.acronyms):
            for _, start, end in matcher(doc):
                span = doc[start:end]
                known = self.known.get(name_key(span.text))
                if known is None:
                    continue
                k = end + 1 if end + 1 < len(doc) and doc[end].lower_ in {"du", "de", "d'", "d’"} else None
                if k is not None and doc[k].lower_ in DETS and k + 1 < len(doc):
                    k += 1
                if k is not None and (doc[k].text in self.lexicon.places or doc[k].ent_type_ == "LOC"):
                    # « ministère de l'Intérieur du Sénégal »: the country makes it another body.
                    found.append((start, k + 1, self.make(doc[start:k + 1], source="rule")))
                    continue
                found.append((start, end, self.make(span, source="gazetteer", known=known)))
        return found

    def make(self, span: Span, *, source: str, known: KnownOrg | None = None, head: OrgHead | None = None) -> OrgSpan:
        """An OrgSpan for a span of the item, with what the gazetteer and head word say."""
        raw, end_char = span.text, span.end_char
        glued = GLUED.search(raw)
        if glued:
            # « Mairie de MarseillePhoto »: page debris glued to a word is not part of the name.
            raw = raw[:glued.start(1)]
            end_char = span.start_char + len(raw)
        text = strip_article(clean_spaces(raw))
        text = text[:1].upper() + text[1:]
        if source != "rule" or known is not None:
            known = known or self.known.get(name_key(text))
        head = head or self.lexicon.org_heads.get(span[0].text)
        acronym = text if is_acronym(text) else None
        if known is not None:
            return OrgSpan(span.start_char, span.end_char, known.name, acronym=known.acronym or acronym,
                           kind=known.kind, country=known.country, aliases=[text] if name_key(text) != name_key(known.name) else [],
                           source="gazetteer")
        kind = head.kind if head else None
        text, country = without_country_adjective(span, text, kind, self.lexicon)
        if kind in {None, "public body"} and any(w in text.lower() for w in ("police", "gendarmerie", "sûreté")):
            kind = "police"  # « Service de police de Laval » is a police force, not any public body
        org = OrgSpan(span.start_char, end_char, text, acronym=acronym, aliases=self._reordered(text),
                      kind=kind, unit=bool(head and head.unit), source=source)
        if country:
            org.country = country
        return org

    def _english_police(self, words: list[str]) -> str | None:
        """« Nigeria Police Force », « Ghana Police Service » = « Police du Nigeria », as « la police nigériane »
        says: a country's police named in English."""
        if "Police" not in words[1:] or words[-1] not in {"Police", "Service", "Force"}:
            return None
        country = " ".join(words[:words.index("Police")])
        return f"Police {of_country(country)}" if self.lexicon.places.get(country) == "country" else None

    def _reordered(self, name: str) -> list[str]:
        """« Ministère jordanien de l’Intérieur » = « Ministère de l’Intérieur jordanien »: the demonym
        stands after the head or at the end, and both are the same body; a demonym closing the name
        stands for its country."""
        words = name.split()
        english = self._english_police(words)
        if english is not None:
            return [english]
        country = country_of_adjective(words[-1]) if len(words) >= 2 and words[-1].islower() else None
        if country is not None:
            # « Gendarmerie ivoirienne » = « Gendarmerie de la Côte d'Ivoire »
            return [" ".join([*words[:-1], country])]
        if len(words) < 4:
            return []
        if words[1].islower() and self.grammar.is_demonym(words[1]) and words[2].lower() in {"de", "du", "des"} | OF:
            return [" ".join([words[0], *words[2:], words[1]])]
        # « … auprès de l'Union africaine »: the demonym after another body's head word is that body's
        inner_head = words[-2].split("'")[-1].split("’")[-1] in self.lexicon.org_heads
        if words[-1].islower() and self.grammar.is_demonym(words[-1]) and words[1].lower() in {"de", "du", "des"} | OF \
                and not inner_head:
            return [" ".join([words[0], words[-1], *words[1:-1]])]
        return []


@dataclass(frozen=True)
class OrgCues:
    """The words of ``org_cues.json``: determiners of a lower-case head, idioms, event words."""

    determiners: frozenset[str]
    idioms: tuple[str, ...]
    event_words: frozenset[str]
    trailing: frozenset[str] = frozenset()
    share_words: frozenset[str] = frozenset()
    seasons: frozenset[str] = frozenset()


def _forces_inside(doc: Doc, kept: list[OrgSpan], candidates: list[tuple[int, int, OrgSpan]]) -> list[OrgSpan]:
    """« le Commissariat central de la zone de police X », « la Brigade de recherches de la Gendarmerie
    nationale »: a police unit named by the force it belongs to, which ends its name; the force is a body
    of its own too."""
    found = []
    for start, end, org in candidates:
        if org.kind != "police" or any(o is org for o in kept):
            continue
        outer = next((o for o in kept if o.start < org.start and o.end == org.end and o.kind == "police"), None)
        if outer is None or any(o.name == org.name for o in kept + found):
            continue
        if doc[start].text.islower() and _force_of_its_own(doc[start:end]):
            found.append(org)
        elif is_cap(doc[start]) and _unit_head(outer.name) and not org.unit and doc[start - 1].lower_ in DETS \
                and _national_force(doc[start:end]):
            found.append(org)  # « la Brigade de recherches de la Gendarmerie nationale »: the force is named
    return found


def _national_force(force: Span) -> bool:
    """« Gendarmerie nationale », « Police nationale du Bénin »: a force named by its level or its country,
    not by the town of the unit whose name it closes (« Groupement de la Gendarmerie nationale de X »)."""
    named = [t for t in force[1:] if is_cap(t)]
    return not named or load_lexicon().country_by_name(force[named[0].i - force.start:].text) is not None


def _unit_head(name: str) -> bool:
    """Whether a name opens on the head word of a part of a body (« Brigade », « Section »)."""
    head = load_lexicon().org_heads.get(name.split(" ", 1)[0])
    return head is not None and head.unit


def _force_of_its_own(force: Span) -> bool:
    """Whether a lower-case force a unit belongs to is a body of its own: it has a name (« la zone de police
    X »); « la police judiciaire » is a branch, and a national police « du Haut-Rhin » a unit's place, unless
    that place is the nation's (« la police nationale du Bénin »)."""
    named = [t for t in force if is_cap(t)]
    if not named:
        return False
    if not any(t.lower_.startswith("national") for t in force):
        return True
    return load_lexicon().country_by_name(force[named[0].i - force.start:].text) is not None


@cache
def load_org_cues(name: str = ORG_CUES) -> OrgCues:
    """Read a file of organization cues once per process."""
    data = json.loads(read_data(name))
    return OrgCues(frozenset(data["determiners"]), tuple(data["idioms"]), frozenset(data["event_words"]),
                   frozenset(data.get("trailing", ())), frozenset(data.get("share_words", ())),
                   frozenset(data.get("seasons", ())))


def _footer_link(text: str, at: int) -> bool:
    """« © X 2025 – Tous droits réservés | Plan du site | Plateforme des plaintes »: after the holder of a
    copyright, a page's footer holds its links, no bodies."""
    line_start = text.rfind("\n", 0, at) + 1
    before = text[line_start:at]
    return before.lstrip().startswith("©") and "|" in before


def _acronym_tail(doc: Doc, k: int, name: str) -> int | None:
    """Where a name's tail after a spaced dash at token k ends, when the acronym in brackets after the
    tail spells the name and the tail together (« … du Québec – Société et culture (FRQSC) »)."""
    if k >= len(doc) or not spaced_dash(doc, k):
        return None
    for j in range(k + 2, min(len(doc), k + 8)):
        if doc[j].text == "(" and j + 2 < len(doc) and doc[j + 2].text == ")" and is_acronym(doc[j + 1].text):
            tail = [t.text for t in doc[k + 1:j]]
            if all(not t.is_punct for t in doc[k + 1:j]) and initials_match(doc[j + 1].text, name.split() + tail):
                return j
            return None
        if doc[j].is_punct:
            return None
    return None


@Language.factory("reseau_organizations", default_config={
    "heads": "org_heads.tsv", "gazetteer": "gazetteer.tsv", "generic_orgs": "generic_orgs.txt",
    "titles": "titles.txt", "honorifics": "honorifics.txt", "cues": ORG_CUES},
    requires=["doc._.item"], assigns=["doc._.orgs"])
def make_organizations(nlp: Language, name: str, heads: str, gazetteer: str, generic_orgs: str,
                       titles: str, honorifics: str, cues: str) -> OrganizationFinder:
    """Organization mentions from the gazetteer, head words and spaCy's ORG entities.

    The settings name the lexicon files it reads (see ``lexicon.DATA_FILES``) and its cue words.
    """
    lexicon = load_lexicon(heads=heads, gazetteer=gazetteer, generic_orgs=generic_orgs, titles=titles, honorifics=honorifics)
    return OrganizationFinder(nlp, lexicon, load_org_cues(cues))
