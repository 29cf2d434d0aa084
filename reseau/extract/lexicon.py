"""The domain data of extraction, loaded once from the files in ``data/``."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from pathlib import Path

from reseau.extract import geography
from reseau.names import name_key

# The lexicon's files, by the setting that names them in a component's config.
DATA_FILES = {
    "titles": "titles.txt",
    "heads": "org_heads.tsv",
    "gazetteer": "gazetteer.tsv",
    "honorifics": "honorifics.txt",
    "ranks": "ranks.txt",
    "generic_orgs": "generic_orgs.txt",
    "places": "places.tsv",
    "place_stopwords": "place_stopwords.txt",
    "country_aliases": "country_aliases.tsv",
    "demonyms": "demonyms.tsv",
    "topics": "topics.json",
    "cues": "cues.json",
}


def read_data(name: str) -> str:
    """The text of a data file: a name under ``reseau/extract/data``, or a path of one's own."""
    if Path(name).is_absolute():
        return Path(name).read_text(encoding="utf-8")
    return resources.files("reseau.extract").joinpath("data", name).read_text(encoding="utf-8")


def data_lines(name: str) -> list[str]:
    """The lines of a data file that are neither blank nor a ``#`` comment."""
    return [line.rstrip("\n") for line in read_data(name).splitlines() if line.strip() and not line.startswith("#")]


@cache
def data_kinds(name: str) -> dict[str, dict[str, str]]:
    """A data file of rows « words, kind[, value] » (tab-separated) as kind → {words: value}; the value is
    empty when the row has none."""
    rows: dict[str, dict[str, str]] = {}
    for line in data_lines(name):
        words, kind, *value = line.split("\t")
        rows.setdefault(kind, {})[words] = value[0] if value else ""
    return rows


def board_election_words() -> dict[str, dict[str, str]]:
    """Kind → {word: title} of ``board_elections.tsv``: the bodies that elect a board, the posts
    handed over at an election with the title each gives, the verbs that hand them over."""
    return data_kinds("board_elections.tsv")


@cache
def data_pairs(name: str) -> dict[str, str]:
    """A two-column tab-separated data file as a mapping from its first column to its second."""
    return dict(line.split("\t")[:2] for line in data_lines(name))


def demonym_rows(name: str = DATA_FILES["demonyms"]) -> list[tuple[str, str, str]]:
    """(masculine, feminine, country) of each adjective of place in ``demonyms.tsv``; the country
    is "" for a region's or a city's adjective, "-" for a form that is no adjective of place."""
    return [tuple((line.split("\t") + ["", ""])[:3]) for line in data_lines(name)]


def venue_nouns(name: str = "venues.tsv", use: str = "venue") -> frozenset[str]:
    """The nouns of ``venues.tsv`` that have a use: « venue » (its « de <ville> » is where) or
    « building » (a name it opens is a building's)."""
    rows = (line.split("\t") for line in data_lines(name))
    return frozenset(row[0].strip() for row in rows if use in row[1].split(","))


@dataclass(frozen=True)
class OrgHead:
    """A word that opens an organization's name, and what kind of body it announces."""

    word: str
    kind: str
    unit: bool
    takes_place: bool
    lower: str = ""  # what a lower-case use needs to open a name: "named", "force" or nothing
    lower_by_convention: bool = False  # written in lower case by convention (« le ministère de … »)

    def needed(self) -> tuple[str, ...]:
        """Words one of which the complement of a lower-case use must hold (« zone de police X »)."""
        words = self.lower.split("|")[1] if self.lower.count("|") else ""
        return tuple(w for w in words.split(",") if w)


@dataclass(frozen=True)
class KnownOrg:
    """A well-known institution from the gazetteer."""

    name: str
    acronym: str | None
    aliases: tuple[str, ...]
    kind: str | None
    country: str | None

    def names(self) -> list[str]:
        """Every way the institution is written: name, acronym and aliases."""
        return [n for n in (self.name, self.acronym, *self.aliases) if n]


@dataclass(frozen=True)
class Theme:
    """A crime-prevention theme of the thesaurus, with its terms in French and English."""

    id: str
    label_fr: str
    label_en: str
    terms_fr: tuple[str, ...]
    terms_en: tuple[str, ...]

    def terms(self) -> tuple[str, ...]:
        """Every term that names the theme, labels included, French first."""
        return tuple(dict.fromkeys((self.label_fr, *self.terms_fr, self.label_en, *self.terms_en)))


@dataclass(frozen=True)
class Lexicon:
    """Everything extraction knows before it reads a text."""

    titles: frozenset[str]
    title_firsts: frozenset[str]
    honorifics: frozenset[str]
    ranks: frozenset[str]
    org_heads: dict[str, OrgHead]
    generic_orgs: frozenset[str]
    gazetteer: tuple[KnownOrg, ...]
    places: dict[str, str]
    topics: dict[str, tuple[str, ...]]  # a theme's French label → every term naming it
    cues: dict[str, tuple[str, ...]] = field(default_factory=dict)
    countries: dict[str, str] = field(default_factory=dict)
    nationalities: dict[str, str] = field(default_factory=dict)
    themes: tuple[Theme, ...] = ()

    @cached_property
    def countryless_keys(self) -> frozenset[str]:
        """Name keys of the gazetteer's bodies of no one country (Interpol, Afripol), derived once per lexicon."""
        return frozenset(name_key(k.name) for k in self.gazetteer if not k.country)

    def country_by_name(self, name: str) -> str | None:
        """The usual French name of the country a name stands for (« République du Bénin » → Bénin)."""
        return self.countries.get(name)

    def country_by_adjective(self, word: str) -> str | None:
        """The country a nationality adjective names (« béninoise », « Tunisiens » → its French name)."""
        return self.nationalities.get(geography.fold(word))


def load_lexicon(**files: str) -> Lexicon:
    """The lexicon read from ``DATA_FILES``, or from the files a keyword names instead
    (``heads="my_heads.tsv"``); read once per process for each set of files."""
    unknown = set(files) - set(DATA_FILES)
    if unknown:
        raise ValueError(f"unknown lexicon files: {', '.join(sorted(unknown))}")
    return _load_lexicon(tuple(sorted({**DATA_FILES, **files}.items())))


def lexicon_files(config: dict) -> dict[str, str]:
    """The lexicon files a component's settings name (its other settings left out)."""
    return {key: value for key, value in config.items() if key in DATA_FILES}


@cache
def _load_lexicon(chosen: tuple[tuple[str, str], ...]) -> Lexicon:
    files = dict(chosen)
    titles = frozenset(data_lines(files["titles"]))
    heads: dict[str, OrgHead] = {}
    for line in data_lines(files["heads"]):
        word, kind, part, where, lower, convention = (line.split("\t") + [""] * 5)[:6]
        heads[word] = OrgHead(word, kind, part == "unit", where == "place", lower, convention == "lower")
    gazetteer = []
    for line in data_lines(files["gazetteer"]):
        acronym, name, aliases, kind, country = (line.split("\t") + [""] * 5)[:5]
        gazetteer.append(KnownOrg(name, acronym or None, tuple(a for a in aliases.split("|") if a),
                                  kind or None, country or None))
    honorifics, ranks = frozenset(data_lines(files["honorifics"])), frozenset(data_lines(files["ranks"]))
    generic_orgs = frozenset(w.lower() for w in data_lines(files["generic_orgs"]))
    countries = _countries(files)
    not_places = _not_places(files, heads, titles, honorifics | ranks | generic_orgs)
    places = _places(files, countries, not_places)
    themes = _themes(files["topics"])
    cues = {k: tuple(v) for k, v in json.loads(read_data(files["cues"])).items() if not k.startswith("_")}
    return Lexicon(
        titles=titles,
        title_firsts=frozenset(t.split()[0] for t in titles),
        honorifics=honorifics,
        ranks=ranks,
        org_heads=heads,
        generic_orgs=generic_orgs,
        gazetteer=tuple(gazetteer),
        places=places,
        topics={theme.label_fr: theme.terms() for theme in themes},
        cues=cues,
        countries=countries,
        nationalities=_nationalities(files, countries),
        themes=themes,
    )


def _themes(name: str) -> tuple[Theme, ...]:
    """The crime-prevention thesaurus of ``topics.json``."""
    data = json.loads(read_data(name))
    return tuple(Theme(t["id"], t["fr"], t["en"], tuple(t["terms"]["fr"]), tuple(t["terms"]["en"]))
                 for t in data["themes"])


def _countries(files: dict[str, str]) -> dict[str, str]:
    """Every French name of a country (ISO 3166 and the usual forms ISO lacks) → its usual name."""
    names: dict[str, str] = {}
    by_code = {}
    for country in geography.countries():
        by_code[country.code] = country.name
        for name in country.names:
            names.setdefault(name, country.name)
    for line in data_lines(files["country_aliases"]):
        name, code = line.split("\t")
        names.setdefault(name, by_code[code])
    return names


def _not_places(files: dict[str, str], heads: dict[str, OrgHead], titles: frozenset[str],
                words_read: frozenset[str]) -> frozenset[str]:
    """Lower-case words that a city or region may be called but that read as words here
    (``words_read``: the honorifics, ranks and generic names already read)."""
    words = {w.lower() for w in heads} | {t.split()[0] for t in titles} | {w.lower() for w in words_read}
    words |= {w.lower() for w in data_lines(files["place_stopwords"])}
    return frozenset(words)


def _places(files: dict[str, str], countries: dict[str, str], not_places: frozenset[str]) -> dict[str, str]:
    """Name → kind: the regions of ``places.tsv``, then countries, cities, provinces.

    The first kind given to a name stays: « Luxembourg » is a country, « Genève » and
    « Dakar » cities before a canton and a region.
    """
    places: dict[str, str] = {}
    for line in data_lines(files["places"]):
        name, kind = line.split("\t")
        places[name] = kind
    for name in countries:
        places.setdefault(name, "country")
    for kind, names in (("city", geography.cities()), ("province", geography.subdivisions())):
        for name, _code in names:
            if name.lower() not in not_places:
                places.setdefault(name, kind)
    return places


def _nationalities(files: dict[str, str], countries: dict[str, str]) -> dict[str, str]:
    """Folded nationality adjective (all genders and numbers) → the country's usual name.

    The general rule derives them from one-word names; an adjective it derives for two
    countries is dropped unless ``demonyms.tsv`` says which.
    """
    found: dict[str, str] = {}
    ambiguous: set[str] = set()
    for name, usual in countries.items():
        if " " in name or "'" in name:
            continue
        for form in geography.adjective_forms(name):
            if found.get(form, usual) != usual:
                ambiguous.add(form)
            found.setdefault(form, usual)
    for form in ambiguous:
        del found[form]
    for masculine, feminine, country in demonym_rows(files["demonyms"]):
        if not country:
            continue  # « flamand », « corse »: a region's, no nationality
        for form in geography.inflect(masculine, feminine):
            if country == "-":
                found.pop(form, None)
            else:
                found[form] = countries.get(country, country)
    return found
