"""Organizations in forms of the own-an texts (a daily's report on a gendarmerie, a town council's
minutes, a commune's prevention page, a press agency's dispatch, an institute's seminar page), in
sentences of our own (issue 8)."""

from __future__ import annotations

from tests.conftest import roles_of


def _orgs(ex) -> set[str]:
    return {o.name for o in ex.organizations} | {o.acronym for o in ex.organizations if o.acronym}


def test_the_clause_words_of_council_minutes_are_no_bodies(extract):
    text = ("PROCÈS-VERBAL\nSéance extraordinaire du conseil de la municipalité de Val-des-Saules\n\n"
            "5. ORDRE DU JOUR\nSur proposition de la conseillère Jeanne Côté, il est résolu\n"
            "QUE le budget révisé soit approuvé.\nADOPTÉE\n\n"
            "6. SÉCURITÉ\nATTENDU QUE la Sûreté du Québec a déposé son bilan des patrouilles;\n"
            "QUE la directrice générale en transmette copie aux citoyens.\nADOPTÉE\n")
    ex = extract(text, "2024-05-10")
    assert not _orgs(ex) & {"PROCÈS-VERBAL", "QUE", "ADOPTÉE", "ATTENDU", "Ordre du Jour", "Ordre du jour"}
    assert "Sûreté du Québec" in _orgs(ex)


def test_the_initials_of_a_dispatchs_writers_are_no_bodies(extract):
    text = ("Thiès, 3 juin (APS) – Une délégation de l'Office national de lutte contre la fraude et la corruption "
            "(OFNAC) a été reçue mardi par Demba Ndao, gouverneur de Thiès.\n\nKDN/ABD/MTN\n")
    ex = extract(text, "2024-06-04")
    assert not _orgs(ex) & {"KDN", "ABD", "MTN"}
    assert "OFNAC" in _orgs(ex)


def test_a_time_zone_after_the_hours_is_no_body(extract):
    text = ("Webinaire : la police et les jeunes\nJeudi 5 mars 2026, 14h00 - 15h30 (GMT)\n\n"
            "Le Centre d'études stratégiques de Lomé (CESL) organise un webinaire.\n")
    ex = extract(text, "2026-02-20")
    assert "GMT" not in _orgs(ex)
    assert "CESL" in _orgs(ex)


def test_a_regional_directorate_of_the_customs_is_a_body_of_its_own(extract):
    text = ("Kaolack, 2 avril (APS) – Selon le directeur régional des Douanes du Centre, le colonel Ibou Faye, la "
            "Direction régionale des Douanes du Centre a renforcé ses contrôles sur la route de Kaffrine.\n")
    ex = extract(text, "2025-04-03")
    assert "Direction régionale des Douanes du Centre" in _orgs(ex)
    assert "Douanes du Centre" not in _orgs(ex)


def test_an_alderman_s_portfolio_without_its_town_names_no_town(extract):
    text = ("Commune de Montfleury · Portail citoyen\n\n"
            "L'échevine de la Jeunesse et de la Cohésion sociale, Lucie Warnant, a inauguré samedi la nouvelle "
            "maison de quartier, en présence de la bourgmestre, Nadia Pirson.\n")
    ex = extract(text, "2025-03-20")
    assert not any("Jeunesse" in name for name in _orgs(ex))
    assert not any(org and "Jeunesse" in org for _, org in roles_of(ex, "Lucie Warnant"))


def test_an_acronym_of_a_kind_before_a_name_opening_on_an_article(extract):
    text = "Le 4 mars, un animateur de l'AMO La Boussole, Théo Marlier, a présenté le projet aux écoles.\n"
    ex = extract(text, "2025-03-20")
    assert "AMO La Boussole" in _orgs(ex)
    assert "AMO" not in _orgs(ex)


def test_an_acronym_and_its_domain_read_as_an_adjective_are_one_name(extract):
    text = ("Les travaux du carrefour de Montfleury reçoivent un subside du SPW Territorial et Mobilité.\n\n"
            "Un chantier soutenu par le SPW Territorial\n")
    ex = extract(text, "2025-03-20")
    assert "SPW" not in _orgs(ex)


def test_a_room_named_after_a_council_in_a_building_is_no_body(extract):
    text = "Les mariages de l'été seront célébrés dans la salle du Conseil de l'Hôtel de ville de Bressoux.\n"
    ex = extract(text, "2025-03-20")
    assert not any(name.startswith("Conseil de l") for name in _orgs(ex))


def test_a_lower_case_force_across_a_region_is_no_body(extract):
    text = "Notre dossier du mois porte sur la police municipale en Amérique latine et sur ses moyens.\n"
    ex = extract(text, "2025-11-20")
    assert not any("Amérique" in name for name in _orgs(ex))


def test_a_unit_named_again_without_its_service_is_the_same_body(extract):
    text = ("Kédougou, 4 mars (APS) – Un camion de cigarettes a été intercepté lundi par la Brigade mobile des "
            "douanes de Kédougou. Selon le lieutenant Alioune Mbaye, commandant de la Brigade mobile de "
            "Kédougou, le chauffeur a pris la fuite.\n")
    ex = extract(text, "2025-03-05")
    assert "Brigade mobile des douanes de Kédougou" in _orgs(ex)
    assert "Brigade mobile de Kédougou" not in _orgs(ex)


def test_a_header_s_acronym_with_a_region_beside_the_full_name_is_that_body(extract):
    text = ("IRPS Oceania | Institut de recherche sur les politiques de sécurité\nAccueil  Agenda  Études\n\n"
            "L'Institut de recherche sur les politiques de sécurité (IRPS) tient un colloque le 3 mars 2026.\n")
    ex = extract(text, "2026-02-20")
    named = [o for o in ex.organizations if "IRPS" in {o.acronym, *o.aliases} or o.name.startswith("IRPS")]
    assert len(named) == 1
