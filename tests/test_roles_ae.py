"""Roles in forms met on a Swiss press release, a Malagasy post, a UN release and a town-hall page (own sentences)."""

from __future__ import annotations

from tests.conftest import orgs_of


def test_head_of_a_school_before_the_name(extract):
    ex = extract("Le 4 mars, le principal du collège Louis-Pasteur, Paul Blanc, a reçu la délégation, "
                 "avec la proviseure du lycée Victor-Hugo, Anne Roux.")
    assert orgs_of(ex, "Paul Blanc") == {"Collège Louis-Pasteur"}
    assert orgs_of(ex, "Anne Roux") == {"Lycée Victor-Hugo"}


def test_rank_takes_no_force_named_in_another_clause(extract):
    ex = extract("Le 4 mars, la Direction de la Police judiciaire, dont le Commissaire principal Jean Koffi assure "
                 "la direction par intérim, a reçu le matériel d'INTERPOL.")
    assert "INTERPOL" not in orgs_of(ex, "Jean Koffi")


def test_relative_dont_says_who_leads_the_body(extract):
    ex = extract("Le 4 mars, nous avons visité nos partenaires.\n\nDes formateurs d'INTERPOL ont animé la session. "
                 "Le matériel sera confié à l'Agence nationale "
                 "de la sécurité routière, dont le commissaire Jean Koffi assure la direction par intérim.")
    assert orgs_of(ex, "Jean Koffi") == {"Agence nationale de la sécurité routière"}


def test_bracketed_body_after_the_name_then_who_leads_it(extract):
    ex = extract("Le 4 mars, nous avons visité nos partenaires.\n\nDes agents de l'Office central pour la répression du "
                 "trafic illicite des stupéfiants (OCRTIS) ont suivi la session. Les stagiaires ont échangé avec la commissaire "
                 "Awa Sow (OCRTIS), qui dirige l'Office depuis 2021, et avec M. Paul Diouf de la Banque mondiale.")
    assert "OCRTIS" in orgs_of(ex, "Awa Sow")


def test_plural_title_then_respectively(extract):
    ex = extract("Le 4 mars, nous avons visité nos partenaires.\n\nAnne Roux et Paul Blanc, directeurs respectivement "
                 "de la Police municipale de Nantes et de la Police municipale de Rennes, ont été élus au bureau.")
    assert orgs_of(ex, "Anne Roux") == {"Police municipale de Nantes"}
    assert orgs_of(ex, "Paul Blanc") == {"Police municipale de Rennes"}


def test_elected_to_the_chair_of_the_body_named_again(extract):
    ex = extract("Le 4 mars, nous avons visité nos partenaires.\n\nRéunis à Sion, les membres de l'Association "
                 "des maires du Valais ont élu Paul Rey, maire de Sierre, à la présidence de l'association.")
    assert "Association des maires du Valais" in orgs_of(ex, "Paul Rey")


def test_surname_in_capitals_after_a_title_with_a_town(extract):
    ex = extract("CÉRÉMONIE À LA BASE\n\nLa cérémonie s'est déroulée en présence de Madame le Maire de Toamasina "
                 "RAKOTO Voahirana Lalao et de M. Jean Roux.")
    names = {p.name for p in ex.people}
    assert any(n.lower() == "rakoto voahirana lalao" for n in names)
    assert not any("RAKOTO" in o.name for o in ex.organizations)


def test_surname_first_after_a_title_and_its_town_unread_by_the_tagger(extract):
    ex = extract("CÉRÉMONIE À LA BASE\n\nLa cérémonie s'est tenue en présence de Madame le Préfet d'Antsirabe "
                 "RAHARINIRINA Tiana Voahangy, du maire et des chefs de district.")
    person = next(p for p in ex.people if p.name.lower() == "raharinirina tiana voahangy")
    assert {r.organization for r in person.roles} == {"Préfecture d'Antsirabe"}


def test_academic_degree_between_the_title_and_the_name(extract):
    ex = extract("VISITE\n\nLe 4 mars, la directrice de l'Office fédéral de la statistique (OFS), lic. phil. Anne Roux, "
                 "a présenté le rapport.")
    assert orgs_of(ex, "Anne Roux") & {"OFS", "Office fédéral de la statistique"}


def test_delegation_led_by_its_deputy_director(extract):
    ex = extract("VISITE\n\nLe 4 mars, le comité a siégé à Sion. Une délégation de l'Office fédéral des routes (OFROU), "
                 "conduite par son vice-directeur Paul Blanc, y a également pris part.")
    assert orgs_of(ex, "Paul Blanc") & {"OFROU", "Office fédéral des routes"}


def test_sub_prefect_of_a_district_named_by_its_town(extract):
    ex = extract("VISITE\n\nLe 4 mars, la séance s'est tenue en présence de M. Paul Blanc, sous-préfet de "
                 "l'arrondissement de Lunéville, et du maire.")
    assert orgs_of(ex, "Paul Blanc") == {"Sous-préfecture de Lunéville"}


def test_regional_director_of_a_named_company(extract):
    ex = extract("VISITE\n\nLe 4 mars, étaient présents le maire et la directrice régionale de Loire Habitat, Anne Roux.")
    assert orgs_of(ex, "Anne Roux") == {"Loire Habitat"}


def test_name_with_two_particles_in_a_speakers_list(extract):
    ex = extract("Ont pris la parole :\n• M. Paul Blanc, Directeur de l'Agence nationale de sécurité ;\n"
                 "• S.E. Mme Anna van der Berg, Ambassadrice du Royaume de Belgique au Sénégal ;\n"
                 "• le Colonel Marc Diop, Directeur de la Police de l'air.")
    assert orgs_of(ex, "Anna van der Berg") == {"Ambassade du Royaume de Belgique au Sénégal"}
