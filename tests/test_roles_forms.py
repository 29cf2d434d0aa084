"""Roles in forms of French institutional news that own texts showed failing (own sentences; issue 8):
a body in brackets then the title, two titles joined by « et », « son homologue de X », « à la tête de »,
court titles, a capitalised domain after a head title."""

from __future__ import annotations

from tests.conftest import roles_of


def test_title_after_a_bracketed_acronym_is_of_that_body(extract):
    text = ("Le 3 mars 2024, l'Organisation mondiale des douanes (OMD) a réuni à Bruxelles ses partenaires. "
            "Parmi les orateurs :\n"
            "• Mme Léa Fontaine (OMD), Directrice adjointe du renforcement des capacités ;\n"
            "• M. Paulo Mendes (ONUDC), Spécialiste de la traite des personnes.\n")
    ex = extract(text, "2024-03-05")
    assert ("Directrice adjointe du renforcement des capacités", "OMD") in roles_of(ex, "Léa Fontaine")
    assert any(title.startswith("Spécialiste") and org for title, org in roles_of(ex, "Paulo Mendes"))


def test_rank_before_name_then_bracketed_body_then_title(extract):
    text = ("Le 3 mars 2024, les participants ont entendu le Commissaire principal Yves Mabiala (INTERPOL), "
            "Chef du Bureau de liaison pour l'Afrique de l'Est, et Mme Clara Bodin (UNICEF), "
            "Chargée de protection de l'enfance.\n")
    ex = extract(text, "2024-03-05")
    titles = {title for title, org in roles_of(ex, "Yves Mabiala") if org}
    assert any(t.startswith("Chef du Bureau de liaison") for t in titles)
    assert any(t.startswith("Chargée de protection") for t, org in roles_of(ex, "Clara Bodin") if org)
