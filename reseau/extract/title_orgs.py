"""Organizations named only inside a title.

« le ministre de la Culture du Gabon » speaks for the Ministère de la Culture du Gabon,
« l’adjointe au maire de Lille » for the Ville de Lille, « le consul général du Canada à
Dakar » for the Consulat général du Canada à Dakar, « le ministre malien des affaires
agricoles » for the Ministère des Affaires agricoles du Mali. The table of title words
is ``data/title_orgs.tsv``; nationality adjectives and countries come from the lexicon (pycountry).
A title whose complement opens on a body's head word in lower case (« le directeur de la
police des forêts », « l’échevine de la commune de X ») names that body itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc

from reseau.extract.title_delegations import line_country
from reseau.extract.title_ministries import delegated_domain
from reseau.extract.lexicon import Lexicon, OrgHead, data_lines, data_pairs, load_lexicon
from reseau.extract.title_words import portfolio_alone, qualifier_length
from reseau.extract.tokens import DETS, OF, is_acronym, spelled_after
from reseau.names import clean_spaces, strip_accents
from reseau.extract.word_index import word_positions

MAX_TITLE_WORDS = 4
OF_DET = {"du", "au", "aux", "des"}


@dataclass(frozen=True)
class TitleOrg:
    """What a title word says of the body its holder speaks for."""

    head: str
    kind: str
    form: str  # domain | place | country
    aliases: tuple[str, ...] = ()


@dataclass
class Derived:
    """An organization read from a title: its name, where its words end, and how to swap its country."""

    name: str
    kind: str | None
    aliases: list[str]
    end: int  # token after the last word the body's name took from the text
    stem: str | None = None  # the name without its country, for « celui du Malawi »
    title_stem: str | None = None
    country: str | None = None


@cache
def load_title_orgs() -> dict[str, TitleOrg]:
    """Title words (lower case) → the body their holder speaks for."""
    table = {}
    for line in data_lines("title_orgs.tsv"):
        title, head, kind, form, aliases = (line.split("\t") + [""] * 5)[:5]
        table[title] = TitleOrg(head, kind, form, tuple(a for a in aliases.split("|") if a))
    return table


def title_entry(title: str) -> TitleOrg | None:
    """The table's entry for the longest opening of a title written out (« Vice-rectrice à la recherche »)."""
    words = title.lower().replace("’", "'").split()
    table = load_title_orgs()
    for n in range(min(MAX_TITLE_WORDS, len(words)), 0, -1):
        entry = table.get(" ".join(words[:n]))
        if entry is not None:
            return entry
    return None


def lower_heads(lexicon: Lexicon) -> dict[str, OrgHead]:
    """Head nouns that name a body in lower case after a title (``org_heads.tsv``, convention
    « lower »), by their lower-case form."""
    return {word.lower(): head for word, head in lexicon.org_heads.items() if head.lower_by_convention}


def _of_exceptions() -> dict[str, str]:
    return data_pairs("country_articles.tsv")


def of_country(name: str) -> str:
    """« Bénin » → « du Bénin », « Guinée » → « de la Guinée », « Algérie » → « de l'Algérie »."""
    form = _of_exceptions().get(name)
    if form is None:
        first = name.split()[0]
        if first.endswith("s") and len(first) > 4:
            form = "des"  # États-Unis, Comores, Émirats arabes unis
        elif strip_accents(name[:1]).lower() in "aeiou":
            form = "de l'"
        elif first.endswith("e"):
            form = "de la"
        else:
            form = "du"
    return f"{form}{name}" if form.endswith("'") else f"{form} {name}"


@cache
def territories() -> frozenset[str]:
    """Nouns of the territories a governor is of (``data/territories.txt``)."""
    return frozenset(data_lines("territories.txt"))


@cache
def country_words() -> frozenset[str]:
    """Capitalised words of French country names (pycountry's, through the lexicon): « Guinée », « Burundi »."""
    return frozenset(w for name in load_lexicon().countries for w in name.replace("’", "'").split() if w[:1].isupper())


def country_of_adjective(word: str) -> str | None:
    """« béninoise » → « du Bénin »; None for any other word."""
    country = load_lexicon().country_by_adjective(word)
    return of_country(country) if country else None


@cache
def _title_firsts() -> frozenset[str]:
    """A title's first token: « ministre », and « vice » where the tokenizer splits « vice-ministre »."""
    table = load_title_orgs()
    return frozenset({t.split()[0] for t in table} | {t.split()[0].split("-")[0] for t in table})


class TitleOrgReader:
    """Read the body a title names, on the tokens of one item."""

    def __init__(self, doc: Doc, lexicon: Lexicon, places: set[int]) -> None:
        self.doc, self.lexicon, self.places = doc, lexicon, places
        self.table = load_title_orgs()
        self.firsts = _title_firsts()
        self.lower_heads = lower_heads(lexicon)

    def title_words(self, i: int) -> tuple[TitleOrg | None, int]:
        """The table's entry for the title opening at token i, and the number of its tokens."""
        doc = self.doc
        if doc[i].lower_ not in self.firsts:
            return None, 0
        for n in range(MAX_TITLE_WORDS, 0, -1):
            if i + n <= len(doc):
                words = " ".join(t.lower_ for t in doc[i:i + n]).replace("’", "'").replace("' ", "'").replace(" - ", "-")
                glued = i + n < len(doc) and doc[i + n].text == "-" and not doc[i + n - 1].whitespace_
                if words in self.table and not glued:  # « ministre-président » is not « ministre »
                    return self.table[words], n
        return None, 0

    def lower_head(self, k: int) -> tuple[int, str] | None:
        """End of a body's name opening on a lower-case head word at token k (« police des forêts »)."""
        from reseau.extract.org_names import extend_name

        doc = self.doc
        if k >= len(doc) or doc[k].text[:1].isupper():
            return None
        known = self.lower_heads.get(doc[k].lower_)
        if known is None:
            return None
        kind = known.kind
        head = OrgHead(doc[k].text, kind, False, kind in {"diplomatic", "university", "school"})
        end = extend_name(doc, k, head, self.lexicon)
        if end - k < 2 or doc[end - 1].lower_ in OF | DETS:
            return None  # « la police » alone is a common noun
        if known.needed() and not any(t.lower_ in known.needed() for t in doc[k + 1:end]):
            return None  # « la zone de police X » is a body, « la zone X » land
        return end, kind

    def derive(self, start: int, end: int) -> Derived | None:
        """The body named by the title doc[start:end] (its words and complement), if the table knows it."""
        entry, n = self.title_words(start)
        if entry is None:
            return None
        if entry.form == "back":
            return None  # « le doyen » never makes a faculty: it points back to one the item named
        if self.joined_to_minister(start):
            return None  # « ministre de la Culture et porte-parole du gouvernement du Manitoba »: the minister's one office
        if entry.form == "body":
            return Derived(entry.head, entry.kind, [], start + n)
        doc = self.doc
        k = start + n
        country = None
        while k < end and country_of_adjective(doc[k].text):
            country = country_of_adjective(doc[k].text)  # « le ministre djiboutien de l'Intérieur »
            k += 1
        while end > k and doc[end - 1].lower_ in OF | DETS | {"à", "au", "aux", "en", "et"}:
            end -= 1  # « le consul du Canada à » cut by the end of the text
        end = without_qualifier(doc, k, end)  # « directrice technique de X par intérim »: the holder is acting, not X
        end = next((t.i + ("\n" not in t.text) for t in doc[k:end] if "\n" in t.text_with_ws), end)  # a list's next line names no more of it
        rest = doc[k:end]
        rest_text = clean_spaces(rest.text)
        long_form = None
        if entry.form == "domain" and k + 1 < end and doc[k].lower_ == "du" and doc[k + 1].lower_ == "département":
            # « le préfet du département de Mbacké »: a prefecture is named after its département alone
            # (« Préfecture de Mbacké »); « le préfet du département », unnamed, names no body
            of = k + 2
            named = of + 1 + (of + 1 < end and doc[of + 1].lower_ in DETS)
            if named >= end or doc[of].lower_ not in OF or not doc[named].text[:1].isupper():
                return None
            long_form = f"{entry.head} {clean_spaces(rest.text)}"  # still how some write it
            rest, rest_text = doc[of:end], clean_spaces(doc[of:end].text)  # « de l'Okpara », « du Mfoundi »
        if entry.form in {"country", "fixed"}:
            if rest_text or (country is None and entry.form == "country"):
                return None
            return Derived(" ".join(w for w in (entry.head, country) if w), entry.kind, [], k, entry.head,
                           clean_spaces(doc[start:start + n].text), country)
        if not rest_text:
            return None  # « le ministre malien »: a country is not what a ministry is of
        delegated = delegated_domain(doc[start:start + n].text, rest, self.places)
        if delegated:
            rest_text = delegated  # « la ministre déléguée aux Transports »: attached to the ministry des Transports
        links = OF | ({"à", "au", "aux"} if entry.form == "field" else set())
        # « commissaire de l'arrondissement nord de X »: a lower-case word may qualify the unit before its town
        lead = int(entry.form == "place" and len(rest) > 2 and rest[0].text.islower() and rest[0].is_alpha
                   and rest[0].lower_ not in OF | DETS and rest[1].lower_ in OF)
        if rest_text and not delegated and rest[lead].lower_ not in links:
            return None  # « la venue du ministre à la réunion »: not what the ministry is of
        if entry.form == "place":
            town = self._town_after_portfolio(k, end)
            if town is None:
                town = self._town_after_territory(k, end)  # « délégué de l'arrondissement de X »
            if town is not None:
                rest, rest_text = doc[town:end], clean_spaces(doc[town:end].text)  # « échevin des Sports de X »
            elif portfolio_alone(rest[lead:], self.lexicon.places):
                return None  # « l'échevin de la Culture et du Tourisme »: his portfolio, the town unnamed
            place = _after_of(rest[lead:])
            if not place or not place[:1].isupper() or rest[-1].i >= end or country is not None:
                return None
            aliases = [a.replace("{}", rest_text).replace("{place}", place) for a in entry.aliases]
            return Derived(f"{entry.head} {rest_text}", entry.kind, aliases, end)
        if entry.form == "capital":
            field = self._capital_field(k, end) or self._lower_field(k, end) and self._directorates_spoken_of(start)
            if spelled_after(doc, end, [entry.head] + [t.text for t in rest]):
                # « nommée directrice de la coopération de sécurité (DCS) »: the acronym spells the body
                return Derived(f"{entry.head} {rest_text}", entry.kind, [], end)
            if not field or start == 0 or self.doc[start - 1].lower_ not in DETS | OF_DET | {","}:
                return None  # « le directeur de la communication »: a post, not a body
            # « le Directeur de X », « le Commandant de Y, Directeur de X », not « et Directeur de X »
            return Derived(f"{entry.head} {rest_text}", entry.kind, [], end)
        if entry.form == "territory":
            if not self._names_territory(k, end):
                return None  # « le gouverneur de la Banque centrale »: a body's own name, not a territory
            return Derived(f"{entry.head} {rest_text}", entry.kind, [a.replace("{}", rest_text) for a in entry.aliases], end)
        if entry.form == "division" and (any(t.text[:1].isupper() and t.i not in self.places for t in rest)
                                         or end < len(doc) and is_acronym(doc[end].text)) \
                and not self._capital_domain(start, k, end) and not self._force_alone(k, end):
            return None  # « directeur général de Green Harbours », « … du pôle DPMT »: a name, the body held
        if entry.form == "unit" and self._own_name(rest):
            return Derived(_after_of(rest), None, [], end)  # « directrice régionale de Loire Habitat »: the body held
        if country is None and entry.kind == "ministry" and not self._names_a_country(rest):
            country = line_country(doc, start)  # « – pour le Niger : Mme X, Ministre de la Culture »
        if entry.kind == "ministry" and len(rest) == 2 and rest[0].lower_ == "de" and rest[1].text.islower():
            return None  # « le ministre de rattachement »: a bare lower-case noun says what he is to a body, no domain
        if entry.kind == "ministry" and not delegated:
            rest_text = self._without_joined_title(rest) or rest_text
        # a ministry's domain takes a capital (« Ministère de la Justice »), a directorate's does not
        domain = capitalise_domain(rest_text) if entry.kind == "ministry" else rest_text
        name = " ".join(w for w in (entry.head, domain, country) if w)
        stem, title_stem, own_country = self._country_split(start, k, end, entry, country)
        # « le ministre djiboutien de l'Intérieur »: the body is also written with its country's adjective
        written = [f"{entry.head} {doc[start + n:k].text} {domain}"] if entry.kind == "ministry" and k > start + n else []
        written += [long_form] if long_form else []
        return Derived(name, entry.kind, written, end, stem, title_stem, own_country)

    def joined_to_minister(self, start: int) -> bool:
        """« ministre de la Culture et porte-parole »: a title joined by « et », with no article, to a
        minister's title before it in the same clause is the minister's too, and names no body of its own."""
        doc = self.doc
        if start < 2 or doc[start - 1].lower_ != "et":
            return False
        for j in range(start - 2, max(-1, start - 10), -1):
            if doc[j].is_punct or doc[j].lower_ in {"et", "le", "la", "les"} and doc[j + 1].lower_ in self.firsts:
                return False
            entry = self.title_words(j)[0]
            if entry is not None:
                return entry.kind == "ministry" and entry.form == "domain"
        return False

    def _without_joined_title(self, rest) -> str | None:
        """« de la Culture et porte-parole du Manitoba » → « de la Culture du Manitoba »: the ministry's domain
        before the joined title, and the place that closes the title; None when no title is joined."""
        doc = self.doc
        cut = next((t.i for t in rest[1:] if t.lower_ == "et" and t.i + 1 < rest.end
                    and (doc[t.i + 1].lower_ in self.lexicon.titles or self.title_words(t.i + 1)[0] is not None)), None)
        if cut is None:
            return None
        tail = next((j for j in range(rest.end - 1, cut, -1) if doc[j].lower_ in OF and (
            j + 1 in self.places or j + 2 < rest.end and doc[j + 1].lower_ in DETS and j + 2 in self.places)), None)
        domain = clean_spaces(doc[rest.start:cut].text)
        return f"{domain} {clean_spaces(doc[tail:rest.end].text)}" if tail is not None else domain

    def _names_a_country(self, rest) -> bool:
        """« de la Justice du Mali »: the complement already says which country."""
        return any(t.text in self.lexicon.places or t.ent_type_ == "LOC" for t in rest)  # not « Territoire »

    def _capital_field(self, k: int, end: int) -> bool:
        """« de la Santé Publique », « de la Santé Animale »: an article, then words of the language
        written with capitals (no place, no name), the way capitalised titles name a directorate."""
        doc = self.doc
        if k >= end or doc[k].lower_ not in OF or k + 1 >= end:
            return False
        words = [t for t in doc[k + 1:end] if t.lower_ not in OF | DETS | {"et"}]
        if doc[k].lower_ == "de" and doc[k + 1].lower_ not in DETS:
            return False  # « Directeur de Cabinet »: no article, a kind of post
        if not words or len(words) == 1 and words[0].text in self.lexicon.org_heads:
            return False  # « le Directeur de l'Académie »: a body named again by its head noun, no directorate
        if words[0].i not in self.places and all(t.text[:1].isupper() and t.is_alpha and doc.vocab.has_vector(t.lower_) for t in words):
            return True
        # « de la Protection civile », « de la Veille sanitaire »: the field in sentence case, its first
        # word a capitalised common noun that opens no body's name (the model may take it for a place), the rest
        # common words in lower case
        first, rest = words[0], words[1:]
        return first.text[:1].isupper() and first.is_alpha and first.pos_ == "NOUN" and doc.vocab.has_vector(first.lower_) \
            and first.text not in self.lexicon.org_heads and first.text not in self.lexicon.places \
            and all(t.text.islower() and t.is_alpha and t.pos_ in {"NOUN", "ADJ"} for t in rest)

    def _lower_field(self, k: int, end: int) -> bool:
        """« de la sécurité publique »: an article, then common words of the language in lower case."""
        doc = self.doc
        words = [t for t in doc[k + 1:end] if t.lower_ not in OF | DETS | {"et"}]
        return k + 1 < end and doc[k].lower_ in OF and doc[k + 1].lower_ in DETS and bool(words) and all(
            t.text.islower() and t.is_alpha and t.pos_ in {"NOUN", "ADJ"} and doc.vocab.has_vector(t.lower_) for t in words)

    def _directorates_spoken_of(self, start: int) -> bool:
        """The item speaks of another directorate in lower case (« à la tête de la direction de la police
        scientifique »): its directors' lower-case fields name directorates, not posts."""
        doc = self.doc
        return any(t.i != start and t.i + 2 < len(doc)
                   and (doc[t.i + 1].lower_ in {"du", "des"} or doc[t.i + 1].lower_ in OF and doc[t.i + 2].lower_ in DETS)
                   and t.i and doc[t.i - 1].lower_ in DETS | OF_DET
                   and (t.i < 2 or doc[t.i - 2].lower_ != "sous") for t in (doc[i] for i in word_positions(doc, "direction")))

    def _own_name(self, rest) -> bool:
        """« de Loire Habitat »: « de » without an article, then capitalised words that are no place, no acronym and
        no word of the language alone: a body's own name."""
        words = list(rest)
        if len(words) < 3 or words[0].lower_ not in {"de", "d'", "d’"}:
            return False
        names = words[1:]
        last = names[-1]
        # « Loire Habitat »: a place may open the name, a word of the language closing it makes it a body's
        # (the tagger reads the whole as a place)
        return all(t.text[:1].isupper() and t.is_alpha and not t.text.isupper() for t in names) \
            and (last.i not in self.places or self.doc.vocab.has_vector(last.lower_) and last.lower_ != last.text) \
            and last.text not in self.lexicon.places and clean_spaces(rest[1:].text) not in self.lexicon.places

    def _town_after_territory(self, k: int, end: int) -> int | None:
        """« de l'arrondissement de X »: a territorial noun before the town names no more than the town; the
        token of the « de » before it, or None."""
        doc = self.doc
        j = k + 1 + (k + 1 < end and doc[k + 1].lower_ in DETS)
        if k + 3 >= end or doc[k].lower_ not in OF or doc[j].lower_ not in territories() \
                or doc[j + 1].lower_ not in {"de", "d'", "d’"} or not doc[j + 2].text[:1].isupper():
            return None
        return j + 1

    def _town_after_portfolio(self, k: int, end: int) -> int | None:
        """« de la Sécurité de Valmont », « des Travaux de X »: a portfolio (an article, a capitalised word of
        the language) then « de » and the town; the token of that last « de », or None."""
        doc = self.doc
        if k + 3 >= end or doc[k].lower_ not in OF or not (doc[k].lower_ == "des" or doc[k + 1].lower_ in DETS):
            return None
        field = k + 1 if doc[k].lower_ == "des" else k + 2
        word = doc[field]
        if not (word.text[:1].isupper() and word.is_alpha and doc.vocab.has_vector(word.lower_)) \
                or word.text in self.lexicon.places:  # the tagger may read « Travaux de X » as a place
            return None
        for j in range(end - 2, field, -1):
            if doc[j].lower_ in {"de", "d'", "d’"} and doc[j + 1].text[:1].isupper() and not doc[j - 1].text.endswith("-"):
                return j
        return None

    def _capital_domain(self, start: int, k: int, end: int) -> bool:
        """« le Directeur Général de la Météorologie Nationale »: a field of common words written with capitals
        after the article, opening on no head word of a body's name, is the domain of a directorate."""
        doc = self.doc
        if k + 1 >= end or doc[k].lower_ not in OF or doc[k].lower_ == "de" and doc[k + 1].lower_ not in DETS:
            return False
        words = [t for t in doc[k + 1:end] if t.lower_ not in OF | DETS | {"et"}]
        # a noun and its adjective (« Santé Animale », « Veille sanitaire »); one word (« du Phare ») may
        # be a body's own name
        first = words[0] if words else None
        if len(words) < 2 or not first.text[:1].isupper() \
                or first.text in self.lexicon.org_heads and not self._joined_field(first.i, end) \
                or first.text in self.lexicon.places or first.text in country_words():
            return False
        return all(t.is_alpha and doc.vocab.has_vector(t.lower_) and (t.text[:1].isupper() or t.pos_ == "ADJ")
                   for t in words)

    def _force_alone(self, k: int, end: int) -> bool:
        """« le directeur général de la Police »: a force's head word alone, with its article, names no body of its
        own (that needs a level or a place: « la Police nationale »); it is the field the directorate directs."""
        doc = self.doc
        if end - k != 3 or doc[k].lower_ != "de" or doc[k + 1].lower_ not in DETS:
            return False
        head = self.lexicon.org_heads.get(doc[k + 2].text)
        return head is not None and not head.unit and head.lower is not None and head.lower.startswith("force")

    def _joined_field(self, i: int, end: int) -> bool:
        """« des Eaux et Forêts littorales »: a body's head word joined by « et » to a field that heads no
        body is one field of a directorate, not the force itself (« de la Police nationale »)."""
        doc = self.doc
        j = i + 2
        return j < end and doc[i + 1].lower_ == "et" and doc[j].text[:1].isupper() \
            and doc[j].text not in self.lexicon.org_heads and doc[j].text not in self.lexicon.places

    def _names_territory(self, k: int, end: int) -> bool:
        """« de la région du Haut-Kéra », « de Tahoua »: a territorial noun then a name, or a known place."""
        doc = self.doc
        while k < end and doc[k].lower_ in OF | DETS:
            k += 1
        if k >= end:
            return False
        if doc[k].lower_ in territories():
            return any(t.text[:1].isupper() for t in doc[k + 1:end])
        return doc[k].text[:1].isupper() and k in self.places

    def _country_split(self, start: int, k: int, end: int, entry: TitleOrg, country: str | None):
        """The name and title without their country: « Ministère de la Culture » + « du Gabon »."""
        doc = self.doc
        title_head = clean_spaces(doc[start:k].text)
        if country is not None:
            domain = capitalise_domain(clean_spaces(doc[k:end].text))
            return " ".join(w for w in (entry.head, domain) if w), " ".join(w for w in (title_head, clean_spaces(doc[k:end].text)) if w), country
        for j in range(end - 1, k, -1):
            if j in self.places and doc[j - 1].lower_ in OF | DETS:
                of = j - 1 if doc[j - 1].lower_ in OF else j - 2
                if of <= k or doc[of].lower_ not in OF:
                    continue
                domain = capitalise_domain(clean_spaces(doc[k:of].text))
                tail = clean_spaces(doc[of:end].text)
                return (" ".join(w for w in (entry.head, domain) if w),
                        clean_spaces(doc[start:of].text), tail)
        return None, None, None


def without_qualifier(doc: Doc, k: int, end: int) -> int:
    """Where a title's complement ends once a closing qualifier (« par intérim », « en second ») is left out."""
    lower = [t.lower_ for t in doc[k:end]]
    for j in range(len(lower)):
        n = qualifier_length(lower, j)
        if n and j + n == len(lower):
            return k + j
    return end


def _after_of(rest) -> str:
    """« de Lille » → Lille, « du Havre » → Havre (the article stays with « du »)."""
    words = [t for t in rest]
    while words and (words[0].lower_ in OF or words[0].lower_ in DETS):
        words = words[1:]
    return clean_spaces(" ".join(t.text_with_ws for t in words).strip()) if words else ""


def capitalise_domain(text: str) -> str:
    """« des affaires culturelles » → « des Affaires culturelles »: a ministry's domain takes a capital."""
    words = text.split(" ")
    for i, word in enumerate(words):
        low = word.lower()
        if low in OF | DETS | {"à", "au", "aux", "en"}:
            continue
        for elided in ("l'", "l’", "d'", "d’"):
            if low.startswith(elided) and len(word) > 2:
                words[i] = word[:2] + word[2:3].upper() + word[3:]
                break
        else:
            words[i] = word[:1].upper() + word[1:]
        break
    return " ".join(words)
