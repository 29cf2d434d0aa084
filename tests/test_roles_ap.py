"""Roles in forms of the own-ap texts (an international radio's Africa page, a customs body's news, a regional
audit chamber's report, a parliamentary committee's debates, a Moroccan wilaya's news), in sentences of our own
(issue 8)."""

from __future__ import annotations

from tests.conftest import roles_of


def _names(ex) -> set[str]:
    return {p.name for p in ex.people}


def test_a_hyphenated_name_after_a_territory_noun_is_a_place_not_a_person(extract):
    ex = extract("Le 4 mai, Monsieur Paul Lemarchand-Sidi, Wali de la Région Aïn Zerga-Tamsa, Gouverneur de la "
                 "Préfecture de Ouarzel, a présidé la réunion du conseil.", "2024-05-06")
    assert "Aïn Zerga-Tamsa" not in _names(ex)
    assert any(title.startswith("Wali") for title, _ in roles_of(ex, "Paul Lemarchand-Sidi"))


def test_a_bare_title_after_a_body_named_again_by_its_head_noun_is_held_there(extract):
    text = ("Commune de Kerlouan : la police municipale\n\n"
            "La chambre régionale des comptes Bretagne a contrôlé la gestion de la police municipale de la commune "
            "de Kerlouan pour les exercices 2019 et suivants.\n\n"
            "La chambre, délibérant en sa séance du 3 avril 2024, présidée par M. Yves Le Goff, président de la "
            "chambre, a arrêté ses observations définitives. Ont participé au délibéré Mme Anne Riou, présidente "
            "de section, et M. Loïc Tanguy, premier conseiller.\n")
    ex = extract(text, "2024-05-02")
    for name in ("Anne Riou", "Loïc Tanguy"):
        assert {org for _, org in roles_of(ex, name)} == {"Chambre régionale des comptes Bretagne"}


def test_a_title_after_a_first_person_possessive_is_held_in_the_one_body_of_its_kind(extract):
    ex = extract("Le 3 mai, le ministre des Transports a présenté le plan devant la commission. « Nous tiendrons "
                 "un forum en juin à Gaspé, et j'ai demandé à mon sous-ministre associé aux affaires maritimes, "
                 "M. Julien Roy-Tremblay, d'en assurer la préparation », a-t-il dit.", "2024-05-06")
    assert "Ministère des Transports" in {org for _, org in roles_of(ex, "Julien Roy-Tremblay")}


def test_the_last_domain_of_a_minister_keeps_its_lower_case_complement(extract):
    ex = extract("Le 3 mai, le ministre de l'Intérieur, de la Sécurité nationale et de la Décentralisation du "
                 "territoire, le général Koffi Mensah-Attah, a reçu la délégation à Kara.", "2024-05-06")
    assert ("Ministère de l'Intérieur, de la Sécurité nationale et de la Décentralisation du territoire"
            in {org for _, org in roles_of(ex, "Koffi Mensah-Attah")})


def test_a_minister_s_domain_the_model_reads_as_a_place_is_still_the_ministry_s(extract):
    ex = extract("Le ministre djiboutien de l'Intérieur et de la Sécurité publique, Kossi Amégan-Dzaka, a bouclé ce "
                 "lundi une tournée de trois jours à Tadjourah.", "2024-05-06")
    assert any(org and org.startswith("Ministère de l'Intérieur et de la Sécurité publique")
               for _, org in roles_of(ex, "Kossi Amégan-Dzaka"))
    # the ministry as the text writes it, with its country's adjective, is one of its names
    assert any("Ministère djiboutien de l'Intérieur et de la Sécurité publique" in o.aliases for o in ex.organizations)


def test_a_head_noun_joined_to_another_domain_before_a_country_names_a_new_body(extract):
    ex = extract("Le 4 mai, la cérémonie a été présidée par le Directeur général des douanes du Sénégal, M. Amadou "
                 "Faye-Ndiaye, en présence de M. Paul-Henri Nzé Ondo, Directeur général des douanes et droits "
                 "indirects du Congo.", "2024-05-06")
    bodies = {org for _, org in roles_of(ex, "Paul-Henri Nzé Ondo")}
    assert "Douanes du Sénégal" not in bodies
    assert "Direction générale des douanes et droits indirects du Congo" in bodies


def test_a_title_scoped_to_a_region_named_by_letters_still_opens_on_its_name(extract):
    ex = extract("Le 4 mai, l'atelier s'est ouvert en présence du Vice-Président de l'OMD pour la région AOC, "
                 "M. Paul-Henri Nzé Ondo, Directeur général des douanes du Congo.", "2024-05-06")
    assert {"OMD", "Organisation mondiale des douanes"} & {org for _, org in roles_of(ex, "Paul-Henri Nzé Ondo")}


def test_a_post_one_is_installed_in_is_held(extract):
    ex = extract("Le 4 mai, le Gouverneur a procédé à l'installation de M. Karim Benjelloun-Tazi dans ses fonctions "
                 "de directeur de l'Agence urbaine de Settat.", "2024-05-06")
    assert "Agence urbaine de Settat" in {org for _, org in roles_of(ex, "Karim Benjelloun-Tazi")}
