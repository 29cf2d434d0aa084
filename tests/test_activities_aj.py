"""Activities, round aj: appointments dated by the sitting or the gathering that made them, and
a start of duty dating an appointment told without any other day."""

from __future__ import annotations


def hires(extraction):
    return [a for a in extraction.activities if a.kind == "hire"]


def test_an_appointment_at_todays_sitting_takes_the_day_of_the_news_not_the_start_of_duty(extract):
    text = ("Lors de sa séance de ce jour, le Conseil exécutif a nommé Mme Odile Varenne en qualité de "
            "directrice du service cantonal des migrations, dès le 1er juillet 2024.")
    ex = extract(text, "2024-04-17")
    found = [h for h in hires(ex) if "Odile Varenne" in h.people]
    assert found and found[0].date == "2024-04-17"


def test_an_appointment_told_only_with_its_effect_date_takes_that_date(extract):
    text = ("L'Union informe ses membres de la nomination de M. Rémi Faucheux au poste de secrétaire "
            "général adjoint, avec effet au 1er février 2024.")
    ex = extract(text, "2024-03-20")
    found = [h for h in hires(ex) if "Rémi Faucheux" in h.people]
    assert found and (found[0].date or "").startswith("2024-02")


def test_the_councils_other_appointments_of_the_news_are_made_at_the_same_sitting(extract):
    text = ("Lors de sa séance de ce jour, le Conseil exécutif a nommé Mme Odile Varenne en qualité de "
            "directrice du service cantonal des migrations.\n\n"
            "Commission cantonale de l'intégration\n\n"
            "Sur proposition du département, le Conseil exécutif a désigné M. Bruno Kessler, juriste, et "
            "Mme Ana Duarte, enseignante, respectivement président et vice-présidente de la commission "
            "cantonale de l'intégration.\n")
    ex = extract(text, "2024-04-17")
    dated = {p: h.date for h in hires(ex) for p in h.people}
    assert dated.get("Bruno Kessler") == "2024-04-17" and dated.get("Ana Duarte") == "2024-04-17"


def test_officers_elected_on_the_last_day_of_a_workshop_take_that_day_and_the_electing_body(extract):
    text = ("Le Réseau sahélien de prévention (RSP) a organisé du 14 au 16 octobre 2024 à Niamey un "
            "séminaire sur la médiation sociale, en partenariat avec l'Agence nationale de la cohésion "
            "sociale (ANCS).\n\n"
            "Nouveau bureau de l'Association des médiateurs du Sahel\n\n"
            "Réunie le dernier jour du séminaire, l'Association des médiateurs du Sahel a élu son bureau :\n"
            "- Président : M. Oumarou Sidibé (Mairie de Ségou) ;\n"
            "- Trésorière : Mme Awa Koulibaly (Ville de Bobo-Dioulasso).\n")
    ex = extract(text, "2024-10-20")
    dated = {p: (h.date, h.organizations) for h in hires(ex) for p in h.people}
    assert dated["Oumarou Sidibé"][0] == "2024-10-16" and dated["Awa Koulibaly"][0] == "2024-10-16"
    assert dated["Oumarou Sidibé"][1] == ["Association des médiateurs du Sahel"]


def test_the_last_day_of_a_stay_is_read_as_a_day(extract):
    ex = extract("Le RSP a tenu du 14 au 16 octobre 2024 à Niamey son séminaire annuel. Le dernier jour de "
                 "la session, il a rencontré la Ville de Niamey.", "2024-10-20")
    met = [a for a in ex.activities if a.kind == "meeting" and "Ville de Niamey" in a.organizations]
    assert met and met[0].date == "2024-10-16"


MINUTES = ("COMITÉ LOCAL DE SÉCURITÉ DE LA VALLÉE DU RHIN (CLS)\n"
           "Procès-verbal de la réunion plénière du mardi 4 février 2025\n"
           "Salle des fêtes – Vieux-Brisach\n\n"
           "Mis en ligne le 12/02/2025 – Document PDF\n\n"
           "Présidence : Mme Corinne Hatt, maire de Vieux-Brisach\n\n"
           "Étaient présents :\n"
           "- M. Julien Moser, sous-préfet de l'arrondissement de Colmar ;\n"
           "- Mme Léa Fournier, directrice de l'association Passerelles Rhin ;\n"
           "- M. Thomas Weiss, principal du collège Saint-Exupéry.\n\n"
           "1. Ouverture\nLa Présidente ouvre la séance à 18 h.\n\n"
           "2. Convention\nLa convention de coordination de la police municipale est signée en séance par la "
           "maire et le sous-préfet.\n\n"
           "3. Divers\nLa cellule de suivi s'est réunie le 20 janvier en mairie d'Algolsheim, en présence de "
           "l'association Passerelles Rhin.\n\n"
           "Prochaine réunion plénière : mardi 6 mai 2025 à Algolsheim.\n")


def test_the_minutes_of_a_sitting_are_a_meeting_on_the_day_their_heading_gives_not_the_day_put_online(extract):
    ex = extract(MINUTES, "2025-02-12")
    met = [a for a in ex.activities if a.kind == "meeting" and "Julien Moser" in a.people]
    assert met and met[0].date == "2025-02-04"
    assert {"Léa Fournier", "Thomas Weiss"} <= set(met[0].people)


def test_a_convention_signed_during_the_sitting_takes_its_day(extract):
    ex = extract(MINUTES, "2025-02-12")
    signed = [a for a in ex.activities if a.kind == "agreement"]
    assert signed and signed[0].date == "2025-02-04"


def test_a_sitting_of_a_bodys_organ_is_also_the_bodys(extract):
    text = ("La Conférence des polices du Sahel (CPS) a tenu ses travaux à Bamako.\n\n"
            "Prochaines étapes\n\n"
            "La 12e réunion de la Commission plénière de la CPS se tiendra en février 2026 à Niamey.\n")
    ex = extract(text, "2025-10-02")
    coming = [a for a in ex.activities if a.date == "2026-02"]
    assert coming and "CPS" in coming[0].organizations


def test_an_installation_in_office_is_a_ceremony_on_its_day_and_the_decree_dates_the_appointment(extract):
    text = ("Le ministre de la Sécurité, Ousmane Traoré-Keïta, a installé mardi dernier à Bamako le contrôleur "
            "général Issa Coulibaly-Sow dans ses fonctions de directeur général de la Protection civile. Nommé par "
            "décret du 28 avril, l'ancien directeur régional de Kayes succède au colonel Drissa Maïga, admis à la "
            "retraite.\n")
    ex = extract(text, "2025-05-10")
    ceremony = [a for a in ex.activities if a.kind in {"meeting", "event"} and "Issa Coulibaly-Sow" in a.people]
    assert ceremony and ceremony[0].date == "2025-05-06" and "Ousmane Traoré-Keïta" in ceremony[0].people
    appointed = [a for a in hires(ex) if a.date == "2025-04-28"]
    assert appointed and appointed[0].people == ["Issa Coulibaly-Sow"]


def test_the_next_sitting_announced_in_the_minutes_is_the_bodys_planned_meeting(extract):
    ex = extract(MINUTES, "2025-02-12")
    coming = [a for a in ex.activities if a.date == "2025-05-06"]
    assert coming and coming[0].organizations == ["CLS"] and coming[0].place == "Algolsheim"


def test_a_meeting_of_an_unnamed_cell_told_in_the_minutes_is_the_bodys(extract):
    ex = extract(MINUTES, "2025-02-12")
    cell = [a for a in ex.activities if a.date == "2025-01-20"]
    assert cell and "CLS" in cell[0].organizations and "Passerelles Rhin" in cell[0].organizations


def test_a_meeting_to_precede_an_announced_sitting_takes_its_month_and_city(extract):
    text = ("Prochaines étapes\n\n"
            "La 12e réunion de la Commission plénière de la CPS se tiendra en février 2026 à Niamey. Elle sera "
            "précédée d'une réunion du Comité des experts de la sécurité routière.\n")
    ex = extract(text, "2025-10-02")
    before = [a for a in ex.activities if "Comité des experts de la sécurité routière" in a.organizations]
    assert before and before[0].date == "2026-02" and before[0].place == "Niamey"


def test_a_meeting_to_precede_a_sitting_set_on_a_day_is_not_dated_that_same_day(extract):
    text = ("Agenda\n\n"
            "Le 4e forum régional de la prévention se tiendra le 14 octobre 2026 à Arlon. Il sera précédé "
            "d'une réunion du Groupe de travail sur la délinquance juvénile.\n")
    ex = extract(text, "2026-09-01")
    before = [a for a in ex.activities if "Groupe de travail sur la délinquance juvénile" in a.organizations]
    assert before and before[0].date != "2026-10-14" and (before[0].date or "2026-10").startswith("2026-10")


def test_the_publisher_named_by_its_head_noun_organizes_the_event_it_announces(extract):
    text = ("CRSP\nCentre de recherche sur la sécurité publique\n\n"
            "L'ÉQUIPE\nLe Centre de recherche sur la sécurité publique (CRSP) accueille deux stagiaires. "
            "Le Centre a aussi signé le 3 mars une entente avec la Ville de Sherbrooke.\n\n"
            "À VENIR\nLe Centre organisera un colloque le 20 mai prochain à Sherbrooke, en collaboration avec "
            "l'Institut national de santé publique du Québec (INSPQ).\n")
    ex = extract(text, "2025-04-15")
    coming = [a for a in ex.activities if a.date == "2025-05-20"]
    assert coming and "CRSP" in coming[0].organizations and "INSPQ" in coming[0].organizations


def test_officers_told_as_seconding_the_new_president_are_elected_too(extract):
    text = ("LE BULLETIN DU CENTRE\nCentre de prévention urbaine (CPU)\n\nDISTINCTIONS\n"
            "Lors de son assemblée générale annuelle tenue à Trois-Rivières la semaine dernière, l'Association "
            "québécoise des intervenants en sécurité (AQIS) a renouvelé son conseil d'administration. Notre "
            "directrice en a été élue présidente. Elle sera secondée par M. Éric Tanguay (Ville de Laval), "
            "vice-président, et par Mme Chloé Bérubé (Université Laval), trésorière.\n")
    ex = extract(text, "2025-04-15")
    elected = {p: (h.date, h.organizations) for h in hires(ex) for p in h.people}
    assert elected.get("Éric Tanguay", (None, []))[1] == ["AQIS"]
    assert (elected["Éric Tanguay"][0] or "").startswith("2025-04") and "Chloé Bérubé" in elected


def test_a_reference_just_out_is_a_publication_of_its_authors_in_its_year(extract):
    text = ("SOMMAIRE\n1. Mot du directeur\n2. L'équipe\n3. Publications\n4. À venir\n\n"
            "MOT DU DIRECTEUR\nL'hiver a été chargé.\n\n"
            "L'ÉQUIPE\nNous souhaitons la bienvenue à Mme Léonie Gauthier-Roy, qui s'est jointe au Centre le "
            "3 février. Le professeur Hugo Lapointe dirige ses travaux.\n\n"
            "PUBLICATIONS\nVient de paraître : Lapointe, H. et Gauthier-Roy, L. (2024). Les incivilités dans les "
            "transports. Rapport de recherche, 48 p.\n")
    ex = extract(text, "2025-03-01")
    published = [a for a in ex.activities if a.kind == "publication"]
    assert len(published) == 1
    assert published[0].date == "2024" and set(published[0].people) == {"Hugo Lapointe", "Léonie Gauthier-Roy"}


def test_a_convention_approved_then_told_signed_on_a_day_is_one_signing(extract):
    text = ("Convention sur la formation des polices municipales\n\n"
            "Le Conseil exécutif a approuvé la convention de collaboration conclue avec le canton de Neuchâtel "
            "en matière de formation continue. Le texte a été signé mardi à Neuchâtel par le conseiller d'Etat "
            "Marc Jeanneret et par son homologue neuchâteloise, Mme Sarah Oppliger.\n")
    ex = extract(text, "2025-03-07")
    signed = [a for a in ex.activities if a.kind == "agreement"]
    assert len(signed) == 1 and signed[0].date == "2025-03-04" and signed[0].place == "Neuchâtel"
    assert {"Marc Jeanneret", "Sarah Oppliger"} <= set(signed[0].people)


def test_the_predecessor_who_joined_another_body_is_that_bodys_hire_not_the_successors(extract):
    text = ("M. Luc Perrenoud succède à Mme Anne Favre, qui a rejoint en février le Secrétariat d'Etat aux "
            "migrations à Berne.\n")
    ex = extract(text, "2025-03-05")
    joined = [h for h in hires(ex) if h.date == "2025-02"]
    assert joined and joined[0].people == ["Anne Favre"]


def test_a_webinar_listed_ahead_in_the_publishers_newsletter_is_the_publishers(extract):
    text = ("CRSP\nCentre de recherche sur la sécurité publique\n\n"
            "L'ÉQUIPE\nLe Centre de recherche sur la sécurité publique (CRSP) accueille deux stagiaires. "
            "Le Centre a aussi signé le 3 mars une entente avec la Ville de Sherbrooke (VS).\n\n"
            "À VENIR\nWebinaire – Le mardi 10 juin à midi, la lieutenante Karine Dufour, de la Ville de "
            "Sherbrooke, présentera les résultats du projet.\n")
    ex = extract(text, "2025-04-15")
    coming = [a for a in ex.activities if a.date == "2025-06-10"]
    assert coming and "CRSP" in coming[0].organizations
