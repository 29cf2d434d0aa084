"""Places: spaCy's LOC entities outside organization names, told apart as city or country."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from reseau.extract.facts import PlaceSpan
from reseau.extract.lexicon import Lexicon, load_lexicon
from reseau.extract.organizations import facts_of
from reseau.extract.tokens import is_cap
from reseau.resolve.names import clean_spaces

LOCATIVES = {"à", "au", "aux", "en", "dans", "vers", "sur"}


class PlaceFinder:
    """Store place mentions written after a locative preposition (``à Paris``) in ``doc._.facts.places``."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def __call__(self, doc: Doc) -> Doc:
        facts = facts_of(doc)
        inside = set()
        for org in facts.orgs:
            inside.update(range(org.start, org.end))
        for person in facts.people:
            inside.update(range(person.start, person.end))
        places = []
        for ent in doc.ents:
            if ent.label_ != "LOC" or ent.start_char in inside or not is_cap(ent[0]):
                continue
            end = ent.end
            for k in range(ent.start, ent.end):
                if "\n" in doc[k].text or (k > ent.start and "\n" in doc[k - 1].whitespace_):
                    end = k
                    break
            if end <= ent.start:
                continue
            prev = doc[ent.start - 1].lower_ if ent.start else ""
            if prev not in LOCATIVES:
                continue
            span = doc[ent.start:end]
            name = clean_spaces(span.text)
            if _quoted(facts.text, span.start_char):
                continue
            kind = self.lexicon.places.get(name, "city")
            if kind == "province" and prev == "à":
                kind = "city"  # « à Québec » is the city, « au Québec » the province
            places.append(PlaceSpan(span.start_char, span.end_char, name, kind))
        facts.places = places
        return doc


def _quoted(text: str, at: int) -> bool:
    """Whether a position lies inside « guillemets » (a title, not a place where things happen)."""
    return text.rfind("«", 0, at) > text.rfind("»", 0, at)


@Language.factory("reseau_places")
def make_places(nlp: Language, name: str) -> PlaceFinder:
    """Cities and countries where things happen."""
    return PlaceFinder(load_lexicon())
