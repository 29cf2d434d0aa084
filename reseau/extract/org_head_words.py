"""Organization names that open on a head word, for the organization finder (``reseau.extract.organizations``).

A head word capitalised (``Office``, ``Délégation``), or in lower case with a named complement or an
adjective of level or place (« la police de Sherbrooke », « la gendarmerie vaudoise »); ``org_names``
says where the name ends.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from reseau.extract.facts import OrgSpan
from reseau.extract.lexicon import OrgHead
from reseau.extract.org_grammar import after_a_territory, region_names
from reseau.extract.org_filter import MENU_SEPARATORS
from reseau.extract.org_names import NAME_POS, extend_name, split_unit, works_in_a_force
from reseau.extract.tokens import DETS, OF, is_acronym, is_cap, starts_person
from reseau.names import clean_spaces


class HeadWordNames:
    """Mixin of the organization finder: names read from a head word."""

    def _heads(self, doc: Doc) -> list[tuple[int, int, OrgSpan]]:
        found = []
        for i, token in enumerate(doc):
            head, lower = self._head_at(doc, i)
            if head is None or (i and doc[i - 1].text == "-" and not doc[i - 1].whitespace_) or self._seasonal(doc, i):
                continue  # « Saint-Office »: a head glued by a hyphen is part of a word; « - Direction … » a bullet
            if not lower and i and doc[i - 1].pos_ == "NOUN" and doc[i - 1].text.islower():
                continue  # « la région Centre », « le quartier Université »: a head word used as a name
            if not lower and heading_label(doc, i, head):
                continue  # « Réseau africain : le Conseil élu … »: a headline's topic, capitalised as its first word
            if not lower and self._ends_a_name(doc, i):
                # « Harbour Convention Centre »: written in the English order, the head closes the name.
                start = self._name_before(doc, i)
                found.append((start, i + 1, self.make(doc[start:i + 1], source="rule", head=head)))
                continue
            end = extend_name(doc, i, head, self.lexicon)
            if not lower and head.lower and _opens_a_quote(doc, i) and not self._named(doc, i, end, head):
                continue  # « Sécurité routière en zone urbaine » : a work's title, capitalised by its quote
            land_body = not lower and not self._has_needed(doc, i, end, head, capitalised=True)
            if land_body and not self._own_qualifier(doc, i, end):
                continue  # « la Région du Plateau » is land, « la Région de gendarmerie X » a body
            if lower:
                gloss = self._foreign_name_glossed(doc, i, end)
                if gloss is not None:
                    org = self.make(doc[i:end], source="rule", head=head)
                    org.aliases.append(gloss)
                    found.append((i, end, org))
                elif self._named(doc, i, end, head):
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
            if head.unit and start == i and works_in_a_force(doc, i, end, self.lexicon):
                head = replace(head, unit=False)  # a body of its own: a rank is held there
            if land_body:
                head = replace(head, kind="public body")  # « la Région flamande » governs the land, polices none
            if end - start == 1 and doc[start].text in self.grammar.single_word_bodies and not _menu_item(doc, start):
                found.append((start, end, self.make(doc[start:end], source="rule", head=head)))
                continue  # « le Sénat »: an institution one word names
            if end - start == 1:
                continue  # « le Réseau », « la Ville »: a common noun, not a name
            found.append((start, end, self.make(doc[start:end], source="rule", head=head)))
        return found

    def _parliaments_inside(self, doc: Doc, orgs: list[OrgSpan]) -> list[OrgSpan]:
        """« la Commission des finances du Sénat »: a committee's name holds its parliament's, a
        body of its own too."""
        found: list[OrgSpan] = []
        for org in orgs:
            span = doc.char_span(org.start, org.end, alignment_mode="expand")
            if span is None or span[0].text not in self.grammar.committee_heads:
                continue
            for k in range(span.start + 2, span.end):
                if doc[k - 1].lower_ in DETS | OF and any(doc[k:span.end].text.startswith(p) for p in self.grammar.parliaments):
                    if not any(o.name == doc[k:span.end].text for o in orgs + found):
                        found.append(self.make(doc[k:span.end], source="rule", head=self.lexicon.org_heads.get(doc[k].text)))
                    break
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
            person = first.ent_type_ == "PER" and (first.ent_iob_ != "B" or starts_person(first)) \
                and not after_a_territory(doc, first.i)
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

    def _foreign_name_glossed(self, doc: Doc, i: int, end: int) -> str | None:
        """« le ministère public portugais (Ministério Público) »: a lower-case head and its adjectives, the
        last of a nation, glossing the body's own name in brackets, name that body; its own name, or None."""
        rest = doc[i + 1:end]
        if not len(rest) or not all(t.pos_ == "ADJ" and t.text.islower() for t in rest) \
                or not self.grammar.is_demonym(rest[-1].text, rest[-1].pos_):
            return None
        if end + 2 >= len(doc) or doc[end].text != "(":
            return None
        close = next((k for k in range(end + 1, min(len(doc), end + 8)) if doc[k].text == ")"), None)
        inside = doc[end + 1:close] if close is not None else None
        if inside is None or len(inside) < 2 or not all(is_cap(t) and not is_acronym(t.text) for t in inside):
            return None
        return clean_spaces(inside.text)

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


def _opens_a_quote(doc: Doc, i: int) -> bool:
    """Whether the word at token i opens a quotation, which capitalises it whatever it is."""
    return i > 0 and doc[i - 1].text in {"«", "“", '"'}


def _menu_item(doc: Doc, i: int) -> bool:
    """« Accueil > Gouvernement > Ministère … »: a word between a page's menu separators is a link's label."""
    return any(0 <= k < len(doc) and doc[k].text in MENU_SEPARATORS for k in (i - 1, i + 1))


def heading_label(doc: Doc, i: int, head: OrgHead) -> bool:
    """A head word that French writes in lower case as a common noun, opening a line, with one adjective
    and a colon after it: the label of a headline, not a name."""
    line_start = i == 0 or "\n" in doc[i - 1].whitespace_ or doc[i - 1].is_space
    return line_start and not head.lower and i + 2 < len(doc) and doc[i + 1].pos_ == "ADJ" \
        and doc[i + 1].text.islower() and doc[i + 2].text == ":"


def _styled_after(doc: Doc, i: int) -> bool:
    """« République et canton de Genève »: a lower-case head joined by « et » to the capitalised word that
    opens a heading line, the style some states give themselves."""
    if i < 2 or doc[i - 1].lower_ != "et" or not is_cap(doc[i - 2]) or is_acronym(doc[i - 2].text):
        return False
    k = i - 2
    return k == 0 or "\n" in doc[k - 1].whitespace_ or "\n" in doc[k - 1].text
