"""Organizations in forms of other publishers' pages (own sentences): dated headings in capitals,
ranks, domains and event nouns that are no bodies; ministries kept whole."""

from __future__ import annotations


def names(extraction) -> set[str]:
    return {o.name for o in extraction.organizations}


def test_a_dated_heading_in_capitals_is_no_body(extract):
    ex = extract("COMPTE RENDU DU CONSEIL DES MINISTRES DU MARDI 8 AVRIL 2025\n\n"
                 "Le Conseil des ministres s'est réuni ce mardi 8 avril 2025 à Niamey.")
    assert not any("2025" in n or "AVRIL" in n or n.startswith("Mardi") for n in names(ex))


def test_a_country_in_english_capitals_is_no_body(extract):
    ex = extract("Press and information team of the Delegation to SENEGAL\n\n"
                 "L'Union européenne a signé ce lundi une convention avec le ministère de la Justice à Dakar.")
    assert "SENEGAL" not in names(ex)


def test_a_rank_of_a_class_is_no_body(extract):
    ex = extract("La délégation comprenait le commissaire général, le Général de police de 2e classe Paul Mavoungou.")
    assert not any("classe" in n for n in names(ex))


def test_a_council_informed_of_a_meeting_is_not_the_meeting(extract):
    ex = extract("Le ministre des Finances a informé le Conseil de la séance qu'il a tenue lundi avec les bailleurs.")
    assert not any(n.startswith("Conseil de la séance") for n in names(ex))


def test_public_order_in_a_ministry_is_a_domain(extract):
    ex = extract("Le ministre de l'Intérieur et de l'Ordre public, M. Jean Kabore, a reçu les préfets. "
                 "Il était accompagné du ministre de la Défense et de l'Ordre public.")
    assert "Ordre public" not in names(ex)


def test_a_minister_of_two_domains_names_the_whole_ministry(extract):
    ex = extract("La convention a été signée par Mme Awa Diallo, ministre de l'Économie et de la Coopération "
                 "régionale, en présence du ministre de la Santé.")
    assert "Ministère de l'Économie et de la Coopération régionale" in names(ex)
    assert "Ministère de l'Économie" not in names(ex)


def test_a_ministry_in_lower_case_lists_its_domains(extract):
    ex = extract("Au titre du ministère de la Défense et de l'Ordre public :\n"
                 "- Direction de la Marine : directeur : M. Paul Obiang.")
    assert "Ministère de la Défense et de l'Ordre public" in names(ex)
    assert "Ordre public" not in names(ex)


def test_a_body_opening_a_bullet_line(extract):
    ex = extract("Au titre du ministère de la Défense :\n"
                 "- Direction générale de la Marine : directeur général adjoint : M. Paul Moukoko ;\n"
                 "- Direction de la Sécurité militaire : directeur adjoint : M. Luc Ebaka.\n\n"
                 "La délégation a visité :\n- Prison de Mbanza\n- Prison de Kimpese (quartier des femmes)")
    assert {"Direction générale de la Marine", "Direction de la Sécurité militaire"} <= names(ex)
    assert {"Prison de Mbanza", "Prison de Kimpese"} <= names(ex)


def test_a_head_and_a_letter_in_brackets_is_the_short_name(extract):
    ex = extract("La délégation a rencontré des membres du Comité permanent de contrôle des services de "
                 "renseignement (Comité R) à Bruxelles.")
    assert "Comité R" not in names(ex)
    body = next(o for o in ex.organizations if o.name.startswith("Comité permanent"))
    assert body.acronym == "Comité R" or "Comité R" in body.aliases


def test_a_body_in_a_state_named_in_full_and_by_its_usual_name(extract):
    ex = extract("Délégation de l'Union européenne en République du Niger\n\n"
                 "Niamey, le 3 mai 2024 – La Délégation de l'Union européenne au Niger a signé une convention "
                 "avec le ministère de la Justice.")
    delegations = [o for o in ex.organizations if o.name.startswith("Délégation de l'Union européenne")]
    assert len(delegations) == 1


def test_a_ministry_named_by_its_style_and_by_its_minister(extract):
    ex = extract("La délégation a rencontré Mme Ann Peeters, ministre de la Mobilité. La réunion de clôture était "
                 "présidée par M. Jan Claes, directeur général du SPF Mobilité.")
    bodies = [o for o in ex.organizations if "Mobilité" in o.name]
    assert len(bodies) == 1


def test_the_cabinet_of_the_president_is_the_presidency(extract):
    ex = extract("Assistait à l'audience le directeur de Cabinet du Président de la République, M. Issa Moussa.")
    assert "Présidence de la République" in names(ex)


def test_the_government_is_a_body_of_one_word(extract):
    ex = extract("Le communiqué final a été lu par M. Paul Nzaou, ministre de la Culture, porte-parole du Gouvernement.")
    assert any(o.name == "Gouvernement" or o.name.startswith("Gouvernement ") for o in ex.organizations)


def test_the_government_in_a_breadcrumb_is_a_link(extract):
    ex = extract("Accueil > Gouvernement > Ministère de la Culture > Communiqués\n\n"
                 "Le ministère de la Culture a signé une entente avec la Ville de Gatineau le 3 mai.")
    assert "Gouvernement" not in names(ex)


def test_a_police_station_of_a_police_zone_names_the_zone_too(extract):
    ex = extract("La délégation a visité :\n- Commissariat central de la zone de police Haute-Meuse, Dinant\n"
                 "- Prison de Marche")
    assert "Zone de police Haute-Meuse" in names(ex)
