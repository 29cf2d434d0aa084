"""Grades of several words written before a name are one title, held in the body named
after it: navies, Belgian, Swiss and Canadian police forces, French police officers."""

from __future__ import annotations

import pytest

from tests.conftest import bodies_of, roles_of


@pytest.mark.parametrize("rank, body", [
    ("capitaine de corvette", "Marine royale"),
    ("premier inspecteur principal", "Zone de police Haute-Meuse"),
    ("sergent d'état-major", "Gendarmerie royale du Canada"),
    ("commandant divisionnaire", "Police nationale"),
    ("premier-lieutenant", "Police cantonale jurassienne"),
    ("lieutenant-détective", "Service de police de Lévis"),
    ("appointé", "Police cantonale valaisanne"),
])
def test_a_grade_of_several_words_is_one_title(rank, body, extract):
    ex = extract(f"Le {rank} Olivier Brasseur, de la {body}, a présenté le bilan de l'année à la presse.")
    assert {title for title, _ in roles_of(ex, "Olivier Brasseur")} == {rank[0].upper() + rank[1:]}
    assert bodies_of(ex, "Olivier Brasseur") == {body}
