"""Roles in forms of the own-ao texts (a high commission's communiqué, a fire and rescue service's news page,
an EU agency's release, a police press office's notes, a director's post on a professional network), in
sentences of our own (issue 8)."""

from __future__ import annotations

from tests.conftest import bodies_of, roles_of


def test_a_plural_title_shared_out_town_by_town_gives_each_mayor_his_town(extract):
    ex = extract("Les maires de Kervignac-sur-Mer, Mme Solène Pichon, de Lanrivain (pays de Rostrenen), M. Tugdual "
                 "Hamon, et de Plouzélec, M. Yves Cadiou, ont été reçus le 4 juin par la sous-préfète.", "2025-06-10")
    assert any(org.endswith("Kervignac-sur-Mer") for org in bodies_of(ex, "Solène Pichon"))
    assert any(org.endswith("Lanrivain") for org in bodies_of(ex, "Tugdual Hamon"))
    assert any(org.endswith("Plouzélec") for org in bodies_of(ex, "Yves Cadiou"))


def test_a_plural_title_glossed_in_brackets_is_shared_out_too(extract):
    ex = extract("La charte a été signée le 2 mai par les batlles (maires) de Montaner, M. Jordi Puig, et de "
                 "Vilaplana, Mme Núria Soler.", "2025-05-05")
    assert any(org.endswith("Montaner") for org in bodies_of(ex, "Jordi Puig"))
    assert any(org.endswith("Vilaplana") for org in bodies_of(ex, "Núria Soler"))


def test_a_profile_headline_gives_the_title_held_chez_its_employer(extract):
    text = ("Maryse Gagnon-Thibault\nDirectrice générale chez Sentiers Jeunesse Sherbrooke | Intervention de milieu\n\n"
            "Belle journée de formation à Trois-Rivières avec nos partenaires municipaux.\n\n"
            "Rosaire Bérubé-Nadeau\nConseiller principal chez Mutuelle Boréale\nFélicitations Maryse !\n")
    ex = extract(text, "2025-10-10")
    assert ("Directrice générale", "Sentiers Jeunesse Sherbrooke") in roles_of(ex, "Maryse Gagnon-Thibault")
    assert "Mutuelle Boréale" in bodies_of(ex, "Rosaire Bérubé-Nadeau")


def test_a_profile_headline_under_a_connection_mark_on_its_own_line(extract):
    text = ("Publication de Maryse Gagnon-Thibault\n\nMaryse Gagnon-Thibault\nMaryse Gagnon-Thibault\n • 3e et +\n"
            "Directrice générale chez Sentiers Jeunesse Sherbrooke | Intervention de milieu\n5 j •\n\n"
            "Belle journée de formation à Trois-Rivières avec nos partenaires municipaux.\n")
    ex = extract(text, "2025-10-10")
    assert ("Directrice générale", "Sentiers Jeunesse Sherbrooke") in roles_of(ex, "Maryse Gagnon-Thibault")


def test_a_comment_under_a_heading_reads_its_author_headline(extract):
    text = ("Les plus récents\n\nRosaire Bérubé-Nadeau • 2e\nConseiller principal chez Mutuelle Boréale\n1 j\n"
            "Félicitations Maryse !\nJ'aime | Répondre\n")
    ex = extract(text, "2025-10-10")
    assert "Mutuelle Boréale" in bodies_of(ex, "Rosaire Bérubé-Nadeau")


def test_a_unit_commanded_by_a_ranked_officer_gives_him_its_command(extract):
    ex = extract("Depuis le 3 avril, la brigade de gendarmerie de Lauzières-Basses, commandée par le major Régis "
                 "Castan, renforce ses rondes de nuit.", "2025-04-05")
    assert ("Commandant", "Brigade de gendarmerie de Lauzières-Basses") in roles_of(ex, "Régis Castan")


def test_the_mayor_of_the_commune_is_mayor_of_the_town_just_named(extract):
    ex = extract("Le 4 avril, au centre de secours de Saint-Génis-des-Prés, la délégation a rencontré le capitaine "
                 "Hugo Brial, chef de centre, puis M. Denis Fabre, maire de la commune.", "2025-04-05")
    assert any(org.endswith("Saint-Génis-des-Prés") for org in bodies_of(ex, "Denis Fabre"))


def test_a_title_over_our_own_programmes_is_not_held_in_the_body_visited(extract):
    ex = extract("Maryse Gagnon-Thibault • 3e et +\nDirectrice générale chez Sentiers Jeunesse Sherbrooke | Médiation\n\n"
                 "Jeudi, nous sommes passés par l'Espace citoyen de Roubeix, où Rosaire Tardy, chef de la police municipale, "
                 "nous a reçus. Mon collègue Samuel Gingras-Roy, responsable de nos programmes de quartier, "
                 "m'accompagnait.", "2025-10-10")
    assert not bodies_of(ex, "Samuel Gingras-Roy") & {"Police municipale", "Espace citoyen de Roubeix"}


def test_a_body_inside_another_guests_title_is_no_context_for_a_bare_title(extract):
    text = ("GARDE CÔTIÈRE NORDIQUE\n\nBergen, 3 mai 2025 – Le commandant de la Garde côtière nordique, Eirik "
            "Solberg, a accueilli le ministre de la Mer du Cap-Vert et l'ambassadeur du Cap-Vert auprès de l'Union "
            "européenne, Nuno Tavares.\n\nLe lendemain, les visiteurs ont été guidés par la responsable du service "
            "de la formation, Maren Dahl. Ils ont vu le port.\n")
    ex = extract(text, "2025-05-03")
    assert "Union européenne" not in bodies_of(ex, "Maren Dahl")
