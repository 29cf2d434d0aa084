"""Titles that list their domains, for the title reader (``reseau.extract.titles``).

« Ministre de l'Intérieur, de la Sécurité Publique et de l'Administration du Territoire »: one title
over a list of capitalised domains closed by « et », each of which the model may take for a body
of its own; and « Ministre de la Sécurité », whose complement is the domain of a ministry, not a
body named before on that word.
"""

from __future__ import annotations

from reseau.extract.facts import OrgSpan
from reseau.extract.tokens import DETS, OF, is_acronym
from reseau.names import clean_spaces


class TitleDomains:
    """Mixin of the title reader's context: the domains a title lists."""

    def _ministry_domain(self, i: int, k: int) -> bool:
        """« Ministre de la Sécurité »: a minister's complement written as a word of the language is the domain of
        a ministry, not the short name of a body named before that opens on that word."""
        entry = self.title_orgs.title_words(i)[0]
        return entry is not None and entry.kind == "ministry" and entry.form == "domain" \
            and self.doc.vocab.has_vector(self.doc[k].lower_)

    def _domain_list_end(self, j: int) -> int:
        """From a comma at token j, the end of the capitalised domains a title lists on, closed by « et »
        (« de l'Intérieur, de la Sécurité et de la Décentralisation »); j when it lists none."""
        doc, k, closed = self.doc, j, False
        if j >= len(doc) or doc[j].text != ",":
            return j
        while k < len(doc) and not closed and (doc[k].text == "," or doc[k].lower_ == "et"):
            closed = doc[k].lower_ == "et"
            m = k + 1
            if m >= len(doc) or doc[m].lower_ not in OF | {"à", "au", "aux"}:
                return j
            m += 1
            if m < len(doc) and doc[m].lower_ in DETS:
                m += 1
            if m >= len(doc) or not doc[m].text[:1].isupper() or m in self.person_at:
                return j
            if m in self.org_at and not self._domain_read_as_body(m):
                owner = self._body_after_domain(m) if closed else None
                # « … et à la Sécurité de la Commission de X »: the title ends before « de »; « de l'ARPV, de
                # l'EFSC et de … » lists bodies, not domains
                return owner if owner is not None else j
            m = self.org_at[m][1] if m in self.org_at else m + 1
            while m < len(doc) and m not in self.person_at and (doc[m].pos_ == "ADJ" and doc[m].text.islower()
                                                                or self._capital_adjective(m)):
                m += 1  # « aux Affaires politiques », « des Collectivités Locales »
            k = self._domain_complement(m) if closed else m
        return k if closed else j

    def _lower_domain_list_end(self, i: int, j: int) -> int:
        """From a comma at token j, the end of the lower-case domains a body's head word in the title at token i
        lists on, closed by « et » (« cheffe du département de la santé, de la culture et du sport »): a
        cantonal department or a ministry is named by all its domains; j when no such list stands there."""
        if j >= len(self.doc) or self.doc[j].text != "," or self._lower_head(i, j) is None:
            return j
        return self.lower_domains_end(j)

    def lower_domains_end(self, j: int) -> int:
        """From a comma at token j, the end of a list of lower-case domains closed by « et » (« , de la culture et
        du sport »); j when none stands there."""
        doc, k, closed = self.doc, j, False
        if j >= len(doc) or doc[j].text != ",":
            return j
        while k < len(doc) and not closed and (doc[k].text == "," or doc[k].lower_ == "et"):
            closed = doc[k].lower_ == "et"
            m = k + 1 + (k + 1 < len(doc) and doc[k + 1].lower_ in OF)
            if m == k + 1:
                return j
            m += m < len(doc) and doc[m].lower_ in DETS
            if m >= len(doc) or not (doc[m].text.islower() and doc[m].is_alpha and doc[m].pos_ == "NOUN"
                                     and doc.vocab.has_vector(doc[m].lower_)):
                return j
            m += 1
            while m < len(doc) and doc[m].text.islower() and doc[m].pos_ == "ADJ":
                m += 1  # « de la sécurité publique »
            k = m
        return k if closed else j

    def lower_title_domains_end(self, j: int) -> int:
        """From a comma at token j, the end of the lower-case domains a title lists on, closed by « et » and
        followed by the body it is held in (« commissaire à l'agriculture, au développement rural et à
        l'environnement de la Commission … », « aux affaires politiques, paix et sécurité de … »); j when none."""
        doc, k, closed = self.doc, j, False
        if j >= len(doc) or doc[j].text != ",":
            return j
        while k < len(doc) and not closed and (doc[k].text == "," or doc[k].lower_ == "et"):
            closed = doc[k].lower_ == "et"
            m = k + 1 + (k + 1 < len(doc) and doc[k + 1].lower_ in OF | {"à", "au", "aux"})
            m += m < len(doc) and doc[m].lower_ in DETS
            if m >= len(doc) or not (doc[m].text.islower() and doc[m].is_alpha and doc[m].pos_ == "NOUN"
                                     and doc.vocab.has_vector(doc[m].lower_)) or m in self.org_at:
                return j
            m += 1
            while m < len(doc) and doc[m].text.islower() and doc[m].pos_ == "ADJ":
                m += 1  # « au développement rural »
            k = m
        held_in = k + 1 < len(doc) and doc[k].lower_ in OF and (k + 1 in self.org_at or k + 2 in self.org_at)
        return k if closed and held_in else j

    def _lower_head(self, i: int, j: int) -> int | None:
        """The lower-case head word of a body (« département ») in the title from token i to j, or None."""
        doc = self.doc
        return next((h for h in range(i + 1, j - 1) if doc[h].text.islower() and doc[h].lower_ in self.head_words
                     and doc[h + 1].lower_ in OF | DETS and h not in self.org_at), None)

    def lower_list_body(self, i: int, j: int) -> tuple[int, int]:
        """« cheffe du département de la santé, de la culture et du sport (DSCS) »: the body its head word opens,
        named by all its domains (the bracketed acronym its own); (end of the title, the body's index)."""
        end = self._lower_domain_list_end(i, j)
        h = self._lower_head(i, j)
        span = self.doc[h:end]
        name = clean_spaces(span.text)
        index = self._new_org(h, end, OrgSpan(span.start_char, span.end_char, name[:1].upper() + name[1:], source="title"))
        self._take_acronym(index, end)
        doc = self.doc
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and is_acronym(doc[end + 1].text):
            self.facts.orgs[index].acronym = doc[end + 1].text  # the model may not have read it as a body
        return end, index

    def joined_domains_named(self, k: int) -> bool:
        """« des douanes et accises du Niger »: a head word joined by « et » to lower-case words of the
        language (no title: « de l'office et président de X ») that a place or a name closes names a body of its
        own, not the one named before on that head."""
        doc = self.doc
        m = k + 2
        if m >= len(doc) or doc[k + 1].lower_ != "et" or self.title_length(m):
            return False
        while m < min(len(doc), k + 6) and doc[m].text.islower() and doc[m].pos_ in {"NOUN", "ADJ"}:
            m += 1
        return m > k + 2 and m + 1 < len(doc) and doc[m].lower_ in OF and doc[m + 1].text[:1].isupper()

    def _domain_complement(self, m: int) -> int:
        """« … et de l'Administration du Territoire »: the last domain's own complement, « du » and a word of the
        language (no town, no body, no person); where the domain then ends."""
        doc = self.doc
        n = m + 1 + (m + 1 < len(doc) and doc[m + 1].lower_ in DETS)
        # not _capital_adjective: « Territoire » is a word of some countries' names, not one alone
        # « … et de la Cohésion du territoire »: a common noun in lower case is a word of the domain as well
        lower = n < len(doc) and doc[n].text.islower() and doc[n].pos_ == "NOUN"
        if m < len(doc) and doc[m].lower_ in OF and n < len(doc) and (doc[n].text[:1].isupper() or lower) \
                and doc[n].is_alpha and doc.vocab.has_vector(doc[n].lower_) and doc[n].lower_ not in self.head_words \
                and n not in self.person_at and n not in self.org_at and n not in self.loc_starts \
                and doc[n].text not in self.lexicon.places and self.lexicon.country_by_name(doc[n].text) is None:
            return n + 1
        return m

    def _domain_read_as_body(self, m: int) -> bool:
        """« de la Sécurité Publique » taken by the model for a body: words of the language written with capitals,
        no acronym, no place, no head of a body's name, are a domain of the title's list."""
        index, end = self.org_at[m]
        org = self.facts.orgs[index]
        words = [t for t in self.doc[m:end] if t.lower_ not in OF | DETS]
        return org.source == "ner" and not org.acronym and bool(words) and all(
            t.is_alpha and self.doc.vocab.has_vector(t.lower_) and t.i not in self.places
            and t.text not in self.lexicon.org_heads for t in words)

    def _capital_adjective(self, m: int) -> bool:
        """« Locales » of « des Collectivités Locales »: an adjective of the language written with a capital, as
        capitalised domains are (the tagger may read it as a proper noun)."""
        t = self.doc[m]
        return t.text[:1].isupper() and t.is_alpha and t.pos_ in {"ADJ", "PROPN", "NOUN"} \
            and self.doc.vocab.has_vector(t.lower_) and t.lower_ not in self.head_words and m not in self.places

    def _body_after_domain(self, m: int) -> int | None:
        """A name read from a domain word on (« Sécurité de la Commission de X »): the body opening on the head
        word inside it becomes the mention, the fragment is absorbed; the link word before that head."""
        doc = self.doc
        index, end = self.org_at[m]
        for h in range(m + 2, end):
            if doc[h].text in self.lexicon.org_heads and doc[h - 1].lower_ in DETS | OF:
                link = h - 1 if doc[h - 1].lower_ in OF else h - 2
                span = doc[h:end]
                head = self.lexicon.org_heads[doc[h].text]
                body = self._new_org(h, end, OrgSpan(span.start_char, span.end_char, clean_spaces(span.text),
                                                     kind=head.kind, source="title"))
                self.absorbed[index] = body
                return link
        return None

    def _widen_over_list(self, i: int, k: int, listed: int) -> tuple[int, int, bool] | None:
        """« Département des Affaires politiques, de la Paix et de la Sécurité »: a body opening on its head word
        whose name the model cut at the first comma (or read from its first domain on: « Services publics »)
        runs on over the domains listed after it. Widened, the title's (end, body, place) as ``phrase`` gives
        them; None when the body at token k is no such name."""
        doc = self.doc
        index, end = self.org_at[k]
        org = self.facts.orgs[index]
        if org.acronym or org.source == "gazetteer":
            return None
        start = k
        head = k - 2 - (doc[k - 1].lower_ in DETS)  # « du Département des Services publics, … »
        if head > i and doc[head + 1].lower_ in OF and doc[head].text in self.lexicon.org_heads \
                and head not in self.org_at:
            start = head
        if doc[start].text not in self.lexicon.org_heads:
            return None
        span = doc[start:listed]
        org.start, org.end, org.name = span.start_char, span.end_char, clean_spaces(span.text)
        del self.org_at[k]
        self.org_at[start] = (index, listed)
        link = start - 1 - (doc[start - 1].lower_ in DETS)
        return link, index, False
