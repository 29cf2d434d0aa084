"""Roles in forms of the own-ar texts (a daily's report of a police handover, a federal police release, a
university school's news page, a gendarmerie's social-media post, a departmental council's page), in sentences
of our own (issue 8)."""

from __future__ import annotations

from tests.conftest import bodies_of, orgs_of, roles_of


def test_a_remit_after_the_body_of_a_title_before_the_name_closes_that_title(extract):
    ex = extract("Le 12 mai, la vice-présidente du Conseil départemental en charge de la jeunesse et de la vie "
                 "associative, Mme Odile Ferrac, a ouvert la séance.", "2025-05-14")
    assert "Conseil départemental" in orgs_of(ex, "Odile Ferrac")
    ex = extract("Le protocole a été signé le 3 juin à Vienne par le directeur adjoint de l'ONUDC chargé des "
                 "opérations de terrain, Marco Bellandi, et par la ministre.", "2025-06-05")
    assert "Office des Nations Unies contre la drogue et le crime" in bodies_of(ex, "Marco Bellandi")
    ex = extract("Le 2 avril, le vice-président de la Métropole de Lyon délégué à la sécurité et à la tranquillité "
                 "publique, M. Armand Teyssier, a présenté le plan.", "2025-04-03")
    assert "Métropole de Lyon" in orgs_of(ex, "Armand Teyssier")


def test_a_remit_holding_a_verb_is_no_part_of_the_title_before_a_name(extract):
    ex = extract("Le 2 avril, le directeur de la Police nationale chargé de l'enquête a dit que le ministre, "
                 "M. Armand Teyssier, viendrait.", "2025-04-03")
    assert "Police nationale" not in orgs_of(ex, "Armand Teyssier")


def test_one_standing_in_for_a_body_s_head_with_no_post_of_his_own_is_of_that_body(extract):
    ex = extract("La cérémonie s'est tenue le 4 mai à Bamako en présence du colonel Marc Diarra, représentant le Chef "
                 "d'état-major de l'Armée de terre, et de M. Paul Koné, représentant le ministre de la Sécurité.",
                 "2025-05-06")
    assert "Armée de terre" in orgs_of(ex, "Marc Diarra")
    ex = extract("Le 4 mai, le commissaire Jean Ouédraogo, représentant le Haut Commandant de la Gendarmerie "
                 "nationale, a remis les prix.", "2025-05-06")
    assert any(title.startswith("Représentant le Haut Commandant") and org == "Gendarmerie nationale"
               for title, org in roles_of(ex, "Jean Ouédraogo"))


def test_the_body_closing_a_listed_line_is_the_one_its_title_is_held_in(extract):
    ex = extract("Table ronde du 12 mars\nLe panel réunissait :\n"
                 "• M. Paul Girard, inspecteur, Service de police de la Ville de Laval (SPL)\n"
                 "• Mme Anne Roy, coordonnatrice, Entraide quartier Vimont\n"
                 "• Pr Marc Lebel, Faculté de droit\n"
                 "• Mme Julie Caron, conseillère en prévention, Ville de Terrebonne\n", "2025-03-01")
    assert bodies_of(ex, "Anne Roy") == {"Entraide quartier Vimont"}
    assert ("Professeur", "Faculté de droit") in roles_of(ex, "Marc Lebel")
    ex = extract("Programme de la matinée du 5 juin à Liège\nIntervenants :\n"
                 "- M. Luc Peeters, directeur, Maison de quartier Atlas\n"
                 "- Mme Sarah Dubois, conseillère, Service de prévention de la Ville de Liège\n", "2025-06-01")
    assert bodies_of(ex, "Luc Peeters") == {"Maison de quartier Atlas"}


def test_a_professor_s_abbreviation_before_the_name_is_the_title(extract):
    ex = extract("La conférence d'ouverture sera prononcée le 4 mai par la Pre Louise Gagnon, de l'Université Laval. "
                 "Le Pr Ahmed Benali, de l'Université de Tunis, a ouvert le séminaire le 3 mars.", "2025-03-05")
    assert ("Professeure", "Université Laval") in roles_of(ex, "Louise Gagnon")
    assert ("Professeur", "Université de Tunis") in roles_of(ex, "Ahmed Benali")


def test_one_named_after_sous_la_direction_de_heads_the_body_just_named(extract):
    ex = extract("Le commandant de la Police cantonale vaudoise, le colonel Paul Dubuis, salue le travail. À Genève, "
                 "les contrôles ont été conduits par la brigade des mineurs (BMI), sous la direction du commissaire "
                 "Luc Favre.", "2025-05-06")
    assert bodies_of(ex, "Luc Favre") == {"Brigade des mineurs"}
    ex = extract("Le préfet de la Kozah a visité le 4 avril la Compagnie de gendarmerie de Kara, placée sous le "
                 "commandement du capitaine Komi Adjo.", "2025-04-06")
    assert ("Commandant", "Compagnie de gendarmerie de Kara") in roles_of(ex, "Komi Adjo")


def test_a_date_between_commas_after_nomme_leaves_the_title_after_it(extract):
    ex = extract("Le professeur agrégé Paul Tessier a été nommé, le 12 mars dernier, membre du Conseil scientifique "
                 "de l'Institut national de santé publique, pour un mandat de trois ans.", "2025-03-20")
    assert "Institut national de santé publique" in orgs_of(ex, "Paul Tessier")
    ex = extract("Mme Awa Ndiaye a été élue, le 3 février 2025, présidente de l'Association des juristes "
                 "sénégalaises.", "2025-02-10")
    assert "Association des juristes sénégalaises" in orgs_of(ex, "Awa Ndiaye")
    ex = extract("M. Luc Meyer a été désigné, en mars dernier, délégué de la Fédération suisse des fonctionnaires "
                 "de police.", "2025-04-10")
    assert "Fédération suisse des fonctionnaires de police" in orgs_of(ex, "Luc Meyer")
