"""Organizations in forms of the own-an texts (a daily's report on a gendarmerie, a town council's
minutes, a commune's prevention page, a press agency's dispatch, an institute's seminar page), in
sentences of our own (issue 8)."""

from __future__ import annotations

from tests.conftest import roles_of


def _orgs(ex) -> set[str]:
    return {o.name for o in ex.organizations} | {o.acronym for o in ex.organizations if o.acronym}


def test_the_clause_words_of_council_minutes_are_no_bodies(extract):
    text = ("PROCÈS-VERBAL\nSéance ordinaire du conseil municipal de Val-des-Saules\n\n"
            "2. ADOPTION DE L'ORDRE DU JOUR\nRésolution no 2024-88\nProposée par : Jeanne Côté\n"
            "QUE l'ordre du jour soit adopté tel que présenté.\nADOPTÉE\n\n"
            "3. VOIRIE\nATTENDU QUE la Sûreté du Québec a transmis son rapport annuel;\n"
            "QUE le conseil en prenne acte.\nADOPTÉE\n")
    ex = extract(text, "2024-05-10")
    assert not _orgs(ex) & {"PROCÈS-VERBAL", "QUE", "ADOPTÉE", "ATTENDU", "Ordre du Jour", "Ordre du jour"}
    assert "Sûreté du Québec" in _orgs(ex)


def test_the_initials_of_a_dispatchs_writers_are_no_bodies(extract):
    text = ("Thiès, 3 juin (APS) – Le gouverneur de la région de Thiès, Moussa Ndao, a reçu mardi une délégation "
            "de l'Office national de lutte contre la fraude et la corruption (OFNAC).\n\nKDN/ABD/MTN\n")
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
    text = ("Kaolack, 2 avril (APS) – La Direction régionale des Douanes du Centre a présenté mardi une saisie de "
            "faux médicaments, a expliqué le directeur régional des Douanes du Centre, le colonel Ibou Faye.\n")
    ex = extract(text, "2025-04-03")
    assert "Direction régionale des Douanes du Centre" in _orgs(ex)
    assert "Douanes du Centre" not in _orgs(ex)


def test_an_alderman_s_portfolio_without_its_town_names_no_town(extract):
    text = ("Commune de Montfleury – Site officiel\nAccueil » Actualités\n\n"
            "Le comité de pilotage s'est réuni mardi dernier. Présidée par l'échevine de la Jeunesse et de la "
            "Cohésion sociale, Lucie Verhaegen, la réunion a permis un premier bilan. La bourgmestre, Nadia Lambotte, "
            "a salué le travail accompli.\n")
    ex = extract(text, "2025-03-20")
    assert not any("Jeunesse" in name for name in _orgs(ex))
    assert not any(org and "Jeunesse" in org for _, org in roles_of(ex, "Lucie Verhaegen"))


def test_an_acronym_of_a_kind_before_a_name_opening_on_an_article(extract):
    text = ("Le CPAS de Florenville et l'AMO Le Tremplin étaient représentés par leur présidente et leur "
            "coordinateur, respectivement Maud Lhoest et Cédric Jacquemin.\n")
    ex = extract(text, "2025-03-20")
    assert "AMO Le Tremplin" in _orgs(ex)
    assert "AMO" not in _orgs(ex)


def test_an_acronym_and_its_domain_read_as_an_adjective_are_one_name(extract):
    text = ("Le plan de Montfleury est financé par le SPW Intérieur et Action sociale, qui suit le dossier.\n\n"
            "Avec le soutien du SPW Intérieur\n")
    ex = extract(text, "2025-03-20")
    assert "SPW" not in _orgs(ex)


def test_a_room_named_after_a_council_in_a_building_is_no_body(extract):
    text = "Le comité de suivi s'est réuni jeudi dernier dans la salle du Conseil de l'Hôtel de ville de Bressoux.\n"
    ex = extract(text, "2025-03-20")
    assert not any(name.startswith("Conseil de l") for name in _orgs(ex))


def test_a_lower_case_force_across_a_region_is_no_body(extract):
    text = "Prochain webinaire, jeudi 4 décembre : « Réformer la police municipale en Afrique centrale ».\n"
    ex = extract(text, "2025-11-20")
    assert not any("Afrique" in name for name in _orgs(ex))


def test_a_unit_named_again_without_its_service_is_the_same_body(extract):
    text = ("Tambacounda, 4 mars (APS) – Les agents de la Brigade mobile des douanes de Kédougou ont saisi lundi "
            "trois tonnes de sucre. Le commandant de la Brigade mobile de Kédougou, le lieutenant Moussa Faye, "
            "a présenté la saisie.\n")
    ex = extract(text, "2025-03-05")
    assert "Brigade mobile des douanes de Kédougou" in _orgs(ex)
    assert "Brigade mobile de Kédougou" not in _orgs(ex)


def test_a_header_s_acronym_with_a_region_beside_the_full_name_is_that_body(extract):
    text = ("CERS Africa | Centre d'études sur la radicalisation et la sécurité\nAccueil  Événements  Publications\n\n"
            "Le Centre d'études sur la radicalisation et la sécurité (CERS) organise un séminaire le 3 mars 2026.\n")
    ex = extract(text, "2026-02-20")
    named = [o for o in ex.organizations if "CERS" in {o.acronym, *o.aliases} or o.name.startswith("CERS")]
    assert len(named) == 1
