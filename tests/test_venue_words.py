"""A building named after a kind of body (« l'Hôtel de Police ») is a venue, not a town called « Police » (issue 8)."""

from __future__ import annotations


def test_a_body_head_in_a_buildings_name_is_no_town(extract):
    ex = extract("Mardi après-midi, la conseillère d'État Mireille Vautrin s'est rendue à l'Hôtel de Police pour "
                 "saluer les nouvelles recrues, avec le commandant de la Police cantonale, M. Marc Aubert.",
                 "2026-03-21")
    assert ex.activities and all(a.place != "Police" for a in ex.activities), ex.activities


def test_a_town_after_a_buildings_name_is_still_its_town(extract):
    ex = extract("La ministre Mireille Vautrin a été reçue par le maire de Sherbrooke à l'hôtel de ville de "
                 "Sherbrooke.", "2026-03-21")
    assert {a.place for a in ex.activities} == {"Sherbrooke"}, ex.activities
