"""Roles in forms common in French institutional news that the development texts did not carry
(own sentences; issue 8, publishers never seen)."""

from __future__ import annotations


from tests.conftest import bodies_of, orgs_of, roles_of


def test_sub_prefect_of_a_town_speaks_for_its_sub_prefecture(extract):
    ex = extract("Le 3 mai, la sous-préfète de Brioude-sur-Allier, Mme Cécile Varenne, a reçu les maires du canton.")
    assert orgs_of(ex, "Cécile Varenne") == {"Sous-préfecture de Brioude-sur-Allier"}


def test_national_director_names_a_national_directorate(extract):
    ex = extract("Le 2 février, M. Paul Oriol a été nommé directeur national de la sécurité portuaire par intérim.")
    assert orgs_of(ex, "Paul Oriol") == {"Direction nationale de la sécurité portuaire"}


def test_delegated_mayor_speaks_for_the_delegated_commune(extract):
    ex = extract("Le 6 juin, Lucien Ferrat, maire délégué de Saint-Aubrac, a ouvert la réunion publique.")
    assert orgs_of(ex, "Lucien Ferrat") == {"Commune déléguée de Saint-Aubrac"}


def test_departmental_council_in_lower_case_is_a_body(extract):
    ex = extract("Le 4 avril, le président du conseil départemental, Michel Aubrun, a inauguré la maison "
                 "de la justice de Rocamont aux côtés de l'Association Aide Rurale.")
    assert orgs_of(ex, "Michel Aubrun") == {"Conseil départemental"}


def test_second_in_command_keeps_the_title_and_its_body(extract):
    ex = extract("Le 9 mai, la Ville de Roncières a accueilli le chef d'escadron Hugues BARRAL, commandant en second "
                 "de la compagnie de gendarmerie de Vauclin.")
    assert orgs_of(ex, "Hugues Barral") == {"Compagnie de gendarmerie de Vauclin"}


def test_public_security_district_is_a_police_body(extract):
    ex = extract("Le 12 mars, la Ville de Pradel a reçu le commandant Sylvie Roche, cheffe de la circonscription "
                 "de sécurité publique de Pradel.")
    assert orgs_of(ex, "Sylvie Roche") == {"Circonscription de sécurité publique de Pradel"}


def test_mayor_of_a_foreign_commune_with_its_country(extract):
    ex = extract("Le 8 juin, le bourgmestre de la commune belge de Ostercamp, Pieter Janssens, a visité "
                 "le Centre de prévention de Lomval.")
    assert orgs_of(ex, "Pieter Janssens") == {"Commune de Ostercamp"}


def test_title_of_the_association_points_back_to_the_publisher(extract):
    text = ("Fédération des comités de quartier de Belrive\n\n"
            "Le 5 mai, la Fédération des comités de quartier de Belrive (FCQB) a tenu son congrès avec l'Association "
            "des locataires de Mazel. La secrétaire générale de la fédération, Nadine Pujol, a présenté le bilan.\n")
    ex = extract(text, "2024-05-10")
    assert orgs_of(ex, "Nadine Pujol") == {"FCQB"}


def test_officers_elected_in_a_list_after_their_other_titles(extract):
    text = ("Union des élus de la vallée de l'Orbe\n\n"
            "Le 2 mars, l'Union des élus de la vallée de l'Orbe (UEVO) a tenu son assemblée à Vernaz. "
            "Paul Lagarde, maire de Vernaz, et Rose Béal, adjointe au maire de Cléry chargée des finances, "
            "ont été élus vice-présidents ; Anne Sorbier, maire de Pouzol, devient trésorière.\n")
    ex = extract(text, "2024-03-05")
    assert "UEVO" in orgs_of(ex, "Paul Lagarde")
    assert "UEVO" in orgs_of(ex, "Rose Béal")
    assert "UEVO" in orgs_of(ex, "Anne Sorbier")


def test_outgoing_treasurer_reappointed_takes_the_body_of_the_item(extract):
    text = ("Amicale des policiers retraités du Lot\n\n"
            "Le 2 mars, l'Amicale des policiers retraités du Lot (APRL) a renouvelé son bureau à Figeac. "
            "Le trésorier sortant, Marcel Jouve, ancien brigadier, a été reconduit.\n")
    ex = extract(text, "2024-03-05")
    assert orgs_of(ex, "Marcel Jouve") == {"APRL"}


def test_whose_head_after_a_body(extract):
    ex = extract("Le 4 juin, la délégation a visité le Centre de formation des douanes de Marvèges, dont la directrice, "
                 "Mme Agnès Tiberghien, a présenté les simulateurs, puis a rencontré l'Office régional des transports.")
    assert orgs_of(ex, "Agnès Tiberghien") == {"Centre de formation des douanes de Marvèges"}


def test_delegated_mayor_of_a_one_word_town(extract):
    ex = extract("Le 6 juin, Odette Vialar, maire déléguée de Montrigaud, devient secrétaire de l'Union des élus "
                 "de la Drôme (UED).")
    assert ("Maire déléguée", "Commune déléguée de Montrigaud") in roles_of(ex, "Odette Vialar") or \
        "Commune déléguée de Montrigaud" in orgs_of(ex, "Odette Vialar")


def test_the_association_of_the_page_is_the_one_its_titles_speak_of(extract):
    text = ("Association des élus ruraux du Causse\n\n"
            "Le 5 mai, l'Association des élus ruraux du Causse (AERC) a reçu le président de l'Association "
            "nationale des communes forestières, Yves Marty. Le délégué général de l'association, Léon Crozes, "
            "a présenté le rapport.\n")
    ex = extract(text, "2024-05-10")
    assert orgs_of(ex, "Léon Crozes") == {"AERC"}


def test_a_grade_before_an_appointment_is_no_role_in_the_body_named_before(extract):
    ex = extract("Le 3 mars, l'Office central de lutte contre le travail illégal (OCLTI) a présenté son bilan. "
                 "Par arrêté du même jour, M. Serge Lavail, commissaire divisionnaire, est nommé directeur "
                 "de la sécurité publique de la Vendée-Littorale.")
    assert "OCLTI" not in orgs_of(ex, "Serge Lavail")


def org_names(extraction) -> set[str]:
    """The names of the organizations of an extraction."""
    return {org.name for org in extraction.organizations}


def test_honorific_governor_of_a_region_speaks_for_its_governorate(extract):
    ex = extract("Le 4 juin, Monsieur le Gouverneur de la région du Mayo-Léré, le Colonel Issa Djorou Mallah, "
                 "a présidé la réunion du comité de sécurité.")
    orgs = orgs_of(ex, "Issa Djorou Mallah")
    assert len(orgs) == 1 and next(iter(orgs)).startswith("Gouvernorat") and "Mayo-Léré" in next(iter(orgs))


def test_secretary_general_of_the_region_belongs_to_the_governorate(extract):
    ex = extract("Le 4 juin, le gouverneur de la région de Ngourti, M. Ali Kossi Daoud, a reçu la mission, en "
                 "présence du secrétaire général de la région, M. Idriss Bakhit Yaya, et du directeur de "
                 "l'Office national de l'eau, M. Paul Ndiaye.")
    assert orgs_of(ex, "Idriss Bakhit Yaya") == orgs_of(ex, "Ali Kossi Daoud")


def test_capitalised_direction_named_only_by_its_director(extract):
    ex = extract("Le 2 mai, le ministre a reçu le Directeur de la Surveillance du Territoire, le Commissaire "
                 "Principal Ousmane Talba, et le représentant de l'Agence nationale de la sécurité routière.")
    assert orgs_of(ex, "Ousmane Talba") == {"Direction de la Surveillance du Territoire"}


def test_acting_title_with_ff_keeps_its_body(extract):
    ex = extract("Le 3 mars, la ministre a reçu le directeur général ff. de l'Office régional des douanes, "
                 "Paul Weis, et la directrice de l'Office national de l'accueil, Lynn Thoma.")
    assert orgs_of(ex, "Paul Weis") == {"Office régional des douanes"}


def test_committee_composition_gives_its_officers_the_committee(extract):
    text = ("Le 5 mai, le Conseil de gouvernement a arrêté la composition de la Commission consultative des "
            "droits de l'enfant, qui se compose comme suit :\n"
            "– président : Marc Feller, ministre de l'Éducation nationale ;\n"
            "– vice-présidente : Anne Reiff, directrice de l'Office des mineurs ;\n"
            "– secrétaire : Lou Hastert, attachée au ministère de l'Éducation nationale.\n")
    ex = extract(text, "2024-05-10")
    for name in ("Marc Feller", "Anne Reiff", "Lou Hastert"):
        assert "Commission consultative des droits de l'enfant" in orgs_of(ex, name), name


def test_state_prosecutor_before_a_district_court(extract):
    ex = extract("Le 3 mars, Mme Sandra Kinn, procureur d'État ff. près le tribunal d'arrondissement de "
                 "Wellenstein, a présenté le bilan de la délinquance juvénile.")
    assert orgs_of(ex, "Sandra Kinn") & {"Tribunal d'arrondissement de Wellenstein", "Parquet de Wellenstein"}
    assert not {name for name in org_names(ex) if name.startswith("Parquet d'")}


def test_embassy_to_a_grand_duchy_keeps_the_whole_country(extract):
    ex = extract("Le 3 mars, le ministre a reçu Son Excellence Monsieur Karl Obermayr, ambassadeur de la "
                 "République d'Autriche au Grand-Duché de Luxembourg.")
    assert {org for org in orgs_of(ex, "Karl Obermayr") if org and org.endswith("Grand-Duché de Luxembourg")}


def test_numbered_unit_keeps_its_number(extract):
    ex = extract("Le 3 mars, le Commandant de la Compagnie de Gendarmerie n°3, le Capitaine Hissein Abba, "
                 "a reçu le préfet.")
    assert orgs_of(ex, "Hissein Abba") == {"Compagnie de Gendarmerie n°3"}


def test_central_commissioner_of_a_town_and_a_rank_in_capitals(extract):
    ex = extract("Le 9 mars, le Directeur Général a présidé la passation de commandement entre le Commissaire "
                 "Central sortant, l'Officier de Police Principal Adam Goudja, et son successeur, le Commissaire "
                 "de Police Zara Mahamat Idriss, nommée Commissaire Central de la Ville de Mongara.")
    orgs = orgs_of(ex, "Zara Mahamat Idriss")
    assert len(orgs) == 1 and next(iter(orgs)).startswith("Commissariat central") and "Mongara" in next(iter(orgs))
    assert not {p.name for p in ex.people} & {"Central"}
    assert not {name for name in org_names(ex) if name.startswith("Police Principal") or name.startswith("Ville de")}


def test_head_of_office_of_a_un_body_in_a_town(extract):
    ex = extract("Le 10 mars, le ministre a rencontré le Chef de Bureau du Haut-Commissariat des Nations Unies "
                 "pour les Réfugiés (HCR) à Goz-Amer, Mme Solveig Lund.")
    assert orgs_of(ex, "Solveig Lund") & {"HCR", "Haut-Commissariat des Nations Unies pour les Réfugiés"}


def test_signature_block_of_a_service_speaks_for_the_header_body(extract):
    text = ("DIRECTION GÉNÉRALE DE LA GARDE NATIONALE\nService de la Communication\n\n"
            "Le 4 mai, la Garde nationale a reçu une délégation de l'Office national des forêts.\n\n"
            "Fait à Moundara, le 6 mai 2024\n\nLe Chef du Service de la Communication\n"
            "Lieutenant-Colonel Haoua Brahim Djibrine\n")
    ex = extract(text, "2024-05-06")
    assert orgs_of(ex, "Haoua Brahim Djibrine") & {"Direction générale de la Garde nationale", "Garde nationale",
                                                   "Service de la Communication"}


def test_head_of_the_station_just_named(extract):
    ex = extract("Le 3 mai, le Centre commun de coopération (CCC) a accueilli la délégation. Le lendemain, elle "
                 "s'est rendue au commissariat de Bellweiler, où le commissaire en chef Gaston Reuter, chef du "
                 "commissariat, a présenté le dispositif.")
    assert orgs_of(ex, "Gaston Reuter") - {None} == {"Commissariat de Bellweiler"}


def test_composition_of_a_body_named_in_lower_case_under_its_heading(extract):
    text = ("Commission nationale de médiation scolaire\n\n"
            "Le 2 juin, le Conseil de gouvernement a arrêté la nouvelle composition de la commission nationale "
            "de médiation scolaire, qui se compose comme suit :\n"
            "– présidente : Léa Muller, inspectrice à l'Office de l'enseignement ;\n"
            "– secrétaire : Jo Weber, attaché à l'Office de l'enseignement.\n")
    ex = extract(text, "2024-06-05")
    assert "Commission nationale de médiation scolaire" in orgs_of(ex, "Léa Muller")
    assert "Conseil de gouvernement" not in orgs_of(ex, "Jo Weber")


def test_bare_board_officers_on_an_association_page_are_its_own(extract):
    text = ("Association des amis de la prévention de Lorval\n\n"
            "Le 3 juin, notre association a tenu son assemblée générale à Lorval en présence du commandant de la "
            "brigade de gendarmerie de Lorval, le capitaine Paul Morin, et de l'Office municipal des sports. "
            "Le trésorier, Marc Vidal, a présenté les comptes. La secrétaire Julie Morel a lu le rapport moral.\n")
    ex = extract(text, "2024-06-05")
    assert orgs_of(ex, "Marc Vidal") == {"Association des amis de la prévention de Lorval"}
    assert orgs_of(ex, "Julie Morel") == {"Association des amis de la prévention de Lorval"}


def test_bare_board_officers_under_a_network_masthead(extract):
    text = ("Réseau des médiateurs de quartier\nAccueil > Actualités\n\nAssemblée générale 2024\n\n"
            "Le 3 juin, l'assemblée générale s'est tenue à la Maison des associations de Tarnac, avec la "
            "participation de la Caisse d'allocations familiales. Le président sortant, Luc Berthier, a été "
            "réélu. Élodie Faure, vice-présidente, a présenté le projet.\n")
    ex = extract(text, "2024-06-05")
    assert orgs_of(ex, "Luc Berthier") == {"Réseau des médiateurs de quartier"}
    assert orgs_of(ex, "Élodie Faure") == {"Réseau des médiateurs de quartier"}


def test_guest_mayor_of_a_foreign_commune_named_through_the_title(extract):
    ex = extract("Invité de l'association, le maire de la commune française de Bellecombe-sur-Lizon, Paul Girod, "
                 "a présenté le plan local de prévention, en présence de la cheffe de la zone de police Lizon-Est.")
    assert orgs_of(ex, "Paul Girod") & {"Commune de Bellecombe-sur-Lizon", "Ville de Bellecombe-sur-Lizon"}
    assert not {name for name in org_names(ex) if "française" in name}


def test_acting_head_in_the_capacity_of_a_title(extract):
    ex = extract("Par ailleurs, la commissaire Nora Wampach, jusqu'ici adjointe au chef du commissariat de Kehlen, "
                 "assure depuis le 1er mars l'intérim à la tête de la Circonscription régionale Nord, en qualité "
                 "de directrice régionale ff.")
    assert ("Directrice régionale ff.", "Circonscription régionale Nord") in roles_of(ex, "Nora Wampach")


def test_federal_prosecutor_and_magistrate_belong_to_the_federal_prosecution(extract):
    ex = extract("Le 4 mars, le procureur fédéral, M. Jan Peeters, a reçu la procureure du Roi de Hainaut-Est. "
                 "La magistrate fédérale Lien Maes a participé le 6 mars à la journée d'étude organisée par "
                 "l'Académie de police de Liège (APL).")
    assert orgs_of(ex, "Jan Peeters") == {"Parquet fédéral"}
    assert orgs_of(ex, "Lien Maes") == {"Parquet fédéral"}


def test_the_association_pointed_back_to_among_two_is_the_page_own(extract):
    text = ("Union des élus de la haute Sorgue\nAccueil › Actualités\n\nCongrès annuel\n\n"
            "Le 4 octobre, le congrès de l'Union des élus de la haute Sorgue (UEHS) s'est tenu à Brassac. "
            "Le vice-président de l'Union nationale des communes rurales (UNCR), Paul Oury, était présent. "
            "Le directeur de l'union, Marc Ferrand, a présenté le rapport.\n")
    ex = extract(text, "2025-10-06")
    assert orgs_of(ex, "Marc Ferrand") == {"UEHS"}


def test_his_deputy_opening_a_sentence_is_of_the_body_of_the_one_just_named(extract):
    ex = extract("Le 4 mai, le Ministère des Transports a installé le comité de suivi avec l'Autorité de régulation "
                 "des postes (ARP). Le comité sera présidé par le Directeur de Cabinet du Ministre, M. KOFFI Ange "
                 "Serge. Son adjointe, la Commissaire divisionnaire Awa Marie TANOH, en assurera le secrétariat.")
    assert orgs_of(ex, "Awa Marie Tanoh") == {"Ministère des Transports"}


def test_a_title_completing_the_title_before_is_not_the_next_persons(extract):
    ex = extract("Étaient présents M. Ali Garba, Conseiller Technique du Ministre de l'Intérieur, Mme Fanta Bah, "
                 "Directrice Générale Adjointe de la Garde Nationale, et M. Issa Hamani.")
    assert not any(title.startswith("Ministre") for title, _ in roles_of(ex, "Fanta Bah"))


def test_departmental_delegate_of_a_department_names_its_delegation(extract):
    ex = extract("Le 5 mars, le Délégué départemental du Nord-Est, M. Jacques Fils-Aimé, a reçu la déléguée régionale "
                 "de la Police nationale, Mme Anne Sylla.")
    assert orgs_of(ex, "Jacques Fils-Aimé") == {"Délégation départementale du Nord-Est"}
    assert orgs_of(ex, "Anne Sylla") == {"Police nationale"}


def test_acting_as_a_title(extract):
    ex = extract("Le 5 mars, M. Marc Hilger, faisant fonction de directeur de l'Office de contrôle des armes (OCA), "
                 "a accueilli la délégation.")
    assert orgs_of(ex, "Marc Hilger") == {"OCA"}


def test_a_communal_councillor_is_no_officer_of_the_police_named_before(extract):
    ex = extract("Le 6 mai, la Police grand-ducale a reçu le bourgmestre de Kehlbach, M. Tom Weis. Le conseil "
                 "communal était représenté par M. Paul Roder, conseiller communal.")
    assert "Police grand-ducale" not in orgs_of(ex, "Paul Roder")


def test_bureau_listed_with_bullets_and_civilities(extract):
    text = ("Le 2 juin, l'assemblée générale du Forum des villes sûres (FVS) a élu son nouveau bureau, qui se "
            "compose comme suit :\n• Président : M. Karim Saïdi, maire de Tessala ;\n"
            "• Trésorier : M. Hugo Lenz.\n")
    ex = extract(text, "2024-06-05")
    assert "FVS" in orgs_of(ex, "Karim Saïdi")
    assert orgs_of(ex, "Hugo Lenz") == {"FVS"}


def test_body_apposed_with_de_gives_a_role_without_title(extract):
    ex = extract("Le 3 juin, Mme Odile Vachon, de la Sûreté du Québec, et M. Rémi Gauvin, du Service de police "
                 "de la Ville de Gatineau, ont présenté le bilan.")
    assert bodies_of(ex, "Odile Vachon") == {"Sûreté du Québec"}
    assert bodies_of(ex, "Rémi Gauvin") == {"Service de police de la Ville de Gatineau"}


def test_body_apposed_with_de_after_a_single_name(extract):
    ex = extract("Le 4 mai, Hervé Lachance, du ministère de la Justice, a présenté le rapport annuel.")
    assert orgs_of(ex, "Hervé Lachance") == {"Ministère de la Justice"}


def test_well_known_bodies_in_brackets_after_names(extract):
    ex = extract("Le 5 mai, la table ronde a réuni Paul Lemire (Interpol), Sonia Drapeau (Europol) "
                 "et Marc Vidal (ONUDC).")
    assert bodies_of(ex, "Paul Lemire") == {"Organisation internationale de police criminelle"}
    assert bodies_of(ex, "Marc Vidal") == {"Office des Nations Unies contre la drogue et le crime"}


def test_list_of_people_after_entoure_de_is_no_body_apposed(extract):
    ex = extract("Le ministre était entouré de son conseiller, Amadou Sall, du Directeur de la police "
                 "des frontières, Jean Toko.")
    assert not any(org and "Direction" in org for org in orgs_of(ex, "Amadou Sall"))
