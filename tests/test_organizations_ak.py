"""Organizations in forms of other publishers' pages (own sentences, round ak): « Nations unies » in
lower case inside a body's name, a heading's label before a colon, a body and its acronym written
apart, an alumni association, units and prefectures named by their holder's title."""

from __future__ import annotations


def names(extraction) -> set[str]:
    return {o.name for o in extraction.organizations}


def test_nations_unies_in_lower_case_stays_in_the_name(extract):
    ex = extract("Une délégation du Bureau intégré des Nations unies au Mali (BINUMA) a été reçue à Bamako "
                 "par le ministre de la Sécurité.")
    assert not any(n.endswith("des Nations") for n in names(ex))
    assert any(n.startswith("Bureau intégré des Nations unies") for n in names(ex))


def test_a_headline_rubric_before_a_colon_is_no_part_of_the_body(extract):
    ex = extract("À lire aussi\nPolice : la Brigade des mineurs déménage\n\n"
                 "Le commissaire Paul Ndoye a présenté les nouveaux locaux à Thiès.")
    assert not any(":" in n for n in names(ex))


def test_a_directorate_of_a_branch_of_the_police_names_no_body_for_the_branch(extract):
    ex = extract("Le commissaire Paul Martin a rejoint la Direction centrale de la police judiciaire à Paris.")
    assert "Direction centrale de la police judiciaire" in names(ex)
    assert "Police judiciaire" not in names(ex)


def test_a_national_police_is_not_a_body_of_a_department(extract):
    ex = extract("M. Paul Martin, qui dirigeait jusqu'ici la direction départementale de la police nationale "
                 "du Haut-Rhin, a été nommé à Lyon.")
    assert "Direction départementale de la police nationale du Haut-Rhin" in names(ex)
    assert "Police nationale du Haut-Rhin" not in names(ex)


def test_a_police_zone_inside_a_unit_is_still_a_body(extract):
    ex = extract("Le chef du Commissariat central de la zone de police Haute-Sambre a reçu le bourgmestre.")
    assert "Zone de police Haute-Sambre" in names(ex)


def test_an_alumni_amicale_is_a_body(extract):
    ex = extract("Réunie en assemblée générale le samedi 4 mars, l'Amicale des anciens élèves de l'ENP (AAE-ENP) "
                 "a élu son président.")
    assert "Amicale des anciens élèves de l'ENP" in names(ex)


def test_a_directorate_named_by_its_director_and_spelled_by_its_acronym(extract):
    ex = extract("Mme Sophie Marchal, contrôleuse générale, est nommée directrice de la prévention des risques "
                 "numériques (DPRN).")
    assert "Direction de la prévention des risques numériques" in names(ex)


def test_a_director_of_a_field_without_an_acronym_names_no_directorate(extract):
    ex = extract("Mme Sophie Marchal est nommée directrice de la communication.")
    assert not any(n.startswith("Direction") for n in names(ex))


def test_two_kinds_joined_by_et_share_the_town_named_after_the_second(extract):
    ex = extract("Étaient présents le commandant de la brigade de gendarmerie et le commissaire de police de "
                 "Bossangoa, le Capitaine Paul Zanga et la Commissaire Ana Mboli, respectivement.")
    assert "Brigade de gendarmerie de Bossangoa" in names(ex)


def test_a_short_word_of_a_heading_in_capitals_is_no_acronym(extract):
    ex = extract("12 AVRIL 2025 · VIE SCOLAIRE\nLe Lycée de police de Thiès a accueilli le préfet.")
    assert "VIE" not in names(ex)



def test_a_corps_of_a_trade_is_no_body(extract):
    ex = extract("Corps diplomatique\n\nM. Paul Girard, ambassadeur au Gabon, est nommé ambassadeur au Togo.\n\n"
                 "Le corps diplomatique a salué la nomination.")
    assert not any(n.lower().startswith("corps") for n in names(ex))
