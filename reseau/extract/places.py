"""Places: spaCy's LOC entities after a locative, told apart as city or country.

A city inside a body's name after « à » (« le consulat général du Canada à Dakar ») is the
body's seat (kind ``seat``); a city that opens an item before a dash (« LYON (France) – »,
« Namur – ») or before the day it was written (« Lomé, le 6 mai 2024 – ») is its dateline
(kind ``dateline``). « à Monaco », « à Luxembourg » name the city of a country of that name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from reseau.extract import geography
from reseau.extract.facts import DateSpan, OrgSpan, PersonSpan, PlaceSpan
from reseau.extract.lexicon import Lexicon, data_lines, load_lexicon, venue_nouns
from reseau.extract.tokens import MONTHS, is_cap
from reseau.ingest.segment import CORRESPONDENT
from reseau.names import clean_spaces

LOCATIVES = {"à", "au", "aux", "en", "dans", "vers", "sur"}
MONTH_NAMES = set(MONTHS)
# « au siège de », « dans nos locaux de », « dans ses bureaux de »: a venue of the text's body or of another
NOUN_OPENERS = {"le", "la", "les", "l'", "l’", "un", "une"}
VENUE_DETERMINERS = {"la", "le", "l'", "l’", "les", "nos", "notre", "ses", "son", "sa", "leurs", "leur", "ces", "ce", "cet", "cette"}
_WORD = r"[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*"
DATELINE = re.compile(rf"\s*(?P<city>{_WORD}(?:[ -]{_WORD}){{0,3}})(?:\s*\([^()\n]{{1,40}}\))?\s*[-–—]\s")
# « Envoyé spécial à Kribi », « De notre correspondant à Bouaké »: the city the reporter wrote from
CORRESPONDENT_AT = re.compile(rf"\s*(?i:{CORRESPONDENT})(?P<city>{_WORD}(?:[ -]{_WORD}){{0,3}})\s*(?:,|$)", re.M)
# the dashes between the words of a motto (« Travail – Famille – Patrie ») on one line
MOTTO_DASH = re.compile(r"\s[-–—]\s+[A-ZÀ-Ý][\w'’-]*(?=\s*(?:[-–—]|\n|$))")
# « Lomé, le » before a dateline's day: the city the item was written in
DATED_CITY = re.compile(rf"(?P<city>{_WORD}(?:[ -]{_WORD}){{0,3}})(?:\s*\([^()\n]{{1,40}}\))?,\s*(?:le\s+)?$")


# the text between a venue's name and the town it lies in (« au Camp Marceau, à Metz »)
VENUE_THEN_TOWN = re.compile(r",\s*(?:à|a)\s+")


@dataclass(frozen=True)
class _Seen:
    """What places are read against: the item's text and title line, its bodies and its people."""

    text: str
    title_end: int
    orgs: list[OrgSpan]
    people: list[PersonSpan]
    dates: list[DateSpan]


class PlaceFinder:
    """Store place mentions written after a locative preposition (``à Paris``) in ``doc._.places``."""

    def __init__(self, lexicon: Lexicon, venues: frozenset[str], words: frozenset[str]) -> None:
        self.lexicon = lexicon
        self.venues = venues
        self.words = words

    def __call__(self, doc: Doc) -> Doc:
        seen = _Seen(doc._.item.text, doc._.item.title_end, doc._.orgs, doc._.people, doc._.dates)
        inside = set()
        for org in seen.orgs:
            inside.update(range(org.start, org.end))
        for person in seen.people:
            inside.update(range(person.start, person.end))
        places = self._dateline(seen)
        seats = set()
        for org in seen.orgs:
            seats.update(range(org.start, org.end))
        for ent in doc.ents:
            if ent.label_ != "LOC":
                continue
            ent = _city_of_venue(doc, ent, self.venues)  # « Palais des congrès de Montréal »: Montréal
            if ent is None or not is_cap(ent[0]):
                continue
            in_name = ent.start_char in inside
            end = ent.end
            for k in range(ent.start, ent.end):
                if "\n" in doc[k].text or (k > ent.start and "\n" in doc[k - 1].whitespace_):
                    end = k
                    break
            if end <= ent.start:
                continue
            prev = doc[ent.start - 1].lower_ if ent.start else ""
            venue = prev in {"de", "d'", "d’"} and _after_venue(doc, ent.start - 1, self.venues)
            if venue:
                prev = "à"  # « au Palais des congrès de Montréal »: in Montréal
            if prev not in LOCATIVES or (in_name and (prev != "à" or ent.start_char not in seats)):
                continue
            span = doc[ent.start:end]
            name = clean_spaces(span.text)
            if _quoted(seen.text, span.start_char) or name.lower() in self.words or (venue and name in self.lexicon.org_heads):
                continue  # « à l'Hôtel de Région », « à l'Hôtel de Gendarmerie »: a word of a building's name, not a city
            kind = self.lexicon.places.get(name, "city")
            if prev == "à" and (kind == "province" or (kind == "country" and name in geography.city_names())):
                kind = "city"  # « à Québec », « à Monaco » are the cities, « au Québec » the province
            if in_name:
                if kind != "city":
                    continue
                kind = "seat"
            places.append(PlaceSpan(span.start_char, span.end_char, name, kind))
        places += self._known_cities(doc, seen, places, seats)
        # a lone capitalised word read as a surname is no one unless a full name claims it later
        # nor is a lone word the tagger alone calls a body (« de Montclaret » after a venue)
        named = {i for o in seen.orgs if not (o.source == "ner" and " " not in o.name) for i in range(o.start, o.end)} \
            | {i for p in seen.people if not p.partial for i in range(p.start, p.end)}
        places += self._venue_towns(doc, seen, places, named)
        doc._.places = self._without_venues(sorted(places, key=lambda p: p.start), seen.text)
        return doc

    def _without_venues(self, places: list[PlaceSpan], text: str) -> list[PlaceSpan]:
        """« au Camp Marceau, à Metz »: a name no gazetteer knows, followed by the town it lies in, is a
        venue of that town, not a city of its own."""
        kept = []
        for n, place in enumerate(places):
            after = places[n + 1] if n + 1 < len(places) else None
            if after is not None and place.kind == "city" and after.kind == "city" \
                    and self.lexicon.places.get(place.name) is None \
                    and VENUE_THEN_TOWN.fullmatch(text[place.end:after.start]):
                continue
            kept.append(place)
        return kept

    def _known_cities(self, doc: Doc, seen: _Seen, found: list[PlaceSpan], seats: set[int]) -> list[PlaceSpan]:
        """« à Trois-Rivières » that the tagger took for a person: a city of the gazetteer after « à »."""
        taken = {i for p in found for i in range(p.start, p.end)}
        people = {i for p in seen.people for i in range(p.start, p.end)}
        cities = []
        for t in doc:
            if t.i == 0 or doc[t.i - 1].lower_ != "à" or not is_cap(t) or t.idx in taken or t.idx in people:
                continue
            for k in range(min(4, len(doc) - t.i), 0, -1):
                span = doc[t.i:t.i + k]
                name = clean_spaces(span.text)
                if "\n" in span.text or self.lexicon.places.get(name) != "city" or _quoted(seen.text, span.start_char):
                    continue
                cities.append(PlaceSpan(span.start_char, span.end_char, name, "seat" if t.idx in seats else "city"))
                break
        return cities

    def _venue_towns(self, doc: Doc, seen: _Seen, found: list[PlaceSpan], named: set[int]) -> list[PlaceSpan]:
        """« à la salle des fêtes de Montvalier »: the capitalised word after a venue's « de » is its town,
        though neither the tagger nor the gazetteer knows it."""
        taken = {i for p in found for i in range(p.start, p.end)}
        towns = []
        for t in doc[1:]:
            if doc[t.i - 1].lower_ not in {"de", "d'", "d’"} or not is_cap(t) or t.idx in taken or t.idx in named \
                    or "\n" in t.text or _quoted(seen.text, t.idx) or not _after_venue(doc, t.i - 1, self.venues):
                continue
            name = clean_spaces(t.text)
            if name.lower() in self.words or name in self.lexicon.org_heads or self.lexicon.places.get(name, "city") != "city":
                continue  # « à l'Hôtel de Gendarmerie »: a body's head word in a building's name, no town
            towns.append(PlaceSpan(t.idx, t.idx + len(t.text), name, "city"))
        return towns

    def _dateline(self, seen: _Seen) -> list[PlaceSpan]:
        """« GENÈVE (Suisse) – » or « Namur – » opening the item: the city it was written in."""
        found = None
        at = seen.title_end
        for _ in range(3):  # the dateline opens the body, maybe after a subtitle or a byline
            found = DATELINE.match(seen.text, at) or CORRESPONDENT_AT.match(seen.text, at)
            nxt = seen.text.find("\n", at + 1)
            if found is not None or nxt < 0:
                break
            at = nxt + 1
        dated = self._dated_city(seen)
        if found is None or dated:
            return dated  # « Paix – Travail – Patrie » over « Yaoundé, 12 mars 2024. »: the city with the day
        raw = found.group("city")
        name = _city_case(raw)
        line_end = seen.text.find("\n", found.end())
        if len(MOTTO_DASH.findall(seen.text[found.start():line_end if line_end >= 0 else len(seen.text)])) >= 2:
            return []  # « Unité – Progrès – Justice », a state's motto over the page, names no city
        # « GENÈVE (Suisse) – »: a canton or province of a city's name stands for the city here
        if self.lexicon.places.get(name, "city") not in {"city", "province"} or name.lower() in MONTH_NAMES:
            return []
        if any(p.start <= found.start("city") < p.end for p in seen.people):
            return []
        return [PlaceSpan(found.start("city"), found.end("city"), name, "dateline")]


    def _dated_city(self, seen: _Seen) -> list[PlaceSpan]:
        """« Lomé, le 6 mai 2024 – », « Kayes, 9 avril 2024. »: the city before the dateline's day."""
        for d in seen.dates:
            if d.role != "dateline" or d.day is None:
                continue
            line = seen.text[seen.text.rfind("\n", 0, d.start) + 1:d.start]
            found = DATED_CITY.search(line)
            if found is None:
                return []
            raw = found.group("city")
            name = _city_case(raw)
            if self.lexicon.places.get(name, "city") not in {"city", "province"} or name.lower() in self.words:
                return []
            start = d.start - len(line) + found.start("city")
            return [PlaceSpan(start, start + len(raw), name, "dateline")]
        return []


# « SAINT-JEAN-DE-LUZ » → « Saint-Jean-de-Luz »: the little words between hyphens stay in lower case
_LINKS = re.compile(r"(?<=-)(De|Des|Du|La|Le|Les|Sur|Sous|En|Lès|Aux|Au|D'|L')(?=-|\w)")


def _city_case(raw: str) -> str:
    """A city written in capitals, in the case it is usually written in."""
    if not raw.isupper():
        return raw
    return _LINKS.sub(lambda m: m.group(1).lower(), raw.title())


def _city_of_venue(doc: Doc, ent: Span, venues: frozenset[str]) -> Span | None:
    """A venue read as one place (« hôtel de ville de Sherbrooke ») gives the city after its last « de »."""
    if ent[0].lower_ not in venues:
        return ent
    for k in range(ent.end - 1, ent.start, -1):
        if doc[k].lower_ in {"de", "d'", "d’"} and k + 1 < ent.end and is_cap(doc[k + 1]):
            return doc[k + 1:ent.end]
    return None


def _after_venue(doc: Doc, of: int, venues: frozenset[str]) -> bool:
    """« au Palais des congrès de », « à l’hôtel de ville de »: a venue after a locative, before « de »."""
    for k in range(of - 1, max(-1, of - 5), -1):
        if doc[k].lower_ in venues:
            return k > 0 and (doc[k - 1].lower_ in LOCATIVES or (k > 1 and doc[k - 2].lower_ in LOCATIVES
                                                              and doc[k - 1].lower_ in VENUE_DETERMINERS))
        if doc[k].is_punct or doc[k].lower_ in NOUN_OPENERS:
            return False  # « reçu en préfecture le maire de Gex »: another noun's « de », not the venue's
    return False


def _quoted(text: str, at: int) -> bool:
    """Whether a position lies inside « guillemets » (a title, not a place where things happen)."""
    return text.rfind("«", 0, at) > text.rfind("»", 0, at)


@Language.factory("reseau_places",
                  default_config={"places": "places.tsv", "venues": "venues.tsv", "words": "place_stopwords.txt"},
                  requires=["doc._.item", "doc._.orgs", "doc._.people", "doc._.dates"], assigns=["doc._.places"])
def make_places(nlp: Language, name: str, places: str, venues: str, words: str) -> PlaceFinder:
    """Cities and countries where things happen; ``places`` names the regions' file of the
    lexicon, ``venues`` the nouns of buildings whose name ends on their city, ``words`` the
    common nouns (« région », « département ») that a capital does not make a city."""
    return PlaceFinder(load_lexicon(places=places), venue_nouns(venues),
                       frozenset(w.strip().lower() for w in data_lines(words)))
