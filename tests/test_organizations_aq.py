"""Organizations in forms of the own-aq texts (a research centre's monthly letter, a parliamentary committee's
news, a ministry's communiqué, a principality's police news, a provincial news release), in sentences of
our own (issue 8)."""

from __future__ import annotations


def test_a_bodys_name_ends_before_the_day_of_its_act(extract):
    ex = extract("La Cour a tenu compte de la recommandation de la Commission nationale des marchés publics du "
                 "14 novembre 2023 et de l'arrêt du Tribunal administratif du 2 mai 2024.", "2025-01-10")
    names = {o.name for o in ex.organizations}
    assert "Commission nationale des marchés publics" in names, names
    assert not any("novembre" in n or "2024" in n for n in names), names


def test_a_body_named_by_a_day_keeps_its_day(extract):
    ex = extract("L'Association des familles du 3 mars 2019 a rencontré mardi le maire de Tarbes, Julie Vidal, à "
                 "l'hôtel de ville.", "2025-11-02")
    assert "Association des familles du 3 mars 2019" in {o.name for o in ex.organizations}
    assert {a.date for a in ex.activities} == {"2025-10-28"}, ex.activities
