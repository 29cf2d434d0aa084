"""Roles in forms of French that publishers outside the development set write, on own sentences."""

from __future__ import annotations

from tests.conftest import roles_of


def orgs_of(extraction, name: str) -> set[str | None]:
    return {org for _, org in roles_of(extraction, name)}


def test_commandant_as_a_participle_takes_the_body_it_commands(extract):
    ex = extract("Étaient présents le colonel Luc Barrot, commandant le groupement de gendarmerie départementale "
                 "de l'Aude, et Anne Petit, directrice de la police nationale.", "2024-05-10")
    assert orgs_of(ex, "Luc Barrot") == {"Groupement de gendarmerie départementale de l'Aude"}


def test_commandant_of_a_company_written_in_lower_case(extract):
    ex = extract("Le capitaine Paul GIRARD, commandant la compagnie de Limoux, a signé la convention avec la "
                 "Ville de Limoux le 3 mars.", "2024-05-10")
    assert any(org and org.lower().startswith("compagnie de limoux") for org in orgs_of(ex, "Paul Girard"))


def test_a_director_general_of_a_field_heads_its_directorate(extract):
    ex = extract("Le 4 avril, le Réseau a reçu Moussa Keita, directeur général de la protection civile.", "2024-05-10")
    assert orgs_of(ex, "Moussa Keita") == {"Direction générale de la protection civile"}


def test_a_departmental_director_heads_a_directorate_even_of_a_named_force(extract):
    ex = extract("Le préfet était entouré de Paul Roche, directeur départemental de la police nationale de "
                 "l'Ardèche.", "2024-05-10")
    assert any(org and org.lower().startswith("direction départementale de la police nationale")
               for org in orgs_of(ex, "Paul Roche"))


def test_a_title_apposed_to_one_name_is_not_the_next_one_s(extract):
    ex = extract("Étaient présents le colonel Luc Barrot, commandant le groupement de gendarmerie départementale de "
                 "l'Aude, la commissaire Nina Ferri, directrice de la sûreté de Carcassonne, et le maire.", "2024-05-10")
    assert not any(org and org.startswith("Groupement") for org in orgs_of(ex, "Nina Ferri"))
    assert {t for t, _ in roles_of(ex, "Luc Barrot")} == {"Commandant"}


def test_a_director_general_of_a_named_body_is_not_a_directorate(extract):
    ex = extract("Le 4 avril, le Réseau a reçu Sara Lind, directrice générale de Safe Harbour Europe.", "2024-05-10")
    assert not any(org and org.startswith("Direction") for org in orgs_of(ex, "Sara Lind"))


def test_a_place_after_du_is_no_person_and_the_prefect_holds_its_prefecture(extract):
    ex = extract("La cérémonie s'est tenue en présence du préfet du Val-d'Ysère, M. Paul Rives, et du maire.",
                 "2024-05-10")
    assert orgs_of(ex, "Paul Rives") == {"Préfecture du Val-d'Ysère"}


def test_a_wali_holds_the_wilaya_of_his_town(extract):
    ex = extract("Le ministre a reçu le wali de Tanger-Assilah, Ali Benslimane, le 3 mai.", "2024-05-10")
    assert orgs_of(ex, "Ali Benslimane") == {"Wilaya de Tanger-Assilah"}


def test_a_hyphenated_rank_between_a_title_and_the_name(extract):
    ex = extract("Le commandant de la Gendarmerie royale, le général-major Driss Amrani, a ouvert la séance.",
                 "2024-05-10")
    assert orgs_of(ex, "Driss Amrani") == {"Gendarmerie royale"}


def test_a_police_rank_of_several_words_between_a_title_and_the_name(extract):
    ex = extract("Prenant la parole, la directrice de la formation à la Sûreté nationale, le contrôleur de police "
                 "Samia Rahmani, a présenté le plan.", "2024-05-10")
    assert "Sûreté nationale" in orgs_of(ex, "Samia Rahmani")


def test_an_ambassador_s_style_between_a_title_and_the_name(extract):
    ex = extract("Le Comité des droits de l'enfant a clos sa session. Le vice-président du Comité, l'Ambassadeur "
                 "Lars Berg (Norvège), a présenté le rapport.", "2024-05-10")
    assert "Comité des droits de l'enfant" in orgs_of(ex, "Lars Berg")


def test_a_title_of_someone_s_staff_takes_the_body_of_that_someone_s_title(extract):
    ex = extract("Le préfet de la Creuse, Marc Aubry, a signé la convention avec la police nationale. Étaient "
                 "présents Lucie Marin, sous-préfète, directrice de cabinet du préfet, et le maire.", "2024-05-10")
    assert "Préfecture de la Creuse" in orgs_of(ex, "Lucie Marin")
    assert "Police nationale" not in orgs_of(ex, "Lucie Marin")


def test_a_minister_of_state_is_a_dignity_not_a_ministry(extract):
    ex = extract("Le Ministre d'État, Ministre de la Défense, Koffi Yao, a reçu le directeur de cabinet du Ministre "
                 "d'État, Paul Kra.", "2024-05-10")
    assert "Ministère d'État" not in {o.name for o in ex.organizations}
    assert orgs_of(ex, "Paul Kra") == {"Ministère de la Défense"}


def test_a_possessive_speaks_of_the_body_that_is_the_sentence_s_subject(extract):
    ex = extract("Le 3 mars, l'Institut Vauban a signé avec la Fondation Arc un accord de trois ans, paraphé par sa "
                 "directrice adjointe, Eva Holm.", "2024-05-10")
    assert orgs_of(ex, "Eva Holm") == {"Institut Vauban"}


def test_a_possessive_after_a_body_and_et_speaks_of_that_body(extract):
    ex = extract("Le 3 mai, le Centre Horizon a tenu une séance de travail avec la Police de Lyon et son chef, le "
                 "commandant Marc Dubois.", "2024-05-10")
    assert orgs_of(ex, "Marc Dubois") == {"Police de Lyon"}


def test_a_rank_is_not_held_in_a_body_of_another_kind_named_in_another_sentence(extract):
    ex = extract("La Ville de Nantes a ouvert un centre de médiation. Le 4 mai, le lieutenant Paul Morel a animé "
                 "une séance de prévention.", "2024-05-10")
    assert "Ville de Nantes" not in orgs_of(ex, "Paul Morel")


def test_chef_d_escadron_is_a_rank_not_a_post_in_a_later_body(extract):
    ex = extract("Le chef d'escadron Hugo MARTY, commandant la compagnie de Pézenas, et le maire ont signé une "
                 "convention sur la police municipale.", "2024-05-10")
    assert "Police municipale" not in orgs_of(ex, "Hugo Marty")


def test_a_title_after_elue_with_no_body_takes_the_body_the_item_spoke_of(extract):
    ex = extract("L'Association des maires du Jura a tenu son assemblée générale le 3 mai à Dole. Mme Claire Vionnet "
                 "a été élue présidente.", "2024-05-10")
    assert roles_of(ex, "Claire Vionnet") == {("Présidente", "Association des maires du Jura")}


def test_a_title_whose_place_is_a_region_written_in_lower_case(extract):
    ex = extract("Le gouverneur de la région de Thiès, Amadou Sy, a présidé la réunion du comité régional.",
                 "2024-05-10")
    assert any(t.lower().startswith("gouverneur") for t, _ in roles_of(ex, "Amadou Sy"))


def test_a_european_commissioner_holds_the_commission_the_text_never_names(extract):
    ex = extract("La commissaire européenne aux affaires intérieures, Ylva Norberg, a rencontré le ministre.",
                 "2024-05-10")
    assert orgs_of(ex, "Ylva Norberg") == {"Commission européenne"}


def test_respectively_cuts_a_long_first_title_before_the_second(extract):
    ex = extract("La Ville de Vierzon était représentée par Marc Dury et Lise Perrin, respectivement adjoint au maire "
                 "chargé de la sécurité et directrice de la police municipale.", "2024-05-10")
    assert orgs_of(ex, "Marc Dury") == {"Ville de Vierzon"}
    assert any(t.startswith("Directrice") for t, _ in roles_of(ex, "Lise Perrin"))


def test_a_title_s_own_acronym_in_brackets_before_the_name(extract):
    ex = extract("Le Chef de la Cellule de veille numérique (CVN), le Commissaire Moussa SANOGO, a présenté le bilan "
                 "au ministre de la Sécurité.", "2024-05-10")
    assert orgs_of(ex, "Moussa Sanogo") == {"CVN"}


def test_a_possessive_opening_a_sentence_speaks_of_the_last_person_s_body(extract):
    ex = extract("Le Réseau Alerte Jeunesse a reçu la ministre. Le comité sera présidé par Paul Kassi, secrétaire "
                 "général de l'Agence Tana. Son adjointe, Mme Rose Bamba, en assurera le secrétariat.", "2024-05-10")
    assert orgs_of(ex, "Rose Bamba") == {"Agence Tana"}


def test_commandant_superieur_is_a_title_not_a_rank_and_a_name(extract):
    ex = extract("Le Commandant Supérieur de la Gendarmerie royale, le Général Omar FALL, a reçu la délégation le "
                 "2 mai.", "2024-05-10")
    assert "Supérieur" not in {p.name for p in ex.people}
    assert "Gendarmerie royale" in orgs_of(ex, "Omar Fall")


def test_a_bare_title_of_a_town_points_back_to_its_town_hall(extract):
    ex = extract("La mairie de Nyon a accueilli la rencontre le 3 mai. Le syndic, Pierre Dubois, a salué les "
                 "participants.", "2024-05-10")
    assert orgs_of(ex, "Pierre Dubois") == {"Mairie de Nyon"}


def test_an_acronym_between_a_body_and_its_town_before_the_name(extract):
    ex = extract("Il s'est entretenu le 3 mai avec le président de l'Assemblée populaire communale (APC) de Blida, "
                 "Omar Saidi.", "2024-05-10")
    assert any(org and org.startswith(("Assemblée populaire communale", "APC")) for org in orgs_of(ex, "Omar Saidi"))


def test_a_preposed_appointment_is_not_part_of_the_title(extract):
    ex = extract("Élue présidente du conseil d'administration en mars, Mme Lina Haddad a ouvert la séance de la "
                 "Fondation Nour le 3 mai.", "2024-05-10")
    assert all(not t.startswith("Élue") and "mars" not in t for t, _ in roles_of(ex, "Lina Haddad"))


def test_a_title_going_on_after_its_country_before_the_name(extract):
    ex = extract("Le 3 mai, elle a reçu le représentant permanent de la Norvège auprès de l'Office des Nations Unies à "
                 "Genève, M. Lars Dahl.", "2024-05-10")
    assert any(t.lower().startswith("représentant permanent") for t, _ in roles_of(ex, "Lars Dahl"))


def test_a_possessive_after_a_delegation_led_by_is_the_delegation_s_body(extract):
    ex = extract("Le 2 mai, la Police cantonale a accueilli une délégation de la Gendarmerie royale, conduite par son "
                 "commandant adjoint, le colonel Omar Idrissi.", "2024-05-10")
    assert orgs_of(ex, "Omar Idrissi") == {"Gendarmerie royale"}


def test_a_regional_director_of_a_named_company_holds_the_company(extract):
    ex = extract("Le 2 mai, Paul Girard, directeur régional de Transports Alpins, a signé la convention.",
                 "2024-05-10")
    assert not any(org and org.startswith("Direction") for org in orgs_of(ex, "Paul Girard"))
