"""Roles in forms of French that publishers outside the development set write, on own sentences."""

from __future__ import annotations

from tests.conftest import org_named, roles_of


def orgs_of(extraction, name: str) -> set[str | None]:
    return {org for _, org in roles_of(extraction, name)}


def test_commandant_as_a_participle_takes_the_body_it_commands(extract):
    ex = extract("Étaient présents le colonel Luc Barrot, commandant le groupement de gendarmerie départementale "
                 "de l'Aude, et Anne Petit, directrice de la police nationale.", "2024-05-10")
    assert orgs_of(ex, "Luc Barrot") == {"Groupement de gendarmerie départementale de l'Aude"}


def test_commandant_of_a_company_written_in_lower_case(extract):
    ex = extract("Le capitaine Paul GIRARD, commandant la compagnie de Limoux, a signé la convention avec la "
                 "Ville de Limoux le 3 mars.", "2024-05-10")
    assert any(org and org.lower().startswith("compagnie de limoux") for org in orgs_of(ex, "Paul Girard"))
