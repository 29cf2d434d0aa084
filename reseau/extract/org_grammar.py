"""What French says about organization names beyond their head words: adjectives of level
and of place, organs and titles that are not bodies, acronyms that are not bodies.

Read from ``data/org_grammar.json``; adjectives of place from ``demonyms.tsv``, buildings from
``venues.tsv``, common words that are no place from ``place_stopwords.txt`` (each file has one
reader in ``lexicon``); country and region names come from ``reseau.extract.geography``
(pycountry's French translations) rather than from a hand list.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from spacy.tokens import Doc, Token

from reseau.extract.lexicon import DATA_FILES, data_lines, demonym_rows, venue_nouns
from reseau.extract.title_orgs import territories


@dataclass(frozen=True)
class OrgGrammar:
    """The word lists of ``org_grammar.json``, as sets."""

    level_adjectives: frozenset[str]
    demonym_suffixes: tuple[str, ...]
    demonyms: frozenset[str]
    not_demonyms: frozenset[str]
    title_names: frozenset[str]
    organs: frozenset[str]
    document_heads: frozenset[str]
    acts_of_bodies: frozenset[str]
    road_prefixes: frozenset[str]
    elected_titles: frozenset[str]
    struggle_nouns: frozenset[str]
    law_cues: tuple[str, ...]
    not_acronyms: frozenset[str]
    title_acronyms: frozenset[str]
    rank_acronyms: frozenset[str]
    phone_lines: frozenset[str]
    building_heads: frozenset[str]
    building_cues: frozenset[str]
    pair_nouns: frozenset[str]
    domain_titles: frozenset[str]
    function_heads: frozenset[str] = frozenset()
    file_formats: frozenset[str] = frozenset()
    head_prefixes: frozenset[str] = frozenset()
    single_word_bodies: frozenset[str] = frozenset()
    district_heads: frozenset[str] = frozenset()
    inner_words: frozenset[str] = frozenset()
    state_forms: frozenset[str] = frozenset()
    regime_adjectives: frozenset[str] = frozenset()
    compass_adjectives: frozenset[str] = frozenset()
    compass_nouns: frozenset[str] = frozenset()
    establishments: tuple[str, ...] = ()
    # kinds of many in a town (schools): named by their own name or their town, never by a town nearby
    named_establishments: frozenset[str] = frozenset()
    bare_organs: frozenset[str] = frozenset()
    accredited_heads: frozenset[str] = frozenset()
    apposed_region_levels: frozenset[str] = frozenset()
    force_collectives: frozenset[str] = frozenset()
    charge_nouns: frozenset[str] = frozenset()
    borderless: tuple[str, ...] = ()
    operation_nouns: frozenset[str] = frozenset()
    naming_words: frozenset[str] = frozenset()
    site_parts: frozenset[str] = frozenset()
    subject_heads: frozenset[str] = frozenset()
    committee_adjectives: frozenset[str] = frozenset()
    national_societies: frozenset[str] = frozenset()
    rank_adjectives: frozenset[str] = frozenset()
    ministry_styles: tuple[str, ...] = ()
    title_offices: tuple[tuple[str, str], ...] = ()
    set_phrases: frozenset[str] = frozenset()
    uniformed_services: frozenset[str] = frozenset()
    award_heads: frozenset[str] = frozenset()
    award_metals: frozenset[str] = frozenset()
    parliaments: tuple[str, ...] = ()
    committee_heads: frozenset[str] = frozenset()

    def is_demonym(self, word: str, pos: str | None = None) -> bool:
        """``neuchâteloise``, ``jordanien``, ``belge``: an adjective of a place, by its ending. Given the
        tagger's part of speech, a noun is none (« la Direction du soutien logistique »)."""
        word = word.lower()
        if pos is not None and pos != "ADJ" and word not in self.demonyms:
            return False
        if word in self.not_demonyms or len(word) < 5:
            return False
        if word in self.demonyms or word.rstrip("s") in self.demonyms:
            return True
        singular = word[:-1] if word.endswith("s") and not word.endswith("ois") and not word.endswith("ais") else word
        return singular not in self.not_demonyms and singular.endswith(self.demonym_suffixes)

    def describes_a_unit(self, word: str) -> bool:
        """``Générale``, ``Départementale``: an adjective of rank or level, whatever its case."""
        return word.lower() in self.rank_adjectives or self.is_level(word)

    def is_level(self, word: str) -> bool:
        """``nationale``, ``cantonale``, ``municipale``: the level of government a body serves."""
        return word.lower() in self.level_adjectives


@cache
def load_grammar() -> OrgGrammar:
    """Read ``data/org_grammar.json`` once per process."""
    text = resources.files("reseau.extract").joinpath("data", "org_grammar.json").read_text(encoding="utf-8")
    data = {k: v for k, v in json.loads(text).items() if not k.startswith("_")}
    return OrgGrammar(
        level_adjectives=frozenset(data["level_adjectives"]),
        demonym_suffixes=tuple(sorted(set(data["demonym_suffixes"]), key=len, reverse=True)),
        demonyms=frozenset(form for masculine, feminine, country in demonym_rows() if country != "-"
                           for form in (masculine, feminine)),
        not_demonyms=frozenset(data["not_demonyms"]),
        title_names=frozenset(data["title_names"]),
        organs=frozenset(o.replace("’", "'") for o in data["organs"]),
        document_heads=frozenset(data["document_heads"]),
        acts_of_bodies=frozenset(data["acts_of_bodies"]),
        road_prefixes=frozenset(data["road_prefixes"]),
        elected_titles=frozenset(data["elected_titles"]),
        struggle_nouns=frozenset(data["struggle_nouns"]),
        law_cues=tuple(data["law_cues"]),
        # the clause words of minutes and the time zones are capitals of the language too
        not_acronyms=frozenset(data["not_acronyms"]) | frozenset(data["clause_words"]) | frozenset(data["time_zones"]),
        title_acronyms=frozenset(data["title_acronyms"]),
        district_heads=frozenset(data["district_heads"]),
        rank_acronyms=frozenset(data["rank_acronyms"]),
        phone_lines=frozenset(data["phone_lines"]),
        building_heads=venue_nouns(use="building"),
        building_cues=frozenset(data["building_cues"]),
        pair_nouns=frozenset(data["pair_nouns"]),
        domain_titles=frozenset(data["domain_titles"]),
        function_heads=frozenset(data.get("function_heads", ())),
        file_formats=frozenset(data.get("file_formats", ())),
        head_prefixes=frozenset(data.get("head_prefixes", ())),
        single_word_bodies=frozenset(data.get("single_word_bodies", ())),
        inner_words=frozenset(data.get("inner_words", ())),
        state_forms=frozenset(data.get("state_forms", ())),
        regime_adjectives=frozenset(data.get("regime_adjectives", ())),
        compass_adjectives=frozenset(data.get("compass_adjectives", ())),
        compass_nouns=frozenset(data.get("compass_nouns", ())),
        # schools are establishments too, read only by their own name
        establishments=tuple(data.get("establishments", ())) + tuple(data.get("named_establishments", ())),
        named_establishments=frozenset(data.get("named_establishments", ())),
        bare_organs=frozenset(data.get("bare_organs", ())),
        accredited_heads=frozenset(data.get("accredited_heads", ())),
        apposed_region_levels=frozenset(data.get("apposed_region_levels", ())),
        force_collectives=frozenset(data.get("force_collectives", ())),
        charge_nouns=frozenset(data.get("charge_nouns", ())),
        borderless=tuple(data.get("borderless", ())),
        ministry_styles=tuple(data.get("ministry_styles", ())),
        title_offices=tuple(data.get("title_offices", {}).items()),
        set_phrases=frozenset(data.get("set_phrases", ())),
        uniformed_services=frozenset(data.get("uniformed_services", ())),
        award_heads=frozenset(data.get("award_heads", ())),
        award_metals=frozenset(data.get("award_metals", ())),
        parliaments=tuple(data.get("parliaments", ())),
        committee_heads=frozenset(data.get("committee_heads", ())),
        operation_nouns=frozenset(data.get("operation_nouns", ())),
        naming_words=frozenset(data.get("naming_words", ())),
        site_parts=frozenset(data.get("site_parts", ())),
        subject_heads=frozenset(data.get("subject_heads", ())),
        committee_adjectives=frozenset(data.get("committee_adjectives", ())),
        national_societies=frozenset(data.get("national_societies", ())),
        rank_adjectives=frozenset(data.get("rank_adjectives", ())),
    )


@cache
def region_names() -> frozenset[str]:
    """Countries and their provinces, regions and cantons, in French (``geography``, from pycountry)."""
    from reseau.extract import geography

    names = {name for country in geography.countries() for name in (country.name, *country.names)}
    names |= {name for name, _ in geography.subdivisions()}
    # Some regions are named by a common word (« Centre », « Littoral »): those say nothing.
    stopwords = place_words()
    return frozenset(n for n in names if n.lower() not in stopwords)


@cache
def place_words() -> frozenset[str]:
    """Common words that name a part of a land (« nord », « centre », « plateau »), in lower case:
    ``place_stopwords.txt``."""
    return frozenset(w.lower() for w in data_lines(DATA_FILES["place_stopwords"]))


def land_named_at(doc: Doc, k: int) -> bool:
    """« la Région Moulay Errachid-Rif », « la région SCC »: a territory's noun with its article right before
    token k names the land there (« le conseiller d'État X » has no article: a title's words)."""
    return k >= 2 and doc[k - 1].lower_ in territories() and doc[k - 2].lower_ in {"la", "le", "l'", "l’"}


def after_a_territory(doc: Doc, k: int) -> bool:
    """« le commissariat de l'arrondissement central de X »: a name after a territory's noun and its « de »
    is a place's, whatever the tagger reads in it (``territories.txt``); so is one right after the noun
    and its article (« la Région Moulay Errachid-Rif »)."""
    if land_named_at(doc, k):
        return True
    k -= 1
    if k < 1 or doc[k].lower_ not in {"de", "du", "d'", "d’"}:
        return False
    k -= 1
    while k > 0 and doc[k].pos_ == "ADJ" and doc[k].text.islower():
        k -= 1
    return doc[k].lower_ in territories()


def plural_of_a_kind(doc: Doc, start: int, end: int, heads: dict) -> bool:
    """« l'Inspecteur Général des Services de Police », « les Forces de Sécurité »: a plural head word and
    one bare noun after « de » name a kind of service everywhere, not one body."""
    head = doc[start].text
    return end - start == 3 and head in heads and head.endswith(("s", "x")) and doc[start + 1].lower_ == "de" \
        and doc[start + 2].is_alpha and doc[start + 2].pos_ in {"NOUN", "PROPN"}


def domain_of_a_title(doc: Doc, start: int, end: int, lexicon, grammar: OrgGrammar) -> bool:
    """« des Ministres chargés de la Sécurité des États membres », « Ministre de l'Intérieur, de la Sécurité
    Publique et de … »: capitalised words without a head word, in the chain of domains after a minister's
    title, are the title's domain, not a body."""
    if any(t.text in lexicon.org_heads for t in doc[start:end]):
        return False
    k = start - 1
    while k >= 0 and start - k <= 16 and "\n" not in doc[k].text and "\n" not in doc[k].whitespace_:
        t = doc[k]
        if t.lower_ in grammar.domain_titles and "ministre" in t.lower_:
            return True  # a minister's; « le secrétaire général d'Amnesty International » names a body
        chain = t.text in {",", "et"} or t.lower_ in _LITTLE or t.lower_ in {"l’", "aux", "au"} or t.lower_.startswith("chargé")
        if not chain and not (t.text[:1].isupper() and t.pos_ in {"PROPN", "NOUN", "ADJ"}) \
                and not (t.pos_ == "ADJ" and t.text.islower()):
            return False
        k -= 1
    return False


def is_place(token: Token, places: dict[str, str] | frozenset[str] = frozenset()) -> bool:
    """A country, a region or a city: from pycountry, the place list or spaCy's LOC label."""
    return token.text in places or token.text in region_names() or (token.ent_type_ == "LOC" and token.text[:1].isupper())


@cache
def _state_names() -> frozenset[str]:
    """Every French name of a country, its official one included (« République togolaise »), folded."""
    from reseau.extract import geography

    return frozenset(geography.fold(n).replace("’", "'") for c in geography.countries() for n in (c.name, *c.names))


@lru_cache(maxsize=256)
def names_a_state(line: str) -> bool:
    """Whether a line of text is only a state's name (« BURKINA FASO », « République togolaise »,
    « Confédération suisse »): the heading of a government's page, a country, no organization."""
    from reseau.extract import geography
    from reseau.extract.lexicon import load_lexicon

    words = geography.fold(" ".join(line.split())).replace("’", "'").replace("'", "' ").split()
    if not words or len(words) > 8:
        return False
    if " ".join(words).replace("' ", "'") in _state_names():
        return True
    grammar = load_grammar()
    if words[0] not in {geography.fold(w) for w in grammar.state_forms}:
        return False
    lexicon = load_lexicon()
    country_words = {w for n in _state_names() for w in n.replace("'", "' ").split()}
    regime = {geography.fold(w) for w in grammar.regime_adjectives}
    named = False
    for word in words[1:]:
        if lexicon.country_by_adjective(word) or word in country_words - _LITTLE:
            named = True
        elif word not in regime and word not in _LITTLE:
            return False
    return named


_LITTLE = frozenset({"de", "du", "des", "d'", "la", "le", "les", "l'", "et"})


def accredited(doc: Doc, i: int, head, bare: bool) -> bool:
    """Whether the body opened at token i by ``head`` is an office kept with another, which « auprès de »
    names: a mission of a state, or an office named by the body it belongs to (« le Bureau de l'Union X
    auprès de … »; in « l'Association X auprès du Ministère » a body pleads with another)."""
    return head.kind == "diplomatic" or (not bare and doc[i].lower_ in load_grammar().accredited_heads)
