"""Roles in the forms of other publishers' texts (councils of ministers, bars, delegations), on own sentences."""

from __future__ import annotations

from tests.conftest import roles_of


def test_vice_batonnier_in_a_bullet_list_of_the_elected(extract):
    ex = extract("L'assemblée générale de l'Ordre des Avocats du Barreau du Sénégal a élu son bureau. Ont été élus :\n"
                 "• Vice-Bâtonnier : Me Awa Ndiaye Sarr ;\n• Trésorière : Me Aminata Fall.")
    assert roles_of(ex, "Awa Ndiaye Sarr") == {("Vice-Bâtonnier", "Ordre des Avocats du Barreau du Sénégal")}


def test_elected_respectively_after_the_verb(extract):
    ex = extract("L'assemblée générale de l'Association des juristes du Niger a élu son bureau. "
                 "Me Paul Diop et Me Aminata Fall ont été élus respectivement Secrétaire adjoint et Trésorière adjointe.")
    assert roles_of(ex, "Paul Diop") == {("Secrétaire adjoint", "Association des juristes du Niger")}
    assert roles_of(ex, "Aminata Fall") == {("Trésorière adjointe", "Association des juristes du Niger")}


def orgs_of(ex, name: str) -> set[str | None]:
    return {org for _, org in roles_of(ex, name)}


def test_director_general_of_a_force_named_alone(extract):
    ex = extract("Le préfet a reçu le directeur général de la Police, M. Hervé Lambertin, le 3 mai.")
    assert orgs_of(ex, "Hervé Lambertin") == {"Direction générale de la Police"}


def test_a_grade_class_ends_the_rank_and_names_no_body(extract):
    ex = extract("Le préfet a reçu le directeur général de la Police, le Général de police de 2e classe Hervé Lambertin.")
    assert orgs_of(ex, "Hervé Lambertin") == {"Direction générale de la Police"}
    assert not any("classe" in o.name for o in ex.organizations)


def test_director_of_a_field_in_sentence_case(extract):
    ex = extract("Le préfet a reçu la directrice de la Protection civile, Mme Annick Berthelot, "
                 "et le directeur de la Sécurité des frontières, M. Paul Ondo.")
    assert orgs_of(ex, "Annick Berthelot") == {"Direction de la Protection civile"}
    assert orgs_of(ex, "Paul Ondo") == {"Direction de la Sécurité des frontières"}


def test_director_of_a_field_the_model_takes_for_a_place(extract):
    ex = extract("Le ministre a reçu la directrice de la Surveillance du littoral, Mme Annick Berthelot.")
    assert orgs_of(ex, "Annick Berthelot") == {"Direction de la Surveillance du littoral"}


def test_minister_of_a_list_of_domains_and_spokesperson_before_the_name(extract):
    ex = extract("Le préfet a reçu le ministre de la Santé, de l'Hygiène et de la Population, porte-parole du "
                 "Gouvernement, M. Paul Ondo.")
    assert "Ministère de la Santé, de l'Hygiène et de la Population" in orgs_of(ex, "Paul Ondo")


def test_members_listed_under_a_heading_naming_their_body(extract):
    ex = extract("La mission a été conduite par les membres du Comité national de vigilance suivants :\n"
                 "- Amadou Ba (chef de mission)\n- Paul Ondo\n- Lucie Obame\n")
    for name in ("Paul Ondo", "Lucie Obame"):
        assert ("Membre", "Comité national de vigilance") in roles_of(ex, name)
    assert ("Chef de mission", "Comité national de vigilance") in roles_of(ex, "Amadou Ba")


def test_two_chained_titles_before_the_name_two_bodies(extract):
    ex = extract("Le ministre s'était entretenu avec le Haut-Commandant de la Garde nationale, Directeur de la "
                 "Sécurité civile, le Général Paul Ondo, des modalités du programme.")
    assert orgs_of(ex, "Paul Ondo") == {"Garde nationale", "Direction de la Sécurité civile"}


def test_appointed_on_a_date_then_the_title(extract):
    ex = extract("Le programme sera coordonné par M. Paul Ondo, nommé le 1er octobre dernier chef de projet de "
                 "l'Agence française de développement au Mali.")
    assert orgs_of(ex, "Paul Ondo") & {"Agence française de développement", "AFD"}


def test_regional_representative_for_a_region_with_a_compass_point(extract):
    ex = extract("Le ministre s'est entretenu avec une délégation de l'Organisation internationale pour les migrations "
                 "(OIM) conduite par sa Représentante régionale pour l'Afrique de l'Ouest, Mme Awa Sarr.")
    assert orgs_of(ex, "Awa Sarr") & {"OIM", "Organisation internationale pour les migrations"}


def test_mission_officer_with_a_portfolio_accompanying_the_head(extract):
    ex = extract("Le ministre a reçu le Secrétaire général de l'Organisation internationale de la Francophonie (OIF), "
                 "M. Paul Ondo, accompagné de Mme Awa Sarr, chargée de mission Éducation numérique.")
    assert orgs_of(ex, "Awa Sarr") & {"OIF", "Organisation internationale de la Francophonie"}


def test_bulleted_title_pointing_back_to_the_council(extract):
    ex = extract("Le même jour, l'assemblée a élu le bureau du Conseil de l'Ordre des pharmaciens. Ont été élus :\n"
                 "• Secrétaire du Conseil : Me Paul Diop ;\n• Trésorière : Me Aminata Fall.")
    assert orgs_of(ex, "Paul Diop") == {"Conseil de l'Ordre des pharmaciens"}


def test_appointment_line_body_then_post_then_name(extract):
    ex = extract("Au titre du ministère des Finances :\n"
                 "- Direction générale des Douanes : directeur général adjoint : M. Paul Ondo, inspecteur principal ;\n"
                 "- Direction du Budget : directrice adjointe : Mme Awa Sarr, administratrice civile.")
    assert ("Directeur général adjoint", "Direction générale des Douanes") in roles_of(ex, "Paul Ondo")
    assert ("Directrice adjointe", "Direction du Budget") in roles_of(ex, "Awa Sarr")
