"""Activities told over several sentences or days: a delegation's visit and its meetings,
participants named in the next sentence, the city of a dateline for a meeting held in a
building. Every sentence here is written for the test."""

from __future__ import annotations


def kinds(extraction, *names: str):
    return [a for a in extraction.activities if a.kind in names]


def with_person(activities, name: str):
    return [a for a in activities if name in a.people]


def test_a_dated_dateline_places_a_meeting_held_in_a_building(extract):
    text = ("Lomé, le 6 mai 2024 – Le ministre de la Sécurité, M. Yao Amedzro, a reçu lundi au siège du ministère "
            "une délégation de la Fondation Horizon Sahel conduite par sa présidente, Mme Clarisse Adjovi.")
    meetings = kinds(extract(text, "2024-05-07"), "meeting")
    assert meetings and meetings[0].place == "Lomé"


def test_a_dateline_ended_by_a_full_stop(extract):
    text = ("Bamako, 9 avril 2024. Le ministre de la Justice, Seydou Traoré, a reçu en audience dans son cabinet "
            "le représentant de l'Agence française de développement, M. Julien Marchand.")
    meetings = kinds(extract(text, "2024-04-10"), "meeting")
    assert meetings and meetings[0].place == "Bamako" and meetings[0].date == "2024-04-09"


def test_a_dateline_on_its_own_line(extract):
    text = ("Communiqué de presse\nRennes, le 12 juin 2025\n\n"
            "La présidente du Conseil départemental, Mme Odile Kerhervé, et le préfet, M. Luc Damien, "
            "ont signé mardi 10 juin une convention sur la sécurité routière.")
    agreements = kinds(extract(text, "2025-06-12"), "agreement")
    assert agreements and agreements[0].place == "Rennes" and agreements[0].date == "2025-06-10"


def test_a_hall_named_after_its_body_is_not_a_city(extract):
    for hall in ("l'Hôtel de Région", "la Maison de la Province", "l'Hôtel du Département"):
        text = ("La présidente du Conseil départemental, Mme Odile Kerhervé, et le préfet, M. Luc Damien, "
                f"ont signé le 10 juin 2025 à {hall} une convention sur la sécurité routière.")
        agreements = kinds(extract(text, "2025-06-12"), "agreement")
        assert agreements and agreements[0].place is None, hall


def test_the_visitors_of_a_delegation_take_part_in_each_day(extract):
    text = ("Du 4 au 6 juin 2024, la Gendarmerie royale a accueilli une délégation de la Police nationale du Togo, "
            "conduite par son directeur adjoint, le commissaire Kossi Agbo.\n\n"
            "Mardi, les visiteurs ont été reçus à Rabat par le général Driss Amrani. Une séance de travail sur la "
            "police technique a suivi, animée par le colonel Nabil Chraïbi.\n\n"
            "Mercredi, la délégation s'est rendue à Fès. Elle y a visité l'École royale de gendarmerie, en compagnie "
            "de son commandant, le colonel Saïd Berrada.")
    meetings = kinds(extract(text, "2024-06-10"), "meeting")
    for host in ("Driss Amrani", "Nabil Chraïbi", "Saïd Berrada"):
        met = with_person(meetings, host)
        assert met and "Kossi Agbo" in met[0].people, host
    assert with_person(meetings, "Saïd Berrada")[0].place == "Fès"


def test_participants_told_in_the_next_sentence(extract):
    text = ("La vice-présidente de la Fondation Lumière, Mme Odette Kaboré, a présidé le 3 mai 2023 une réunion du "
            "comité de pilotage du programme. Y ont pris part des représentants de l'Union européenne et de "
            "l'Institut d'études de sécurité (IES), dont son directeur, M. Paul Hien.")
    meetings = kinds(extract(text, "2023-05-10"), "meeting")
    assert len(meetings) == 1
    assert {"Odette Kaboré", "Paul Hien"} <= set(meetings[0].people)


def test_a_meeting_before_a_signing_is_a_meeting_of_the_signatories(extract):
    text = ("Le maire de Vernon, M. Alain Ruaud, et la directrice de la Fondation Sillage, Mme Inès Morel, ont "
            "signé le 4 avril 2025 une convention de partenariat. La signature a été précédée d'une réunion de "
            "travail avec le directeur de l'Agence régionale de santé, M. Hugo Lenoir.")
    ex = extract(text, "2025-04-08")
    met = with_person(kinds(ex, "meeting"), "Hugo Lenoir")
    assert met and {"Alain Ruaud", "Inès Morel"} <= set(met[0].people)
    assert not with_person(kinds(ex, "agreement"), "Hugo Lenoir")


def test_a_body_that_brings_people_together_is_not_a_meeting(extract):
    text = ("Le préfet, M. Luc Damien, et le maire, M. Alain Ruaud, ont signé le 4 avril 2025 une convention. "
            "Elle prévoit la création d'une cellule de veille réunissant la Ville de Vernon, la Police nationale et "
            "l'Office public de l'habitat.")
    assert not kinds(extract(text, "2025-04-08"), "meeting")


def test_a_workshop_a_body_will_host_after_a_meeting(extract):
    text = ("Le 2 octobre 2025, le directeur de la Police judiciaire, M. Marc Aubry, a reçu le consul de Belgique, "
            "M. Jan Peeters. La Police judiciaire accueillera à Luxembourg, au printemps 2026, un atelier consacré à "
            "la criminalité financière, auquel ses partenaires ont été conviés.")
    events = [a for a in kinds(extract(text, "2025-10-03"), "event", "meeting") if a.status == "planned"]
    assert events and events[0].date.startswith("2026") and events[0].place == "Luxembourg"


def test_the_two_parties_of_a_signing_are_the_bodies_that_met(extract):
    text = ("Le ministre de la Santé, M. Ali Mahamat, a reçu le 2 mai 2024 une délégation du Fonds mondial, conduite "
            "par Mme Sonia Reyes. Au terme de l'audience, les deux parties ont signé un protocole d'accord.")
    agreements = kinds(extract(text, "2024-05-03"), "agreement")
    assert agreements and "Fonds mondial" in agreements[0].organizations
    assert not agreements[0].people


def test_a_signing_between_the_two_bodies_of_a_visit(extract):
    text = ("Du 6 au 8 mars 2023, la Police cantonale a accueilli une délégation de la Gendarmerie nationale "
            "sénégalaise, conduite par le colonel Abdou Ndiaye. La visite s'est achevée mercredi par la signature "
            "d'une lettre d'intention entre les deux corps, en présence du consul du Sénégal, M. Malick Sy.")
    agreements = kinds(extract(text, "2023-03-10"), "agreement")
    assert agreements and "Malick Sy" in agreements[0].people
    assert {"Police cantonale", "Gendarmerie nationale sénégalaise"} <= set(agreements[0].organizations)


def test_a_dateline_in_the_page_head_places_the_news_below(extract):
    text = ("Département du Finistère\nCommuniqué de presse\nQuimper, le 3 février 2025\n\n"
            "Prévention : le Département signe avec la gendarmerie\n\n"
            "La présidente du Conseil départemental, Mme Odile Kerhervé, et le colonel Yann Riou, commandant du "
            "groupement de gendarmerie, ont signé lundi une convention sur la sécurité des collèges.")
    agreements = kinds(extract(text, "2025-02-03"), "agreement")
    assert agreements and agreements[0].place == "Quimper"


def test_a_motto_over_the_dateline_is_not_a_city(extract):
    text = ("RÉPUBLIQUE DU TOGO\nTravail – Liberté – Patrie\n\nLomé, 6 mai 2024. Le ministre de la Sécurité, "
            "M. Yao Amedzro, a reçu en audience dans son cabinet le représentant de l'UNICEF, M. Paul Simon.")
    meetings = kinds(extract(text, "2024-05-07"), "meeting")
    assert meetings and meetings[0].place == "Lomé"


def test_a_meeting_a_body_holds_with_its_own_staff(extract):
    text = ("Association des maires du Niger\nActualités\n\n"
            "Le président de l'Association des maires du Niger (AMN), M. Issa Moussa, a présidé le 12 mars 2024 "
            "une réunion du bureau exécutif. Y ont pris part des représentants de la Banque mondiale et du "
            "Programme des Nations Unies pour le développement (PNUD), dont sa représentante, Mme Ana Lima.")
    meetings = kinds(extract(text, "2024-03-15"), "meeting")
    assert len(meetings) == 1 and {"Issa Moussa", "Ana Lima"} <= set(meetings[0].people)


def test_attendance_told_in_later_paragraphs_joins_the_meeting(extract):
    text = ("Jeudi 14 mars 2024, la commission de la sécurité de l'Assemblée nationale, présidée par M. Louis Garnier, "
            "a tenu une audition sur la vidéoprotection.\n\n"
            "Ont été entendus Mme Sarah Klein, directrice de la sûreté de la RATP, et M. Hugo Bertin, adjoint au "
            "maire de Nantes.\n\n"
            "La Préfecture de police était représentée par Mme Inès Roger, cheffe de cabinet.")
    meetings = kinds(extract(text, "2024-03-20"), "meeting")
    assert len(meetings) == 1
    assert {"Louis Garnier", "Sarah Klein", "Hugo Bertin", "Inès Roger"} <= set(meetings[0].people)


def test_receiving_support_is_not_a_meeting(extract):
    text = ("Le 5 avril 2024, la doyenne Marie Caron a inauguré la clinique juridique en présence du recteur, "
            "M. Paul Dubé.\n\n"
            "Le projet a reçu l'appui de la Fondation Lemieux, dont la présidente, Mme Julie Roy, a pris la parole.")
    meetings = kinds(extract(text, "2024-04-10"), "meeting", "event")
    assert len(meetings) == 1 and {"Marie Caron", "Julie Roy"} <= set(meetings[0].people)


def test_an_election_at_an_assembly_takes_its_place_and_its_people(extract):
    text = ("L'Union des polices municipales (UPM) a tenu son assemblée générale le jeudi 5 octobre 2023 à Nîmes. "
            "Lucie Garnier a été élue présidente de l'UPM ; elle succède à Marc Olivier. "
            "L'assemblée s'est tenue en présence de M. Yves Tardieu, représentant du ministère de l'Intérieur.")
    ex = extract(text, "2023-10-10")
    hires = kinds(ex, "hire")
    assert hires and hires[0].place == "Nîmes" and hires[0].date == "2023-10-05"
    meetings = kinds(ex, "meeting")
    assert len(meetings) == 1 and {"Lucie Garnier", "Marc Olivier", "Yves Tardieu"} <= set(meetings[0].people)


def test_an_assembly_that_elects_is_a_meeting(extract):
    text = ("Réunie le samedi 8 juin 2024 à Kaolack, l'assemblée générale de l'association Jeunes Solidaires a élu "
            "son bureau. Mme Fatou Ndiaye a été élue présidente. L'assemblée s'est tenue en présence de M. Omar Fall, "
            "représentant de l'UNICEF.")
    ex = extract(text, "2024-06-12")
    meetings = kinds(ex, "meeting")
    assert len(meetings) == 1 and meetings[0].place == "Kaolack" and meetings[0].date == "2024-06-08"
    assert {"Fatou Ndiaye", "Omar Fall"} <= set(meetings[0].people)


def test_an_appointment_takes_the_date_of_its_decree_and_the_installation_is_a_ceremony(extract):
    text = ("Le gouverneur a procédé le jeudi 7 mars 2024 à l'installation du nouveau sous-préfet de Mora, "
            "M. Alhadji Bouba, nommé par décret présidentiel du 26 février 2024.")
    ex = extract(text, "2024-03-09")
    hires = kinds(ex, "hire")
    assert hires and hires[0].date == "2024-02-26" and hires[0].people == ["Alhadji Bouba"]
    ceremonies = kinds(ex, "meeting", "event")
    assert ceremonies and ceremonies[0].date == "2024-03-07" and "Alhadji Bouba" in ceremonies[0].people


def test_a_working_visit_of_several_days_is_told_by_its_meetings(extract):
    text = ("Ambassade de France au Tchad\n\nL'ambassadeur de France au Tchad, M. Luc Perrin, a effectué du 10 au "
            "12 mai 2023 une visite de travail à Abéché. Le premier jour, l'ambassadeur s'est entretenu avec le "
            "gouverneur de la province, M. Idriss Mahamat.")
    meetings = kinds(extract(text, "2023-05-15"), "meeting")
    assert len(meetings) == 1 and "Idriss Mahamat" in meetings[0].people


def test_an_announced_workshop_dated_in_its_relative_clause(extract):
    text = ("Fondation Horizon Sahel\nActualités\n\nLa Fondation Horizon Sahel a signé le 2 mai 2025 un accord avec "
            "l'Université de Niamey. Première étape : un atelier régional sur la médiation, qui se tiendra à Zinder "
            "du 3 au 5 juin 2025 et réunira des formateurs de cinq pays.")
    events = [a for a in kinds(extract(text, "2025-05-06"), "event", "meeting") if a.status == "planned"]
    assert events and events[0].date == "2025-06-03" and events[0].place == "Zinder"
    assert "Fondation Horizon Sahel" in events[0].organizations


def test_the_day_after_taking_office_follows_the_appointment(extract):
    text = ("Le commissaire Anne Brunet a pris ses fonctions de directrice de la police de Colmar le lundi 3 mars 2025. "
            "Mercredi dernier, le maire de Colmar, M. Eric Haas, avait signé une convention avec la préfecture. "
            "Mme Brunet a rencontré dès le lendemain de sa prise de fonctions le procureur, M. Paul Weber.")
    met = with_person(kinds(extract(text, "2025-03-07"), "meeting"), "Paul Weber")
    assert met and met[0].date == "2025-03-04"
