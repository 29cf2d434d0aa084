"""Roles in forms of the own-ap texts (an international radio's Africa page, a customs body's news, a regional
audit chamber's report, a parliamentary committee's debates, a Moroccan wilaya's news), in sentences of our own
(issue 8)."""

from __future__ import annotations

from tests.conftest import roles_of


def _names(ex) -> set[str]:
    return {p.name for p in ex.people}


def test_a_hyphenated_name_after_a_territory_noun_is_a_place_not_a_person(extract):
    ex = extract("Reçu jeudi par les élus du littoral, Monsieur Paul Lemarchand-Sidi, Wali de la Région Aïn "
                 "Zerga-Tamsa, a inauguré le nouveau marché couvert de Ouarzel.", "2024-05-06")
    assert "Aïn Zerga-Tamsa" not in _names(ex)
    assert any(title.startswith("Wali") for title, _ in roles_of(ex, "Paul Lemarchand-Sidi"))


def test_a_bare_title_after_a_body_named_again_by_its_head_noun_is_held_there(extract):
    text = ("Communauté de communes du Val de Brévands : la collecte des déchets\n\n"
            "La chambre régionale des comptes Normandie a examiné la collecte des déchets de la communauté de "
            "communes du Val de Brévands de 2016 à 2021.\n\n"
            "La chambre, présidée par M. Yves Le Goff, a adopté ce rapport le 9 octobre 2023. Siégeaient également "
            "Mme Anne Riou, présidente de section, et M. Loïc Tanguy, premier conseiller.\n")
    ex = extract(text, "2023-11-20")
    for name in ("Anne Riou", "Loïc Tanguy"):
        assert {org for _, org in roles_of(ex, name)} == {"Chambre régionale des comptes Normandie"}


def test_a_title_after_a_first_person_possessive_is_held_in_the_one_body_of_its_kind(extract):
    ex = extract("Le 3 mai, le ministre des Transports a répondu aux élus de l'opposition. « Le dossier du "
                 "traversier est prioritaire : mon sous-ministre associé, M. Julien Roy-Tremblay, rencontrera les "
                 "maires de la Côte-Nord dès lundi », a-t-il assuré.", "2024-05-06")
    assert "Ministère des Transports" in {org for _, org in roles_of(ex, "Julien Roy-Tremblay")}


def test_the_last_domain_of_a_minister_keeps_its_lower_case_complement(extract):
    ex = extract("Arrivé mardi à Sokodé, le ministre de l'Intérieur, de la Protection civile et de la Cohésion du "
                 "territoire, M. Koffi Mensah-Attah, a visité la nouvelle centrale solaire.", "2024-05-06")
    assert ("Ministère de l'Intérieur, de la Protection civile et de la Cohésion du territoire"
            in {org for _, org in roles_of(ex, "Koffi Mensah-Attah")})


def test_a_minister_s_domain_the_model_reads_as_a_place_is_still_the_ministry_s(extract):
    ex = extract("À Tadjourah depuis jeudi, le ministre djiboutien de l'Intérieur et de la Protection civile, Kossi "
                 "Amégan-Dzaka, a visité la caserne des pompiers.", "2024-05-06")
    assert any(org and org.startswith("Ministère de l'Intérieur et de la Protection civile")
               for _, org in roles_of(ex, "Kossi Amégan-Dzaka"))
    # the ministry as the text writes it, with its country's adjective, is one of its names
    assert any("Ministère djiboutien de l'Intérieur et de la Protection civile" in o.aliases for o in ex.organizations)


def test_a_head_noun_joined_to_another_domain_before_a_country_names_a_new_body(extract):
    ex = extract("Le 4 mai à Lomé, M. Amadou Faye-Ndiaye, Directeur général des douanes du Sénégal, a accueilli son "
                 "homologue, M. Lucien Bakala-Mouanda, Directeur général des douanes et accises du Niger.", "2024-05-06")
    bodies = {org for _, org in roles_of(ex, "Lucien Bakala-Mouanda")}
    assert "Douanes du Sénégal" not in bodies
    assert "Direction générale des douanes et accises du Niger" in bodies


def test_a_title_scoped_to_a_region_named_by_letters_still_opens_on_its_name(extract):
    ex = extract("Lundi à Bamako, la Vice-Présidente de l'UPA pour la région SAO, Mme Awa Diallo-Keita, Directrice des "
                 "postes du Mali, a signé l'accord sur le courrier transfrontalier.", "2024-05-06")
    assert "UPA" in {org for _, org in roles_of(ex, "Awa Diallo-Keita")}


def test_a_post_one_is_installed_in_is_held(extract):
    ex = extract("Le 4 mai, M. Karim Benjelloun-Tazi a été confirmé dans ses fonctions de directeur de l'Agence "
                 "urbaine de Settat.", "2024-05-06")
    assert "Agence urbaine de Settat" in {org for _, org in roles_of(ex, "Karim Benjelloun-Tazi")}
