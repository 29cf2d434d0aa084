"""Activities told by forms of publishers the development texts do not imitate: listing
pages whose entries carry a date label and a heading, venues named with a possessive or a
town hall, a one-day trip among other days, dates of regulations, what a text recalls in
the pluperfect, a coming meeting after a held one; big gatherings whose attendees come in
later sentences and paragraphs (« Ont pris part à cette séance », « La cérémonie a réuni »,
« L'exercice était coordonné par », speakers, sessions of an assembly), a meeting the parties
agreed to hold, signatories named by their titles, a release's dateline and the venues that
place a meeting, a day written beside « le lendemain ». Every sentence is written for the test."""

from __future__ import annotations

import pytest
from tests.conftest import gatherings


def test_a_heading_under_a_date_label_is_not_a_second_meeting(extract):
    text = ("Nos activités\n\n"
            "Passée | 12/03/2023\n"
            "Réunion avec le Bureau international des migrations\n"
            "Une réunion a rassemblé le 12 mars, dans nos locaux de Tunis, l'équipe de l'Observatoire tunisien "
            "de la sécurité urbaine (OTSU) et M. Karl Jensen, conseiller au Bureau international des migrations.\n")
    meetings = gatherings(extract(text, "2023-04-01"))
    assert len(meetings) == 1
    assert meetings[0].date == "2023-03-12" and "Karl Jensen" in meetings[0].people


def test_premises_named_with_a_possessive_give_their_city(extract):
    text = ("Le mardi 6 juin 2023, une séance de travail a réuni dans nos locaux de Sousse "
            "l'Observatoire tunisien de la sécurité urbaine (OTSU) et Mme Leïla Gharbi, directrice de l'Agence "
            "nationale de la jeunesse.")
    meetings = gatherings(extract(text, "2023-06-10"))
    assert len(meetings) == 1 and meetings[0].place == "Sousse"


def test_a_town_hall_gives_its_town(extract):
    text = ("Une séance de travail a réuni le lundi 4 mars 2024, à l'Hôtel de Ville de Sion, le président de la "
            "commune, M. Pierre-André Favre, et la commandante de la Police municipale de Sion, Mme Anne Roduit.")
    meetings = gatherings(extract(text, "2024-03-08"))
    assert len(meetings) == 1 and meetings[0].place == "Sion"


def test_a_day_trip_does_not_lend_its_city_to_later_days(extract):
    text = ("Le mardi 10 juin 2025, une délégation municipale s'est rendue à Fribourg. La rencontre s'est tenue "
            "au siège de la Police cantonale fribourgeoise, où Mme Julie Bovet s'est entretenue avec le "
            "commandant, M. Marc Python.\n\n"
            "Le vendredi, M. Luc Jaquet et la directrice de l'Association vaudoise des éducateurs de rue, "
            "Mme Odile Rey, ont signé une convention de partenariat.")
    agreements = [a for a in extract(text, "2025-06-16").activities if a.kind == "agreement"]
    assert len(agreements) == 1
    assert agreements[0].date == "2025-06-13" and agreements[0].place != "Fribourg"


def test_a_regulations_date_gives_no_year_to_later_dates(extract):
    text = ("Cette convention complète le règlement de police du 3 mars 2015.\n\n"
            "Mme Carole Jordan a été élue présidente de l'Association des polices communales lors de sa séance "
            "du 2 septembre.")
    hires = [a for a in extract(text, "2025-09-15").activities if a.kind == "hire"]
    assert len(hires) == 1 and hires[0].date == "2025-09-02"


def test_a_workshop_recalled_in_the_pluperfect_within_the_year_is_told(extract):
    text = ("Pour mémoire, la Police régionale de la Broye avait organisé durant le mois de mai des ateliers de "
            "prévention des escroqueries, avec le soutien de l'Association suisse des aînés.")
    told = gatherings(extract(text, "2025-09-15"))
    assert len(told) == 1 and told[0].date == "2025-05"


def test_a_coming_meeting_after_a_held_one_is_apart(extract):
    text = ("Le ministère a accueilli mardi 11 février 2025 une délégation de la Police nationale du Mali, "
            "conduite par le commissaire Boubacar Traoré.\n\n"
            "Le secrétaire général du ministère, M. Komla Agbeko, représentera le pays à la réunion du Comité "
            "des chefs de police de l'Afrique centrale, prévue en avril à Libreville.")
    meetings = gatherings(extract(text, "2025-02-15"))
    coming = [m for m in meetings if "Komla Agbeko" in m.people]
    assert len(coming) == 1 and coming[0].status == "planned" and coming[0].date == "2025-04"
    assert all("Komla Agbeko" not in m.people for m in meetings if m.status == "held")


def test_a_town_hall_is_no_city_of_its_own(nlp):
    """« à l'Hôtel de Ville de X » read by the tagger as two places: the town is X, not « Ville »."""
    from spacy.tokens import Span

    from reseau.extract.facts import ItemText

    text = "La séance a eu lieu à l'Hôtel de Ville de Vernalex."
    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, 7, 10, label="LOC"), Span(doc, 11, 12, label="LOC")]  # « Hôtel de Ville », « Vernalex »
    doc._.item, doc._.orgs, doc._.people, doc._.dates = ItemText(text), [], [], []
    places = nlp.get_pipe("reseau_places")(doc)._.places
    assert [p.name for p in places] == ["Vernalex"]


def test_who_takes_part_brings_the_body_of_their_title(extract):
    text = ("Le 3 juin 2024, Mme Odile Favre, directrice de l'Agence régionale de santé de Bourgogne, a présenté "
            "le plan canicule. Le lendemain, Mme Favre a rencontré à Dijon M. Paul Giraud, président de "
            "l'Association des médiateurs de Côte-d'Or.")
    meetings = [a for a in extract(text, "2024-06-10").activities if a.kind == "meeting" and "Paul Giraud" in a.people]
    assert len(meetings) == 1
    assert any(o.startswith("Agence régionale de santé") for o in meetings[0].organizations)


SESSION = ("Le Comité consultatif des polices municipales a tenu le 5 mai 2025 à Berne sa douzième session, "
           "présidée par M. Hans Keller. Le suivi sera assuré par Mme Sonia Weber, nommée secrétaire exécutive du "
           "Comité en janvier.\n\n"
           "L'Office fédéral de la justice était représenté par son directeur, M. Urs Brunner.")


def test_a_body_represented_after_an_appointment_attended_the_session(extract):
    sessions = [a for a in extract(SESSION, "2025-05-09").activities if "Hans Keller" in a.people]
    assert len(sessions) == 1 and "Urs Brunner" in sessions[0].people


def test_an_appointment_told_in_apposition_in_a_future_sentence_is_past(extract):
    hires = [a for a in extract(SESSION, "2025-05-09").activities if a.kind == "hire"]
    assert len(hires) == 1
    assert hires[0].people == ["Sonia Weber"] and hires[0].date == "2025-01" and hires[0].status == "held"


INSTALLATION = ("Dakar, le 12 juin 2024 – Le ministre de l'Intérieur, M. Abdoulaye Sarr, a procédé ce mercredi à "
                "l'installation officielle du comité national de prévention de la délinquance juvénile, à l'hôtel "
                "de ville de Dakar. Étaient présents le directeur de la Sécurité publique, M. Ibrahima Fall, et la "
                "directrice de l'Éducation surveillée, Mme Awa Ndoye.\n\n"
                "Le comité sera présidé par le secrétaire général du ministère, M. Cheikh Diop.")


def test_a_body_installed_at_a_ceremony_is_a_gathering(extract):
    told = [a for a in extract(INSTALLATION, "2024-06-13").activities if "Abdoulaye Sarr" in a.people]
    assert len(told) == 1 and told[0].date == "2024-06-12"
    assert {"Ibrahima Fall", "Awa Ndoye"} <= set(told[0].people)


def test_who_will_chair_a_body_is_no_coming_meeting(extract):
    planned = [a for a in extract(INSTALLATION, "2024-06-13").activities if a.status == "planned"]
    assert planned == []


def test_an_announcement_with_those_who_came_along_is_a_gathering(extract):
    text = ("Le 3 octobre 2024 — Moncton (Nouveau-Brunswick)\n\n"
            "Aujourd'hui, l'honorable Claire Arsenault, ministre de la Justice, a annoncé un financement de deux "
            "millions de dollars pour la prévention de la violence conjugale. La ministre était accompagnée du chef "
            "de la Force policière de Moncton, Luc Gallant, et de la directrice de la Maison Oasis, Julie Robichaud.")
    told = [a for a in extract(text, "2024-10-03").activities if a.kind in {"meeting", "event"}]
    assert len(told) == 1 and told[0].date == "2024-10-03"
    assert {"Luc Gallant", "Julie Robichaud"} <= set(told[0].people)


def test_a_presentation_before_an_audience_is_a_meeting(extract):
    text = ("Publié le 20 novembre 2024\n\nLa directrice de l'Agence régionale de prévention, Mme Hélène Gobert, a "
            "présenté le nouveau plan lundi à Liège devant l'Association des bourgmestres de la province et une "
            "trentaine d'élus locaux.")
    meetings = [a for a in extract(text, "2024-11-20").activities if a.kind in {"meeting", "event"}]
    assert len(meetings) == 1
    assert meetings[0].date == "2024-11-18" and meetings[0].place == "Liège" and "Hélène Gobert" in meetings[0].people


def test_a_past_meeting_inside_a_sentence_about_the_future_was_held(extract):
    text = ("Publié le 14 mars 2025\n\nLes crédits seront gérés par l'Agence régionale de prévention, dont la "
            "directrice, Mme Hélène Gobert, a présenté le plan mardi à Liège devant l'Association des bourgmestres "
            "de la province.")
    meetings = [a for a in extract(text, "2025-03-14").activities if a.kind in {"meeting", "event"}]
    assert len(meetings) == 1
    assert meetings[0].status == "held" and meetings[0].date == "2025-03-11"


TALKS = ("Tunis - M. Karim Jaziri, directeur général de l'Office national de la protection civile, a eu, jeudi "
         "9 octobre à Tunis, des entretiens avec la directrice du Service fédéral de la sécurité civile, Mme Hilde "
         "Janssens, qui conduit une délégation belge.\n\n"
         "Par ailleurs, le 2 octobre, Mme Salma Gharbi, directrice de la formation, a pris part au congrès de "
         "l'Association européenne des sapeurs-pompiers à Genève.\n\n"
         "Les deux services se retrouveront en février 2026 à Bruxelles pour une réunion de suivi.")


def test_talks_had_with_someone_are_a_meeting(extract):
    talks = [a for a in gatherings(extract(TALKS, "2025-10-11")) if "Hilde Janssens" in a.people and a.status == "held"]
    assert len(talks) == 1
    assert talks[0].date == "2025-10-09" and talks[0].place == "Tunis" and "Karim Jaziri" in talks[0].people


def test_a_meeting_before_a_visit_began_is_not_part_of_it(extract):
    congress = [a for a in gatherings(extract(TALKS, "2025-10-11")) if "Salma Gharbi" in a.people]
    assert len(congress) == 1 and congress[0].date == "2025-10-02"
    assert "Hilde Janssens" not in congress[0].people and "Karim Jaziri" not in congress[0].people


def test_a_report_published_on_a_weekday_takes_that_day(extract):
    text = ("Le bilan 2024 de l'Observatoire wallon de la sécurité routière, publié ce jeudi, relève une baisse "
            "des accidents graves.")
    publications = [a for a in extract(text, "2025-06-12").activities if a.kind == "publication"]
    assert len(publications) == 1 and publications[0].date == "2025-06-12"


@pytest.mark.xfail(strict=True, reason="not fixed yet: the hire takes the court of the oath, not the body joined")
def test_the_court_one_is_sworn_in_before_is_not_the_employer(extract):
    text = ("Mme Lotte Verbeke a prêté serment le 2 octobre devant la cour d'appel de Gand en qualité de juge "
            "d'instruction. Elle rejoint le tribunal de première instance de Flandre orientale.")
    hires = [a for a in extract(text, "2025-10-10").activities if a.kind == "hire"]
    assert len(hires) == 1 and hires[0].date == "2025-10-02"
    assert hires[0].organizations == ["Tribunal de première instance de Flandre orientale"]


def test_a_delegation_attending_a_conference_of_days_is_the_gathering(extract):
    text = ("Par ailleurs, une délégation de l'Office national de la protection civile, conduite par Mme Salma Gharbi, "
            "directrice de la formation, a pris part du 13 au 16 mai aux travaux de la 12e conférence régionale "
            "des services de secours, tenue à Lomé.\n\n"
            "Samedi dernier, M. Karim Jaziri, directeur général de l'Office, a présidé à Sousse la cérémonie de "
            "sortie de la 20e promotion de l'École nationale de la protection civile.")
    told = gatherings(extract(text, "2025-05-20"))
    conference = [a for a in told if "Salma Gharbi" in a.people]
    assert len(conference) == 1 and conference[0].date == "2025-05-13" and conference[0].place == "Lomé"
    ceremony = [a for a in told if "Karim Jaziri" in a.people]
    assert len(ceremony) == 1 and ceremony[0].date == "2025-05-17" and "Salma Gharbi" not in ceremony[0].people


def test_this_weekday_counts_from_the_publication_not_the_day_told_before(extract):
    text = ("Le 3 juin, la directrice a pris part à la journée d'étude de l'Institut de criminologie à Namur.\n\n"
            "Le bilan 2024 de l'Observatoire wallon de la sécurité routière, publié ce jeudi, relève une baisse "
            "des accidents graves.")
    publications = [a for a in extract(text, "2025-06-12").activities if a.kind == "publication"]
    assert len(publications) == 1 and publications[0].date == "2025-06-12"


def test_a_mission_whose_purpose_names_a_gathering_is_still_a_mission(extract):
    # The congress is what the mission prepares (« afin de … préparer »), not a gathering it attends.
    text = ("Du 4 au 8 mars, le directeur du Centre de prévention de Namur, M. Paul Hébert, était en mission en "
            "Espagne afin de rencontrer des partenaires et de préparer le congrès annuel de 2026.\n\n"
            "Mardi, le 5 mars, à Madrid, M. Hébert a rencontré Elena Ruiz, directrice de l'Observatoire espagnol "
            "de la sécurité urbaine.")
    missions = extract(text, "2024-03-30").missions
    assert len(missions) == 1 and missions[0].date == "2024-03-04"


def test_an_explicit_day_after_le_lendemain_dates_the_meeting(extract):
    # « le lendemain » follows a coming meeting of a month: the day written beside it still dates the audience
    text = ("Le conseil provincial s'est réuni le mardi 13 mai 2025 à Namur. La prochaine réunion aura lieu en "
            "octobre à Dinant.\n\nVisite à Ciney\n\n"
            "Le lendemain, mercredi 14 mai, le gouverneur, Henri Lambotte, a reçu le bourgmestre de Ciney, "
            "Marc Lejeune.")
    met = [a for a in gatherings(extract(text, "2025-05-16")) if "Marc Lejeune" in a.people]
    assert len(met) == 1 and met[0].date == "2025-05-14"


def test_those_who_took_part_in_this_session_join_it(extract):
    text = ("Le ministre de la Justice, Karim Saïdi, a tenu ce jeudi 6 février une séance de travail avec la "
            "ministre de la Femme, Nour Hamdi. Ont pris part à cette séance le directeur général des prisons, "
            "Sami Jelassi, et la directrice de l'enfance, Amira Belhadj.")
    meetings = gatherings(extract(text, "2025-02-07"))
    assert len(meetings) == 1
    assert {"Karim Saïdi", "Nour Hamdi", "Sami Jelassi", "Amira Belhadj"} <= set(meetings[0].people)


def test_a_meeting_the_parties_agreed_to_hold_is_planned(extract):
    text = ("Le ministre de la Justice, Karim Saïdi, a tenu ce jeudi 6 février une séance de travail avec la "
            "ministre de la Femme, Nour Hamdi. Les deux ministres sont convenus de tenir une nouvelle réunion le "
            "20 mars prochain.")
    planned = [a for a in gatherings(extract(text, "2025-02-07")) if a.status == "planned"]
    assert len(planned) == 1 and planned[0].date == "2025-03-20"
    assert {"Karim Saïdi", "Nour Hamdi"} <= set(planned[0].people)


def test_the_city_of_a_mayors_title_is_not_where_he_was_received(extract):
    text = ("Valence, le 4 avril — Jeudi 3 avril, le préfet de la Drôme, Alain Ferrier, a reçu en préfecture le "
            "maire de Crest, Paul Arnaud, en présence du commandant de la compagnie de gendarmerie, le capitaine "
            "Yves Morel.")
    meetings = gatherings(extract(text, "2025-04-04"))
    assert len(meetings) == 1 and meetings[0].place == "Valence"


def test_a_unit_visited_in_a_town_gives_the_town(extract):
    text = ("Le général Bruno Lestrade, commandant la région de gendarmerie, s'est rendu jeudi 5 juin à la "
            "compagnie de Thonon-les-Bains, où il a été accueilli par le capitaine Aline Perrier.")
    meetings = gatherings(extract(text, "2025-06-10"))
    assert len(meetings) == 1 and meetings[0].place == "Thonon-les-Bains"


def test_signatories_named_by_their_titles_are_those_named_before(extract):
    text = ("Le comité s'est réuni mardi 3 juin à Annecy sous la présidence du préfet de la Haute-Savoie, "
            "Luc Marchal, en présence du président du conseil départemental, Denis Rochat.\n\n"
            "À l'issue de la réunion, le préfet, le président du conseil départemental et le directeur de la "
            "caisse primaire d'assurance maladie, Yves Gallet, ont signé une convention de partenariat.")
    signed = [a for a in extract(text, "2025-06-05").activities if a.kind == "agreement"]
    assert len(signed) == 1
    assert {"Luc Marchal", "Denis Rochat", "Yves Gallet"} <= set(signed[0].people)


def test_a_releases_dateline_places_what_a_later_heading_tells_without_a_place(extract):
    text = ("Valence, le 4 avril — Le conseil de sécurité s'est réuni mercredi 2 avril à Die, sous la présidence "
            "du préfet de la Drôme, Alain Ferrier.\n\n"
            "Sécurité routière\n\n"
            "Le lendemain, jeudi 3 avril, le préfet a reçu en préfecture la présidente de l'association Routes "
            "sûres de la Drôme, Inès Garnier.")
    met = [a for a in gatherings(extract(text, "2025-04-04")) if "Inès Garnier" in a.people]
    assert len(met) == 1 and met[0].date == "2025-04-03" and met[0].place == "Valence"


def test_a_two_word_surname_after_a_civility_is_the_person_named_before(extract):
    text = ("Le ministre de la Santé, Adel Ben Salem, a reçu mardi 4 mars l'ambassadeur du Japon, Kenji Sato.\n\n"
            "Le même jour, M. Ben Salem a reçu la présidente de l'Association tunisienne des infirmiers, "
            "Hela Trabelsi.")
    found = extract(text, "2025-03-06")
    assert "Ben Salem" not in [p.name for p in found.people]
    met = [a for a in gatherings(found) if "Hela Trabelsi" in a.people]
    assert len(met) == 1 and "Adel Ben Salem" in met[0].people


def test_attending_with_a_day_and_a_town_before_the_gathering_is_a_meeting(extract):
    text = ("Le ministre de la Sécurité, Paul Mertens, a assisté jeudi 12 juin à Arlon à la démonstration de "
            "l'unité cynophile de la police locale, en compagnie du bourgmestre d'Arlon, Marc Didier.")
    met = gatherings(extract(text, "2025-06-16"))
    assert len(met) == 1 and met[0].date == "2025-06-12" and met[0].place == "Arlon"
    assert {"Paul Mertens", "Marc Didier"} <= set(met[0].people)


def test_a_gathering_recalled_by_its_noun_in_the_next_paragraph_takes_who_it_names(extract):
    text = ("La gouverneure de la province, Anne Collard, a assisté mardi 10 juin à Marche-en-Famenne à l'exercice "
            "de sécurité civile ORION, organisé par la zone de secours.\n\n"
            "L'exercice était coordonné par le major Luc Henrard, sous l'autorité du commandant de la zone, le "
            "colonel Éric Bodson. Y ont également pris part : Julie Masson, directrice du centre hospitalier "
            "régional ; le capitaine Thomas Lejeune, officier de liaison.")
    met = gatherings(extract(text, "2025-06-16"))
    assert len(met) == 1
    assert {"Anne Collard", "Luc Henrard", "Éric Bodson", "Julie Masson", "Thomas Lejeune"} <= set(met[0].people)


def test_welcoming_the_delegations_is_no_hire(extract):
    text = ("Le ministre de l'Intérieur du Togo, Kossi Adjovi, a ouvert le lundi 3 mars 2025 à Lomé la réunion "
            "annuelle des directeurs des polices de la région. Le directeur général de la Police nationale "
            "togolaise, le général Yao Amedome, a souhaité la bienvenue aux délégations.")
    found = extract(text, "2025-03-05")
    assert not [a for a in found.activities if a.kind == "hire"]
    assert any("Yao Amedome" in a.people for a in gatherings(found))


def test_what_speakers_did_in_later_paragraphs_belongs_to_the_gathering(extract):
    text = ("Le secrétaire exécutif de l'Organisation régionale des polices d'Afrique centrale, Jean Mbarga, a ouvert "
            "le jeudi 6 mars 2025 à Libreville la cinquième réunion des chefs de police de la sous-région.\n\n"
            "Le commissaire divisionnaire Serge Ondo, directeur de la police judiciaire du Gabon, a souhaité la "
            "bienvenue aux délégations.\n\n"
            "Le général Paul Ngoumou, inspecteur général de la Police nationale du Congo, a présenté les résultats "
            "de l'opération conjointe menée sur le fleuve.")
    met = gatherings(extract(text, "2025-03-10"))
    assert len(met) == 1
    assert {"Jean Mbarga", "Serge Ondo", "Paul Ngoumou"} <= set(met[0].people)


ASSEMBLY = ("Plus de quatre-vingts élus ont participé le samedi 8 novembre, à la salle des fêtes de Montvalier, à "
            "l'assemblée générale de l'Union des maires de la Vallée-Noire (UMVN), présidée par Claire Aubry, maire "
            "de Saint-Aulde.\n\n"
            "Le délégué général de l'union, Marc Vidal, a présenté le rapport d'activité, puis une table ronde sur "
            "la tranquillité publique a réuni le commandant Luc Perrot, de la compagnie de gendarmerie, et Julie "
            "Roux, directrice de la police municipale.\n\n"
            "Invité de l'union, le bourgmestre de Wellin, Paul Gérard, a présenté le plan de prévention de sa "
            "commune, en présence de la commissaire Anne Lambert.")


def test_a_town_unknown_to_the_gazetteer_after_a_venue_is_the_place(extract):
    met = gatherings(extract(ASSEMBLY, "2025-11-12"))
    assert met and met[0].place == "Montvalier"


def test_the_sessions_and_speakers_of_an_assembly_belong_to_it(extract):
    met = gatherings(extract(ASSEMBLY, "2025-11-12"))
    assert len(met) == 1
    assert {"Claire Aubry", "Marc Vidal", "Luc Perrot", "Julie Roux", "Paul Gérard", "Anne Lambert"} <= set(met[0].people)


def test_a_delegation_received_on_one_day_is_that_days_meeting_not_the_next(extract):
    text = ("Bruxelles, le 12 mai 2025 – Le directeur général, Marc Lenoir, a reçu au siège une délégation de "
            "l'Association européenne des victimes (AEV). L'AEV était représentée par Mme Sofia Lind, sa présidente.\n\n"
            "Le lendemain, M. Lenoir s'est entretenu avec M. Pieter Claes, chef de l'unité de prévention de la "
            "Commission européenne.")
    met = gatherings(extract(text, "2025-05-15"))
    first = [m for m in met if "Sofia Lind" in m.people]
    assert len(first) == 1 and first[0].date == "2025-05-12" and "Marc Lenoir" in first[0].people
    after = [m for m in met if "Pieter Claes" in m.people]
    assert len(after) == 1 and after[0].date == "2025-05-13" and "Sofia Lind" not in after[0].people


OPENING = ("Rimouski (Qc) – La Sûreté municipale de Rimouski et le Centre de services scolaire des Phares ont inauguré "
           "le 14 octobre 2024 la Maison de la prévention jeunesse.\n\n"
           "La cérémonie a réuni le directeur de la Sûreté municipale, Denis Pelletier, et la présidente du Centre de "
           "services scolaire, Mme Julie Gagnon.\n\n"
           "Plus tôt dans la journée, l'agente Karine Bérubé avait présenté le programme aux représentants de "
           "l'Association des familles du Bas-Saint-Laurent.")


def test_an_inauguration_on_a_day_is_a_gathering_dated_and_placed(extract):
    met = [a for a in gatherings(extract(OPENING, "2024-10-15")) if "Denis Pelletier" in a.people]
    assert len(met) == 1 and met[0].date == "2024-10-14" and met[0].place == "Rimouski"
    assert "Julie Gagnon" in met[0].people


def test_earlier_the_same_day_in_the_pluperfect_is_told_news(extract):
    met = [a for a in gatherings(extract(OPENING, "2024-10-15")) if "Karine Bérubé" in a.people]
    assert len(met) == 1 and met[0].date == "2024-10-14"


def test_a_headline_in_the_present_under_the_dateline_is_no_meeting_of_its_own(extract):
    text = ("Dakar, le 14 mai 2025\n\n"
            "Dakar accueille la réunion des directeurs des douanes de la sous-région\n\n"
            "Le ministre des Finances du Sénégal, Ousmane Sy, a ouvert le lundi 12 mai 2025 à Dakar la réunion des "
            "directeurs des douanes. La cérémonie a réuni le directeur général des douanes du Mali, Modibo Keïta, "
            "et la directrice des douanes du Niger, Fatima Diallo.")
    met = gatherings(extract(text, "2025-05-14"))
    assert len(met) == 1 and met[0].date == "2025-05-12" and met[0].status == "held"
    assert {"Ousmane Sy", "Modibo Keïta", "Fatima Diallo"} <= set(met[0].people)
