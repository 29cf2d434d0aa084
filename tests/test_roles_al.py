"""Roles in the forms of a news agency's dispatch, a police network's newsletter, a parliamentary committee's
report, a regional dispatch and a police force's release page (round al), on own sentences."""

from __future__ import annotations

from tests.conftest import bodies_of, names_of, org_named, orgs_of

BOARD = ("Réunis en congrès les 3 et 4 mai à Lausanne, les corps membres de l'Association internationale "
         "des polices de montagne (AIPM) ont élu leur bureau pour la période 2025-2027.\n\n"
         "Le bureau se compose donc comme suit :\n"
         "• Président : commandant Pierre Gaillard, Police cantonale du Valais (Suisse)\n"
         "• Vice-présidente Europe : capitaine Sandrine Morel, Gendarmerie nationale (France)\n"
         "• Vice-président Afrique : commissaire principal Ousmane Diallo, Police nationale (Sénégal)\n"
         "• Secrétaire général : M. Paul Lemieux, Sûreté du Québec\n"
         "• Trésorière : Mme Heidi Keller, Police cantonale de Berne (Suisse)\n")


def test_board_lines_give_the_post_in_the_electing_body(extract):
    ex = extract(BOARD)
    for name in ("Pierre Gaillard", "Sandrine Morel", "Ousmane Diallo", "Paul Lemieux", "Heidi Keller"):
        assert orgs_of(ex, name) & {"Association internationale des polices de montagne", "AIPM"}, name


def test_board_lines_give_the_rank_in_the_body_of_the_same_line(extract):
    ex = extract(BOARD)
    assert "Police cantonale du Valais" in orgs_of(ex, "Pierre Gaillard")
    assert "Gendarmerie nationale" in names_of(ex, "Sandrine Morel")
    assert "Police cantonale du Valais" not in orgs_of(ex, "Sandrine Morel")
    assert "Police nationale" in names_of(ex, "Ousmane Diallo")
    assert "Sûreté du Québec" in bodies_of(ex, "Paul Lemieux")
    assert "Police cantonale de Berne" in orgs_of(ex, "Heidi Keller")


def test_board_line_with_a_general_controller_rank(extract):
    ex = extract(BOARD.replace("commissaire principal Ousmane Diallo", "contrôleur général Ousmane Diallo"))
    assert orgs_of(ex, "Ousmane Diallo") & {"Association internationale des polices de montagne", "AIPM"}
    assert "Police nationale" in names_of(ex, "Ousmane Diallo")


REPORT = ("Assemblée nationale\n\n"
          "RAPPORT FAIT AU NOM DE LA COMMISSION DES LOIS CONSTITUTIONNELLES, DE LA LÉGISLATION ET DE "
          "L'ADMINISTRATION GÉNÉRALE\n\n"
          "Président : M. Hervé Lebrun\n"
          "Rapporteurs : Mme Claire Dumas et M. Yann Perrot\n\n"
          "Au cours de sa réunion du 5 mars 2025, la commission a entendu M. Paul Girard, directeur général de "
          "la police nationale.")


def test_report_lines_give_the_committee_of_the_heading(extract):
    ex = extract(REPORT)
    for name in ("Hervé Lebrun", "Claire Dumas", "Yann Perrot"):
        assert any(org and org.startswith("Commission des Lois") for org in orgs_of(ex, name)), name


def test_report_line_with_a_title_glossed_in_another_language(extract):
    ex = extract(REPORT.replace("Président : ", "Président/Voorzitter: "))
    assert any(org and org.startswith("Commission des Lois") for org in orgs_of(ex, "Hervé Lebrun"))


COMMITTEE = ("Bouaflé, 4 mars 2025 (AIP) – Le préfet du département de Bouaflé, M. Kouamé Yao Gervais, a présidé "
             "lundi une réunion du comité départemental de lutte contre les feux de brousse.\n\n"
             "Étaient aussi présents les sous-préfets de Bonon et de Pakouabo, respectivement M. Touré Ibrahim "
             "et Mme Kouassi Adjoua épouse Koffi, le commandant de la brigade de gendarmerie de Bonon, le maréchal "
             "des logis Yapi Séraphin Aimé, ainsi que le responsable du poste de police de Bouaflé, l'officier Zadi "
             "Gbeuly.\n\n"
             "La campagne sera conduite par le secrétaire général de préfecture, M. N'Dri Konan Serge.")


def test_a_title_then_a_name_after_a_rank_of_several_words(extract):
    ex = extract(COMMITTEE)
    assert "Brigade de gendarmerie de Bonon" in orgs_of(ex, "Yapi Séraphin Aimé")
    assert "Brigade de gendarmerie de Bonon" not in orgs_of(ex, "Kouassi Adjoua épouse Koffi")


def test_plural_title_over_places_then_the_holders_respectively(extract):
    ex = extract(COMMITTEE)
    assert "Sous-préfecture de Bonon" in orgs_of(ex, "Touré Ibrahim")
    assert "Sous-préfecture de Pakouabo" in orgs_of(ex, "Kouassi Adjoua épouse Koffi")


def test_counterpart_of_a_directorate_for_another_field(extract):
    ex = extract("Bouaflé, 4 mars 2025 (AIP) – Le directeur départemental de l'Environnement et du Développement "
                 "durable, M. Soro Kassoum, et son homologue des Transports et de la Mobilité urbaine, Dr Ouattara "
                 "Mariam, ont dressé le bilan de la saison sèche.")
    assert "Direction départementale des Transports et de la Mobilité urbaine" in orgs_of(ex, "Ouattara Mariam")


def test_rank_name_then_the_body_without_a_comma(extract):
    ex = extract("Les 3 et 4 février 2025, l'Académie de police de Genève recevra un séminaire du Réseau. Il sera "
                 "présenté par le lieutenant Marc Dubois, formateur à l'Académie, ainsi que par l'inspectrice Julie "
                 "Tremblay du Service de police de la Ville de Laval (SPVL).")
    assert bodies_of(ex, "Julie Tremblay") == {"Service de police de la Ville de Laval"}


CONTACT = ("Gendarmerie royale du Canada\nSalle des nouvelles\n\n"
           "Arrestation de deux suspects à Rimouski\n12 avril 2025\n\n"
           "Rimouski – Les policiers ont arrêté deux suspects mardi soir.\n\n"
           "Renseignements aux médias :\nCaporale Isabelle Gagnon\nSection des relations avec les médias\n"
           "Gendarmerie royale du Canada\n418 555-0199\n\n-30-\n")


def test_a_contact_block_gives_the_rank_in_the_force_under_the_name(extract):
    ex = extract(CONTACT)
    assert bodies_of(ex, "Isabelle Gagnon") == {"Gendarmerie royale du Canada"}


def test_a_post_taken_on_joining_a_unit_of_the_page_body(extract):
    ex = extract("Réseau des polices municipales – Infolettre\n\n"
                 "Le Réseau a tenu son forum annuel à Lyon. La Police municipale de Lyon était l'hôte de la rencontre.\n\n"
                 "Nous accueillons Mme Clara Nguyen, qui a intégré le secrétariat général le 6 janvier en tant que "
                 "chargée des communications.")
    assert orgs_of(ex, "Clara Nguyen") == {"Réseau des polices municipales"}


def test_customary_titles_are_no_part_of_the_name(extract):
    ex = extract("Des chefs traditionnels étaient aussi de la rencontre, notamment le chef de canton de Bonon, Sa Majesté "
                 "Koffi Yao Bernard, et le chef de village de Zaguiéta, Nanan Adou Kassi III.")
    names = {p.name for p in ex.people}
    assert {"Koffi Yao Bernard", "Adou Kassi III"} <= names
    assert not any(n.startswith("Nanan") for n in names)


def test_a_title_before_the_surname_of_two_words_of_a_named_person(extract):
    ex = extract("Le ministre de la Santé, M. Ibrahim Omar Farah, a reçu ce lundi la représentante de l'OMS, Mme Anna "
                 "Berg.\n\nLe ministre Omar Farah a salué « un partenariat exemplaire ».")
    assert "Omar Farah" not in {p.name for p in ex.people}


def test_a_title_over_the_bare_head_of_a_body_the_item_names(extract):
    ex = extract(COMMITTEE)
    # the prefecture named after its département (« Préfecture de Bouaflé »), the long form among its names
    assert orgs_of(ex, "N'Dri Konan Serge") == {"Préfecture de Bouaflé"}
    assert "Préfecture du département de Bouaflé" in org_named(ex, "Préfecture de Bouaflé").aliases


def test_a_short_title_under_a_heading_after_the_same_title_in_a_named_body(extract):
    ex = extract("Le Sénat | De Senaat | FR | NL\nSénat de Belgique\nAccueil > Documents > Rapports\n\nRAPPORT\n\n"
                 "Ont été entendus:\n— le 3 février 2025: M. Jan Peeters, directeur coordinateur de la police "
                 "judiciaire fédérale de Gand (PJF Gand).\n\nII. — EXPOSÉS\n\n"
                 "A. Exposé de M. Jan Peeters, directeur coordinateur\n\n"
                 "M. Jan Peeters précise que la PJF Gand consacre ses moyens aux ports.")
    assert "Sénat de Belgique" not in bodies_of(ex, "Jan Peeters")


def test_a_lettered_heading_is_no_person(extract):
    ex = extract("II. — EXPOSÉS\n\nB. Exposé de Mme Anne Claes, directrice judiciaire\n\n"
                 "Mme Anne Claes précise que la police consacre ses moyens aux ports.")
    assert {p.name for p in ex.people} == {"Anne Claes"}
