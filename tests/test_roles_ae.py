"""Roles in forms met on a Swiss press release, a Malagasy post, a UN release and a town-hall page (own sentences)."""

from __future__ import annotations

from tests.conftest import roles_of


def orgs_of(extraction, name: str) -> set[str | None]:
    return {org for _, org in roles_of(extraction, name)}


def test_head_of_a_school_before_the_name(extract):
    ex = extract("Le 4 mars, le principal du collège Louis-Pasteur, Paul Blanc, a reçu la délégation, "
                 "avec la proviseure du lycée Victor-Hugo, Anne Roux.")
    assert orgs_of(ex, "Paul Blanc") == {"Collège Louis-Pasteur"}
    assert orgs_of(ex, "Anne Roux") == {"Lycée Victor-Hugo"}
