"""Organizations with their full names: gazetteer, head words, spaCy's ORG entities.

A name opens on a head word, capitalised (``Office``, ``Délégation``) or in lower case with
a named complement or an adjective of level or place (« la police de Sherbrooke », « la
gendarmerie vaudoise »); ``org_names`` says where it ends. A unit (``Division``,
``Direction``) followed by the body it belongs to yields that body. ``org_filter`` refuses
what only looks like a name.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from functools import cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from reseau.extract.facts import OrgSpan
from reseau.extract.lexicon import KnownOrg, Lexicon, OrgHead, load_lexicon, read_data
from reseau.extract.org_filter import GLUED, keep_span, on_state_heading
from reseau.extract.org_establishments import EstablishmentReader
from reseau.extract.org_grammar import load_grammar, region_names
from reseau.extract.org_names import NAME_POS, extend_name, second_of_a_pair, split_unit, without_country_adjective
from reseau.extract.title_orgs import country_of_adjective, of_country
from reseau.extract.tokens import DETS, OF, WEEKDAYS, initials_match, is_acronym, is_cap, is_month, starts_person
from reseau.names import clean_spaces, name_key, strip_article

ORG_CUES = "org_cues.json"
# A name's own article, capitalised (« Le Phare »).
OWN_ARTICLES = {"Le", "La", "Les", "L'", "L’"}


class OrganizationFinder:
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
        self._own_names(doc, orgs)
        self._same_force(doc._.item.text, orgs)
        self._other_language(doc, orgs)
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

    @staticmethod
    def _core_words(name: str) -> list[str]:
        return [w for w in name.lower().replace("'", " ").split() if w not in OF | DETS]

    @staticmethod
    def _other_language(doc: Doc, orgs: list[OrgSpan]) -> None:
        """« Gouvernement du Québec / Government of Quebec »: a spaced slash, then the same body's name in
        another language to the end of the line, is an alias."""
        for org in orgs:
            span = doc.char_span(org.start, org.end, alignment_mode="expand")
            k = span.end if span is not None else len(doc)
            if k + 1 >= len(doc) or doc[k].text != "/" or not doc[k - 1].whitespace_ or not is_cap(doc[k + 1]):
                continue
            end = k + 1
            while end < len(doc) and "\n" not in doc[end - 1].whitespace_ and doc[end].is_alpha:
                end += 1
            words = doc[k + 1:end]
            line_end = end == len(doc) or "\n" in doc[end - 1].whitespace_ or "\n" in doc[end].text
            if line_end and sum(is_cap(t) for t in words) >= 2 and clean_spaces(words.text) not in org.aliases:
                org.aliases.append(clean_spaces(words.text))

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
            if on_state_heading(text, doc[start].idx):
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

    def _heads(self, doc: Doc) -> list[tuple[int, int, OrgSpan]]:
        found = []
        for i, token in enumerate(doc):
            head, lower = self._head_at(doc, i)
            if head is None or (i and doc[i - 1].text == "-") or self._seasonal(doc, i):
                continue
            if not lower and i and doc[i - 1].pos_ == "NOUN" and doc[i - 1].text.islower():
                continue  # « la région Centre », « le quartier Université »: a head word used as a name
            if not lower and self._ends_a_name(doc, i):
                # « Harbour Convention Centre »: written in the English order, the head closes the name.
                start = self._name_before(doc, i)
                found.append((start, i + 1, self.make(doc[start:i + 1], source="rule", head=head)))
                continue
            end = extend_name(doc, i, head, self.lexicon)
            land_body = not lower and not self._has_needed(doc, i, end, head, capitalised=True)
            if land_body and not self._own_qualifier(doc, i, end):
                continue  # « la Région du Plateau » is land, « la Région de gendarmerie X » a body
            if lower:
                if self._named(doc, i, end, head):
                    org = self.make(doc[i:end], source="rule", head=head)
                    if _styled_after(doc, i):
                        org.aliases.append(clean_spaces(doc[i - 2:end].text))  # « République et canton de Genève »
                    found.append((i, end, org))
                continue
            start = split_unit(doc, i, end, self.lexicon)
            if start == i and end == i + 1:
                start = self._name_before(doc, i)
            if start and doc[start - 1].text in self.grammar.head_prefixes:
                start -= 1  # « la Haute Autorité de … », « le Haut Conseil de … »
            head = self.lexicon.org_heads.get(doc[start].text, head)
            if land_body:
                head = replace(head, kind="public body")  # « la Région flamande » governs the land, polices none
            if end - start == 1 and doc[start].text in self.grammar.single_word_bodies:
                found.append((start, end, self.make(doc[start:end], source="rule", head=head)))
                continue  # « le Sénat »: an institution one word names
            if end - start == 1:
                continue  # « le Réseau », « la Ville »: a common noun, not a name
            found.append((start, end, self.make(doc[start:end], source="rule", head=head)))
        return found

    def _seasonal(self, doc: Doc, i: int) -> bool:
        """« l'Assemblée d'automne des délégués »: a season after the head names one of the body's meetings."""
        return i + 2 < len(doc) and doc[i + 1].lower_ in OF and doc[i + 2].lower_ in self.cues.seasons

    def _head_at(self, doc: Doc, i: int) -> tuple[OrgHead | None, bool]:
        """The head word at token i, and whether it is written in lower case (« la police de … »)."""
        text = doc[i].text
        head = self.lexicon.org_heads.get(text)
        if head is not None or not text.islower():
            return head, False
        head = self.lexicon.org_heads.get(text[:1].upper() + text[1:])
        if head is None or not head.lower or not i:
            return None, False
        if doc[i - 1].lower_ not in self.cues.determiners and not _styled_after(doc, i):
            return None, False
        if any(clean_spaces(doc[max(0, i - 2):i + 2].text).lower().endswith(idiom) for idiom in self.cues.idioms):
            return None, False
        return head, True

    def _named(self, doc: Doc, i: int, end: int, head: OrgHead) -> bool:
        """Whether a lower-case head and what follows make a name: a proper noun in its complement
        (« la police de Sherbrooke »), or for a force an adjective of level or place (« la police cantonale »)."""
        kind = head.lower.partition("|")[0]
        if not self._has_needed(doc, i, end, head):
            return False  # « la zone de police X » is a body, « la zone X » a stretch of land
        caps = [t for t in doc[i + 1:end] if is_cap(t)]
        if caps:
            first = caps[0]
            person = first.ent_type_ == "PER" and (first.ent_iob_ != "B" or starts_person(first))
            # « la direction de l’ONUDC », « la direction de Marie Roy »: a body or a person, read elsewhere.
            if is_acronym(first.text) or first.text in self.lexicon.org_heads or person \
                    or first.lower_ in self.lexicon.honorifics:
                return False
            # A force is named by its first complement: « la police de Liège », not « la police de
            # proximité de la zone X », which is a practice.
            if kind != "force" or sum(t.lower_ in OF for t in doc[i + 1:first.i]) <= 1:
                return True
        if head.unit and self._directs_a_national_force(doc, i, end):
            return True
        if kind != "force":
            return False
        k = i + 1
        while k < end and doc[k].pos_ == "ADJ":
            if self.grammar.is_level(doc[k].text) or self.grammar.is_demonym(doc[k].text, doc[k].pos_):
                return True
            k += 1
        return False

    def _own_qualifier(self, doc: Doc, i: int, end: int) -> bool:
        """« la Région flamande », « la Région Normandie »: a capitalised head qualified right after it by an
        adjective of place or a proper name, not by a complement, names the institution of that land."""
        if end != i + 2:
            return False
        word = doc[i + 1]
        return (word.text.islower() and self.grammar.is_demonym(word.text, word.pos_)) \
            or (is_cap(word) and word.pos_ == "PROPN" and not is_acronym(word.text))

    def _directs_a_national_force(self, doc: Doc, i: int, end: int) -> bool:
        """« la direction générale de la police nationale », « la direction centrale de la gendarmerie royale »:
        a unit heading a force named by its level, in lower case, is a body (a DGPN) as it is with capitals."""
        k = i + 1
        while k < end and doc[k].pos_ == "ADJ" and doc[k].text.islower():
            k += 1
        if k >= end or doc[k].lower_ not in OF:
            return False
        k += 1
        if k < end and doc[k].lower_ in DETS:
            k += 1
        if k + 1 >= end:
            return False
        force = self.lexicon.org_heads.get(doc[k].text[:1].upper() + doc[k].text[1:])
        level = doc[k + 1].text
        return doc[k].text.islower() and force is not None and force.lower.startswith("force") \
            and (self.grammar.is_level(level) or self.grammar.is_demonym(level, doc[k + 1].pos_))

    @staticmethod
    def _has_needed(doc: Doc, i: int, end: int, head: OrgHead, capitalised: bool = False) -> bool:
        """Whether the complement of the head at token i holds one of the words its lower-case use
        needs (``org_heads.tsv``, after "|"); a third field "always" asks it of the capitalised use too."""
        _, _, rest = head.lower.partition("|")
        needed, _, always = rest.partition("|")
        if not needed or (capitalised and always != "always"):
            return True
        return any(t.lower_ in needed.split(",") for t in doc[i + 1:end])

    def _ends_a_name(self, doc: Doc, i: int) -> bool:
        """Whether capitalised nouns before the head at token i open its name (« Peace Support Agency »)."""
        if i < 2 or doc[i - 1].is_sent_start:
            return False
        prev = doc[i - 1]
        return is_cap(prev) and prev.pos_ in {"PROPN", "NOUN"} and not is_acronym(prev.text) \
            and prev.text not in self.lexicon.org_heads and prev.lower_ not in self.lexicon.title_firsts \
            and prev.text not in region_names() and is_cap(doc[i - 2]) and not doc[i - 2].is_sent_start

    def _name_before(self, doc: Doc, i: int) -> int:
        """« Transports Bordeaux Métropole »: capitalised words before a head that ends the name."""
        start = i
        while start > 0 and not doc[start].is_sent_start and is_cap(doc[start - 1]) and doc[start - 1].pos_ in NAME_POS \
                and not is_acronym(doc[start - 1].text) and doc[start - 1].lower_ not in self.lexicon.title_firsts \
                and doc[start - 1].text not in self.lexicon.org_heads and not doc[start - 1].is_sent_start:
            start -= 1
        return start

    def _generic(self, doc: Doc) -> list[tuple[int, int, OrgSpan]]:
        """« l’organisation américaine Lumen »: a generic noun, adjectives, then the name."""
        found = []
        for i, token in enumerate(doc):
            # « les associations Porte Ouverte et … »: a plural announces the first of several names
            generic = token.lower_ in self.lexicon.generic_orgs or (token.lower_[-1:] in {"s", "x"}
                                                                     and token.lower_[:-1] in self.lexicon.generic_orgs)
            if not generic or (is_cap(token) and not token.text.isupper()):
                continue  # « l'ONG », « l'OBNL » are written in capitals
            if i >= 2 and " ".join(t.lower_ for t in doc[i - 2:i + 1]) in self.lexicon.titles:
                continue  # « son chef de cabinet Paul X »: the end of a title, then its holder
            j = i + 1
            while j < len(doc) and doc[j].pos_ == "ADJ" and not is_cap(doc[j]):
                j += 1
            # « l'organisme Le Phare », « l'association Les Passeurs de Mots »: an article of the name's own
            article = j + 1 < len(doc) and doc[j].text in OWN_ARTICLES and is_cap(doc[j + 1]) and doc[j + 1].pos_ in NAME_POS
            k = j + 1 if article else j
            # A place opens no name (« l'organisation Genève … »), but may close one (« l'organisme
            # Espoir Jeunesse Sherbrooke »).
            # the tagger reads a name's first word as a verb too (« les associations Porte Ouverte »)
            while k < len(doc) and is_cap(doc[k]) and (doc[k].pos_ in NAME_POS or k == j and doc[k].pos_ == "VERB") and (
                    k > j or doc[k].text not in self.lexicon.places or self._place_opens_a_name(doc, k)):
                k += 1
                if k + 1 < len(doc) and doc[k].text == "&" and is_cap(doc[k + 1]):
                    k += 1  # « le cabinet Sow & Partenaires »
                # « l'asbl Pont d'Entraide »: an elided « d' » glued to the next capitalised word of the name
                if k + 1 < len(doc) and doc[k].lower_ in {"d'", "d’"} and is_cap(doc[k + 1]) \
                        and doc[k + 1].text not in self.lexicon.places:
                    k += 1
                # « l'ONG Enfance sans Frontières », « l'association Justice et Dignité »: a little word inside
                # the name, between two capitalised words; an article after it opens another phrase
                if k + 1 < len(doc) and doc[k].lower_ in self.grammar.inner_words and is_cap(doc[k + 1]) \
                        and doc[k + 1].pos_ in NAME_POS and doc[k + 1].text not in self.lexicon.places \
                        and doc[k + 1].lower_ not in self.lexicon.generic_orgs and doc[k + 1].text not in self.lexicon.org_heads:
                    k += 1
            if k > j + 1 and _department_number(doc, k):
                k += 1  # « l'association Suisse Entraide 74 »: the number of the département it serves
            if k > j + article and not (k < len(doc) and doc[k].text == "-"):
                org = self.make(doc[j:k], source="generic")
                if article:
                    org.name = clean_spaces(doc[j:k].text)
                found.append((j, k, org))
        return found

    def _place_opens_a_name(self, doc: Doc, k: int) -> bool:
        """« l'association Suisse Entraide »: a place, then a capitalised word that is no place, opens a
        body's own name; a place alone does not (« l'association Genève a été dissoute »)."""
        nxt = doc[k + 1] if k + 1 < len(doc) else None
        return nxt is not None and bool(doc[k].whitespace_) and is_cap(nxt) and nxt.pos_ in NAME_POS \
            and nxt.text not in self.lexicon.places and nxt.text not in self.lexicon.org_heads \
            and nxt.lower_ not in self.lexicon.generic_orgs and not is_acronym(nxt.text) and not starts_person(nxt)

    def _domain_and_country(self, doc: Doc) -> list[tuple[int, int, OrgSpan]]:
        """« Santé Canada », « Emploi et Développement social Canada », « Expertise France »: capitalised
        common nouns of a domain, then a country, name a department or an agency of that country."""
        found = []
        for k, token in enumerate(doc):
            if k < 2 or self.lexicon.places.get(token.text) != "country" or not (is_cap(doc[k - 1]) or doc[k - 1].pos_ == "ADJ"):
                continue
            start = k
            while start > 0:
                prev = doc[start - 1]
                if is_cap(prev) and prev.pos_ in {"NOUN", "PROPN"} and not is_acronym(prev.text) \
                        and prev.text not in self.lexicon.places and prev.ent_type_ != "PER" \
                        and prev.lower_ not in self.lexicon.title_firsts and not prev.is_sent_start:
                    start -= 1
                elif prev.pos_ == "ADJ" and prev.text.islower() and start - 2 >= 0 and is_cap(doc[start - 2]):
                    start -= 1  # « Sécurité publique Canada »
                elif prev.lower_ == "et" and start < k and start - 2 >= 0 and is_cap(doc[start - 2]):
                    start -= 1
                else:
                    break
            while start < k and not is_cap(doc[start]):
                start += 1
            if start == k or not doc[start - 1].pos_ in {"ADP", "DET", "SCONJ"} or doc[start].pos_ != "NOUN":
                continue  # a domain is a common noun after a preposition or an article, not a person's name
            found.append((start, k + 1, self.make(doc[start:k + 1], source="rule")))
        return found

    def _entities(self, doc: Doc) -> list[tuple[int, int, OrgSpan]]:
        found = []
        for ent in doc.ents:
            if ent.label_ != "ORG":
                continue
            start, end = ent.start, ent.end
            # spaCy sometimes runs an entity over a line break into the next line, or over a dash
            # between two names (« Police nationale — Direction … », « Service de presse – Tél. »).
            for k in range(start, end):
                if "\n" in doc[k].text or (k > start and "\n" in doc[k - 1].whitespace_) or _spaced_dash(doc, k):
                    end = k
                    break
            while start < end and (doc[start].lower_ in DETS or doc[start].is_punct):
                start += 1
            while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in OF | DETS | self.cues.trailing
                                   or (doc[end - 1].text.islower() and (doc[end - 1].text in WEEKDAYS or is_month(doc[end - 1])))):
                end -= 1
            if start >= end:
                continue
            first = doc[start].lower_
            if first in self.lexicon.title_firsts or first in self.lexicon.honorifics or not is_cap(doc[start]):
                continue
            if first in self.cues.event_words or _inside_quotes(doc, start) or self._seasonal(doc, start):
                continue  # « Conférence internationale de l’Efus », « Sécurité, démocratie et villes »: not bodies
            head = self.lexicon.org_heads.get(doc[start].text)
            if (end - start == 1 and head is not None) or (head is not None and head.unit):
                continue  # a lone head word is a common noun; units are read by the head rules
            if end - start == 1 and not is_acronym(doc[start].text):
                # A lone capitalised word is too often a sentence's first word or a place; a common noun
                # with a capital is a heading or a page's tag (« Actualités | Jeunesse, Sécurité »).
                if doc[start].is_sent_start or doc[start].text in self.lexicon.places or doc[start].pos_ == "NOUN":
                    continue
                if start >= 2 and doc[start - 1].text == "/" and not doc[start - 2].whitespace_ and is_acronym(doc[start - 2].text):
                    continue  # « Photo : DGSN/Cellcom »: the service of a body that signs a credit
            if not self._name_like(doc, start, end):
                continue
            found.append((start, end, self.make(doc[start:end], source="ner")))
        return found

    def _name_like(self, doc: Doc, start: int, end: int) -> bool:
        """Several capitalised words that spaCy calls an organization, without any head word, are a
        name only when the item uses them more than once or spells their acronym: a capitalised
        heading, an event or a slogan is written once."""
        span = doc[start:end]
        if len(span) == 1 or any(t.text in self.lexicon.org_heads for t in span):
            return True
        return doc._.item.text.count(span.text) > 1 or (end < len(doc) and doc[end].text == "(")

    # -- building a mention ----------------------------------------------------------

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
        if words[-1].islower() and self.grammar.is_demonym(words[-1]) and words[1].lower() in {"de", "du", "des"} | OF:
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


@cache
def load_org_cues(name: str = ORG_CUES) -> OrgCues:
    """Read a file of organization cues once per process."""
    data = json.loads(read_data(name))
    return OrgCues(frozenset(data["determiners"]), tuple(data["idioms"]), frozenset(data["event_words"]),
                   frozenset(data.get("trailing", ())), frozenset(data.get("share_words", ())),
                   frozenset(data.get("seasons", ())))


def _acronym_tail(doc: Doc, k: int, name: str) -> int | None:
    """Where a name's tail after a spaced dash at token k ends, when the acronym in brackets after the
    tail spells the name and the tail together (« … du Québec – Société et culture (FRQSC) »)."""
    if k >= len(doc) or not _spaced_dash(doc, k):
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


def _department_number(doc: Doc, k: int) -> bool:
    """A number of one to three digits at token k that closes a name (« … Victimes 74 »), not a count of
    something (« 3 jours »)."""
    token = doc[k] if k < len(doc) else None
    if token is None or not token.text.isdigit() or len(token.text) > 3 or not doc[k - 1].whitespace_:
        return False
    return k + 1 == len(doc) or doc[k + 1].is_punct or doc[k + 1].pos_ in {"CCONJ", "ADP", "AUX", "VERB"}


def _styled_after(doc: Doc, i: int) -> bool:
    """« République et canton de Genève »: a lower-case head joined by « et » to the capitalised word that
    opens a heading line, the style some states give themselves."""
    if i < 2 or doc[i - 1].lower_ != "et" or not is_cap(doc[i - 2]) or is_acronym(doc[i - 2].text):
        return False
    k = i - 2
    return k == 0 or "\n" in doc[k - 1].whitespace_ or "\n" in doc[k - 1].text


def _spaced_dash(doc: Doc, k: int) -> bool:
    """A dash with spaces on both sides: it separates two names, it joins none."""
    return doc[k].text in {"-", "–", "—"} and k > 0 and bool(doc[k - 1].whitespace_) and bool(doc[k].whitespace_)


def _inside_quotes(doc: Doc, i: int) -> bool:
    """Whether token i lies inside « guillemets »: the title of a work or an event."""
    before = doc[max(0, i - 12):i].text
    return before.rfind("«") > before.rfind("»")


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
