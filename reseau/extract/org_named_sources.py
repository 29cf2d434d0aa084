"""Organization names announced otherwise than by a head word, for the organization finder
(``reseau.extract.organizations``): a generic noun then the name (« l'ONG Enfance sans Frontières »),
a domain then a country (« Santé Canada »), and spaCy's ORG entities when they read like a name.
"""

from __future__ import annotations

from spacy.tokens import Doc

from reseau.extract.facts import OrgSpan
from reseau.extract.lexicon import venue_nouns
from reseau.extract.org_head_words import heading_label
from reseau.extract.org_names import NAME_POS, compound_end
from reseau.extract.tokens import DETS, OF, WEEKDAYS, is_acronym, is_cap, is_month, pictograph, starts_person
from reseau.names import clean_spaces
from reseau.extract.word_index import word_positions

# A name's own article, capitalised (« Le Phare »).
OWN_ARTICLES = {"Le", "La", "Les", "L'", "L’"}


class NamedSources:
    """Mixin of the organization finder: names after a generic noun, before a country, and spaCy's."""

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
            field = j
            j = _field_end(doc, j)  # « l'association de médiation sociale Le X », « le cabinet d'études X »
            # « l'association de quartier Saint-Sauveur »: the name after an area is the area's; the body's name
            # is the whole phrase
            start = i if j > field and doc[field + 1].lower_ in venue_nouns(use="area") else j
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
                if k + 1 < len(doc) and doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_ \
                        and is_cap(doc[k + 1]):
                    k += 1  # « Rive-Nord » cut in three by the tokenizer
                # « l'asbl Pont d'Entraide »: an elided « d' » glued to the next capitalised word of the name
                if k + 1 < len(doc) and doc[k].lower_ in {"d'", "d’"} and is_cap(doc[k + 1]) \
                        and doc[k + 1].text not in self.lexicon.places:
                    k += 1
                if k + 1 < len(doc) and _lower_noun_inside(doc, k) and doc[k + 1].text not in self.lexicon.org_heads:
                    k += 1  # « l'organisme Carrefour jeunesse Rive-Sud »: a common noun between two capitalised words
                    continue
                # « l'ONG Enfance sans Frontières », « l'association Justice et Dignité »: a little word inside
                # the name, between two capitalised words; an article after it opens another phrase
                if k + 1 < len(doc) and doc[k].lower_ in self.grammar.inner_words and is_cap(doc[k + 1]) \
                        and doc[k + 1].pos_ in NAME_POS and doc[k + 1].text not in self.lexicon.places \
                        and doc[k + 1].lower_ not in self.lexicon.generic_orgs and doc[k + 1].text not in self.lexicon.org_heads:
                    k += 1
            if k > j + 1 and _department_number(doc, k):
                k += 1  # « l'association Suisse Entraide 74 »: the number of the département it serves
            if k > j + article and not (k < len(doc) and doc[k].text == "-"):
                org = self.make(doc[start:k], source="generic")
                if article and start == j:
                    org.name = clean_spaces(doc[j:k].text)
                found.append((start, k, org))
        return found

    def _place_opens_a_name(self, doc: Doc, k: int) -> bool:
        """« l'association Suisse Entraide »: a place, then a capitalised word that is no place, opens a
        body's own name; a place alone does not (« l'association Genève a été dissoute »)."""
        nxt = doc[k + 1] if k + 1 < len(doc) else None
        if nxt is not None and k + 2 < len(doc) and _lower_noun_inside(doc, k + 1):
            return True  # « l'organisme Carrefour jeunesse Rive-Sud »: a place's name opens a longer name
        return nxt is not None and bool(doc[k].whitespace_) and is_cap(nxt) and nxt.pos_ in NAME_POS \
            and nxt.text not in self.lexicon.places and nxt.text not in self.lexicon.org_heads \
            and nxt.lower_ not in self.lexicon.generic_orgs and not is_acronym(nxt.text) and not starts_person(nxt)

    def _domain_and_country(self, doc: Doc) -> list[tuple[int, int, OrgSpan]]:
        """« Santé Canada », « Emploi et Développement social Canada », « Expertise France »: capitalised
        common nouns of a domain, then a country or a province (« Revenu Québec »), name a department or an
        agency of its government."""
        found = []
        for k, token in enumerate(doc):
            if k < 2 or self.lexicon.places.get(token.text) not in {"country", "province"} or not (is_cap(doc[k - 1]) or doc[k - 1].pos_ == "ADJ"):
                continue
            if k + 1 < len(doc) and doc[k + 1].text in {"-", "–"} and not token.whitespace_:
                continue  # « l'Entente Canada-Manitoba »: two lands joined, not a department of one
            start = k
            while start > 0:
                prev = doc[start - 1]
                if is_cap(prev) and prev.pos_ in {"NOUN", "PROPN"} and not is_acronym(prev.text) \
                        and prev.text not in self.lexicon.places and prev.ent_type_ != "PER" \
                        and prev.lower_ not in self.lexicon.title_firsts \
                        and (not prev.is_sent_start or _whole_line(doc, start - 1, k + 1)):
                    start -= 1
                elif prev.pos_ == "ADJ" and prev.text.islower() and start - 2 >= 0 and is_cap(doc[start - 2]):
                    start -= 1  # « Sécurité publique Canada »
                elif prev.lower_ == "et" and start < k and start - 2 >= 0 and is_cap(doc[start - 2]):
                    start -= 1
                else:
                    break
            while start < k and not is_cap(doc[start]):
                start += 1
            if start == k:
                continue
            if _whole_line(doc, start, k + 1):
                pass  # « Sécurité publique Canada » stacked under another publisher's name
            elif not doc[start - 1].pos_ in {"ADP", "DET", "SCONJ"} or doc[start].pos_ != "NOUN":
                continue  # a domain is a common noun after a preposition or an article, not a person's name
            found.append((start, k + 1, self.make(doc[start:k + 1], source="rule")))
        return found

    def _without_borders(self, doc: Doc) -> list[tuple[int, int, OrgSpan]]:
        """« Juristes sans frontières », « … sans frontières Belgique »: the members' trade in capitals, then
        the words of a body without borders (``borderless``), then perhaps the country of its section."""
        found = []
        for i in word_positions(doc, "sans"):
            token = doc[i]
            if i == 0 or token.lower_ != "sans" or i + 1 >= len(doc):
                continue
            words = clean_spaces(doc[i:i + 2].text).lower()
            if words not in self.grammar.borderless or not is_cap(doc[i - 1]) or is_acronym(doc[i - 1].text):
                continue
            start, end = i - 1, i + 2
            country = end < len(doc) and "\n" not in doc[end - 1].whitespace_ \
                and self.lexicon.places.get(doc[end].text) == "country"
            org = self.make(doc[start:end + 1 if country else end], source="rule")
            org.kind = org.kind or "association"
            if country:
                end += 1
                org.aliases.append(clean_spaces(doc[start:end - 1].text))
            found.append((start, end, org))
        return found

    def _national_societies(self, doc: Doc) -> list[tuple[int, int, OrgSpan]]:
        """« la Croix-Rouge jordanienne », « le Croissant-Rouge tunisien »: a movement (``national_societies``)
        and a country's adjective name its society in that country."""
        found = []
        for i in range(len(doc) - 3):
            if doc[i + 1].text != "-" or f"{doc[i].text}-{doc[i + 2].text}" not in self.grammar.national_societies:
                continue
            adjective = doc[i + 3]
            if adjective.text.islower() and self.lexicon.country_by_adjective(adjective.text):
                org = self.make(doc[i:i + 4], source="rule")
                org.kind = org.kind or "association"
                found.append((i, i + 4, org))
        return found

    def _country_and_domain(self, doc: Doc) -> list[tuple[int, int, OrgSpan]]:
        """« Belgique Emploi », « Suisse Victimes 12 »: a country, then capitalised common nouns of a domain
        (and the number of the département it serves), name a national agency or network."""
        found = []
        for k, token in enumerate(doc):
            if k + 1 >= len(doc) or self.lexicon.places.get(token.text) != "country" or "\n" in token.whitespace_:
                continue
            if k and is_cap(doc[k - 1]):
                continue  # inside a longer name
            end = k + 1
            while end < len(doc) and self._domain_word(doc[end]) and "\n" not in doc[end - 1].whitespace_:
                end += 1
            if end == k + 1:
                continue
            if end < len(doc) and doc[end].text in self.lexicon.org_heads and "\n" not in doc[end - 1].whitespace_:
                end += 1  # « Algérie Presse Service »: a head word closing the name, in the English order
            if _department_number(doc, end):
                end += 1
            found.append((k, end, self.make(doc[k:end], source="rule")))
        return found

    def _domain_word(self, token) -> bool:
        """A capitalised common noun of the language, no place, person, head word or acronym."""
        tagged = token.pos_ in {"NOUN", "X"} or (token.pos_ == "PROPN" and token.ent_type_ in {"ORG", "MISC", ""})
        return is_cap(token) and tagged and not is_acronym(token.text) \
            and token.text not in self.lexicon.places and token.text not in self.lexicon.org_heads \
            and token.ent_type_ != "PER" and token.vocab.has_vector(token.lower_)

    def _entities(self, doc: Doc) -> list[tuple[int, int, OrgSpan]]:
        found = []
        for ent in doc.ents:
            if ent.label_ != "ORG":
                continue
            start, end = ent.start, ent.end
            # spaCy sometimes runs an entity over a line break into the next line, or over a dash
            # between two names (« Police nationale — Direction … », « Service de presse – Tél. »).
            for k in range(start, end):
                # « Accueil  Le Conseil  Actualités »: a run of spaces parts a menu's entries
                if doc[k].is_space or (k > start and "\n" in doc[k - 1].whitespace_) or spaced_dash(doc, k) \
                        or pictograph(doc[k].text):
                    end = k  # « Brigade de X📷 Visite … »: a social post strings its legends with pictographs
                    break
            # « Police : la Brigade fluviale déménage »: a headline's rubric before a colon names no body
            start = max([k + 1 for k in range(start, end) if doc[k].text == ":"], default=start)
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
            if (end - start == 1 and head is not None) or (head is not None and (head.unit or heading_label(doc, start, head))):
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
            if end - start == 1 and is_acronym(doc[start].text):
                end = place_after_acronym(doc, start, self.lexicon.org_heads)
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


def _lower_noun_inside(doc: Doc, k: int) -> bool:
    """A common noun in lower case at token k, a capitalised word of a name after it, on one line."""
    nxt = doc[k + 1]
    return doc[k].text.islower() and doc[k].pos_ in {"NOUN", "PROPN", "ADJ"} and is_cap(nxt) and nxt.pos_ in NAME_POS \
        and not is_acronym(nxt.text) and not starts_person(nxt) and "\n" not in doc[k].whitespace_


def _whole_line(doc: Doc, start: int, end: int) -> bool:
    """doc[start:end] is a line of its own."""
    opens = start == 0 or "\n" in doc[start - 1].whitespace_ or "\n" in doc[start - 1].text
    closes = end == len(doc) or "\n" in doc[end - 1].whitespace_ or "\n" in doc[end].text
    return opens and closes and doc[start].ent_type_ != "PER"


def _department_number(doc: Doc, k: int) -> bool:
    """A number of one to three digits at token k that closes a name (« … Victimes 74 »), not a count of
    something (« 3 jours »)."""
    token = doc[k] if k < len(doc) else None
    if token is None or not token.text.isdigit() or len(token.text) > 3 or not doc[k - 1].whitespace_:
        return False
    return k + 1 == len(doc) or doc[k + 1].is_punct or doc[k + 1].pos_ in {"CCONJ", "ADP", "AUX", "VERB"}


def _field_end(doc: Doc, j: int) -> int:
    """After a generic noun (« l'association », « le cabinet »), the end of its field in lower case (« de
    médiation sociale », « d'études ») when a capitalised name follows it; else j."""
    if j + 2 >= len(doc) or doc[j].lower_ not in OF or doc[j + 1].pos_ != "NOUN" \
            or not doc[j + 1].text.islower():
        return j
    m = j + 2
    # the tagger reads a participle as a verb (« agréée », « reconnue »)
    while m < len(doc) and doc[m].text.islower() and (doc[m].pos_ == "ADJ" or "Part" in doc[m].morph.get("VerbForm")):
        m += 1
    return m if m < len(doc) and is_cap(doc[m]) and doc[m].pos_ in NAME_POS | {"DET"} else j


def spaced_dash(doc: Doc, k: int) -> bool:
    """A dash with spaces on both sides: it separates two names, it joins none."""
    return doc[k].text in {"-", "–", "—"} and k > 0 and bool(doc[k - 1].whitespace_) and bool(doc[k].whitespace_)


def _inside_quotes(doc: Doc, i: int) -> bool:
    """Whether token i lies inside « guillemets »: the title of a work or an event."""
    before = doc[max(0, i - 12):i].text
    return before.rfind("«") > before.rfind("»")


def place_after_acronym(doc: Doc, i: int, heads: dict) -> int:
    """« la DDSP de Gironde », « le BCN d'Accra », « la MRC du Haut-Richelieu »: an acronym narrowed by a
    place right after « de » is one name; where it ends (i + 1 when no place follows)."""
    k = i + 1
    if k + 1 < len(doc) and doc[k].lower_ in {"du", "de", "des", "d'", "d’"} and is_cap(doc[k + 1]) \
            and doc[k + 1].text not in heads and not is_acronym(doc[k + 1].text):
        return max(k + 2, compound_end(doc, k + 2))  # the whole of a compound place
    return i + 1


def kinds_with_own_names(doc: Doc, orgs: list[OrgSpan]) -> None:
    """« l'AMO La Boussole », « l'ASBL Les Amis du Parc »: an acronym alone, right before a name opening on
    its own capitalised article, is the kind of the body that name names; the body is the two together
    (the name alone an alias), not the kind."""
    for org in orgs:
        if org.acronym is None or org.name != org.acronym or org.aliases:
            continue
        span = doc.char_span(org.start, org.end)
        if span is None or len(span) != 1 or span.end + 1 >= len(doc):
            continue
        article, first = doc[span.end], doc[span.end + 1]
        if article.text not in OWN_ARTICLES or span[-1].whitespace_ != " " or not is_cap(first) \
                or is_acronym(first.text) or starts_person(first) or first.ent_type_ == "PER":
            continue
        end = compound_end(doc, span.end + 2)
        own = doc[span.end:end]
        org.aliases = [clean_spaces(own.text)]
        org.name, org.acronym, org.end = clean_spaces(doc[span.start:end].text), None, own.end_char
