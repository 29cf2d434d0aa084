"""Organizations in forms of the own-ap texts (an international radio's Africa page, a customs body's news,
a regional audit chamber's report, a provincial parliament's committee debates, a Moroccan wilaya's news
page), in sentences of our own (issue 8)."""

from __future__ import annotations

from tests.conftest import orgs_of


def _orgs(ex) -> set[str]:
    return {o.name for o in ex.organizations}


def test_a_bureau_named_by_its_task_that_one_signs_with_is_a_body(extract):
    ex = extract("Le 4 avril, la directrice du port, Mme Odile Tremblay-Roy, a conclu un accord avec le Bureau des "
                 "inspections maritimes sur le partage des rapports.", "2024-05-10")
    assert "Bureau des inspections maritimes" in _orgs(ex)


def test_the_initials_of_a_region_named_after_the_noun_region_are_no_body(extract):
    ex = extract("Le 12 mai à Lomé, les experts de la région Sahel et Golfe (SG) ont adopté un plan de travail "
                 "proposé par l'Organisation mondiale du commerce (OMC). Chaque pays de la région SG désignera un "
                 "point focal.", "2024-05-20")
    assert "Organisation mondiale du commerce" in _orgs(ex)
    assert not {o.acronym for o in ex.organizations} & {"SG"}
    assert "Sahel et Golfe" not in _orgs(ex)


def test_the_initials_of_a_region_in_lower_case_words_are_no_body(extract):
    ex = extract("Le 12 mai à Lomé, les experts de la région Sahel central et côtier (SCC) ont adopté un plan de "
                 "travail proposé par l'Organisation mondiale du commerce (OMC). Chaque pays de la région SCC "
                 "désignera un point focal.", "2024-05-20")
    assert "Organisation mondiale du commerce" in _orgs(ex)
    assert not {o.acronym for o in ex.organizations} & {"SCC"} and "SCC" not in _orgs(ex)


def test_the_name_of_a_land_after_region_is_no_person(extract):
    text = ("Wilaya de la Région Moulay Errachid-Rif\n\n"
            "Une délégation de l'Agence nationale des ports a été accueillie le 3 mai par Monsieur Karim Alaoui, "
            "Wali de la Région Moulay Errachid-Rif, Gouverneur de la Préfecture de Temsal.\n")
    ex = extract(text, "2024-05-10")
    assert "Wilaya de la Région Moulay Errachid-Rif" in _orgs(ex)
    assert "Wilaya de la Région" not in _orgs(ex)
    assert "Moulay Errachid-Rif" not in {p.name for p in ex.people}


def test_a_line_that_links_a_file_names_a_document_not_a_body(extract):
    text = ("Le 12 mai, l'Office régional des pêches a publié son bilan de la saison.\n\n"
            "À télécharger\nProgramme des visites (DOCX)\nBilan de l'Office régional des pêches (PDF, 2 Mo)\n")
    ex = extract(text, "2024-05-20")
    assert "Office régional des pêches" in _orgs(ex)
    assert "Programme des visites" not in _orgs(ex)


def test_a_town_named_as_commune_and_through_its_mayor_is_one_body(extract):
    ex = extract("La commune de Valmeraie a signé le 3 mai une convention avec la préfecture. Le maire de "
                 "Valmeraie, M. Jean Dufour, a salué l'accord.", "2024-05-10")
    towns = {o.name for o in ex.organizations if "Valmeraie" in o.name}
    assert towns == {"Commune de Valmeraie"}
    assert orgs_of(ex, "Jean Dufour") <= {"Commune de Valmeraie"}


def test_a_bare_mayor_is_of_the_town_named_as_commune(extract):
    ex = extract("La chambre a examiné les marchés de la commune de Valmeraie. Le maire, M. Jean Dufour, en poste "
                 "depuis 2021, conteste ses conclusions. Le maire de Valmeraie a écrit à la chambre le 3 mai.",
                 "2024-05-10")
    assert "Commune de Valmeraie" in orgs_of(ex, "Jean Dufour")


def test_a_body_in_charge_of_a_field_is_named_up_to_its_initials(extract):
    ex = extract("M. Paul Okello dirige depuis 2019 le Bureau régional de coordination chargé de la formation (BRCF) "
                 "pour l'Afrique de l'Est ; il en a présenté le bilan le 3 mai.", "2024-05-10")
    brcf = next(o for o in ex.organizations if o.acronym == "BRCF" or o.name == "BRCF")
    assert brcf.name.startswith("Bureau régional de coordination chargé de la formation")
    assert "Bureau régional de coordination" not in _orgs(ex)


def test_a_body_of_members_named_in_both_genders_goes_on_after_them(extract):
    ex = extract("Le 3 mai, la Fédération des infirmiers et infirmières autorisés du Manitoba a publié son rapport "
                 "annuel.", "2024-05-10")
    assert "Fédération des infirmiers et infirmières autorisés du Manitoba" in _orgs(ex)


def test_a_caidat_and_a_pachalik_are_the_bodies_of_their_agents(extract):
    ex = extract("Le 5 mai, le pachalik de Tinfat et le caïdat de Aït Oumlil ont organisé une collecte de sang, en "
                 "présence de M. Omar Tazi, Pacha, et de Mme Leila Benali, Caïd.", "2024-05-10")
    assert {"Caïdat de Aït Oumlil", "Pachalik de Tinfat"} <= _orgs(ex)
    assert "Aït Oumlil" not in {p.name for p in ex.people}
