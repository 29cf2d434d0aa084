"""Organizations in forms of the own-ar texts (a daily's report of a police handover, a federal police
release on a joint operation, a university school's news page, a gendarmerie's social-media post, a
departmental council's page on a local security contract), in sentences of our own (issue 8)."""

from __future__ import annotations


def _orgs(ex) -> set[str]:
    return {o.name for o in ex.organizations}


def test_a_pictograph_ends_a_name(extract):
    # A social-media caption strings its photo legends together with a camera or a flag between them.
    ex = extract("Le colonel a salué les habitants.📸 Revue des troupes à la Compagnie de Kolda📸 Séance de "
                 "travail avec les chefs d'unités📸 Visite au gouverneur.", "2025-04-15")
    assert not any("📸" in name or "Séance" in name for name in _orgs(ex))
    ex = extract("Le ministre a inauguré le commissariat. 🇧🇯 Merci à la Brigade de Parakou 🇧🇯🇧🇯 Bravo "
                 "à la Direction générale de la Police républicaine 👏 Vive la paix.", "2025-04-15")
    assert not any("🇧" in name or "👏" in name or "Bravo" in name for name in _orgs(ex))

