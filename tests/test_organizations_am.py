"""Organizations in forms of other publishers' pages (own sentences, round am): a grade written as
capitals and a digit before a name, a body « auprès de » another, a department of several domains."""

from __future__ import annotations

import pytest


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


def test_an_office_of_a_body_kept_with_another_is_named_whole(extract):
    ex = extract("Le Conseil a entendu le chef du Bureau régional de l'Organisation internationale de la Francophonie "
                 "auprès de l'Union européenne, M. Paul Durand.")
    assert "Bureau régional de l'Organisation internationale de la Francophonie auprès de l'Union européenne" in names(ex)


def test_a_body_pleading_with_another_is_not_named_by_it(extract):
    ex = extract("Le plaidoyer de l'Association des Maires de Gironde auprès du Ministère de l'Intérieur a abouti.")
    assert "Association des Maires de Gironde" in names(ex)


def test_the_adjective_of_the_body_an_office_is_kept_with_stays_with_it(extract):
    ex = extract("La Délégation de l'Organisation des États américains auprès de la Commission européenne a publié un rapport.")
    office = next(o for o in ex.organizations if o.name.startswith("Délégation"))
    assert office.name == "Délégation de l'Organisation des États américains auprès de la Commission européenne"
    assert not any("Délégation européenne" in a for a in office.aliases)


def test_a_department_of_several_domains_listed_with_commas_is_named_whole(extract):
    ex = extract("Le conseiller d'État Marc Favre, chef du Département des finances, de la santé et des sports (DFSS), "
                 "a répondu aux questions.")
    assert "Département des finances, de la santé et des sports" in names(ex)
    assert "Département des finances" not in names(ex)


def test_a_department_of_several_domains_without_its_acronym_is_named_whole(extract):
    ex = extract("Mme Claire Vuille, cheffe du Service de la jeunesse, des sports et de l'intégration, a présenté le bilan.")
    assert "Service de la jeunesse, des sports et de l'intégration" in names(ex)


def test_a_comma_before_a_place_still_ends_a_department(extract):
    ex = extract("Le Département de la sécurité, de Lausanne et de Morges ont signé une convention avec la Police "
                 "municipale de Nyon.")
    assert not any(n.startswith("Département de la sécurité, de Lausanne") for n in names(ex))


def test_a_head_word_among_the_listed_domains_owns_no_department(extract):
    ex = extract("Mme Awa Sy, commissaire chargée du Département des Services sociaux, de la Santé et de l'Emploi, "
                 "a ouvert la session.")
    assert not any(n.startswith("Services sociaux") for n in names(ex))


def test_a_regional_audit_chamber_in_lower_case_is_named_with_its_region(extract):
    ex = extract("M. Paul Roy, président de la chambre régionale des comptes Hauts-de-France, a pris la parole.")
    assert "Chambre régionale des comptes Hauts-de-France" in names(ex)
    ex = extract("M. Paul Roy, président de la chambre régionale des comptes Provence-Alpes-Côte d'Azur.\n\nLa suite.")
    assert "Chambre régionale des comptes Provence-Alpes-Côte d'Azur" in names(ex)


def test_a_regional_audit_chamber_of_a_region_is_named_with_it(extract):
    ex = extract("La chambre régionale des comptes de Bretagne a publié son rapport sur la commune.")
    assert "Chambre régionale des comptes de Bretagne" in names(ex)


@pytest.mark.xfail(reason="not fixed yet: a title's body (« directeur … de la police nationale de X ») is built on the "
                          "force's span, so the force cannot drop the province without losing the directorate's")
def test_a_national_force_of_a_province_is_the_national_force(extract):
    ex = extract("La coopération avec la police nationale de la Gironde et la gendarmerie a été saluée.")
    assert not any(n.endswith("de la Gironde") and n.startswith("Police nationale") for n in names(ex))
