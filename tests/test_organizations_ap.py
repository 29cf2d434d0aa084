"""Organizations in forms of the own-ap texts (an international radio's Africa page, a customs body's news,
a regional audit chamber's report, a provincial parliament's committee debates, a Moroccan wilaya's news
page), in sentences of our own (issue 8)."""

from __future__ import annotations

from tests.conftest import orgs_of


def _orgs(ex) -> set[str]:
    return {o.name for o in ex.organizations}


def test_a_bureau_named_by_its_task_that_one_signs_with_is_a_body(extract):
    ex = extract("Mme Odile Tremblay-Roy, commissaire aux plaintes, a signé le 4 avril une entente avec le "
                 "Bureau des enquêtes indépendantes pour éviter les doublons.", "2024-05-10")
    assert "Bureau des enquêtes indépendantes" in _orgs(ex)


def test_the_initials_of_a_region_named_after_the_noun_region_are_no_body(extract):
    ex = extract("Le 12 mai, l'Organisation mondiale du commerce (OMC) a réuni à Lomé ses membres de la région "
                 "Afrique de l'Ouest (AO). La feuille de route sera présentée aux ministres de la région AO.",
                 "2024-05-20")
    assert "Organisation mondiale du commerce" in _orgs(ex)
    assert not {o.acronym for o in ex.organizations} & {"AO"}
    assert "Afrique de l'Ouest" not in _orgs(ex)


def test_the_initials_of_a_region_in_lower_case_words_are_no_body(extract):
    ex = extract("Le 12 mai, l'Organisation mondiale du commerce (OMC) a réuni à Lomé ses membres de la région "
                 "Afrique australe et orientale (AAO). Le plan sera présenté aux ministres de la région AAO.",
                 "2024-05-20")
    assert "Organisation mondiale du commerce" in _orgs(ex)
    assert not {o.acronym for o in ex.organizations} & {"AAO"} and "AAO" not in _orgs(ex)


def test_the_name_of_a_land_after_region_is_no_person(extract):
    text = ("Royaume du Maroc - Ministère de l'Intérieur\n"
            "Wilaya de la Région Moulay Errachid-Rif - Préfecture de Temsal\n\nActualités\n\n"
            "Le 3 mai, Monsieur Karim Alaoui, Wali de la Région Moulay Errachid-Rif, Gouverneur de la Préfecture "
            "de Temsal, a reçu une délégation de l'Agence nationale des ports.\n")
    ex = extract(text, "2024-05-10")
    assert "Wilaya de la Région Moulay Errachid-Rif" in _orgs(ex)
    assert "Wilaya de la Région" not in _orgs(ex)
    assert "Moulay Errachid-Rif" not in {p.name for p in ex.people}


def test_a_line_that_links_a_file_names_a_document_not_a_body(extract):
    text = ("Le 12 mai, l'Office régional des pêches a réuni ses partenaires à Lomé.\n\n"
            "Documents associés\nProgramme du séminaire (PDF)\nRapport de l'Office régional des pêches (PDF, 2 Mo)\n")
    ex = extract(text, "2024-05-20")
    assert "Office régional des pêches" in _orgs(ex)
    assert "Programme du séminaire" not in _orgs(ex)


def test_a_town_named_as_commune_and_through_its_mayor_is_one_body(extract):
    ex = extract("La commune de Valmeraie a signé le 3 mai une convention avec la préfecture. Le maire de "
                 "Valmeraie, M. Jean Dufour, a salué l'accord.", "2024-05-10")
    towns = {o.name for o in ex.organizations if "Valmeraie" in o.name}
    assert towns == {"Commune de Valmeraie"}
    assert orgs_of(ex, "Jean Dufour") <= {"Commune de Valmeraie"}


def test_a_bare_mayor_is_of_the_town_named_as_commune(extract):
    ex = extract("La chambre a contrôlé la gestion de la commune de Valmeraie. Sous l'impulsion du maire, "
                 "M. Jean Dufour, élu en 2020, le service recrute depuis la commune de Sorbiac. Le maire de "
                 "Valmeraie a répondu le 3 mai.", "2024-05-10")
    assert "Commune de Valmeraie" in orgs_of(ex, "Jean Dufour")


def test_a_body_in_charge_of_a_field_is_named_up_to_its_initials(extract):
    ex = extract("Le Bureau régional de coordination chargé de la formation (BRCF) pour l'Afrique de l'Est, "
                 "représenté par son chef, M. Paul Okello, a présenté ses outils le 3 mai.", "2024-05-10")
    brcf = next(o for o in ex.organizations if o.acronym == "BRCF" or o.name == "BRCF")
    assert brcf.name.startswith("Bureau régional de coordination chargé de la formation")
    assert "Bureau régional de coordination" not in _orgs(ex)


def test_a_body_of_members_named_in_both_genders_goes_on_after_them(extract):
    ex = extract("Le 3 mai, le ministre a présenté le forum organisé avec la Fédération des infirmiers et "
                 "infirmières autorisés du Manitoba.", "2024-05-10")
    assert "Fédération des infirmiers et infirmières autorisés du Manitoba" in _orgs(ex)


def test_a_caidat_and_a_pachalik_are_the_bodies_of_their_agents(extract):
    ex = extract("Le 5 mai, Monsieur le Gouverneur a installé Mme Leila Benali dans ses fonctions de Caïd du "
                 "caïdat de Aït Ourir, et M. Omar Tazi dans ses fonctions de Pacha du pachalik de Tinfat.",
                 "2024-05-10")
    assert {"Caïdat de Aït Ourir", "Pachalik de Tinfat"} <= _orgs(ex)
    assert "Aït Ourir" not in {p.name for p in ex.people}
