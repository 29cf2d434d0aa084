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
    ex = extract("Le ministre a reçu le Commissaire du Gouvernement près le Tribunal Civil de Jacmel, Me Paul "
                 "Jean, et la directrice.", "2025-05-20")
    names = {o.name for o in ex.organizations}
    assert "Tribunal Civil de Jacmel" in names, names
    assert not any(n.startswith("Gouvernement près") for n in names), names


def test_an_italian_police_headquarters_is_a_body(extract):
    ex = extract("Le 4 mai, le Questeur de Livourne, M. Paolo Bini, a signé un accord entre la Direction de la "
                 "Police municipale et la Questure de Livourne.", "2025-05-20")
    assert "Questure de Livourne" in {o.name for o in ex.organizations}


def test_the_corps_a_commanding_officer_heads_is_part_of_his_title(extract):
    ex = extract("Le Commandant Marc Delorme, Chef de Corps de la Compagnie des Gardes du Duc, était présent à "
                 "la cérémonie.", "2025-05-20")
    names = {o.name for o in ex.organizations}
    assert "Compagnie des Gardes du Duc" in names, names
    assert not any(n.startswith("Corps") for n in names), names


def test_a_footer_of_links_gives_only_the_body_after_its_copyright_sign(extract):
    ex = extract("La Ville de Brignoles a accueilli la délégation le 3 mai.\n\nContact presse : Direction de la "
                 "Communication\n\nMentions légales · Accessibilité · Gestion des cookies · © Ville de Brignoles",
                 "2025-05-20")
    names = {o.name for o in ex.organizations}
    assert "Ville de Brignoles" in names, names
    assert not any("·" in n or "©" in n for n in names), names


def test_a_medal_and_its_metal_are_no_bodies(extract):
    ex = extract("Le ministre a présidé la cérémonie de remise des Médailles d'Honneur de la Police Municipale.\n\n"
                 "- le Capitaine Jean Orsini, de la Division de Police Urbaine, Médaille d'Honneur en Vermeil ;\n"
                 "- le Brigadier Anne Bosio, de la Brigade Canine, Médaille d'Honneur en Argent.", "2025-05-20")
    names = {o.name for o in ex.organizations}
    assert "Division de Police Urbaine" in names, names
    assert not any(n.startswith("Médaille") or n in {"Vermeil", "Argent"} for n in names), names


def test_a_centre_named_by_its_head_alone_ends_before_its_verb_and_its_subject(extract):
    ex = extract("Le Centre international de recherche pour la paix des nations (CIRPN) publie sa lettre. Le "
                 "Centre co-organise avec l'Université de Liège un colloque. Il y a présenté l'étude du Centre sur "
                 "les violences urbaines.", "2025-05-20")
    names = {o.name for o in ex.organizations}
    assert "Université de Liège" in names, names
    assert not names & {"Centre co-organise", "Centre sur les violences urbaines"}, names


def test_a_committee_of_a_foreign_parliament_names_the_parliament_too(extract):
    ex = extract("La réunion sera consacrée à un échange avec une délégation de la Commission des lois "
                 "constitutionnelles de l'Assemblée nationale française, conduite par son président, M. Paul "
                 "Vidal.", "2025-05-20")
    names = {o.name for o in ex.organizations}
    assert "Commission des lois constitutionnelles de l'Assemblée nationale" in names, names
    assert "Assemblée nationale" in names, names


def test_two_capitalised_adjectives_joined_by_et_close_one_name(extract):
    ex = extract("Le Brigadier Anne Bosio, de la Division de Police Fluviale et Portuaire, a reçu la délégation.",
                 "2025-05-20")
    names = {o.name for o in ex.organizations}
    assert "Division de Police Fluviale et Portuaire" in names, names
    assert "Division de Police Fluviale" not in names, names


def test_a_letterhead_name_under_its_acronym_runs_to_the_end_of_its_line(extract):
    ex = extract("Accueil › Ressources › Lettres › Mai 2025\n\nCEEPV\nCentre européen d'études pour la paix des "
                 "villes\n\nLETTRE D'INFORMATION – MAI 2025\n\nLe 6 mai, le Centre a reçu la délégation de la Ville "
                 "de Lyon.", "2025-05-20")
    names = {(o.name, o.acronym) for o in ex.organizations}
    assert ("Centre européen d'études pour la paix des villes", "CEEPV") in names, names
    assert not any(n == "CEEPV" or n.endswith("pour la paix") for n, _ in names), names


def test_a_room_named_after_a_council_named_by_its_function_is_no_body(extract):
    ex = extract("Les séances publiques auront lieu aux dates suivantes :\n• 12 juin : Dieppe, salle du Conseil "
                 "municipal\n• 14 juin : Caraquet, Centre culturel Lamèque", "2025-05-20")
    assert "Conseil municipal" not in {o.name for o in ex.organizations}


def test_a_dateline_acronym_spells_a_compound_place_name_by_its_two_parts(extract):
    ex = extract("Gouvernement de la Nouvelle-Aquitaine\n\nCOMMUNIQUÉ\n\nBORDEAUX (GNA) – La ministre a annoncé "
                 "la nomination de Mme Claire Dubois.", "2025-05-20")
    names = {(o.name, o.acronym) for o in ex.organizations}
    assert ("Gouvernement de la Nouvelle-Aquitaine", "GNA") in names, names
    assert not any(n == "GNA" for n, _ in names), names


def test_a_name_after_an_instruments_noun_names_the_instrument(extract):
    ex = extract("Le commissaire a présenté le fonctionnement du point de contact unique pour Europol et le "
                 "système Schengen.", "2025-05-20")
    names = {o.name for o in ex.organizations}
    assert "Europol" in names, names
    assert "Schengen" not in names, names


def test_a_compound_title_glued_by_a_hyphen_is_no_body(extract):
    ex = extract("La cérémonie s'est tenue en présence du Conseiller de Gouvernement-Ministre des Finances, "
                 "M. Luc Pastor.", "2025-05-20")
    assert not any(o.name.startswith("Gouvernement-Ministre") for o in ex.organizations)
