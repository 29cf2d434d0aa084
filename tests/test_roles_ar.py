"""Roles in forms of the own-ar texts (a daily's report of a police handover, a federal police release, a
university school's news page, a gendarmerie's social-media post, a departmental council's page), in sentences
of our own (issue 8)."""

from __future__ import annotations

from tests.conftest import bodies_of, orgs_of, roles_of


def test_a_remit_after_the_body_of_a_title_before_the_name_closes_that_title(extract):
    ex = extract("Lundi 12 mai, le vice-président du Conseil régional en charge de l'enseignement supérieur et de la recherche, "
                 "M. Odilon Ferrac, a inauguré l'atelier.", "2025-05-14")
    assert "Conseil régional" in orgs_of(ex, "Odilon Ferrac")
    ex = extract("Un accord a été paraphé le 3 juin à Vienne entre la ministre et le directeur adjoint de l'ONUDC "
                 "chargé des programmes régionaux, Marco Bellandi.", "2025-06-05")
    assert "Office des Nations Unies contre la drogue et le crime" in bodies_of(ex, "Marco Bellandi")
    ex = extract("Le 2 avril, le vice-président de la Métropole de Lyon délégué à la sécurité et à la tranquillité "
                 "publique, M. Armand Teyssier, a présenté le plan.", "2025-04-03")
    assert "Métropole de Lyon" in orgs_of(ex, "Armand Teyssier")


def test_a_remit_holding_a_verb_is_no_part_of_the_title_before_a_name(extract):
    ex = extract("Le 2 avril, le directeur de la Police nationale chargé de l'enquête a dit que le ministre, "
                 "M. Armand Teyssier, viendrait.", "2025-04-03")
    assert "Police nationale" not in orgs_of(ex, "Armand Teyssier")


def test_one_standing_in_for_a_body_s_head_with_no_post_of_his_own_is_of_that_body(extract):
    ex = extract("Le jury a siégé le 4 mai à Bamako, avec le lieutenant Marc Diarra, représentant le Chef "
                 "d'état-major de l'Armée de terre, et M. Paul Koné, représentant le ministre de la Sécurité.",
                 "2025-05-06")
    assert "Armée de terre" in orgs_of(ex, "Marc Diarra")
    ex = extract("Mercredi, le commissaire Jean Ouédraogo, représentant le Directeur général de la Police "
                 "nationale, a remis les diplômes.", "2025-05-09")
    assert any(title.startswith("Représentant le Directeur") and org == "Police nationale"
               for title, org in roles_of(ex, "Jean Ouédraogo"))


def test_the_body_closing_a_listed_line_is_the_one_its_title_is_held_in(extract):
    ex = extract("Atelier du 12 mars\nAnimé par :\n"
                 "• M. Paul Girard, lieutenant, Service de police de la Ville de Laval (SPL)\n"
                 "• Mme Anne Roy, animatrice, Entraide quartier Vimont\n"
                 "• Pr Marc Lebel, Faculté de droit\n"
                 "• Mme Julie Caron, analyste, Ville de Terrebonne\n", "2025-03-01")
    assert bodies_of(ex, "Anne Roy") == {"Entraide quartier Vimont"}
    assert ("Professeur", "Faculté de droit") in roles_of(ex, "Marc Lebel")
    ex = extract("Programme de la matinée du 5 juin à Liège\nIntervenants :\n"
                 "- M. Luc Peeters, directeur, Maison de quartier Atlas\n"
                 "- Mme Sarah Dubois, conseillère, Service de prévention de la Ville de Liège\n", "2025-06-01")
    assert bodies_of(ex, "Luc Peeters") == {"Maison de quartier Atlas"}


def test_a_professor_s_abbreviation_before_the_name_is_the_title(extract):
    ex = extract("Le séminaire du 4 mai sera animé par la Pre Louise Gagnon, de l'Université Laval. "
                 "Le Pr Ahmed Benali, de l'Université de Tunis, en fera la synthèse.", "2025-03-05")
    assert ("Professeure", "Université Laval") in roles_of(ex, "Louise Gagnon")
    assert ("Professeur", "Université de Tunis") in roles_of(ex, "Ahmed Benali")


def test_one_named_after_sous_la_direction_de_heads_the_body_just_named(extract):
    ex = extract("La Police cantonale bernoise a livré son bilan le 6 mai. À Sion, la surveillance a été assurée par "
                 "la brigade des mineurs (BMI), sous la direction de l'inspecteur principal Luc Favre.", "2025-05-06")
    assert bodies_of(ex, "Luc Favre") == {"Brigade des mineurs"}
    ex = extract("Le préfet de la Kozah a visité le 4 avril la Compagnie de gendarmerie de Kara, placée sous le "
                 "commandement du capitaine Komi Adjo.", "2025-04-06")
    assert ("Commandant", "Compagnie de gendarmerie de Kara") in roles_of(ex, "Komi Adjo")


def test_a_date_between_commas_after_nomme_leaves_the_title_after_it(extract):
    ex = extract("Le Dr Paul Tessier a été reconduit, le 12 mars dernier, membre du Conseil scientifique de "
                 "l'Institut national de santé publique.", "2025-03-20")
    assert "Institut national de santé publique" in orgs_of(ex, "Paul Tessier")
    ex = extract("Mme Awa Ndiaye a été élue, le 3 février 2025, présidente de l'Association des juristes "
                 "sénégalaises.", "2025-02-10")
    assert "Association des juristes sénégalaises" in orgs_of(ex, "Awa Ndiaye")
    ex = extract("M. Luc Meyer a été désigné, en mars dernier, délégué de la Fédération suisse des fonctionnaires "
                 "de police.", "2025-04-10")
    assert "Fédération suisse des fonctionnaires de police" in orgs_of(ex, "Luc Meyer")
