"""Acronyms and their long forms: ``Nom complet (ACR)``, ``ACR (Nom complet)``,
``l’ACR …, soit l’Nom complet``, and acronyms standing alone.

An acronym and its long form are one organization: every mention of either carries both.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from reseau.extract.facts import ItemFacts, OrgSpan
from reseau.extract.lexicon import Lexicon, load_lexicon
from reseau.extract.tokens import DETS, OF, initials_match, is_acronym, is_cap, starts_person, syllables_in_order, word_initials
from reseau.extract.org_filter import acronym_names_no_body, on_state_heading, shouted_surname
from reseau.extract.org_not_bodies import grade_opens_name, land_before, land_spelled, rank_before_bracket, rank_opens_name, second_body_joined, \
    directorate_general_run
from reseau.extract.org_grammar import is_place, load_grammar
from reseau.extract.acronym_countries import country_at, enumerating_comma, national_of_country
from reseau.extract.org_named_sources import kinds_with_own_names, place_after_acronym
from reseau.extract.org_names import compound_end, other_language_names, place_name_end, verb_read_as_adjective
from reseau.names import clean_spaces, strip_accents, strip_article

NAME_LIKE_POS = {"DET", "ADP", "NOUN", "ADJ", "PROPN", "CCONJ", "X"}
# Words with two capitals or more: where acronyms may be.
CAPITALS = re.compile(r"\b[A-ZÀ-Ý][\w&-]*[A-ZÀ-Ý][\w&-]*")


class AcronymLinker:
    """Join acronyms to their long forms and add standalone acronyms as organizations."""

    def __init__(self, lexicon: Lexicon, max_long_form: int = 16) -> None:
        self.lexicon = lexicon
        self.max_long_form = max_long_form  # how many tokens a long form before « (ACRONYME) » may span
        self.grammar = load_grammar()
        self.known_acronyms = {k.acronym: OrgSpan(0, 0, k.name, acronym=k.acronym, kind=k.kind, country=k.country)
                               for k in lexicon.gazetteer if k.acronym and k.acronym.isupper()}

    def __call__(self, doc: Doc) -> Doc:
        self.refused: set[str] = set()  # acronyms of documents in the item being read
        self.translated: dict[str, list[str]] = {}  # an acronym's forms in other languages, in its brackets
        self.skipped: set[int] = set()  # where those forms are written
        self.ranks_spelled: set[str] = set()  # initials of ranks the item spells in brackets
        orgs = doc._.orgs
        text = doc._.item.text
        at = text.find("(")
        while at >= 0:
            span = doc.char_span(at, at + 1)
            if span is not None:
                self._parenthesis(doc, span.start, orgs)
            at = text.find("(", at + 1)
        orgs.sort(key=lambda o: o.start)
        self._standalone(doc, orgs)
        kinds_with_own_names(doc, orgs)
        self._split_pairs(doc, orgs)
        self._mixed_case(doc, orgs)
        orgs.sort(key=lambda o: o.start)
        # A header's names of one body in other languages, read as acronyms of bodies of their own.
        orgs[:] = other_language_names(doc, orgs)
        _letterhead(doc._.item.text, [(o.start, o.end, o) for o in orgs])
        self._spelled_out(orgs)
        if self.refused:
            orgs[:] = [o for o in orgs if o.acronym not in self.refused or o.name != o.acronym]
        for org in orgs:
            org.aliases.extend(a for a in self.translated.get(org.acronym or "", ()) if a not in org.aliases)
        orgs[:] = [o for o in orgs if not grade_opens_name(text, o) and not rank_opens_name(o.name, self.grammar.rank_acronyms | self.ranks_spelled)
                   and o.name not in self.ranks_spelled]  # « le Commissaire de Police (CP) », then « le CP »
        doc._.orgs = orgs
        return doc

    def _parenthesis(self, doc: Doc, open_i: int, orgs: list[OrgSpan]) -> None:
        close_i = next((k for k in range(open_i + 1, min(open_i + 8, len(doc))) if doc[k].text == ")"), None)
        if close_i is None or close_i == open_i + 1:
            return
        inside = doc[open_i + 1:close_i]
        # « (CRS ; SRK en allemand) »: after a semicolon, the same body's acronym in another language
        semicolon = next((t.i for t in inside if t.text == ";"), None)
        other_tongue = [t.text for t in doc[semicolon:close_i] if is_acronym(t.text)] if semicolon else []
        if semicolon is not None and semicolon > open_i + 1:
            inside = doc[open_i + 1:semicolon]
        short = next((t.text for t in inside if is_acronym(t.text)), None)
        if short is not None and other_tongue:
            self.translated[short] = other_tongue
            self.skipped.update(t.idx for t in doc[semicolon:close_i])
        if short is not None and self._document_before(doc, open_i):
            self.refused.add(short)
            return
        land = land_spelled(doc, open_i) if short is not None else None
        if land is not None:
            # « les experts de la région Sahel et Golfe (SG) »: the initials of a land, no body's
            self.refused.add(short)
            orgs[:] = [o for o in orgs if not (o.start < doc[close_i].idx and o.end > doc[land].idx)]
            return
        rank_at = rank_before_bracket(doc, open_i, self.lexicon.ranks) if short is not None else 0
        if rank_at:
            # « le Superintendent of Police (SP) X »: the initials of a rank, no body's; the rank's
            # words are no body either, whatever component found them.
            self.refused.add(short)
            self.ranks_spelled.add(short)
            rank_start = doc[rank_at].idx
            orgs[:] = [o for o in orgs if not (o.start < doc[open_i].idx and o.end > rank_start)]
            return
        if open_i and is_acronym(doc[open_i - 1].text) and len(inside) > 2:
            self._acronym_first(doc, open_i, inside, orgs)
            return
        short = next((t.text for t in inside if is_acronym(t.text)), None) or _lettered_head(doc, open_i, inside, orgs)
        if short is None or not is_cap(inside[0]):
            return
        content = clean_spaces(inside.text).replace(" - ", "-").replace(" -", "-").replace("- ", "-")
        before = doc[open_i - 1] if open_i else None
        long = next((o for o in orgs if before is not None and o.end == before.idx + len(before.text)
                     and o.start < inside.start_char), None)
        if long is None:
            long = self._grow_to(doc, open_i, orgs, short)
        elif len(inside) == 1 and not initials_match(short, long.name.split()):
            self._regrow(doc, open_i, long, short)
        if long is None:
            long = self._capitalised_run(doc, open_i, short) or self._lower_case_run(doc, open_i, close_i, short)
            if long is None:
                if self._notion_before(doc, open_i):
                    # The text spells out what it means: no body, though a known one shares the letters.
                    self.refused.add(short)
                    orgs[:] = [o for o in orgs if not (o.start >= inside.start_char and o.end <= inside.end_char)]
                return
            orgs.append(long)
        if long.end <= doc[open_i].idx and initials_match(short, long.name.split()):
            self._with_town(doc, close_i, long, short, orgs)  # not when the name before is cut short
        # What was found inside the brackets is the same organization.
        whole = doc[open_i + 1:close_i]
        orgs[:] = [o for o in orgs if not (o.start >= whole.start_char and o.end <= whole.end_char)]
        acronym = content if len(inside) > 1 else short
        word = next((w for w in content.split() if is_acronym(w)), short)
        if word != acronym and word not in long.aliases and is_acronym(word):
            long.aliases.append(word)
        if long.acronym and long.acronym != acronym:
            long.aliases.append(acronym)
        else:
            long.acronym = acronym
        orgs.append(OrgSpan(inside.start_char, inside.end_char, long.name, acronym=long.acronym,
                            kind=long.kind, country=long.country, aliases=list(long.aliases), source="acronym"))

    def _lower_case_run(self, doc: Doc, open_i: int, close_i: int, short: str) -> OrgSpan | None:
        """« la direction interrégionale des services pénitentiaires (DISP) de Dijon »: after an article,
        lower-case words the acronym spells are a body's name when a head word opens them or its town
        follows the bracket."""
        start = self._lower_case_start(doc, open_i, short)
        if start is None:
            start = directorate_general_run(doc, open_i, close_i, self.max_long_form)
            short = clean_spaces(doc[open_i + 1:close_i].text)  # « DG MOVE » whole
        if start is None:
            return None
        if self._town_after(doc, close_i) is None and doc[start].text.capitalize() not in self.lexicon.org_heads:
            return None
        span = doc[start:open_i]
        name = clean_spaces(span.text)
        return OrgSpan(span.start_char, span.end_char, name[:1].upper() + name[1:], acronym=short, source="acronym")

    def _with_town(self, doc: Doc, close_i: int, long: OrgSpan, short: str, orgs: list[OrgSpan]) -> None:
        """« … (DISP) de Dijon », « … (CIRGN) Betsiriry-Atsimo »: the town or the region right after the
        bracket belongs to the name; « DISP de Dijon » is its short form."""
        town = self._town_after(doc, close_i) or self._region_after(doc, close_i)
        if town is None:
            return
        place = clean_spaces(doc[town[0]:town[1]].text)
        of = clean_spaces(doc[close_i + 1:town[0]].text_with_ws)
        of = of if not of or of.endswith(("'", "’")) else of + " "
        if long.name.endswith(place):
            return
        long.name = f"{long.name} {of}{place}"
        long.aliases.append(f"{short} {of}{place}")
        after = doc[close_i + 1:town[1]]
        orgs[:] = [o for o in orgs if not (after.start_char <= o.start < after.end_char)]

    def _region_after(self, doc: Doc, close_i: int) -> tuple[int, int] | None:
        """« (CIRGN) Betsiriry-Atsimo »: a place's compound name, or a known place, glued to the bracket."""
        k = close_i + 1
        if k >= len(doc) or not is_cap(doc[k]) or is_acronym(doc[k].text) or doc[k].text in self.lexicon.org_heads:
            return None
        end = place_name_end(doc, k, self.lexicon)
        # A person's name may follow a bracket; a hyphenated name glued to it is a place's (spaCy may say PER).
        person = doc[k].ent_type_ == "PER" or starts_person(doc[k])
        if end <= k or not ("-" in doc[k:end].text or (is_place(doc[k], self.lexicon.places) and not person)):
            return None
        return k, end

    def _lower_case_start(self, doc: Doc, open_i: int, short: str) -> int | None:
        """Where the lower-case words the acronym spells begin, right after an article; the farthest."""
        found = None
        for k in range(open_i - 1, max(0, open_i - self.max_long_form), -1):
            token = doc[k]
            if enumerating_comma(doc, k):
                continue  # « département de la santé, de l'emploi et du sport (DSES) »: domains listed
            if token.is_punct or not token.text.islower() or token.pos_ in {"VERB", "AUX", "PRON"}:
                break
            if token.pos_ == "NOUN" and doc[k - 1].lower_ in DETS | {"du", "au", "d'", "d’"} \
                    and initials_match(short, [t.text for t in doc[k:open_i] if t.text != ","]):
                found = k
        return found

    def _town_after(self, doc: Doc, close_i: int) -> tuple[int, int] | None:
        """« (DISP) de Dijon »: the town named right after the bracket, as a span of tokens."""
        k = close_i + 2
        if k >= len(doc) or doc[k - 1].lower_ not in OF or not is_cap(doc[k]) or is_acronym(doc[k].text) \
                or doc[k].text in self.lexicon.org_heads or doc[k].ent_type_ == "PER":
            return None
        end = place_name_end(doc, k, self.lexicon)
        return (k, end) if end > k else None

    def _acronym_first(self, doc: Doc, open_i: int, inside: Span, orgs: list[OrgSpan]) -> None:
        """« l’ONDT (Observatoire national de la délinquance dans les transports) »."""
        short = doc[open_i - 1]
        long = next((o for o in orgs if o.start == inside.start_char), None)
        if long is None:
            return
        if long.end < inside.end_char and all(t.pos_ in NAME_LIKE_POS and not t.is_punct for t in doc.char_span(long.end, inside.end_char, alignment_mode="expand") or []):
            long.end = inside.end_char
            long.name = strip_article(clean_spaces(doc._.item.text[long.start:long.end]))
        long.acronym = long.acronym or short.text
        orgs.append(OrgSpan(short.idx, short.idx + len(short.text), long.name, acronym=long.acronym,
                            kind=long.kind, country=long.country, source="acronym"))

    def _grow_to(self, doc: Doc, open_i: int, orgs: list[OrgSpan], short: str | None = None) -> OrgSpan | None:
        """« Commission pour la prévention du crime (CCPCJ) »: stretch a truncated name to the bracket."""
        for org in sorted(orgs, key=lambda o: -o.start):
            if org.end > doc[open_i].idx:
                continue
            first = doc.char_span(org.start, org.end, alignment_mode="expand")
            if first is None or open_i - first.end > self.max_long_form:
                return None
            between = doc[first.end:open_i]
            if second_body_joined(between):
                return None  # « d'Interpol et de la direction générale … (DG X) »: two bodies, the bracket the second's
            # « Bureau régional de coordination chargé de la formation (BRCF) »: a participle inside the words the
            # initials spell names the body's charge
            words = [t.text for t in doc[first.start:open_i]]
            spelled = short is not None and initials_in_order(short, words) \
                and strip_accents(words[-1][:1]).lower() == short[-1:].lower()
            if all((t.pos_ in NAME_LIKE_POS or (spelled and "Part" in t.morph.get("VerbForm") and t.text.islower()))
                   and not t.is_punct and t.text not in self.lexicon.org_heads for t in between):
                org.end = doc[open_i - 1].idx + len(doc[open_i - 1].text)
                org.name = strip_article(clean_spaces(doc._.item.text[org.start:org.end]))
                return org
            return None
        return None

    def _regrow(self, doc: Doc, open_i: int, org: OrgSpan, short: str) -> None:
        """« Safety Data Hub (SDHub) »: the head word alone does not spell the acronym."""
        span = doc.char_span(org.start, org.end, alignment_mode="expand")
        if span is None:
            return
        start = span.start
        while start > 0 and start > span.start - 6 and is_cap(doc[start - 1]) and not doc[start - 1].is_sent_start:
            start -= 1
            if initials_match(short, [t.text for t in doc[start:open_i]]):
                org.start = doc[start].idx
                org.name = clean_spaces(doc._.item.text[org.start:org.end])
                return

    def _capitalised_run(self, doc: Doc, open_i: int, short: str) -> OrgSpan | None:
        start = open_i
        while start > 0 and open_i - start < 8 and (is_cap(doc[start - 1]) or doc[start - 1].lower_ in OF | DETS | {"et", "&", "for", "of", "and"}
                                                    or _glued_hyphen(doc, start - 1)):
            start -= 1
            if is_cap(doc[start]) and initials_match(short, [t.text for t in doc[start:open_i]]):
                span = doc[start:open_i]
                return OrgSpan(span.start_char, span.end_char, clean_spaces(span.text), acronym=short, source="acronym")
        return None

    def _standalone(self, doc: Doc, orgs: list[OrgSpan]) -> None:
        covered = set()
        for o in orgs:
            covered.update(range(o.start, o.end))
        people = [e for e in doc.ents if e.label_ == "PER" and len(e) > 1]
        for token in self._capitalised_tokens(doc):
            if not is_acronym(token.text) or token.idx in covered or token.idx in self.skipped:
                continue
            # « (SIGLE Bénin) », read as a person by the tagger: capitals before a country are a body's
            before_country = country_at(self.lexicon, doc, token.i + 1) > token.i + 1
            if not before_country and (any(e.start <= token.i < e.end for e in people) or self._surname(doc, token.i)):
                continue
            rank = token.text in self.grammar.rank_acronyms and token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper()
            if token.text in self.refused or rank or self._not_a_body(doc, token.i):
                continue  # « l'ASP X », « ACP Operations »: the initials of a rank (« l'ASP a versé » is a body's)
            span: Span = doc[token.i:token.i + 1]
            if self._directorate_general(doc, token.i) and doc[token.i - 1].idx not in covered:
                # « la DG EPI »: a directorate-general goes by « DG » and the acronym of its field.
                span = doc[token.i - 1:token.i + 1]
                orgs.append(OrgSpan(span.start_char, span.end_char, span.text, acronym=span.text, source="acronym"))
                covered.update(range(span.start_char, span.end_char))
                continue
            qualified = self._qualified(doc, token.i, orgs)
            if qualified is not None:
                orgs.append(qualified)
                covered.update(range(qualified.start, qualified.end))
                continue
            span = doc[token.i:place_after_acronym(doc, token.i, self.lexicon.org_heads)]
            # The acronym of « le BCN d'Accra » is not BCN: that one names the whole network.
            acronym = token.text if len(span) == 1 else None
            orgs.append(OrgSpan(span.start_char, span.end_char, clean_spaces(span.text), acronym=acronym, source="acronym"))
            covered.update(range(span.start_char, span.end_char))

    def _qualified(self, doc: Doc, i: int, orgs: list[OrgSpan]) -> OrgSpan | None:
        """« le SPF Justice », « le SPW Mobilité et Infrastructures », « la mission EUCAP Sahel Mali »: an
        acronym followed by capitalised words of a domain or an area is one body; followed by places only
        (« le PNUD Burkina Faso »), it is the body's office there, an alias of the acronym."""
        end = self._qualifier_end(doc, i)
        if end == i + 1:
            return None
        span = doc[i:end]
        words = [t for t in span[1:] if is_cap(t)]
        if national_of_country(doc[i].text, words, orgs, self.known_acronyms, self.lexicon):
            # « Mme X (SIGLE Mali) »: a national body's acronym and another country name that country's own body
            return OrgSpan(span.start_char, span.end_char, clean_spaces(span.text), source="acronym")
        if all(t.text in self.lexicon.places for t in words):
            return OrgSpan(span.start_char, span.end_char, doc[i].text, acronym=doc[i].text,
                           aliases=[clean_spaces(span.text)], source="acronym")
        return OrgSpan(span.start_char, span.end_char, clean_spaces(span.text), source="acronym")

    def _qualifier_end(self, doc: Doc, i: int) -> int:
        """Where the capitalised words right after the acronym at token i end (i + 1 when none): names,
        joined by « et », a lower-case adjective after one (« Action sociale »); never a person."""
        end = k = i + 1
        while k < len(doc) and "\n" not in doc[k - 1].whitespace_ and not doc[k - 1].text.endswith("\n"):
            t = doc[k]
            country = country_at(self.lexicon, doc, k)
            if country > k:
                k = end = country  # « SIGLE Burkina Faso », whatever entity the tagger reads in it
            # a capitalised adjective names the domain too (« le SPW Territorial »): French writes adjectives in lower case
            elif is_cap(t) and t.pos_ in {"PROPN", "NOUN", "ADJ"} and not is_acronym(t.text) and t.ent_type_ != "PER" \
                    and not starts_person(t) and t.text not in self.lexicon.org_heads \
                    and t.lower_ not in self.lexicon.title_firsts and t.lower_ not in self.lexicon.honorifics:
                k = end = compound_end(doc, k + 1)  # « la PJF Haute-Meuse »: the whole of a compound place
                if k < len(doc) and doc[k].pos_ == "ADJ" and doc[k].text.islower() and not verb_read_as_adjective(doc, k, self.lexicon):
                    k = end = k + 1
            elif t.lower_ in {"et", "&"} and end > i + 1 and k + 1 < len(doc) and is_cap(doc[k + 1]):
                k += 1
            elif k == i + 1 and is_acronym(t.text) and t.whitespace_ == " " and k + 1 < len(doc) \
                    and is_cap(doc[k + 1]) and not is_acronym(doc[k + 1].text):
                k += 1  # « SNPPS UNSa Justice »: a union, its confederation, its sector
            else:
                break
        return end

    def _capitalised_tokens(self, doc: Doc):
        """Tokens written with two capitals or more; in « le pôle DGA-DGB », each of the pair."""
        for m in CAPITALS.finditer(doc._.item.text):
            span = doc.char_span(m.start(), m.end())
            if span is None:
                continue
            if len(span) == 1:
                yield span[0]
            elif span.start and doc[span.start - 1].lower_ in self.grammar.pair_nouns:
                yield from (t for t in span if t.text != "-")

    def _split_pairs(self, doc: Doc, orgs: list[OrgSpan]) -> None:
        """« le pôle DGD-DGI »: two bodies whose acronyms are joined by a hyphen."""
        known = {o.acronym for o in orgs if o.acronym}
        for org in list(orgs):
            parts = org.name.split("-")
            if org.name != org.acronym or len(parts) != 2 or not all(is_acronym(p) and len(p) > 2 for p in parts):
                continue
            span = doc.char_span(org.start, org.end, alignment_mode="expand")
            before = doc[span.start - 1].lower_ if span is not None and span.start else ""
            if before not in self.grammar.pair_nouns and not all(p in known for p in parts):
                continue
            orgs.remove(org)
            second = org.start + len(parts[0]) + 1
            orgs.append(OrgSpan(org.start, org.start + len(parts[0]), parts[0], acronym=parts[0], source="acronym"))
            orgs.append(OrgSpan(second, org.end, parts[1], acronym=parts[1], source="acronym"))

    def _mixed_case(self, doc: Doc, orgs: list[OrgSpan]) -> None:
        """« l’Oim » for the OIM named earlier in the item or well known: an acronym written like a word."""
        named = {o.acronym: o for o in orgs if o.acronym and o.acronym.isupper()}
        covered = set()
        for o in orgs:
            covered.update(range(o.start, o.end))
        for token in doc:
            written = token.text
            if len(written) < 3 or not written.istitle() or token.idx in covered:
                continue
            # A well-known acronym written like a word, where the tagger reads no common word (« l’Onu »);
            # not a first name before a surname (« Uma Patel »), nor a word with no article before it.
            known = token.pos_ == "PROPN" and token.i and doc[token.i - 1].lower_ in DETS | OF | {"au", "aux"} \
                and not (token.i + 1 < len(doc) and is_cap(doc[token.i + 1]))
            org = named.get(written.upper()) or (self.known_acronyms.get(written.upper()) if known else None)
            if org is None:
                continue
            orgs.append(OrgSpan(token.idx, token.idx + len(written), org.name, acronym=org.acronym, kind=org.kind,
                                country=org.country, aliases=[written], source="acronym"))

    def _directorate_general(self, doc: Doc, i: int) -> bool:
        """« de la DG EPI »: a title's acronym (DG, DGA) right before the acronym at token i, after an
        article, names the directorate of that field."""
        return i > 1 and doc[i - 1].text in self.grammar.title_acronyms and doc[i - 1].whitespace_ == " " \
            and doc[i - 2].lower_ in DETS | OF | {"la", "le", "l'", "l’", "au", "à"}

    def _not_a_body(self, doc: Doc, i: int) -> bool:
        """Capitals that name no body, a word of a state's name heading the page (« BURKINA FASO »), or the
        initials of a land after its noun (« la région SCC »)."""
        return acronym_names_no_body(doc, i, self.grammar) or on_state_heading(doc._.item.text, doc[i].idx) \
            or land_before(doc, i)

    def _document_before(self, doc: Doc, open_i: int) -> bool:
        """« le Contrat local de sécurité 2021-2022 (CLS) »: the bracket spells a document, not a body."""
        for k in range(open_i - 1, max(-1, open_i - self.max_long_form), -1):
            token = doc[k]
            if token.lower_ in self.grammar.document_heads:
                return True
            if token.pos_ in {"VERB", "AUX", "PRON"} or token.text in {",", ";", ":", ")", "("}:
                return False
        return False

    def _notion_before(self, doc: Doc, open_i: int) -> bool:
        """« une mesure de réparation pénale (MRP) », « les violences basées sur le genre (VBG) »: words in
        lower case, none of them a body's head word, before the bracket spell a measure or a notion."""
        words = []
        k = open_i - 1
        while k >= 0:
            token = doc[k]
            verb = token.pos_ in {"VERB", "AUX", "PRON"} and "Part" not in token.morph.get("VerbForm")
            if not (token.is_alpha or token.lower_ in {"d'", "d’", "l'", "l’"}) or not token.text.islower() or verb:
                break
            if token.lower_ in {"un", "une"}:
                break  # « un travail d'intérêt général (TIG) »: a thing; a body takes the definite article
            if len(words) == 11:
                return False  # a long run: where it opens is not seen
            words.append(token)
            k -= 1
        if k >= 0 and doc[k].lower_ not in {"un", "une"} and is_cap(doc[k]) and doc[k].pos_ not in {"DET", "ADP"} and not doc[k].is_sent_start:
            return False  # « Délégation aux partenariats … (DPSS) »: the tail of a capitalised name
        heads = self.lexicon.org_heads

        def body_word(t) -> bool:
            word = t.text[:1].upper() + t.text[1:]
            return word in heads or word.rstrip("sx") in heads or t.lower_ in self.lexicon.generic_orgs

        return any(t.pos_ == "NOUN" for t in words) and not any(body_word(t) for t in words)

    def _surname(self, doc: Doc, i: int) -> bool:
        return shouted_surname(doc, i, self.lexicon)

    def _spelled_out(self, orgs: list[OrgSpan]) -> None:
        """« l’UITP …, soit l’Union internationale des transports Publics »: initials in the same item."""
        long_forms = [o for o in orgs if o.acronym is None and len(o.name.split()) > 1]
        for org in orgs:
            if org.acronym is None or org.name != org.acronym:
                continue
            for long in long_forms:
                # « (PTB) » for « Province de la Terre-Basse »: each part of a compound gives a letter
                if initials_match(org.acronym, long.name.split()) or (
                        "-" in long.name and initials_match(org.acronym, long.name.replace("-", " ").split())):
                    long.acronym = org.acronym
                    org.name = long.name
                    break
        by_acronym = {o.acronym: o.name for o in orgs if o.acronym and o.name != o.acronym}
        for org in orgs:
            if org.acronym in by_acronym and org.name == org.acronym:
                org.name = by_acronym[org.acronym]


def letterheads(text: str, facts: list[tuple[int, ItemFacts]]) -> None:
    """The letterhead of a document (see ``_letterhead``), whose two lines may fall in two items."""
    _letterhead(text, [(at + o.start, at + o.end, o) for at, item in facts for o in item.orgs])


def _letterhead(text: str, spans: list[tuple[int, int, OrgSpan]]) -> None:
    """« RIPJ » on its line, « Réseau international de la police des jeunes » on the next: a letterhead
    gives a body's acronym and its name on two lines, the acronym taking some of the initials only.
    ``spans`` hold each mention with its offsets in ``text``."""
    lines = {}
    opening: dict[int, tuple[OrgSpan, str]] = {}  # a name that opens its line, with the whole line
    for start, end, org in spans:
        line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
        line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
        if line == text[start:end]:
            lines[line_start] = org  # a name alone on its line
        elif not text[line_start:start].strip():
            opening[line_start] = (org, line)
    for start, short in lines.items():
        if short.acronym is None or short.name != short.acronym:
            continue
        end = text.find("\n", start)
        nxt = lines.get(end + 1) if end >= 0 else None
        if nxt is None and end >= 0 and end + 1 in opening:
            # « Centre de prospective pour l'eau et les milieux » under its acronym: a name the reader cut short at
            # « pour » runs to the end of its line when only the whole line has the acronym's initials
            cut, line = opening[end + 1]
            if cut.acronym is None and not initials_in_order(short.acronym, cut.name.split()) \
                    and initials_in_order(short.acronym, line.split()):
                cut.name, nxt = line, cut
        if nxt is not None and nxt.acronym is None and (initials_in_order(short.acronym, nxt.name.split())
                                                        or syllables_in_order(short.acronym, nxt.name.split())):
            nxt.acronym = short.acronym
            short.name, short.kind = nxt.name, nxt.kind


def _lettered_head(doc: Doc, open_i: int, inside: Span, orgs: list[OrgSpan]) -> str | None:
    """« le Comité permanent de contrôle des services de police (Comité P) »: the name's head word and a
    letter in brackets, the short name such a body goes by; the letter, or None."""
    if len(inside) != 2 or not open_i or not inside[1].text.isupper() or len(inside[1].text) > 3:
        return None
    before = doc[open_i - 1]
    long = next((o for o in orgs if o.end == before.idx + len(before.text)), None)
    return inside[1].text if long is not None and long.name.split()[0] == inside[0].text else None


def initials_in_order(acronym: str, words: list[str]) -> bool:
    """Whether the acronym's letters are initials of the name's words in their order, the first word's first."""
    initials = [w[:1] for w in word_initials(words)]
    letters = strip_accents(acronym.lower())
    if not initials or not letters or letters[0] != initials[0]:
        return False
    k = 0
    for letter in letters:
        while k < len(initials) and initials[k] != letter:
            k += 1
        if k == len(initials):
            return False
        k += 1
    return True


def _glued_hyphen(doc: Doc, k: int) -> bool:
    """« Croissant-Rouge »: a hyphen glued to two capitalised words inside one name."""
    return 0 < k < len(doc) - 1 and doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_ \
        and is_cap(doc[k - 1]) and is_cap(doc[k + 1])


@Language.factory("reseau_acronyms", default_config={"heads": "org_heads.tsv", "gazetteer": "gazetteer.tsv", "max_long_form": 16},
                  requires=["doc._.item", "doc._.orgs"], assigns=["doc._.orgs"])
def make_acronyms(nlp: Language, name: str, heads: str, gazetteer: str, max_long_form: int) -> AcronymLinker:
    """Link acronyms to their long forms."""
    return AcronymLinker(load_lexicon(heads=heads, gazetteer=gazetteer), max_long_form)
