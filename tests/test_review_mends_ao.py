"""Ordinary French that the ao round's forms first read wrongly, found by its review; sentences of our own."""

from __future__ import annotations

from reseau.ingest.segment import split_items
from tests.conftest import roles_of


def _orgs(ex) -> set[str]:
    return {o.name for o in ex.organizations}


def test_a_study_ordered_by_someone_gives_no_command(extract):
    ex = extract("L'audit de la Chambre régionale des comptes, commandé par Lucien Ferrand, a été rendu public "
                 "jeudi à Poitiers.", "2024-10-04")
    assert not any(title == "Commandant" for title, _ in roles_of(ex, "Lucien Ferrand"))


def test_a_bare_acronym_shared_with_a_rank_stays_a_body(extract):
    ex = extract("Les primes seront versées par l'ASP au printemps. L'ASP a confirmé le calendrier lundi.", "2024-10-04")
    assert "ASP" in _orgs(ex) | {o.acronym for o in ex.organizations}


def test_bodies_of_two_towns_after_a_plural_article_stay_bodies(extract):
    ex = extract("Les CHU de Nantes et d'Angers ont signé mardi une convention avec l'Agence régionale de santé.",
                 "2024-10-04")
    assert any(name.startswith("CHU de Nantes") for name in _orgs(ex)), _orgs(ex)


def test_a_mayor_of_the_commune_after_a_region_is_not_its_mayor(extract):
    ex = extract("En tournée en Bretagne, la ministre a rencontré mardi Yann Le Goff, maire de la commune, "
                 "et plusieurs élus.", "2024-10-04")
    assert not any("Bretagne" in (org or "") for _, org in roles_of(ex, "Yann Le Goff"))


def test_a_subtitle_with_an_ordinal_opens_no_item():
    items = list(split_items("Cyclisme\nBoucles de la Mayenne • 3e étape\nLe coureur Paul Hervé a gagné en solitaire.\n"))
    assert len(items) == 1
