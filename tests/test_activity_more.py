"""More activity forms of publishers the development texts do not imitate: who attended a
gathering given as a dash or bullet list, elections and appointments of several people in
one sentence, days written « le 12/03 », people named earlier and recalled by their title.
Every sentence is written for the test."""

from __future__ import annotations
from tests.conftest import gatherings


def hires(extraction):
    return [a for a in extraction.activities if a.kind == "hire"]


def test_a_dash_list_of_attendees_is_one_gathering(extract):
    text = ("Une conférence régionale sur la sécurité urbaine s'est tenue les 3 et 4 octobre 2023 à Parakou.\n\n"
            "La séance d'ouverture a été présidée par le préfet du Borgou, M. Jules Adjovi.\n\n"
            "Ont également pris part aux travaux :\n"
            "- le Directeur général de la Police républicaine, le Contrôleur général Paul Dossou ;\n"
            "- le Maire de Natitingou, M. Simon Kouagou ;\n"
            "- la Représentante résidente du PNUD, Mme Elise Marchetti.\n\n"
            "Les échanges ont porté sur l'éclairage public.")
    meetings = gatherings(extract(text, "2023-10-10"))
    assert len(meetings) == 1
    assert {"Jules Adjovi", "Paul Dossou", "Simon Kouagou", "Elise Marchetti"} <= set(meetings[0].people)


def test_a_bullet_list_of_speakers_is_one_gathering(extract):
    text = ("Les directeurs de police de l'océan Indien se sont réunis le 5 juin 2024 à Port-Louis.\n\n"
            "Sont intervenus lors de la séance d'ouverture :\n"
            "• M. Rajesh Boodhoo (Police mauricienne), Commissaire de police ;\n"
            "• Mme Hanta Rakoto (Gendarmerie nationale malgache), Directrice des opérations ;\n"
            "• M. Ali Mohamed (COMESA), Conseiller principal.\n")
    meetings = gatherings(extract(text, "2024-06-10"))
    assert len(meetings) == 1
    assert {"Rajesh Boodhoo", "Hanta Rakoto", "Ali Mohamed"} <= set(meetings[0].people)


def test_people_met_in_a_list_are_still_one_meeting_each(extract):
    text = ("Le 14 février 2024, à Genève, la directrice a rencontré :\n"
            "- M. Hans Keller, chef de la Police cantonale de Genève ;\n"
            "- Mme Nadia Rossi, directrice de l'Office fédéral de la police.\n")
    meetings = gatherings(extract(text, "2024-02-20"))
    assert len(meetings) == 2


def test_an_election_of_a_board_gives_one_hire_per_post_of_that_body(extract):
    text = ("Union des communes du Togo (UCT)\n\n"
            "L'UCT était représentée à Lomé le vendredi 8 mars 2024 à l'assemblée générale du Réseau "
            "ouest-africain des polices municipales (ROAPM). Le bureau du ROAPM a été élu, avec M. Kossi Amegah "
            "(Togo) comme président, Mme Awa Diop (Sénégal) et M. Yao Kouassi (Côte d'Ivoire) comme "
            "vice-présidents, et M. Idrissa Sow (Mali) comme trésorier.\n\n"
            "L'UCT félicite les nouveaux élus.")
    told = hires(extract(text, "2024-03-12"))
    by_person = {p: [h for h in told if p in h.people] for p in ("Kossi Amegah", "Awa Diop", "Yao Kouassi", "Idrissa Sow")}
    assert all(len(found) == 1 for found in by_person.values())
    assert by_person["Kossi Amegah"][0] is not by_person["Idrissa Sow"][0]
    assert "Awa Diop" not in by_person["Kossi Amegah"][0].people
    assert all(h.date == "2024-03-08" and h.organizations == ["ROAPM"] for h in told)


def test_several_appointments_in_one_sentence_are_one_hire_each(extract):
    text = ("Le conseil municipal de Val-des-Pins a approuvé mardi 4 février 2025 la nomination de Julie Fortin "
            "au poste de directrice des travaux publics, de Marc Gagnon à titre de chef du service des loisirs "
            "et d'Annie Bélanger comme greffière.")
    told = hires(extract(text, "2025-02-07"))
    for name in ("Julie Fortin", "Marc Gagnon", "Annie Bélanger"):
        assert [h.people for h in told if name in h.people] == [[name]]


def test_an_appointment_on_a_day_in_figures_and_a_post_entrusted_the_same_evening(extract):
    text = ("Publié le 21/10/2024 par la cellule communication\n\n"
            "Réuni en séance le 15/10, le conseil communal a désigné la commissaire Laura Mertens, jusqu'ici "
            "adjointe au chef de service, pour diriger à titre intérimaire le service de proximité de la zone de "
            "police Haute-Meuse. Le même soir, le conseil a confié la coordination des opérations, également à "
            "titre provisoire, au commissaire Didier Lambotte, qui dirige la section circulation depuis 2019.")
    told = hires(extract(text, "2024-10-21"))
    for name in ("Laura Mertens", "Didier Lambotte"):
        assert [h.date for h in told if name in h.people] == ["2024-10-15"]


def test_a_minister_named_once_is_the_minister_of_later_meetings(extract):
    text = ("Mme Anne Dubreuil, garde des Sceaux, ministre de la Justice, s'est rendue jeudi 6 mars 2025 à "
            "Montbrison.\n\n"
            "Au palais de justice, la ministre a été accueillie par le président du tribunal judiciaire de "
            "Montbrison, M. Luc Perrin, et par la bâtonnière, Mme Inès Carrel.\n\n"
            "À la maison d'arrêt, la ministre a été reçue par le directeur de l'établissement, M. Hugo Vasseur.")
    meetings = gatherings(extract(text, "2025-03-08"))
    assert any("Luc Perrin" in m.people for m in meetings) and any("Hugo Vasseur" in m.people for m in meetings)
    assert all("Anne Dubreuil" in m.people for m in meetings)


def test_monsieur_le_ministre_recalls_the_minister_named_with_a_long_title(extract):
    text = ("Monsieur le Ministre de la Sécurité, des Affaires Religieuses et de la Décentralisation, M. Idriss Kaboré, "
            "a présidé "
            "le mardi 9 avril 2024 la cérémonie d'ouverture de la Semaine nationale de la sécurité routière.\n\n"
            "Par ailleurs, Monsieur le Ministre a reçu en audience, le même jour, Monsieur l'Ambassadeur du Canada, "
            "M. Robert Leclerc.")
    meetings = gatherings(extract(text, "2024-04-12"))
    audience = [m for m in meetings if "Robert Leclerc" in m.people]
    assert len(audience) == 1 and "Idriss Kaboré" in audience[0].people


def test_the_next_numbered_meeting_of_a_series_is_planned_by_its_hosts(extract):
    text = ("Le Réseau des polices municipales francophones (RPMF) et l'Association des maires du Sahel (AMS) ont "
            "tenu, du 10 au 12 septembre 2024 à Niamey, la troisième réunion annuelle des responsables de police "
            "municipale, en présence du ministre de l'Intérieur du Niger, M. Adamou Issa, et de la représentante "
            "de l'Union européenne, Mme Karin Olsen.\n\n"
            "Les participants ont échangé sur la vidéoprotection.\n\n"
            "La quatrième réunion annuelle se tiendra à Ndjamena au cours du second semestre 2025.")
    planned = [a for a in extract(text, "2024-09-20").activities if a.status == "planned"]
    assert len(planned) == 1
    assert planned[0].date == "2025" and planned[0].place == "Ndjamena"
    assert set(planned[0].organizations) == {"RPMF", "AMS"}


def test_an_invitation_and_a_reception_offered_are_planned_events(extract):
    text = ("Ville de Beaulac\n\n"
            "Le 3 février 2025, le Service de police de Beaulac (SPB) a présenté son bilan annuel au conseil municipal.\n\n"
            "Les résidents sont invités à une séance d'information sur la sécurité à vélo, organisée par le SPB et "
            "l'organisme Vélo Québec, le jeudi 20 février à 18 h 30, à la bibliothèque municipale.\n\n"
            "Une réception sera offerte en l'honneur des policiers retraités le samedi 22/02 à 17 h au centre "
            "culturel de Beaulac.")
    planned = [a for a in extract(text, "2025-02-05").activities if a.status == "planned"]
    assert sorted(a.date for a in planned) == ["2025-02-20", "2025-02-22"]


def test_who_accompanies_a_trip_takes_part_in_its_meetings(extract):
    text = ("Ministère de l'Éducation nationale\n\n"
            "Mme Claire Vautrin, ministre de l'Éducation nationale, s'est rendue lundi 12 mai 2025 à Carmaux, où "
            "elle a visité le lycée professionnel puis le commissariat. Elle était accompagnée du directeur de "
            "l'Office national de la sécurité scolaire (ONSS), M. Rémi Lafargue.\n\n"
            "Au lycée, la ministre a été accueillie par la proviseure, Mme Lina Bouaziz, et par le maire de "
            "Carmaux, M. Jean Cros.\n\n"
            "Au commissariat, elle s'est entretenue avec le commissaire divisionnaire Paul Granier.")
    meetings = gatherings(extract(text, "2025-05-14"))
    assert all(len(m.people) > 1 for m in meetings)
    school = [m for m in meetings if "Lina Bouaziz" in m.people]
    assert len(school) == 1 and {"Claire Vautrin", "Rémi Lafargue"} <= set(school[0].people)


def test_a_working_session_aside_between_two_titles_is_a_meeting_of_its_own(extract):
    text = ("Le 7 octobre 2024 à Lyon, l'Union des transports publics (UTP) a réuni les responsables de la sûreté "
            "des réseaux.\n\n"
            "Ont pris part aux travaux :\n"
            "- la directrice de la sûreté de la SNCF, Mme Hélène Brunet ;\n"
            "- le chef de la Brigade des réseaux ferrés, le commissaire Marc Olivier.\n\n"
            "Les participants ont échangé sur les violences dans les gares.\n\n"
            "En marge des travaux, la directrice de la sûreté de la SNCF a eu une séance de travail avec le chef "
            "de la Brigade des réseaux ferrés, consacrée aux patrouilles communes.")
    meetings = gatherings(extract(text, "2024-10-10"))
    aside = [m for m in meetings if m.summary.startswith("En marge")]
    assert len(meetings) == 2 and len(aside) == 1
    assert set(aside[0].people) == {"Hélène Brunet", "Marc Olivier"}


def test_a_first_meeting_of_the_partners_told_in_the_pluperfect_last_week(extract):
    text = ("Ville de Beaulac\n\n"
            "Mardi, la Ville de Beaulac a signé une convention de partenariat avec l'Université de Sherbrooke, pour "
            "prévenir le décrochage scolaire. La convention a été signée par la mairesse, Mme Lucie Roy, et par le "
            "recteur de l'Université de Sherbrooke, M. Paul Côté.\n\n"
            "La semaine dernière, une première réunion de travail avait rassemblé les deux partenaires à l'hôtel de "
            "ville pour fixer le calendrier.")
    meetings = [a for a in extract(text, "2025-03-13").activities if a.kind == "meeting"]
    assert len(meetings) == 1
    assert meetings[0].date.startswith("2025-03") and "Université de Sherbrooke" in meetings[0].organizations


def test_the_new_holder_of_a_post_named_by_the_post_meets(extract):
    text = ("Office municipal des sports de Vireux\n\n"
            "Réuni le 4/03, le conseil d'administration de l'Office municipal des sports (OMS) a désigné Mme Julie "
            "Lambert pour assurer la fonction de directrice à titre provisoire.\n\n"
            "Une rencontre a eu lieu jeudi dernier à la mairie de Vireux entre la nouvelle directrice et le maire de "
            "Vireux, M. Paul Henrion.")
    told = extract(text, "2025-03-12").activities
    meetings = [a for a in told if a.kind in {"meeting", "event", "agreement"}]
    assert len(meetings) == 1 and {"Julie Lambert", "Paul Henrion"} <= set(meetings[0].people)
    assert [h.people for h in told if h.kind == "hire"] == [["Julie Lambert"]]


def test_a_town_called_so_and_a_bare_town_hall_give_the_place(extract):
    text = ("Service de police de la Ville de Val-des-Pins\n\n"
            "La ville de Kéranou, chef-lieu de la province du Nord-Ouest, a accueilli le 6 mai 2025 le séminaire "
            "régional des polices municipales, organisé par l'Association des polices municipales (APM).\n\n"
            "Mardi 13 mai, le Service de police de la Ville de Val-des-Pins a conclu une entente avec la Maison des "
            "jeunes. L'entente a été signée à l'hôtel de ville par la directrice du service, Mme Lise Caron, et le "
            "directeur de la Maison des jeunes, M. Éric Roy.")
    told = gatherings(extract(text, "2025-05-15"))
    assert sorted((a.date, a.place) for a in told) == [("2025-05-06", "Kéranou"), ("2025-05-13", "Val-des-Pins")]


def test_a_convention_signed_during_a_trip_has_the_travellers(extract):
    text = ("Ministère de l'Éducation nationale\n\n"
            "Mme Claire Vautrin, ministre de l'Éducation nationale, s'est rendue lundi 12 mai 2025 à Carmaux. Elle "
            "était accompagnée du directeur de l'Office national de la sécurité scolaire (ONSS), M. Rémi Lafargue.\n\n"
            "Au lycée, une convention de prévention a été signée par la proviseure, Mme Lina Bouaziz, et par le maire "
            "de Carmaux, M. Jean Cros.")
    agreements = [a for a in extract(text, "2025-05-14").activities if a.kind == "agreement"]
    assert len(agreements) == 1
    assert {"Lina Bouaziz", "Jean Cros", "Claire Vautrin", "Rémi Lafargue"} <= set(agreements[0].people)


def test_trainers_of_a_workshop_told_by_a_passive_take_part_in_it(extract):
    text = ("Un atelier de formation sur la cybercriminalité s'est ouvert le mardi 4 juin 2024 à l'École nationale "
            "de police (ENP), à Dakar. L'ouverture a été faite par le directeur de l'École, le commissaire Amadou "
            "Fall.\n\n"
            "Trente enquêteurs venus des commissariats de la région ont suivi pendant quatre jours les modules animés "
            "par le capitaine Ibrahima Ndiaye (Division spéciale de cybersécurité), Mme Fatou Sarr (Orange Sénégal) "
            "et M. Pierre Martin (Conseil de l'Europe).")
    meetings = gatherings(extract(text, "2024-06-10"))
    assert len(meetings) == 1 and {"Amadou Fall", "Pierre Martin"} <= set(meetings[0].people)


def test_a_dash_list_of_appointments_is_one_hire_a_line_on_the_day_told(extract):
    text = ("Par décret du 2 octobre 2024, M. Paul Girard est nommé directeur général de la sécurité civile.\n\n"
            "Par arrêté du même jour, Mme Léa Morin, colonelle, est nommée cheffe du service de la planification.\n\n"
            "Ont également été nommés :\n"
            "– M. Jean Roux, préfet de la Haute-Garonne ;\n"
            "– Mme Sonia Haddad, sous-préfète de Lannion.\n")
    told = hires(extract(text, "2024-10-04"))
    for name in ("Paul Girard", "Léa Morin", "Jean Roux", "Sonia Haddad"):
        assert [h.date for h in told if name in h.people] == ["2024-10-02"]
    assert all(len(h.people) == 1 for h in told)


def test_appointments_apart_between_semicolons_are_hires_apart(extract):
    text = ("L'assemblée générale de l'Association des polices municipales (APM) s'est tenue le 3 mai 2025 à Tours. "
            "L'assemblée a renouvelé son bureau : Marc Petit, chef de la police municipale de Blois, et Anne Leroy, "
            "cheffe de la police municipale d'Orléans, ont été élus vice-présidents ; Paul Morel, chef de la police "
            "municipale de Vierzon, devient secrétaire général.")
    told = hires(extract(text, "2025-05-06"))
    assert sorted(sorted(h.people) for h in told) == [["Anne Leroy", "Marc Petit"], ["Paul Morel"]]


def test_the_successor_named_in_apposition_is_the_one_appointed(extract):
    text = ("Le jeudi 6 juin 2024, le directeur régional a présidé à Tahoua la cérémonie de passation de service entre "
            "le chef de brigade sortant, l'adjudant-chef Issoufou Garba, et son successeur, le lieutenant Mariama "
            "Sani, nommée cheffe de la Brigade territoriale de Tahoua par décision du 20 mai 2024.")
    told = hires(extract(text, "2024-06-10"))
    assert [h.people for h in told] == [["Mariama Sani"]]


def test_the_delegation_recalled_the_next_day_is_the_guests_received(extract):
    text = ("La ministre de la Sécurité, Mme Anne Roth, a reçu le lundi 3 mars 2025 à Berne Son Excellence M. Karl "
            "Huber, ambassadeur d'Autriche en Suisse, accompagné du directeur de la Police fédérale autrichienne, "
            "M. Franz Egger.\n\n"
            "Le lendemain, la délégation s'est rendue au poste de police de Bienne, où le commandant, M. Urs Frei, "
            "a présenté la vidéoprotection de la gare.")
    meetings = gatherings(extract(text, "2025-03-06"))
    second = [m for m in meetings if "Urs Frei" in m.people]
    assert len(second) == 1 and {"Karl Huber", "Franz Egger"} <= set(second[0].people)
    assert "Anne Roth" not in second[0].people


def test_an_interim_taken_up_on_a_day_is_a_hire_and_one_to_come_is_not(extract):
    text = ("Le commissaire Marc Bertrand, jusqu'ici adjoint au chef du district, assure depuis le 3 février l'intérim "
            "à la tête du District de police de Nyon.\n\n"
            "Son adjointe, Mme Léa Fontana, assurera l'intérim de la section judiciaire.")
    told = hires(extract(text, "2025-02-10"))
    assert [(h.people, h.date) for h in told] == [(["Marc Bertrand"], "2025-02-03")]
