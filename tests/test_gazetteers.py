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
    assert places["Genève"] == places["Dakar"] == "city"  # the city before the canton or region
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


def test_every_theme_has_labels_and_terms_in_both_languages():
    themes = load_lexicon().themes
    assert len({t.id for t in themes}) == len(themes) >= 20
    for theme in themes:
        assert theme.label_fr and theme.label_en and theme.terms_fr and theme.terms_en, theme.id


def test_topics_are_reported_by_their_french_label(extract):
    ex = extract("Le 12 mars, l’Observatoire régional de la sécurité a rencontré la Ville de Tournai au sujet de la "
                 "traite des êtres humains, du blanchiment de capitaux et de la sécurité routière.", "2024-03-31")
    topics = set(ex.activities[0].topics)
    assert {"traite des personnes", "blanchiment d'argent", "sécurité routière"} <= topics


def test_english_terms_name_the_same_theme(extract):
    ex = extract("Le 5 avril, la Ville de Mons a rencontré l’Université de Gand pour préparer un atelier "
                 "« Community policing and domestic violence ».", "2024-04-30")
    topics = set(ex.activities[0].topics)
    assert {"police de proximité", "violences conjugales"} <= topics


def test_well_known_bodies_by_acronym_or_name_in_either_language(extract):
    ex = extract("Le 8 juin, la CEDEAO a rencontré AFRIPOL et la Japan International Cooperation Agency à Abuja "
                 "pour préparer un programme de formation.", "2024-06-30")
    names = {o.name for o in ex.organizations}
    assert {"Communauté économique des États de l'Afrique de l'Ouest",
            "Mécanisme de l'Union africaine pour la coopération policière",
            "Agence japonaise de coopération internationale"} <= names


def test_a_theme_inside_an_organization_name_is_not_a_topic(extract):
    ex = extract("Le 2 juillet, la Fondation pour la sécurité routière a rencontré la Ville de Liège au sujet de la "
                 "violence conjugale.", "2024-07-31")
    assert set(ex.activities[0].topics) == {"violences conjugales"}
