"""Forms the review of the al/am rounds found read wrongly, each on a sentence of our own."""

from __future__ import annotations

from datetime import date

from reseau.extract.document import extract_text
from tests.conftest import gatherings


def test_a_date_alone_at_the_end_of_an_item_is_no_release_date(nlp):
    text = ("Visite du préfet à Lorient\n\n"
            "Mardi dernier, le préfet du Morbihan, M. Alain Costes, a reçu les maires du pays de Lorient "
            "à la sous-préfecture.\n\n"
            "Les candidatures au prix de la prévention sont ouvertes jusqu'à la date suivante :\n"
            "15 septembre 2025\n")
    extraction = extract_text(text, published=date(2025, 5, 22))
    assert [a.date for a in gatherings(extraction)] == ["2025-05-20"]


def test_joining_the_participants_of_a_conference_is_no_hire(nlp):
    extraction = extract_text("Le 4 mars, à Tunis, le ministre de la Justice, M. Karim Belhadj, s'est joint aux "
                              "participants de la conférence régionale de l'ONUDC sur la traite des personnes.",
                              published=date(2025, 3, 6))
    assert not [a for a in extraction.activities if a.kind == "hire"]


def test_a_place_opening_on_a_vowel_is_elided_in_the_titles_given_respectively(extract):
    ex = extract("La cérémonie s'est tenue en présence des sous-préfets d'Aboisso et de Tiapoum, respectivement "
                 "M. Koffi Yao Bertin et Mme Aya Kouamé Rose.")
    titles = {r.title for p in ex.people for r in p.roles}
    assert "Sous-préfet d'Aboisso" in titles and "Sous-préfet de Tiapoum" in titles, titles


def test_meetings_told_during_the_week_of_a_day_stay_apart(nlp):
    text = ("Pendant la semaine du 12 septembre, à Genève, le Centre a rencontré Laure Vuillemin, directrice de "
            "l'Office cantonal de la sécurité.\n\n"
            "Pendant la semaine du 12 septembre, à Lausanne, le Centre a rencontré Marc Schaller, commandant de la "
            "Police cantonale vaudoise.\n")
    extraction = extract_text(text, published=date(2022, 12, 31))
    met = sorted(tuple(a.people) for a in gatherings(extraction))
    assert met == [("Laure Vuillemin",), ("Marc Schaller",)], met
