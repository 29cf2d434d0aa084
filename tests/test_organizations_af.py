"""Organizations in the forms of French of other publishers: page headings, addresses, names with a
country or a court after them (own sentences, none taken from a text)."""

from __future__ import annotations

from tests.conftest import bodies_of


def names(extraction) -> set[str]:
    return {o.name for o in extraction.organizations}


def test_a_heading_of_two_ordinary_words_in_capitals_is_no_body(extract):
    ex = extract("CE QUI VIENT\n\nDERNIÈRE HEURE\n\nLa Sûreté du Québec a publié son bilan annuel à Trois-Rivières.\n\n"
                 "CULTURE / JUSTICE\n\nLe Service de police de Laval tiendra un forum.")
    assert "Sûreté du Québec" in names(ex)
    assert not names(ex) & {"DERNIÈRE", "HEURE", "CULTURE", "JUSTICE"}


def test_a_month_in_capitals_on_an_issue_line_is_no_body(extract):
    ex = extract("LETTRE D'INFORMATION N° 12 | FÉVRIER 2024\n\nLe Conseil de l'Europe a tenu sa session à Strasbourg.")
    assert "FÉVRIER" not in names(ex)


def test_a_label_in_capitals_before_a_body_is_no_body(extract):
    ex = extract("Le ministère annonce un nouveau programme de prévention.\n\nCONTACT Ministère des Transports du Québec")
    assert "CONTACT" not in names(ex)


def test_a_postal_code_is_no_body(extract):
    ex = extract("Vous recevez ce courriel parce que vous êtes membre de l'Association des policiers du Québec.\n"
                 "Association des policiers du Québec – 455, rue Saint-Jean, Québec (Québec) G1R 2B4")
    assert not any(n.startswith("G1R") for n in names(ex))


def test_a_label_in_capitals_opening_a_name_is_left_out(extract):
    ex = extract("Le ministère annonce un nouveau programme de prévention.\n\n"
                 "RENSEIGNEMENTS Ministère des Transports du Québec")
    assert not any(n.startswith("RENSEIGNEMENTS") for n in names(ex))


def test_the_general_assembly_of_a_city_is_a_meeting_not_a_body(extract):
    ex = extract("L'Assemblée générale de Marrakech s'est tenue le 3 mai à l'Université Cadi Ayyad, "
                 "en présence des membres du Réseau.")
    assert "Marrakech" not in names(ex)
    assert "Université Cadi Ayyad" in names(ex)


def test_an_acronym_on_the_line_above_its_long_name_is_one_body(extract):
    ex = extract("AIPRJ\nAlliance internationale pour la prévention de la récidive des jeunes\n\n"
                 "LETTRE N° 3\n\nLe 2 mars, l'AIPRJ a tenu son conseil à Genève avec la Ville de Genève.")
    alliance = [o for o in ex.organizations if o.acronym == "AIPRJ" or o.name == "AIPRJ" or o.name.startswith("Alliance")]
    assert len(alliance) == 1
    assert alliance[0].name == "Alliance internationale pour la prévention de la récidive des jeunes"


def test_a_director_of_a_body_named_as_a_direction_elsewhere_is_one_body(extract):
    ex = extract("Le séminaire est organisé par la Direction de la Sécurité maritime (DSM) à Cotonou. "
                 "Il était présidé par Marc Adjovi, directeur de la Sécurité maritime.")
    assert "Sécurité maritime" not in names(ex)
    body = [o for o in ex.organizations if o.acronym == "DSM"]
    assert body and body[0].name in bodies_of(ex, "Marc Adjovi")



def test_a_government_in_lower_case_with_its_land(extract):
    ex = extract("Le gouvernement du Manitoba et le gouvernement du Canada annoncent un financement de 2 millions "
                 "de dollars pour la prévention de la criminalité à Winnipeg.")
    assert {"Gouvernement du Manitoba", "Gouvernement du Canada"} <= names(ex)


def test_a_government_of_a_person_is_no_body_named(extract):
    ex = extract("Sous le gouvernement de Jean Martin, le ministère a lancé une réforme.")
    assert not any(n.startswith("Gouvernement") for n in names(ex))


def test_a_second_complement_joined_by_et_de_inside_a_name(extract):
    ex = extract("Par arrêté du 3 mars 2024, Paul Ilunga a été nommé Directeur du Centre pénitentiaire et de "
                 "rééducation de Kabinda.")
    assert "Centre pénitentiaire et de rééducation de Kabinda" in names(ex)


def test_a_minister_of_two_domains_is_not_one_body_name(extract):
    ex = extract("Le ministre de la Police nationale et de la Protection civile a inauguré le commissariat.")
    assert not any("et de la Protection civile" in n for n in names(ex) if n.startswith("Police"))


def test_a_bar_near_a_court_of_appeal(extract):
    ex = extract("Le ministre a signé un protocole avec le Barreau près la Cour d'appel de Lubumbashi, "
                 "représenté par son Bâtonnier.")
    assert "Barreau près la Cour d'appel de Lubumbashi" in names(ex)


def test_a_body_without_borders_with_its_country(extract):
    ex = extract("Diplômée en droit, elle a auparavant travaillé chez Juristes sans frontières Belgique.")
    assert "Juristes sans frontières Belgique" in names(ex)


def test_a_research_section_of_a_national_gendarmerie(extract):
    ex = extract("La séance de travail a réuni la DPAF et la Section de recherches de la Gendarmerie nationale, "
                 "dirigée par le Chef d'escadron Paul Diatta.")
    assert "Section de recherches de la Gendarmerie nationale" in names(ex)


def test_the_head_of_a_unit_of_a_national_police_belongs_to_the_police(extract):
    ex = extract("Awa Ndiaye, cheffe de la Brigade des mineurs de la Police nationale, a présenté le bilan.")
    assert "Police nationale" in names(ex)


def test_a_city_the_tagger_reads_as_a_person_closes_a_name(extract):
    ex = extract("Pierre Habimana, qui dirige le Centre d'études criminologiques de Bujumbura, devient trésorier.")
    assert "Centre d'études criminologiques de Bujumbura" in names(ex)


def test_a_police_and_customs_cooperation_centre_in_lower_case_with_its_town(extract):
    ex = extract("Les deux ministres ont fait le point sur le centre de coopération policière et douanière de "
                 "Saint-Aubin-sur-Orne, dont le chef a présenté le bilan.")
    assert "Centre de coopération policière et douanière de Saint-Aubin-sur-Orne" in names(ex)



def test_a_federal_department_named_by_its_domain_and_country_on_its_own_line(extract):
    ex = extract("COMMUNIQUÉ DE PRESSE\n\nMinistère de l'Environnement\nPêches et Océans Canada\n\n"
                 "Le ministre a annoncé un financement à Rimouski.\n\nRelations avec les médias\nSanté Canada\n613 555-0199")
    assert {"Pêches et Océans Canada", "Santé Canada"} <= names(ex)


def test_a_lower_case_noun_inside_a_name_after_a_generic_noun(extract):
    ex = extract("Une entente a été signée entre le Ministère et l'organisme Passerelle jeunesse Rive-Sud, "
                 "qui pilotera le projet auprès de 200 jeunes.")
    assert "Passerelle jeunesse Rive-Sud" in names(ex)


def test_a_name_after_a_generic_noun_may_open_on_a_town_s_name(extract):
    ex = extract("La Ville a signé une entente avec l'organisme Limoges jeunesse Ouest, qui pilotera le projet.")
    assert "Limoges jeunesse Ouest" in names(ex)


def test_a_country_joined_by_a_hyphen_to_another_land_closes_no_department(extract):
    ex = extract("Cette somme provient de l'Entente Canada-Manitoba sur la prévention du crime, conclue en juin 2024.")
    assert "Entente Canada" not in names(ex)


def test_a_country_then_a_common_noun_in_capitals_names_an_agency(extract):
    ex = extract("La réunion a réuni des représentants de Belgique Emploi et de l'association Trait d'Union.\n\n"
                 "Le président de l'association d'aide aux victimes Suisse Victimes 12, Paul Roux, a présenté l'accueil.")
    assert {"Belgique Emploi", "Suisse Victimes 12"} <= names(ex)


def test_a_country_before_a_person_is_no_agency(extract):
    ex = extract("En France Jean Dupont a présenté son bilan devant la Ville de Lyon.")
    assert not any(n.startswith("France") for n in names(ex))


def test_a_country_a_domain_and_a_head_word_in_the_english_order(extract):
    ex = extract("Selon Tunisie Presse Service, la rencontre a eu lieu à Sousse le 4 mai.")
    assert "Tunisie Presse Service" in names(ex)


def test_a_hashtag_is_no_body(extract):
    ex = extract("Le ministre a inauguré le commissariat de Kara.\n\n#Bénin #Sécurité #GendarmerieDeProximité")
    assert not any("DeProximité" in n for n in names(ex))


def test_an_exercise_named_in_capitals_is_no_body(extract):
    ex = extract("Le préfet a assisté mardi à l'exercice transfrontalier TRITON 24, conduit par la Gendarmerie nationale.")
    assert not any(n.startswith("TRITON") for n in names(ex))


def test_a_grouping_of_towns_in_lower_case_with_its_name(extract):
    ex = extract("Elle était auparavant chargée de mission à la communauté d'agglomération Orne et Sarthe. "
                 "Son adjoint vient de la communauté de communes des Deux Rives.")
    assert {"Communauté d'agglomération Orne et Sarthe", "Communauté de communes des Deux Rives"} <= names(ex)


def test_a_national_red_cross_society_by_its_adjective(extract):
    ex = extract("L'association a accueilli une délégation de la Croix-Rouge jordanienne conduite par Mme Rana Haddad, "
                 "puis du Croissant-Rouge tunisien.")
    assert {"Croix-Rouge jordanienne", "Croissant-Rouge tunisien"} <= names(ex)
