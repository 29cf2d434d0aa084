"""Titles → roles: who holds which title in which organization.

Forms read: apposition (``X, Cheffe de la section … auprès de l’Agence …``), title before the
name (``la présidente du conseil d’administration Claire Morin-Lefèvre``), a title shared
by a list (``les chercheuses A, B et C, de l’Université …``), ``comme``/``en tant que``
(``comme technicien … à l’Institut …``), a possessive (``son directeur``), a rank
(``le capitaine LEBLANC``). A title that names no organization takes the one its
sentence, or the item, was speaking of. A title with no name is kept as an anaphor.

Also: predicates (``X a été élue vice-présidente de Y``, ``X reste présidente``), a lower-case
title glued to the name (``M. X président de Y``), ``X, le directeur de Y``, ``X (présidente de
Y, vice-présidente de A et de B)``, an acronym in brackets after the name (``la conseillère
municipale X (DTPE)``). Bodies named through a title are in ``title_bodies``, titles shared by
lists of names in ``title_lists``, titles before a name in ``title_before``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from reseau.extract.facts import ItemFacts, OrgSpan, RoleFact
from reseau.extract.lexicon import Lexicon, data_pairs, load_lexicon
from reseau.extract.org_grammar import load_grammar
from reseau.extract.org_names import disagrees
from reseau.extract.quotations import quoted_ranges
from reseau.extract.title_appointed import appointed_objects, led_by_subject, members_after_dont, representing_an_office
from reseau.extract.title_appositions import TitleAppositions
from reseau.extract.title_before import TitlesBefore
from reseau.extract.title_bodies import TitleBodies, pointer_nouns
from reseau.extract.title_context import TitleContext
from reseau.extract.title_counterparts import counterparts
from reseau.extract.title_domains import TitleDomains
from reseau.extract.title_signed import signed_for
from reseau.extract.title_under import led_under
from reseau.extract.title_employers import employer_after_chez, titles_over_ours
from reseau.extract.title_elected import handed_posts, held_respectively, officers_beside_their_employer
from reseau.extract.title_respective import appointed_respectively, respectively_closing, bodies_respectively, interim_holders, \
    places_respectively, titles_then_respectively
from reseau.extract.title_bare_heads import bare_head_bodies, held_before
from reseau.extract.title_boards import board_lines, contact_lines, listed_line_bodies, portfolio_contacts, titled_lines
from reseau.extract.title_ministries import OFFICE, is_ministry_post, join_state_rank, minister_domain
from reseau.extract.title_leads import chaired_roles, dont_roles, elected_roles, entrusted_roles, leading_roles, relative_leads
from reseau.extract.title_lists import TitleLists, fold_title, folded_titles
from reseau.extract.title_members import attendance_heading, delegation_members, members_appointed, members_listed, plural_title_apposed
from reseau.extract.title_shared_out import titles_shared_by_place, town_pointed_back
from reseau.extract.title_orgs import TitleOrgReader, country_words, territories
from reseau.extract.title_words import (LINKS, MAX_TITLE_TOKENS, PARTICIPLE_TITLES, POSSESSIVES, SUBJECT_PRONOUNS, participle,
                                        qualifier_length)
from reseau.extract.tokens import DEMONSTRATIVES, DETS, MONTHS, OF, is_acronym
from reseau.names import clean_spaces


class TitleReader:
    """Attach titles to people and organizations in ``doc._.roles`` and ``doc._.title_refs``.

    It rewrites ``doc._.orgs`` too (declared in ``assigns``): it adds the bodies that only a
    title names (« le ministre de la Justice du Bénin »), widens a body to the name its title
    gives, and puts them all back in text order.
    """

    def __init__(self, lexicon: Lexicon, max_title_tokens: int = MAX_TITLE_TOKENS) -> None:
        self.lexicon = lexicon
        self.max_title_tokens = max_title_tokens

    def __call__(self, doc: Doc) -> Doc:
        item = doc._.item
        facts = ItemFacts(orgs=doc._.orgs, people=doc._.people, title_end=item.title_end, text=item.text)
        ctx = _Context(doc, facts, self.lexicon, self.max_title_tokens)
        used: set[int] = set()
        for p_index, person in enumerate(facts.people):
            before = ctx.title_before(p_index, used)
            if before:
                used.update(before)
            used.update(ctx.appositions(p_index))
        ctx.lists()
        ctx.composition_lines()
        board_lines(ctx)
        titled_lines(ctx)
        contact_lines(ctx)
        portfolio_contacts(ctx)
        members_listed(ctx)
        members_appointed(ctx)
        plural_title_apposed(ctx)
        titles_shared_by_place(ctx)
        used.update(ctx.comme())
        ctx.plural_comme()
        ctx.led_by()
        led_under(ctx)
        ctx.posts_taken()
        handed_posts(ctx)
        ctx.respectively()
        held_respectively(ctx)
        appointed_respectively(ctx)
        respectively_closing(ctx)
        bodies_respectively(ctx)
        places_respectively(ctx)
        titles_then_respectively(ctx)
        ctx.plural_respectively()
        ctx.charged_respectively()
        counterparts(ctx)
        leading_roles(ctx)
        relative_leads(ctx)
        posts = data_pairs("posts_taken.tsv")  # post words → the title they give (« la direction » → Directeur)
        dont_roles(ctx, posts)
        elected_roles(ctx, posts)
        chaired_roles(ctx, posts)
        entrusted_roles(ctx, posts)
        ctx.shared_plural_titles()
        used.update(appointed_objects(ctx))
        members_after_dont(ctx)
        led_by_subject(ctx)
        ctx.same_title_elsewhere()
        ctx.ranks()
        listed_line_bodies(ctx)
        interim_holders(ctx)
        signed_for(ctx)
        bare_head_bodies(ctx)
        town_pointed_back(ctx)
        titles_over_ours(ctx)
        ctx.context_orgs()
        attendance_heading(ctx)
        delegation_members(ctx)
        ctx.anaphors(used)
        join_state_rank(facts)
        representing_an_office(ctx)
        officers_beside_their_employer(ctx)
        ctx.settle_orgs()
        doc._.orgs, doc._.roles, doc._.title_refs = facts.orgs, facts.roles, facts.title_refs
        return doc


class _Context(TitleBodies, TitleDomains, TitleLists, TitleAppositions, TitleContext, TitlesBefore):
    def __init__(self, doc: Doc, facts: ItemFacts, lexicon: Lexicon, max_title_tokens: int = MAX_TITLE_TOKENS) -> None:
        self.doc, self.facts, self.lexicon = doc, facts, lexicon
        self.max_title_tokens = max_title_tokens  # how far a title and the body it names may run
        self.lower = [t.lower_ for t in doc]
        self.quotes = quoted_ranges(facts.text)
        self.loc_starts = {e.start: e.end for e in doc.ents if e.label_ == "LOC"}
        self.org_at = {}
        for i, org in enumerate(facts.orgs):
            span = doc.char_span(org.start, org.end, alignment_mode="expand")
            if span is not None:
                self.org_at.setdefault(span.start, (i, span.end))
        self.person_at = {}
        self.person_tokens = {}
        for i, person in enumerate(facts.people):
            span = doc.char_span(person.start, person.end, alignment_mode="expand")
            if span is not None:
                self.person_at[span.start] = i
                self.person_tokens[i] = (span.start, span.end)
        self.head_words = {w.lower() for w in lexicon.org_heads}
        self.places = {t.i for e in doc.ents if e.label_ == "LOC" for t in e}
        countries = country_words()
        self.places.update(t.i for t in doc if t.text in lexicon.places or t.text in countries)
        self.title_orgs = TitleOrgReader(doc, lexicon, self.places)
        self.possessive_until: tuple[int, int | None] = (-1, None)  # a list under « son … » runs to this token
        self.election: tuple[bool, int | None] | None = None  # read once: does the item tell an election, of which body
        self.made: dict[tuple[int, int], int] = {}  # token span → organization read from a title
        self.kind_titles: dict[int, str] = {}  # title start → lower-case kind of body it names (« communauté de communes »)
        self.pointer_titles: dict[int, str] = {}  # title start → head word pointing back among several bodies
        self.absorbed: dict[int, int] = {}  # a fragment inside a title's body → that body
        self._stems: dict[int, tuple[str | None, str | None]] = {}  # body → its name and title without the country
        self._bodies_after_titles()
        self._bodies_of_titles()

    # -- title phrases ---------------------------------------------------------------

    def title_length(self, i: int) -> int:
        """Number of tokens of a title word starting at token i, or 0."""
        lower = self.lower
        if i >= len(lower) or lower[i] not in self.lexicon.title_firsts:
            return 0
        titles = folded_titles(self.lexicon.titles)
        for n in (4, 3, 2, 1):
            if i + n <= len(lower) and fold_title(" ".join(lower[i:i + n])) in titles:
                return n
        return 0

    def phrase(self, i: int) -> tuple[int, int | None, int | None]:
        """From a title at token i: (end of the title's words, organization it names, end of the
        place it names instead: « Consul général du Mexique à Montréal »)."""
        doc, n = self.doc, self.title_length(i)
        j = i + n
        limit = min(len(doc), i + self.max_title_tokens)
        while j < limit:
            t = doc[j]
            if j == i + n and doc[i].lower_ in PARTICIPLE_TITLES and t.lower_ in DETS and j + 1 in self.org_at:
                return j, self.org_at[j + 1][0], False  # « commandant la compagnie de X »: a participle, the body its object
            if j == i + n and doc[i].lower_ in PARTICIPLE_TITLES and t.lower_ in DETS:
                named = self._named_before(j + 1)
                if named is not None:
                    return j, named, False  # « commandant la brigade »: the brigade the item named before
            if doc[j - 1].lower_ in self.lexicon.generic_orgs and j > i + 1 and (j in self.org_at or self._name_run(j)):
                # « présidente de l'association Prévention Jeunesse »: the title ends before « de »
                link = next((m for m in range(j - 1, i, -1) if doc[m].lower_ in LINKS), j - 1)
                return link, self.org_at[j][0] if j in self.org_at else self._named_after_generic(j), None
            if j == i + n and is_acronym(t.text) and j not in self.person_at and "\n" not in doc[j - 1].whitespace_ \
                    and (j in self.org_at or t.ent_type_ == "ORG"):
                # « porte-parole SPF Finances », « Directeur ONUDC »: the body's name right after the title, no « de »
                return j, self.org_at[j][0] if j in self.org_at else self._named_after_generic(j), None
            if j in self.org_at or j in self.person_at or "\n" in doc[j - 1].whitespace_:
                break
            if qualifier_length(self.lower, j):
                j += qualifier_length(self.lower, j)  # « directeur par intérim de … »: still one title
                continue
            if self.title_length(j):
                j += self.title_length(j)
                continue
            low = t.lower_
            if low == "en" and j + 1 < limit and doc[j + 1].lower_ == "chef":
                j += 2  # « ingénieure générale en chef de … »: one title
                continue
            if low == "en" and j + 1 < len(doc) and (doc[j + 1].lower_ in MONTHS or doc[j + 1].like_num):
                break  # « présidente de X en mars »: a date, not the title's complement
            if low in LINKS:
                k = j + 1
                if low == "auprès" and k < len(doc) and doc[k].lower_ in OF:
                    k += 1
                if k < len(doc) and (doc[k].lower_ in DETS or doc[k].lower_ in DEMONSTRATIVES and k + 1 < len(doc) and doc[k + 1].lower_ in self.head_words):
                    k += 1  # « avocate générale près cette juridiction »: the court named before
                elif k + 1 < len(doc) and doc[k].lower_ in POSSESSIVES and k + 1 in self.org_at:
                    k += 1  # « la doyenne de sa Faculté de droit »: the faculty of the body just named
                if k < len(doc) and self.title_length(k) and low not in OF:
                    break  # « remet ses lettres au ministre »: another person's title
                if low == "chez" and k not in self.org_at and (employer := employer_after_chez(self, k)) is not None:
                    return j, employer, False  # « Directrice chez Avenir Quartiers | … »: a headline's employer
                if k in self.org_at:
                    listed = self._domain_list_end(self.org_at[k][1])
                    if listed == self.org_at[k][1] and doc[k].text in self.lexicon.org_heads:
                        listed = self.lower_domains_end(listed)  # « du Département de la santé, de A et de B »
                    widened = self._widen_over_list(i, k, listed) if listed > self.org_at[k][1] else None
                    if widened is not None:
                        return widened  # « chargée du Département de A, de B et de C »
                    if listed > self.org_at[k][1]:
                        j = listed  # « ministre de l'Intérieur, de la Sécurité et de la Décentralisation »
                        continue
                    return j, self.org_at[k][0], False
                prefixed = self.named_by_prefix(k)
                if prefixed is not None:
                    return prefixed[1], prefixed[0], None  # « de la communauté de communes » on its own page
                kind = self.lower_kind(k)
                if kind:
                    self.kind_titles[i] = kind  # the masthead's body, if it opens on these words
                named = self._article_named(low, k)
                if named is not None:
                    return j, named, False  # « le directeur général du Phare », the body « Le Phare »
                named = self._named_before(k)
                if named is None:
                    named = self._pointed_back(k)  # « de l'établissement »: the prison or school named before
                if named is None and not self._ministry_domain(i, k):
                    named = self.short_name_before(k)
                if named is not None:
                    if self._several_before(k):
                        self.pointer_titles[i] = doc[k].lower_  # « de l'association » with two named
                    return j, named, None
                # « le ministre djiboutien de l'Intérieur »: a common noun the model reads as a place is a domain
                if k < len(doc) and (doc[k].text in self.lexicon.places
                                     or self._is_loc(k) and not (doc[k].pos_ == "NOUN" and self._ministry_domain(i, k))
                                     or k in self.person_at and self._town_read_as_person(k)):
                    place_end = max(k + 1, self.loc_starts.get(k, 0))  # « de la région de Thiès »: the whole place
                    while place_end < len(doc) and place_end not in self.person_at and place_end not in self.org_at and (
                            doc[place_end].text[:1].isupper() or doc[place_end].lower_ in {"à", "-"}
                            or doc[place_end].lower_ in {"au", "aux", "en"} and place_end + 1 in self.places
                            or doc[place_end].lower_ in OF and place_end + 1 in self.places):
                        # « de France au Sénégal », « du Mexique à Montréal », « au Royaume de Belgique »
                        place_end += 1
                    place_end = self._compass_end(place_end)  # « pour l'Afrique de l'Ouest »
                    if self._domain_list_end(place_end) > place_end:
                        j = self._domain_list_end(place_end)  # « de la Famille, de la Femme et de l'Enfance »
                        continue
                    if place_end + 1 < limit and doc[place_end].lower_ == "auprès":
                        end = self._title_end_from(place_end, limit)
                        return end, None, end  # « représentante permanente de l'Islande auprès de l'Agence … »
                    return j, None, place_end
                if k < len(doc) and doc[k].pos_ in {"NOUN", "ADJ", "PROPN"} and k not in self.person_at:
                    j = k
                    continue
                break
            if low in {"et", "&"}:
                k = j + 1
                if k < len(doc) and (self.title_length(k) or doc[k].lower_ in LINKS or doc[k].pos_ in {"NOUN", "ADJ"} or low == "&"):
                    j = k
                    continue
                break
            if t.text == "," and self._domain_list_end(j) > j:
                j = self._domain_list_end(j)  # « déléguée aux Transports, à l'Énergie et à l'Eau »
                continue
            if t.text == "," and self.lower_title_domains_end(j) > j:
                j = self.lower_title_domains_end(j)  # « commissaire aux affaires politiques, paix et sécurité de … »
                continue
            if t.text == "," and self._lower_domain_list_end(i, j) > j:
                end, body = self.lower_list_body(i, j)  # « cheffe du département de la santé, de A et de B »
                return end, body, None
            if t.is_punct and t.text != "-" or t.pos_ in {"VERB", "AUX", "PRON", "SCONJ", "NUM"} and not participle(t):
                break
            if participle(t) and disagrees(doc[j - 1], t):
                break  # « le directeur de la police installé dans ses fonctions »: said of the holder
            if t.pos_ in {"NOUN", "ADJ", "PROPN", "X"} or participle(t) or t.text == "-":
                j += 1
                continue
            break
        return j, None, None

    def _title_end_from(self, j: int, limit: int) -> int:
        """Where the rest of a title ends, from its link word at token j (« auprès de l'Office … à Genève »)."""
        doc = self.doc
        while j < limit and j not in self.person_at and not (doc[j].is_punct and doc[j].text != "-") \
                and "\n" not in doc[j - 1].whitespace_ and doc[j].pos_ not in {"VERB", "AUX", "PRON", "SCONJ"}:
            if doc[j].lower_ == "et" and self.title_length(j + 1):
                break  # « représentant permanent de X auprès de l'UA et président du CPS »: a second post
            j = self._org_end(self.org_at[j][0]) if j in self.org_at else j + 1
        return j

    def _name_run(self, k: int) -> int:
        """End of the capitalised words of a name opening at token k (0 when none): « Aide Victimes Europe »."""
        doc, end = self.doc, k
        while end < len(doc) and end not in self.person_at and (
                doc[end].text[:1].isupper() or (doc[end].text == "-" and end > k)):
            end += 1
        return end if end > k else 0

    def _named_after_generic(self, k: int) -> int:
        """« l'association Aide Victimes Europe »: the name after a generic noun, as a body."""
        end = self._name_run(k)
        span = self.doc[k:end]
        return self._new_org(k, end, OrgSpan(span.start_char, span.end_char, clean_spaces(span.text), source="generic"))

    def _compass_end(self, k: int) -> int:
        """After « de l'Ouest », « du Nord » at token k, a point of the compass that ends the region before it; k
        when none stands there."""
        doc = self.doc
        j = k + 1 + (k + 1 < len(doc) and doc[k + 1].lower_ in DETS)
        compass = k < len(doc) and doc[k].lower_ in OF and j < len(doc) and doc[j].text in load_grammar().compass_nouns
        return j + 1 if compass else k

    def _is_loc(self, k: int) -> bool:
        """A place opens at token k, unless the model took for one a common noun opening a field in sentence
        case (« directrice de la Veille sanitaire »)."""
        if k not in self.loc_starts:
            return False
        doc = self.doc
        field = self.loc_starts[k] == k + 1 and doc[k].pos_ == "NOUN" and doc[k].text not in self.lexicon.places \
            and k + 2 < len(doc) and doc[k + 1].lower_ in OF and doc[k + 2].text.islower() and doc[k + 2].is_alpha
        return not field

    def text(self, start: int, end: int) -> str:
        words = clean_spaces(self.doc[start:end].text)
        first, _, rest = words.partition(" ")
        # « chercheuses » over a list: each person holds the singular title.
        if first.lower().endswith("s") and first.lower()[:-1] in self.lexicon.titles:
            first = first[:-1]
        return (first[:1].upper() + first[1:] + (" " + rest if rest else "")).strip()

    def add_role(self, person: int, start: int, end: int, org: int | None, org_from: str, reach: int | None = None) -> None:
        body = self.body_of_title(start, reach or end, org)
        if body is not None:
            if org is not None and self.absorbed.get(org) == body:
                end = max(end, self._org_end(org))  # « Ministre de la Justice »: the domain is part of the title
            org, org_from = body, "text"
        if org is None and org_from == "context":
            owner = self._body_of_closing_title(start, end)
            if owner is not None:
                org, org_from = owner, "text"  # « secrétaire particulière du préfet »: the prefect's prefecture
        span = self.doc[start:end]
        ministry = None
        if org is None and org_from == "context" and is_ministry_post(self.doc[start:end].text):
            org_from, ministry = "ministry", OFFICE  # « M. X, sous-ministre adjoint aux affaires maritimes »
        entry = self.title_orgs.title_words(start)[0] if org is None and org_from in {"context", "place"} else None
        if entry is not None and org_from == "place" and entry.form != "place":
            entry = None  # « consul général à Montréal »: the place says where the post is, no body of its own
        if entry is not None and entry.form not in {"division", "unit", "capital"}:
            # « la rectrice, Mme X », « le maire, M. Y »: the university, the town the item named; a bare
            # « ministre » is not sure to be of the one ministry named before (several speak in an item)
            points_back = entry.form in {"back", "place", "court"}  # « le procureur de la République »: the tribunal
            back = held_before(self.facts, person, self.text(start, end), span.start_char) if points_back else None
            back = self._body_of_its_kind(start, "context")[0] if points_back and back is None else back
            org, org_from = (back, "text") if back is not None else (None, "back" if points_back else "none")
        if org is None and org_from == "context" and self._names_its_domain(start, end) \
                and not self._named_unit(start, end):
            # « la ministre de la Sécurité publique »: not the organization next to it; « Secrétaire général à la
            # Justice »: the ministry of Justice, wherever the document names it
            ministry = minister_domain(self.doc[start:end])
            org_from = "ministry" if ministry else "none"
        if org is None and org_from == "context" and self._head_not_named(end):
            org_from = "none"  # « la présidente du tribunal » where the item names no tribunal: not another body
        if org is None and org_from == "context" and self._points_back(start, end):
            org_from = "none"  # « la directrice de l'établissement » with no prison or school named before
        self.facts.roles.append(RoleFact(person, self.text(start, end), span.start_char, span.end_char,
                                         org, org_from, ministry))
        if org_from == "text" and start in self.pointer_titles:
            # the page's own association, if its masthead names one, rather than the last one named
            self.facts.roles[-1].org_from, self.facts.roles[-1].owner_title = "pointer", self.pointer_titles[start]
        if org is None and start in self.kind_titles:
            self.facts.roles[-1].kind_of_body = self.kind_titles[start]

    # -- the forms (titles before the name: title_before.py) ---------------------------

    def _possessor_org(self, t: int) -> int | None:
        """« Mme X était entourée de son conseiller spécial, M. Y »: « son » is X's body, read from
        X's title here or at another mention of X (« Mme Berthe X, directrice de … »)."""
        doc = self.doc
        sent_start = doc[t].sent.start
        before = [p for p, (start, _) in self.person_tokens.items() if sent_start <= start < t]
        if not before and sent_start > 0 and (doc[sent_start].lower_ in SUBJECT_PRONOUNS or sent_start == t - 1):
            # « Elle était entourée de son conseiller spécial X », « Son adjointe, Mme Y, … »: the one the
            # sentence before spoke of first
            previous = doc[sent_start - 1].sent
            named = [p for p, (start, _) in self.person_tokens.items() if previous.start <= start < previous.end]
            before = [min(named, key=lambda p: self.person_tokens[p][0])] if named else []
        if not before:
            return None
        owner = max(before, key=lambda p: self.person_tokens[p][0])
        surname = self.facts.people[owner].name.split()[-1]
        for role in self.facts.roles:
            if role.org is not None and self.facts.people[role.person].name.split()[-1] == surname:
                return role.org
        return None

    def _name_tail(self, start: int, end: int) -> bool:
        """« … et Morin », « … des comtés unis de Belval et Morin »: the last words of a body's
        name, or a complement of it, that its reading left out before the name; « (APC) de Blida » too; the
        scope of a post (« représentant régional de X pour l'Afrique centrale »)."""
        if start < end and self.doc[start].text == "(":
            start = self._skip_brackets(start)
        if self._hyphen_run(start, end):
            return True  # « de Pôle Logement Provence-Alpes, X »: the body's last word runs on over hyphens
        parent = self._parent_complement(start, end)
        if parent is not None:
            # « le chef du Bureau central national (BCN) d'Interpol à Lomé, X »: the unit's parent body, then a town
            return parent == end or self._name_tail(parent, end)
        words = self.doc[start:end]
        # « pour la région SAO »: a region's letters the model reads as a body are the post's scope still
        scoped = bool(words) and words[0].lower_ == "pour"
        if not words or start in self.person_at or any(k in self.org_at and not (
                scoped and self.doc[k - 1].lower_ in territories()) for k in range(start, end)):
            return False
        # « … et Affaires Culturelles »: a unit's name runs on over « et » on its own line
        shortest = 4 if words[0].lower_ in {"et", "&"} and self._line_end(end) else 2
        if len(words) <= shortest and words[-1].text[:1].isupper() and all(
                t.text[:1].isupper() or t.lower_ in {"et", "&"} for t in words):
            return True
        # « pour l'Afrique de l'Ouest et du Centre »: the scope of a regional post
        longest = 12 if words[0].lower_ == "pour" else 8
        # « … de la Section X et de Marc Y »: a name governed by « de » is no complement's end
        return words[-1].pos_ not in {"ADP", "DET", "CCONJ"} and len(words) <= longest and words[0].lower_ in OF | {"à", "au", "aux", "en", "pour"} and all(
            (t.pos_ in {"NOUN", "PROPN", "ADJ", "ADP", "DET", "CCONJ", "X"} or t.is_alpha and t.is_upper)  # letters read as a number
            and not t.is_punct for t in words)

    def _hyphen_run(self, start: int, end: int) -> bool:
        """Tokens start..end glued to the word before by hyphens, each part capitalised (« -Alpes »)."""
        doc = self.doc
        if not 0 < start < end or doc[start - 1].whitespace_:
            return False
        words = doc[start:end]
        return all(not t.whitespace_ for t in words[:-1]) and all(
            (t.text == "-") == (n % 2 == 0) and (t.text == "-" or t.text[:1].isupper()) for n, t in enumerate(words))

    def _parent_complement(self, start: int, end: int) -> int | None:
        """Where « de » + a body named after a unit's name ends, within [start, end); None if no such body."""
        doc = self.doc
        k = start
        if k >= end or doc[k].lower_.replace("’", "'") not in OF:
            return None
        k += 1
        if k < end and doc[k].lower_ in DETS:
            k += 1
        if k not in self.org_at or self.org_at[k][1] > end:
            return None
        return self.org_at[k][1]

    def _run_on_over_and(self, org: int, end: int) -> int:
        """The body whose name a title reads on over « et » up to token end, holding the shorter one read
        before (« Bureau Presse » in « Bureau Presse et Relations Publiques »)."""
        start = next(k for k, (index, _) in self.org_at.items() if index == org)
        span = self.doc[start:end]
        short = self.facts.orgs[org]
        body = self._new_org(start, end, OrgSpan(span.start_char, span.end_char, clean_spaces(span.text),
                                                 kind=short.kind, unit=short.unit, source="title"))
        self.absorbed[org] = body
        return body

    def _line_end(self, k: int) -> bool:
        """A line ends before token k."""
        doc = self.doc
        return k >= len(doc) or "\n" in doc[k - 1].whitespace_ + doc[k].text

    def _bracketed_acronym(self, end: int) -> int | None:
        """« la conseillère municipale X (DTPE) »: the acronym after the name is the body the title is held in."""
        doc = self.doc
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and end + 1 in self.org_at:
            org = self.org_at[end + 1][0]
            if self.facts.orgs[org].acronym:
                return org
        return None

    def _points_back(self, start: int, end: int) -> bool:
        """The title's complement is a generic noun pointing back to a body (« de l'établissement »)."""
        return any(t.lower_ in pointer_nouns() and t.i > start for t in self.doc[start:end])

    def _named_unit(self, start: int, end: int) -> bool:
        """« cheffe de l'unité Entraide internationale », « chef de la section Extraditions »: a unit's head word in
        lower case then the unit's own capitalised name, a part of the body the item speaks of, no domain."""
        doc = self.doc
        return any(t.text.islower() and t.text.capitalize() in self.lexicon.org_heads
                   and self.lexicon.org_heads[t.text.capitalize()].unit and t.i + 1 < end
                   and doc[t.i + 1].text[:1].isupper() for t in doc[start + 1:end])

    def _names_its_domain(self, start: int, end: int) -> bool:
        """A capitalised word in the title that is not itself a title word names what the title is of; not one
        glued to a lower-case noun of the title (« chargée de projet Énergie solaire »: a portfolio in the body
        the item speaks of)."""
        doc = self.doc

        def glued(i: int) -> bool:  # the capitalised run holding token i opens after a lower-case noun
            while i > start and doc[i - 1].text[:1].isupper():
                i -= 1  # « du projet Frontières Apaisées »: the whole name, not its first word only
            return doc[i - 1].text.islower() and doc[i - 1].pos_ == "NOUN"
        return any(t.text[:1].isupper() and t.pos_ in {"NOUN", "PROPN"} and t.lower_ not in self.lexicon.title_firsts
                   and not t.text.isupper() and not glued(t.i) for t in doc[start + 1:end])

    def _head_not_named(self, end: int) -> bool:
        """The title ends on « du / de la » and a lower-case head word (« président du tribunal ») that points
        to a body of that kind, and the item names none (else the title reader would have found it)."""
        doc = self.doc
        last = end - 1
        return end - 2 > 0 and doc[last].text.islower() and doc[last].lower_ in self.head_words \
            and (doc[last - 1].lower_ in DETS or doc[last - 1].lower_ in {"du", "des"})

    def _pointer_end(self, link: int) -> int:
        """After the link word of a title (« de », « du »), where the head word pointing back to a body
        ends (« de la Fondation »)."""
        k = link + 1
        if k < len(self.doc) and (self.doc[k].lower_ in DETS or self.doc[k].lower_ in DEMONSTRATIVES):
            k += 1  # « de la Fondation », « près cette juridiction »
        return k + 1

    def _org_end(self, org: int) -> int:
        for start, (index, end) in self.org_at.items():
            if index == org:
                return end
        return -1


@Language.factory("reseau_titles", default_config={
    "titles": "titles.txt", "honorifics": "honorifics.txt", "ranks": "ranks.txt", "heads": "org_heads.tsv",
    "generic_orgs": "generic_orgs.txt", "max_title_tokens": MAX_TITLE_TOKENS},
    requires=["doc._.item", "doc._.orgs", "doc._.people"], assigns=["doc._.roles", "doc._.title_refs", "doc._.orgs"])
def make_titles(nlp: Language, name: str, titles: str, honorifics: str, ranks: str, heads: str, generic_orgs: str,
                max_title_tokens: int) -> TitleReader:
    """Roles from titles written next to names."""
    lexicon = load_lexicon(titles=titles, honorifics=honorifics, ranks=ranks, heads=heads, generic_orgs=generic_orgs)
    return TitleReader(lexicon, max_title_tokens)
