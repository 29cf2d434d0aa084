"""Organizations in forms of the own-aq texts (a research centre's monthly letter, a parliamentary committee's
news, a ministry's communiqué, a principality's police news, a provincial news release), in sentences of
our own (issue 8)."""

from __future__ import annotations


def test_a_bodys_name_ends_before_the_day_of_its_act(extract):
    ex = extract("Le député a rappelé l'avis du Conseil d'État du 12 octobre 2024 et la délibération de la "
                 "Commission nationale de l'informatique du 3 février 2024.", "2025-01-10")
    names = {o.name for o in ex.organizations}
    assert "Commission nationale de l'informatique" in names, names
    assert not any("février" in n or "octobre" in n for n in names), names


def test_a_body_named_by_a_day_keeps_its_day(extract):
    ex = extract("L'Association des victimes du 14 juillet 2016 a rencontré mardi le maire de Nice, Christian Estrosi, "
                 "à l'hôtel de ville.", "2025-11-02")
    assert "Association des victimes du 14 juillet 2016" in {o.name for o in ex.organizations}
    assert {a.date for a in ex.activities} == {"2025-10-28"}, ex.activities
