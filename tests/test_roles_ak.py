"""Roles in the forms of a daily, a peacekeeping mission's release, a ministry's appointments, a regional
community's communiqué and an academy's news page (round ak), on own sentences."""

from __future__ import annotations

from tests.conftest import orgs_of


def test_compound_surname_the_tagger_reads_as_a_conjunction(extract):
    ex = extract("Le Conseil des ministres a adopté les nominations suivantes :\n\n"
                 "- M. Xavier Delorme-Saint-Paul, préfet de l'Aveyron, est nommé préfet de la Corrèze ;\n"
                 "- Mme Sophie Lanier, préfète du Cantal, est nommée préfète de la Lozère.")
    assert "Préfecture de la Corrèze" in orgs_of(ex, "Xavier Delorme-Saint-Paul")


def test_at_the_head_of_a_directorate_said_with_the_verb_to_be(extract):
    ex = extract("Le commandant Jean Duval est depuis lundi à la tête de la Direction régionale du Sud (DRS) de "
                 "la Police nationale du Bénin (PNB). Il a été installé à Lokossa par le directeur général.")
    assert orgs_of(ex, "Jean Duval") & {"Direction régionale du Sud", "DRS"}


ALUMNI = ("Réunie en assemblée générale le samedi 7 juin à Ouagadougou, l'Amicale des anciens élèves de l'École "
          "nationale de police (AAE-ENP) a élu à sa présidence le Commandant Yves Kaboré, gestionnaire à la "
          "prison civile de Koudougou. Il sera secondé par Mme Awa Traoré et M. Issa Ouédraogo, élus "
          "respectivement secrétaire générale et trésorier.")


def test_a_body_elects_a_name_to_its_presidency(extract):
    ex = extract(ALUMNI)
    assert orgs_of(ex, "Yves Kaboré") & {"Amicale des anciens élèves de l'École nationale de police", "AAE-ENP"}


def test_officers_elected_respectively_to_bare_posts(extract):
    ex = extract(ALUMNI)
    for name in ("Awa Traoré", "Issa Ouédraogo"):
        assert orgs_of(ex, name) & {"Amicale des anciens élèves de l'École nationale de police", "AAE-ENP"}


def test_an_association_carries_a_name_to_its_presidency(extract):
    ex = extract("Réunie à Libreville, l'Association des chefs de police d'Afrique centrale (ACPAC) a porté à sa "
                 "présidence le général Paul Mba, directeur général de la Police nationale du Gabon.")
    assert orgs_of(ex, "Paul Mba") & {"Association des chefs de police d'Afrique centrale", "ACPAC"}


def test_director_of_a_lower_case_field_spelled_by_its_acronym(extract):
    ex = extract("Mme Claire Vidal, contrôleuse générale, cheffe du service central des armes, est nommée "
                 "directrice de la coopération internationale de sécurité (DCIS).")
    assert orgs_of(ex, "Claire Vidal") & {"Direction de la coopération internationale de sécurité", "DCIS"}


def test_director_of_a_lower_case_field_is_a_post_without_an_acronym(extract):
    ex = extract("Mme Claire Vidal, journaliste, est nommée directrice de la communication du club.")
    assert not any(org and org.startswith("Direction") for org in orgs_of(ex, "Claire Vidal"))


def test_appointed_after_a_relative_clause_of_the_post_held_until_now(extract):
    ex = extract("Par arrêté du 3 mars, M. Hugo Marin, commissaire général, qui dirigeait jusqu'ici la direction "
                 "départementale de la police nationale du Cantal, a été nommé directeur interdépartemental de la "
                 "police nationale de la Lozère.")
    assert "Direction interdépartementale de la police nationale de la Lozère" in orgs_of(ex, "Hugo Marin")


def test_director_of_the_body_named_again_by_its_head_noun(extract):
    ex = extract("ANP\nAcadémie nationale de police du Sénégal\nServir avec honneur\n\nACTUALITÉS\n\n"
                 "Sortie de la 20e promotion\n"
                 "Le ministre de l'Intérieur, M. Amadou Fall, a présidé ce jeudi à Thiès la cérémonie de sortie de la "
                 "20e promotion. Il était entouré du Directeur de l'Académie, le Colonel Awa Ndiaye.")
    assert orgs_of(ex, "Awa Ndiaye") & {"Académie nationale de police du Sénégal", "ANP"}
    assert "Direction de l'Académie" not in {o.name for o in ex.organizations}


def test_signed_for_a_body_named_again_by_its_head(extract):
    ex = extract("En marge de la session, un protocole d'accord a été signé entre la Commission de la CEDEAO et "
                 "l'Office des Nations unies contre la drogue et le crime (ONUDC). Le document a été paraphé, pour "
                 "la Commission, par le Commissaire en charge des Affaires sociales, l'Ambassadeur Paul Mbemba, et, "
                 "pour l'ONUDC, par son Représentant régional.")
    assert "Commission de la CEDEAO" in orgs_of(ex, "Paul Mbemba")


def test_titles_before_names_given_respectively_at_the_end(extract):
    ex = extract("Y ont également participé le maire de la ville, ainsi que le commandant de la brigade de "
                 "gendarmerie et le commissaire de police de Bambari, le Lieutenant Paul Kossi et la Commissaire "
                 "Irène Ngoy, respectivement.")
    assert orgs_of(ex, "Paul Kossi") == {"Brigade de gendarmerie de Bambari"}
    assert not any(org and "gendarmerie" in org for org in orgs_of(ex, "Irène Ngoy"))


def test_title_of_the_institution_named_before(extract):
    ex = extract("Le commissaire Jean Duval dirige désormais la Direction régionale du Sud de la Police nationale du "
                 "Bénin (PNB). Il a été installé à Lokossa par le directeur général a.i. de l'institution, "
                 "l'inspecteur général Paul Houngbo, au cours d'une cérémonie.")
    assert orgs_of(ex, "Paul Houngbo") & {"Police nationale du Bénin", "PNB"}


def test_appointed_in_the_pluperfect_after_apposed_titles(extract):
    ex = extract("Ces nominations complètent celles du Conseil des ministres du 2 juillet, au cours duquel M. Paul "
                 "Verdier, préfet, directeur de cabinet du ministre de l'Intérieur, avait été nommé préfet de police "
                 "des Bouches-du-Rhône, et Mme Anne Roy, inspectrice générale de l'administration, avait été nommée "
                 "directrice générale des collectivités locales.")
    assert "Préfecture de police des Bouches-du-Rhône" in orgs_of(ex, "Paul Verdier")
    assert "Direction générale des collectivités locales" in orgs_of(ex, "Anne Roy")


def test_a_prison_bursar_apposed_to_a_name(extract):
    ex = extract("Le Sergent Ali Diop, régisseur à la Maison d'arrêt de Thiès, a pris la parole.")
    assert "Maison d'arrêt de Thiès" in orgs_of(ex, "Ali Diop")


def test_elected_to_the_presidency_with_a_hyphenated_rank_and_a_post_elsewhere(extract):
    ex = extract("L'Amicale des anciens élèves de l'École nationale de police (AAE-ENP) a élu à sa présidence "
                 "l'Adjudant-chef Ali Diop, régisseur à la Maison d'arrêt de Thiès.")
    assert orgs_of(ex, "Ali Diop") >= {"Maison d'arrêt de Thiès"}
    assert orgs_of(ex, "Ali Diop") & {"Amicale des anciens élèves de l'École nationale de police", "AAE-ENP"}
