"""Organizations in forms of other publishers' pages (own sentences, round am): a grade written as
capitals and a digit before a name, a body « auprès de » another, a department of several domains."""

from __future__ import annotations


def names(extraction) -> set[str]:
    return {o.name for o in extraction.organizations}


def every_name(extraction) -> set[str]:
    return {n for o in extraction.organizations for n in (o.name, o.acronym, *o.aliases) if n}


def test_a_grade_of_capitals_and_a_digit_before_a_name_is_no_body(extract):
    ex = extract("Le Directeur de la Police de l'Air et des Frontières, OPC3 Léonce Bukuru, a reçu "
                 "le Commandant de la Région Ouest, OPP2 Gaspard Hakizimana. Ensuite, OPC3 Bukuru a visité "
                 "le poste de Rumonge.")
    found = every_name(ex)
    assert not any(n.startswith(("OPC3", "OPP2")) for n in found)
