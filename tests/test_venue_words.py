"""A building named after a kind of body (« l'Hôtel de Police ») is a venue, not a town called « Police » (issue 8)."""

from __future__ import annotations


def test_a_body_head_in_a_buildings_name_is_no_town(extract):
    ex = extract("Ce vendredi matin, le ministre Luc Pernet a présidé à l'Hôtel de Police la cérémonie de remise des "
                 "médailles, aux côtés du directeur de la Police cantonale, M. Marc Aubert.", "2026-03-21")
    assert ex.activities and all(a.place != "Police" for a in ex.activities), ex.activities


def test_a_town_after_a_buildings_name_is_still_its_town(extract):
    ex = extract("Le maire de Sherbrooke a reçu la ministre Luc Pernet à l'hôtel de ville de Sherbrooke.", "2026-03-21")
    assert {a.place for a in ex.activities} == {"Sherbrooke"}, ex.activities
