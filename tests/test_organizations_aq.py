"""Organizations in forms of the own-aq texts (a research centre's monthly letter, a parliamentary committee's
news, a ministry's communiqué, a principality's police news, a provincial news release), in sentences of
our own (issue 8)."""

from __future__ import annotations


def test_a_bodys_name_ends_before_the_day_of_its_act(extract):
    ex = extract("La Cour a tenu compte de la recommandation de la Commission nationale des marchés publics du "
                 "14 novembre 2023 et de l'arrêt du Tribunal administratif du 2 mai 2024.", "2025-01-10")
    names = {o.name for o in ex.organizations}
    assert "Commission nationale des marchés publics" in names, names
    assert not any("novembre" in n or "2024" in n for n in names), names


def test_a_body_named_by_a_day_keeps_its_day(extract):
    ex = extract("L'Association des familles du 3 mars 2019 a rencontré mardi le maire de Tarbes, Julie Vidal, à "
                 "l'hôtel de ville.", "2025-11-02")
    assert "Association des familles du 3 mars 2019" in {o.name for o in ex.organizations}
    assert {a.date for a in ex.activities} == {"2025-10-28"}, ex.activities


def test_a_government_named_in_a_title_is_not_attached_to_the_court_after_it(extract):
    ex = extract("À l'audience de rentrée, on remarquait Maître Hugues Vernet, Commissaire du Gouvernement près le "
                 "Tribunal Civil de Roche-Aubert, assis au premier rang.", "2025-05-20")
    names = {o.name for o in ex.organizations}
    assert "Tribunal Civil de Roche-Aubert" in names, names
    assert not any(n.startswith("Gouvernement près") for n in names), names


def test_an_italian_police_headquarters_is_a_body(extract):
    ex = extract("Les rondes communes sur les quais seront coordonnées par la Questure de Pescara, a précisé "
                 "l'adjoint au maire.", "2025-05-20")
    assert "Questure de Pescara" in {o.name for o in ex.organizations}


def test_the_corps_a_commanding_officer_heads_is_part_of_his_title(extract):
    ex = extract("Nommé l'an dernier Chef de Corps de la Compagnie des Sapeurs de Valberg, le lieutenant-colonel "
                 "Yves Armand a inauguré la nouvelle caserne.", "2025-05-20")
    names = {o.name for o in ex.organizations}
    assert "Compagnie des Sapeurs de Valberg" in names, names
    assert not any(n.startswith("Corps") for n in names), names


def test_a_footer_of_links_gives_only_the_body_after_its_copyright_sign(extract):
    ex = extract("La Mairie de Pontarlay a signé la charte le 9 avril.\n\nNous contacter · Crédits · Charte des "
                 "Données · © Mairie de Pontarlay", "2025-05-20")
    names = {o.name for o in ex.organizations}
    assert "Mairie de Pontarlay" in names, names
    assert not any("·" in n or "©" in n for n in names), names


def test_a_medal_and_its_metal_are_no_bodies(extract):
    ex = extract("Sont décorés :\n\n- le Lieutenant Rémi Castagne, de la Compagnie de Gendarmerie de Valmont, "
                 "Médaille d'Excellence en Vermeil ;\n- le Gendarme Léa Morin, de l'Escadron Motorisé, Médaille "
                 "d'Excellence en Argent.", "2025-05-20")
    names = {o.name for o in ex.organizations}
    assert "Compagnie de Gendarmerie de Valmont" in names, names
    assert not any(n.startswith("Médaille") or n in {"Vermeil", "Argent"} for n in names), names


def test_a_centre_named_by_its_head_alone_ends_before_its_verb_and_its_subject(extract):
    ex = extract("Le Centre rhodanien d'études (CRE) tient son assemblée. Cette année, le Centre co-organise avec "
                 "deux communes voisines les Journées rurales. On y a discuté la note du Centre sur les circuits "
                 "courts.", "2025-05-20")
    names = {o.name for o in ex.organizations}
    assert "Centre rhodanien d'études" in names, names
    assert not names & {"Centre co-organise", "Centre sur les circuits courts"}, names


def test_a_committee_of_a_foreign_parliament_names_the_parliament_too(extract):
    ex = extract("Mardi, les députés recevront trois membres de la Commission de l'économie du Conseil national "
                 "suisse, venus étudier le régime des apprentis.", "2025-05-20")
    names = {o.name for o in ex.organizations}
    assert "Commission de l'économie du Conseil national" in names, names
    assert "Conseil national" in names, names


def test_two_capitalised_adjectives_joined_by_et_close_one_name(extract):
    ex = extract("Le sous-préfet a félicité les gendarmes de l'Escadron de Sécurité Routière et Autoroutière.",
                 "2025-05-20")
    names = {o.name for o in ex.organizations}
    assert "Escadron de Sécurité Routière et Autoroutière" in names, names
    assert "Escadron de Sécurité Routière" not in names, names


def test_a_letterhead_name_under_its_acronym_runs_to_the_end_of_its_line(extract):
    ex = extract("Archives / Lettres du Centre / Numéro 7\n\nCRPEM\nCentre rhodanien de prospective pour l'eau "
                 "et les milieux\n\nINFOLETTRE N° 7\n\nLe 9 avril, le Centre a accueilli des élus de la Ville de "
                 "Gap.", "2025-05-20")
    names = {(o.name, o.acronym) for o in ex.organizations}
    assert ("Centre rhodanien de prospective pour l'eau et les milieux", "CRPEM") in names, names
    assert not any(n == "CRPEM" or n == "Centre rhodanien de prospective" for n, _ in names), names


def test_a_room_named_after_a_council_named_by_its_function_is_no_body(extract):
    ex = extract("Les riverains de Montferrier étaient conviés jeudi soir dans la salle du Conseil départemental "
                 "pour la présentation du budget.", "2025-05-20")
    assert not any(o.name.startswith("Conseil départemental") for o in ex.organizations)


def test_a_dateline_acronym_spells_a_compound_place_name_by_its_two_parts(extract):
    ex = extract("Province de la Terre-Basse\n\nAVIS AUX MÉDIAS\n\nPORT-SALIN (PTB) – Les routes du littoral "
                 "rouvriront lundi, a indiqué le service des transports.", "2025-05-20")
    names = {(o.name, o.acronym) for o in ex.organizations}
    assert ("Province de la Terre-Basse", "PTB") in names, names
    assert not any(n == "PTB" for n, _ in names), names


def test_a_name_after_an_instruments_noun_names_the_instrument(extract):
    ex = extract("Le procureur d'Eurojust a rappelé l'accord Euratom et le code Napoléon.", "2025-05-20")
    names = {o.name for o in ex.organizations}
    assert "Eurojust" in names, names
    assert "Euratom" not in names, names


def test_a_compound_title_glued_by_a_hyphen_is_no_body(extract):
    ex = extract("Le budget de l'Équipement a été défendu devant les élus par le Conseiller de "
                 "Gouvernement-Ministre de l'Équipement, Mme Odile Sarrazin.", "2025-05-20")
    assert not any(o.name.startswith("Gouvernement-Ministre") for o in ex.organizations)
