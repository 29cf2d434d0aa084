"""Roles in forms of French institutional news that own texts showed failing (own sentences; issue 8):
a body in brackets then the title, two titles joined by « et », « son homologue de X », « à la tête de »,
court titles, a capitalised domain after a head title."""

from __future__ import annotations

from reseau.extract.assemble import title_key
from tests.conftest import roles_of


def test_title_after_a_bracketed_acronym_is_of_that_body(extract):
    text = ("Le 3 mars 2024, l'Organisation mondiale des douanes (OMD) a réuni à Bruxelles ses partenaires. "
            "Parmi les orateurs :\n"
            "• Mme Léa Fontaine (OMD), Directrice adjointe du renforcement des capacités ;\n"
            "• M. Paulo Mendes (ONUDC), Spécialiste de la traite des personnes.\n")
    ex = extract(text, "2024-03-05")
    assert ("Directrice adjointe du renforcement des capacités", "OMD") in roles_of(ex, "Léa Fontaine")
    assert any(title.startswith("Spécialiste") and org for title, org in roles_of(ex, "Paulo Mendes"))


def test_rank_before_name_then_bracketed_body_then_title(extract):
    text = ("Le 3 mars 2024, les participants ont entendu le Commissaire principal Yves Mabiala (INTERPOL), "
            "Chef du Bureau de liaison pour l'Afrique de l'Est, et Mme Clara Bodin (UNICEF), "
            "Chargée de protection de l'enfance.\n")
    ex = extract(text, "2024-03-05")
    titles = {title for title, org in roles_of(ex, "Yves Mabiala") if org}
    assert any(t.startswith("Chef du Bureau de liaison") for t in titles)
    assert any(t.startswith("Chargée de protection") for t, org in roles_of(ex, "Clara Bodin") if org)


def test_two_titles_joined_by_et_before_the_name(extract):
    ex = extract("Le 4 juin 2024, le maire de Valbrune et président de l'Association des maires ruraux du Cantal, "
                 "Gérard Pastre, a reçu les commerçants.")
    orgs = {org for _, org in roles_of(ex, "Gérard Pastre")}
    assert "Ville de Valbrune" in orgs
    assert "Association des maires ruraux du Cantal" in orgs


def test_two_titles_joined_by_et_after_the_name(extract):
    ex = extract("Le 4 juin 2024, Maître Awa Diallo, avocate au barreau de Bamako et présidente de l'Association "
                 "malienne des juristes, a ouvert le séminaire.")
    orgs = {org for _, org in roles_of(ex, "Awa Diallo")}
    assert orgs == {"Barreau de Bamako", "Association malienne des juristes"}


def test_two_people_with_their_articles_keep_their_own_titles(extract):
    ex = extract("Le 4 juin 2024, le maire de Valbrune, Gérard Pastre, et la présidente de l'Association des "
                 "maires ruraux du Cantal, Odile Ferrand, ont reçu les commerçants.")
    assert {org for _, org in roles_of(ex, "Gérard Pastre")} == {"Ville de Valbrune"}
    assert {org for _, org in roles_of(ex, "Odile Ferrand")} == {"Association des maires ruraux du Cantal"}


def test_counterpart_of_a_town_holds_the_same_office_there(extract):
    ex = extract("Le 12 février 2025, le maire de Castelnaud, Pierre Lafarge, et son homologue de Beynac, "
                 "Annie Delpech, ont signé la convention de vidéoprotection.")
    assert {org for _, org in roles_of(ex, "Pierre Lafarge")} == {"Ville de Castelnaud"}
    assert {org for _, org in roles_of(ex, "Annie Delpech")} == {"Ville de Beynac"}


def test_counterpart_of_a_body_after_the_name(extract):
    ex = extract("Le 12 février 2025, la directrice générale de l'Institut de la statistique du Québec, "
                 "Mme Lucie Gagnon, a reçu M. Henri Blaser, son homologue de l'Office fédéral de la douane, "
                 "pour un échange de données.")
    assert ("directeur general", "Office fédéral de la douane") in {
        (title_key(t), o) for t, o in roles_of(ex, "Henri Blaser")}


def test_a_bare_head_noun_without_article_points_to_no_body_named_later(extract):
    ex = extract("Le 3 avril 2025, le maire d'Hautbois et président du conseil de police, Luc Marchal, son homologue "
                 "de Vireux, Anne Colson, ainsi que le directeur de la police fédérale pour la province, le "
                 "commissaire Paul Gérard, ont fait le point.")
    assert "Ville d'Hautbois" in {org for _, org in roles_of(ex, "Luc Marchal")}
    assert "Police fédérale" not in {org for _, org in roles_of(ex, "Luc Marchal")}
    assert {org for _, org in roles_of(ex, "Anne Colson")} == {"Ville de Vireux"}


def test_at_the_head_of_a_body_after_the_name(extract):
    ex = extract("Le 5 mars 2025, la table ronde a réuni Mme Chantal Ouellet, à la tête de l'Institut de recherche "
                 "en sécurité urbaine, et des élus de la région.")
    assert "Institut de recherche en sécurité urbaine" in {org for _, org in roles_of(ex, "Chantal Ouellet")}


def test_who_leads_a_lower_case_directorate_names_it(extract):
    ex = extract("Le 5 mars 2025, le préfet a reçu M. Denis Poirier, qui dirige la direction régionale des douanes "
                 "(DRD) de Marseille, pour préparer la saison estivale.")
    assert any(org and "Direction régionale des douanes" in org or org == "DRD"
               for _, org in roles_of(ex, "Denis Poirier"))


def test_who_chairs_an_association(extract):
    ex = extract("Le 5 mars 2025, M. Karim Saïdi, qui préside l'Association des victimes de la route du Gard, "
                 "a été reçu à la préfecture.")
    assert roles_of(ex, "Karim Saïdi") == {("Président", "Association des victimes de la route du Gard")}


def test_capitalised_field_after_director_general_names_a_directorate(extract):
    ex = extract("Le 4 mai 2024, Monsieur le Directeur Général de la Sécurité Routière, le Colonel Ahmed Kaci, "
                 "a présenté le bilan des accidents de l'été.")
    assert {org for _, org in roles_of(ex, "Ahmed Kaci")} == {"Direction générale de la Sécurité Routière"}


def test_director_general_of_a_named_foundation_keeps_that_body(extract):
    ex = extract("Le 4 mai 2024, la directrice générale de la Fondation Abbé Pierre, Mme Inès Morel, a présenté "
                 "le rapport annuel.")
    assert {org for _, org in roles_of(ex, "Inès Morel")} == {"Fondation Abbé Pierre"}


def test_capitalised_field_in_a_signing_sentence(extract):
    ex = extract("Le 4 mai 2024 ont procédé à la signature de cette convention Monsieur le Directeur Général de la "
                 "Sécurité Routière, le Colonel Ahmed Kaci, et Madame la Présidente de la Ligue Tunisienne des "
                 "Droits de l'Homme, Mme Amel Haddad.")
    assert {org for _, org in roles_of(ex, "Ahmed Kaci")} == {"Direction générale de la Sécurité Routière"}



def test_first_president_of_a_court_of_appeal(extract):
    ex = extract("Le 6 mars 2025, la ministre a été accueillie au palais de justice par le premier président de la "
                 "cour d'appel de Rivemont, M. Alain Berthier.")
    assert {org for _, org in roles_of(ex, "Alain Berthier")} == {"Cour d'appel de Rivemont"}


def test_attorney_general_at_this_court_is_of_the_court_named_before(extract):
    ex = extract("Le 6 mars 2025, la ministre a rencontré le premier président de la cour d'appel de Rivemont, "
                 "M. Alain Berthier, et la procureure générale près cette cour, Mme Hélène Castan.")
    assert {org for _, org in roles_of(ex, "Hélène Castan")} == {"Cour d'appel de Rivemont"}


def test_public_prosecutor_is_of_the_court_the_item_named(extract):
    ex = extract("Le 6 mars 2025, le garde des Sceaux a visité le tribunal judiciaire de Bellerive. La convention a "
                 "été signée par la présidente du tribunal, Mme Odile Prat, et par le procureur de la République, "
                 "M. Marc Olier.")
    assert {org for _, org in roles_of(ex, "Marc Olier")} == {"Tribunal judiciaire de Bellerive"}


def test_president_of_the_court_not_named_takes_no_other_body(extract):
    ex = extract("Le 6 mars 2025, le ministre était accompagné de la directrice de l'Agence nationale de "
                 "l'insertion (ANI), Mme Lise Perrot. Au palais, il a été accueilli par le président du tribunal, "
                 "M. Hugo Barral, puis par les greffiers.")
    assert "ANI" not in {org for _, org in roles_of(ex, "Hugo Barral")}
    assert "Agence nationale de l'insertion" not in {org for _, org in roles_of(ex, "Hugo Barral")}


def test_rank_before_name_and_the_function_taken_after(extract):
    text = ("Zone de police Hesbaye-Ouest\n\n"
            "Le 3 février 2025, le conseil de police a désigné le commissaire Marc Dethier, jusqu'ici chef du "
            "service Proximité, pour assurer la fonction de chef de corps à titre intérimaire.\n")
    ex = extract(text, "2025-02-05")
    titles = {title for title, _ in roles_of(ex, "Marc Dethier")}
    assert any(t.lower().startswith("chef de corps") for t in titles)
    assert "Service Proximité" not in {org for _, org in roles_of(ex, "Marc Dethier")}


def test_function_taken_is_in_the_body_that_appoints(extract):
    ex = extract("Le 3 février 2025, la Ville de Brissac a désigné Mme Anne Roux pour assurer les fonctions de "
                 "directrice générale des services.")
    assert {org for _, org in roles_of(ex, "Anne Roux")} == {"Ville de Brissac"}


def test_minister_of_several_domains_with_capitalised_adjectives(extract):
    ex = extract("Le 3 mars 2024, Monsieur le Ministre de la Justice, des Libertés Publiques et des Droits de "
                 "l'Homme, M. Karim Ziani, a présidé la cérémonie.")
    assert {org for _, org in roles_of(ex, "Karim Ziani")} == {
        "Ministère de la Justice, des Libertés Publiques et des Droits de l'Homme"}


def test_alderman_with_a_portfolio_is_of_the_town_not_of_the_portfolio(extract):
    ex = extract("Le 3 mars 2025, l'échevin des Travaux de Hastière, Luc Wauthier, et l'échevine de la Cohésion "
                 "sociale de Dinant, Mme Rita Masson, ont visité le chantier.")
    assert {org for _, org in roles_of(ex, "Luc Wauthier")} == {"Ville de Hastière"}
    assert {org for _, org in roles_of(ex, "Rita Masson")} == {"Ville de Dinant"}


def test_director_general_of_a_field_with_its_adjective_in_lower_case(extract):
    ex = extract("Le 4 mai 2024, la cérémonie s'est tenue en présence de Mme Awa Traoré, Directrice générale de la "
                 "Sécurité routière, et des élus de la région.")
    assert {org for _, org in roles_of(ex, "Awa Traoré")} == {"Direction générale de la Sécurité routière"}


def test_at_the_head_of_a_lower_case_service_after_du(extract):
    ex = extract("Le 2 avril 2024, Mme Clara Duval, à la tête du service de l'aide aux victimes de la Ville de "
                 "Rennes depuis 2020, a présenté le bilan.")
    assert {org for _, org in roles_of(ex, "Clara Duval")} == {"Service de l'aide aux victimes de la Ville de Rennes"}


def test_who_led_a_body_with_a_time_between(extract):
    ex = extract("Le 2 avril 2024, le ministre a salué M. Paul Garnier, qui dirigeait depuis 2019 l'Inspection "
                 "générale de la gendarmerie nationale (IGGN).")
    assert {org for _, org in roles_of(ex, "Paul Garnier")} == {"IGGN"}


def test_post_entrusted_to_a_person(extract):
    text = ("Zone de police Hesbaye-Ouest\n\n"
            "Le 3 février 2025, le collège a confié la direction de la logistique, à titre provisoire, à la "
            "commissaire Léa Jamar.\n")
    ex = extract(text, "2025-02-05")
    titles = {title for title, _ in roles_of(ex, "Léa Jamar")}
    assert any(t.startswith("Directeur de la logistique") or t.startswith("Directrice de la logistique") for t in titles)
