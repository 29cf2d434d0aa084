"""Countries, nationality adjectives, regions, cities, bodies and themes come from maintained data."""

from __future__ import annotations

import time

from reseau.extract import geography
from reseau.extract.lexicon import load_lexicon


def test_countries_in_french_from_iso():
    lexicon = load_lexicon()
    assert lexicon.places["Bénin"] == "country"
    assert lexicon.places["Royaume-Uni"] == "country"
    assert lexicon.country_by_name("République de Corée") == "Corée du Sud"
    assert lexicon.country_by_name("Fédération de Russie") == "Russie"
    assert lexicon.country_by_name("RDC") == "République démocratique du Congo"


def test_nationality_adjectives_by_rule_and_exception():
    lexicon = load_lexicon()
    assert lexicon.country_by_adjective("béninoise") == "Bénin"
    assert lexicon.country_by_adjective("Tunisiens") == "Tunisie"
    assert lexicon.country_by_adjective("marocaines") == "Maroc"
    assert lexicon.country_by_adjective("luxembourgeois") == "Luxembourg"
    assert lexicon.country_by_adjective("allemande") == "Allemagne"
    assert lexicon.country_by_adjective("burkinabè") == "Burkina Faso"
    for word in ("malin", "urbain", "national", "européen", "malaise", "turquoise", "François"):
        assert lexicon.country_by_adjective(word) is None, word


def test_regions_provinces_and_cantons():
    places = load_lexicon().places
    assert places["Québec"] == "province"  # « au Québec »; places.py reads « à Québec » as the city
    assert places["Vaud"] == "province"
    assert places["Wallonie"] == "region"
    assert places["Afrique de l'Ouest"] == "region"
    assert "Centre" not in places and "Nord" not in places  # words before they are regions


def test_cities_with_their_french_names():
    places = load_lexicon().places
    for city in ("Sherbrooke", "Namur", "Londres", "Varsovie", "Pékin", "Ouagadougou"):
        assert places.get(city) == "city", city
    assert "Police" not in places  # a town in Poland, but a head word of organization names here


def test_gazetteers_load_quickly():
    geography.cities.cache_clear()
    start = time.perf_counter()
    geography.cities()
    assert time.perf_counter() - start < 3.0
