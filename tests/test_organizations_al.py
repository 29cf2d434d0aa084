"""Organizations in forms of other publishers' pages (own sentences, round al): headings and rubrics in
capitals, a masthead's acronym over its name, bodies listed with their country in brackets."""

from __future__ import annotations


def names(extraction) -> set[str]:
    return {o.name for o in extraction.organizations}


def every_name(extraction) -> set[str]:
    return {n for o in extraction.organizations for n in (o.name, o.acronym, *o.aliases) if n}


def test_a_heading_in_capitals_with_a_year_names_no_body(extract):
    ex = extract("CONGRÈS ANNUEL 2025 : UNE NOUVELLE PRÉSIDENCE\n\n"
                 "Réunis à Liège, les membres de l'Association des chefs de police ont élu leur bureau.")
    assert not {"CONGRÈS", "ANNUEL"} & every_name(ex)


def test_a_rubric_in_capitals_names_no_body(extract):
    ex = extract("EN RÉSUMÉ\n\nLa Police municipale de Sète a rejoint l'Association des chefs de police.")
    assert not {"EN", "RÉSUMÉ"} & every_name(ex)


def test_a_newsletter_number_in_capitals_names_no_body(extract):
    ex = extract("BULLETIN NO 12 – MAI 2025\n\nLa Police municipale de Sète a rejoint l'Association des chefs de police.")
    assert not {"BULLETIN", "NO", "MAI"} & every_name(ex)


def test_a_heading_word_and_a_number_name_no_body(extract):
    ex = extract("PUBLICATION DU 2E RAPPORT\n\nLa Police municipale de Sète a publié son rapport annuel.")
    assert "PUBLICATION" not in every_name(ex)


def test_a_document_reference_and_a_byline_word_name_no_body(extract):
    ex = extract("DOC 55 1234/001\n\nRAPPORT\nFAIT AU NOM DE LA COMMISSION DE LA JUSTICE\nPAR\n"
                 "MME Anne PIRSON ET M. Luc DEWAEL\n\nLa commission a entendu le procureur général.")
    assert not {"DOC", "PAR"} & every_name(ex)
    assert not any(n.upper().startswith("MME") for n in every_name(ex))



def test_a_masthead_acronym_of_syllables_over_its_name_is_one_body(extract):
    ex = extract("RESOLIP\nRéseau de solidarité policière\nAccueil | Nos membres | Contact\n\n"
                 "Le RESOLIP a réuni ses membres à Lille le 3 mai.")
    body = next(o for o in ex.organizations if o.name == "Réseau de solidarité policière")
    assert body.acronym == "RESOLIP"
    assert "RESOLIP" not in names(ex)


def test_national_bodies_listed_with_their_country_in_brackets_stay_apart(extract):
    ex = extract("Le bureau se compose comme suit :\n"
                 "• Président : colonel Marc Aubry, Gendarmerie nationale (Bénin)\n"
                 "• Trésorier : commandant Ali Sow, École nationale de police (Togo)\n\n"
                 "Le lieutenant Paul Diouf (Gendarmerie nationale du Niger) et Mme Ana Roy, de l'École nationale "
                 "de police du Québec, ont pris la parole.")
    niger = next(o for o in ex.organizations if o.name == "Gendarmerie nationale du Niger")
    assert not any("Bénin" in a for a in niger.aliases)
    quebec = next(o for o in ex.organizations if o.name == "École nationale de police du Québec")
    assert not any("Togo" in a for a in quebec.aliases)
    assert {"Gendarmerie nationale (Bénin)", "École nationale de police (Togo)"} <= every_name(ex)


def test_a_head_word_opening_a_quoted_title_is_no_body(extract):
    ex = extract("L'Observatoire a publié le deuxième numéro de sa revue, intitulé « Gendarmerie de proximité "
                 "et territoires ruraux : un état des lieux ».")
    assert not any(n.startswith("Gendarmerie") for n in names(ex))


def test_a_body_named_in_full_in_quotes_is_still_a_body(extract):
    ex = extract("Le rapport cite « Police nationale du Bénin » parmi ses sources.")
    assert "Police nationale du Bénin" in names(ex)


def test_a_foreign_body_glossed_in_french_with_its_own_name_in_brackets(extract):
    ex = extract("Mme Ana Lopes a détaillé la coopération avec Eurojust et avec le ministère public portugais "
                 "(Ministério Público).")
    body = next(o for o in ex.organizations if o.name == "Ministère public portugais")
    assert "Ministério Público" in body.aliases
    assert "Ministério Público" not in {p.name for p in ex.people}


def test_a_body_and_an_acronym_joined_by_et_are_two_bodies(extract):
    ex = extract("Au terme de l'entretien, le ministère de la Sécurité et l'OIM ont signé un protocole d'accord.")
    assert "Ministère de la Sécurité" in names(ex)
    assert not any(n.endswith("OIM") and n != "OIM" for n in names(ex))


def test_a_domain_then_a_province_names_that_province_s_agency(extract):
    ex = extract("Des inspections seront menées dans les restaurants de Gatineau, en collaboration avec "
                 "Transport scolaire Québec.")
    assert "Transport scolaire Québec" in names(ex)


def test_a_unit_of_a_force_named_with_capitals_names_the_force_too(extract):
    ex = extract("Une séance de travail s'est tenue à Kaolack avec la Brigade de recherches de la "
                 "Gendarmerie nationale.")
    assert {"Brigade de recherches de la Gendarmerie nationale", "Gendarmerie nationale"} <= names(ex)


def test_a_force_closing_a_unit_s_name_with_the_unit_s_town_is_no_body_of_its_own(extract):
    ex = extract("Le commandant Paul Rabe dirige le Groupement de la Gendarmerie nationale de Morondava.")
    assert "Gendarmerie nationale de Morondava" not in names(ex)


def test_an_acronym_counted_as_a_kind_of_body_is_no_body(extract):
    ex = extract("La région de l'Outaouais regroupe 9 bureaux de CLSC et compte près de 300 employés.")
    assert "CLSC" not in every_name(ex)
