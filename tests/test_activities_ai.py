"""Activities of the forms met in government minutes, a bar's elections, a monitoring
body's release and a presidency's agenda: posts given « respectivement » one each,
days told relative to the one before, and announced gatherings in the future tense."""

from __future__ import annotations


def by_kind(extraction, kind: str):
    return [a for a in extraction.activities if a.kind == kind]


def test_elected_respectively_without_a_comma_is_one_hire_each(extract):
    text = ("Le 4 février 2023, l'Association des juristes de Rimouski a tenu son assemblée annuelle. "
            "Mme Odile Ferland et M. Gaston Lapierre ont été élus respectivement trésorière et secrétaire adjoint.")
    ex = extract(text, "2023-02-10")
    hires = by_kind(ex, "hire")
    assert sorted(tuple(h.people) for h in hires) == [("Gaston Lapierre",), ("Odile Ferland",)]
    assert all(h.date == "2023-02-04" for h in hires)
