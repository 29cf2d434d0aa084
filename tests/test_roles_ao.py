"""Roles in forms of the own-ao texts (a high commission's communiqué, a fire and rescue service's news page,
an EU agency's release, a police press office's notes, a director's post on a professional network), in
sentences of our own (issue 8)."""

from __future__ import annotations

from tests.conftest import bodies_of, roles_of


def test_a_plural_title_shared_out_town_by_town_gives_each_mayor_his_town(extract):
    ex = extract("Le 4 juin, le préfet a reçu à Rennes les maires de Villebrune, M. Paul Garnier, de Saint-Ours "
                 "(vallée de l'Orne), Mme Léa Daubin, et de Roquelaure, M. Henri Vasseur.", "2025-06-10")
    assert any(org.endswith("Villebrune") for org in bodies_of(ex, "Paul Garnier"))
    assert any(org.endswith("Saint-Ours") for org in bodies_of(ex, "Léa Daubin"))
    assert any(org.endswith("Roquelaure") for org in bodies_of(ex, "Henri Vasseur"))


def test_a_plural_title_glossed_in_brackets_is_shared_out_too(extract):
    ex = extract("Le 2 mai, les alcaldes (maires) de Pueblonuevo, M. Diego Ortal, et de Villaseca, Mme Rosa Iturbe, "
                 "ont signé la charte.", "2025-05-05")
    assert any(org.endswith("Pueblonuevo") for org in bodies_of(ex, "Diego Ortal"))
    assert any(org.endswith("Villaseca") for org in bodies_of(ex, "Rosa Iturbe"))


def test_a_profile_headline_gives_the_title_held_chez_its_employer(extract):
    text = ("Anne Roy-Tessier\nDirectrice générale chez Avenir Quartiers Gatineau | Médiation | Conférencière\n\n"
            "Hier, nous avons signé une entente avec la Ville de Hull. Merci à toute l'équipe !\n\n"
            "Marc Olivier-Duclos\nAnalyste principal chez Banque Laurentia\nBravo Anne !\n")
    ex = extract(text, "2025-10-10")
    assert ("Directrice générale", "Avenir Quartiers Gatineau") in roles_of(ex, "Anne Roy-Tessier")
    assert "Banque Laurentia" in bodies_of(ex, "Marc Olivier-Duclos")


def test_a_profile_headline_under_a_connection_mark_on_its_own_line(extract):
    text = ("Post de Anne Roy-Tessier\n\nAnne Roy-Tessier\nAnne Roy-Tessier\n • 2e\n"
            "Directrice générale chez Avenir Quartiers Gatineau | Médiation | Conférencière\n3 sem. • Modifié •\n\n"
            "Hier, nous avons signé une entente avec la Ville de Hull. Merci à toute l'équipe !\n")
    ex = extract(text, "2025-10-10")
    assert ("Directrice générale", "Avenir Quartiers Gatineau") in roles_of(ex, "Anne Roy-Tessier")


def test_a_comment_under_a_heading_reads_its_author_headline(extract):
    text = ("Les plus récents\n\nMarc Olivier-Duclos • 1er\nAnalyste principal chez Banque Laurentia\n3 sem.\n"
            "Bravo Anne !\nJ'aime | Répondre\n")
    ex = extract(text, "2025-10-10")
    assert "Banque Laurentia" in bodies_of(ex, "Marc Olivier-Duclos")


def test_a_unit_commanded_by_a_ranked_officer_gives_him_its_command(extract):
    ex = extract("Le 3 avril, les patrouilles communes se feront avec la brigade de gendarmerie de Vernoux-le-Bas, "
                 "commandée par l'adjudant-chef Marc Dupuis-Lenoir, et la police municipale.", "2025-04-05")
    assert ("Commandant", "Brigade de gendarmerie de Vernoux-le-Bas") in roles_of(ex, "Marc Dupuis-Lenoir")


def test_the_mayor_of_the_commune_is_mayor_of_the_town_just_named(extract):
    ex = extract("Le lendemain, le préfet s'est rendu au centre de secours de Saint-Aubin-les-Vignes. Ils y ont été "
                 "accueillis par le capitaine Paul Morin, chef de centre, et par M. Jean Vidal, maire de la commune.",
                 "2025-04-05")
    assert any(org.endswith("Saint-Aubin-les-Vignes") for org in bodies_of(ex, "Jean Vidal"))


def test_a_title_over_our_own_programmes_is_not_held_in_the_body_visited(extract):
    ex = extract("Anne Roy-Tessier • 2e\nDirectrice générale chez Avenir Quartiers Gatineau | Médiation\n\n"
                 "Mercredi, visite de la Maison des familles de Brignac. Merci à Luc Tardy, chef de la police municipale, "
                 "pour l'accueil.\n\nJe n'étais pas seule : ma collègue Julie Brassard-Cloutier, coordonnatrice de nos "
                 "programmes jeunesse, était du voyage.", "2025-10-10")
    assert not bodies_of(ex, "Julie Brassard-Cloutier") & {"Police municipale", "Maison des familles de Brignac"}


def test_a_body_inside_another_guests_title_is_no_context_for_a_bare_title(extract):
    text = ("AGENCE NORDIQUE DES DOUANES\n\nOslo, 3 mai 2025 – La directrice de l'Agence nordique des douanes, Kari "
            "Lund, a reçu le ministre des Finances du Ghana, accompagné de l'ambassadeur du Ghana auprès de l'Union "
            "européenne, Kofi Mensah.\n\nAu cours de la première journée, la délégation a été reçue par la cheffe du "
            "bureau des relations extérieures, Inga Berg. Elle a visité le centre de veille.\n")
    ex = extract(text, "2025-05-03")
    assert "Union européenne" not in bodies_of(ex, "Inga Berg")
