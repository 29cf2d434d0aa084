"""Activities told by forms met on bulletins of many publishers: meetings told with nouns
and other verbs, agreements, appointments, dates and places of news items. Every sentence
here is written for the test."""

from __future__ import annotations


def kinds(extraction, *names: str):
    return [a for a in extraction.activities if a.kind in names]


def test_a_working_session_told_with_a_noun(extract):
    text = ("Le 3 avril 2024, une séance de travail a eu lieu avec Mme Clarisse Ndiaye, directrice de "
            "l’Agence nationale de la sécurité routière, au siège de l’agence à Kaolack.")
    meetings = kinds(extract(text, "2024-04-10"), "meeting")
    assert len(meetings) == 1
    assert meetings[0].date == "2024-04-03" and "Clarisse Ndiaye" in meetings[0].people
    assert meetings[0].place == "Kaolack" and meetings[0].status == "held"


def test_a_visitor_named_before_the_verb_is_a_participant(extract):
    text = ("La ministre de l’Intérieur Hélène Dufresnoy a visité jeudi l’école de police de la province. "
            "Au cours de sa visite, elle a suivi un exercice présenté par le commissaire Paul Renard.")
    meetings = kinds(extract(text, "2021-03-12"), "meeting")
    assert len(meetings) == 1
    assert meetings[0].date == "2021-03-11"
    assert {"Hélène Dufresnoy", "Paul Renard"} <= set(meetings[0].people)


def test_a_host_received_by_participle_adds_to_the_visit(extract):
    text = ("Le 5 mai 2022, une délégation du Collège de défense du Ghana a effectué une visite au siège de la "
            "Police nationale. Reçue par le général Koffi Adjobi, la délégation a suivi une présentation.")
    meetings = kinds(extract(text, "2022-05-20"), "meeting")
    assert len(meetings) == 1 and "Koffi Adjobi" in meetings[0].people


def test_someone_only_quoted_is_not_a_participant(extract):
    text = ("Le maire de Namur Pierre Lambot a reçu en audience le préfet Jean Carrel le 2 février 2023. "
            "« Je parlerai aussi avec Marc Dumont (ministre des Finances, NDLR) », a déclaré Luc Vasseur, porte-parole.")
    meetings = kinds(extract(text, "2023-02-10"), "meeting")
    assert len(meetings) == 1
    people = set(meetings[0].people)
    assert {"Pierre Lambot", "Jean Carrel"} <= people and not people & {"Marc Dumont", "Luc Vasseur"}


def test_a_temporal_reference_to_another_meeting_is_not_one(extract):
    text = ("Quelques jours après l’entretien des ministres belge et français de la Justice, tenu à Lille le 3 mars, "
            "la cérémonie de clôture du stage a été présidée par le colonel Marc Duval, à Lille.")
    meetings = kinds(extract(text, "2019-03-20"), "meeting", "event", "agreement")
    assert len(meetings) == 1 and meetings[0].people == ["Marc Duval"]


def test_an_agreement_signed_by_two_bodies(extract):
    text = ("Ce mardi 7 mai 2019, le directeur de l’Institut régional de sécurité Paul Mercier et la présidente de "
            "l’Université de Liège Anne Wéry ont signé une convention de partenariat. "
            "La convention a été signée pour trois ans.")
    ex = extract(text, "2019-05-08")
    agreements = kinds(ex, "agreement")
    assert len(agreements) == 1
    assert agreements[0].date == "2019-05-07"
    assert {"Paul Mercier", "Anne Wéry"} <= set(agreements[0].people)


def test_an_agreement_without_people_takes_the_bodies_of_the_item(extract):
    text = ("L’Institut de formation policière de Namur renforce sa collaboration avec le Collège Montmorency.\n\n"
            "Les deux établissements prolongent cet accord pour trois ans. "
            "La signature officielle a eu lieu ce mardi 14 mars 2023.")
    agreements = kinds(extract(text, "2023-03-20"), "agreement")
    assert len(agreements) == 1 and agreements[0].date == "2023-03-14"
    assert len(agreements[0].organizations) >= 2


def test_an_appointment_is_a_hire_dated_by_the_text(extract):
    text = ("Lors de ses séances des 4 et 11 mars, le Conseil communal a désigné le capitaine Hugo Ferrand "
            "au poste de commandant de la police locale, appelé à remplacer, au 1er janvier 2025, Luc Marchal.")
    hires = kinds(extract(text, "2024-03-15"), "hire")
    assert len(hires) == 1
    assert hires[0].people == ["Hugo Ferrand"] and hires[0].date == "2024-03"


def test_an_election_without_a_date_is_undated(extract):
    text = "Nommée il y a quelques mois, Sophie Delorme a été élue présidente du Réseau des villes sûres."
    hires = kinds(extract(text, "2024-03-15"), "hire")
    assert len(hires) == 1 and hires[0].date is None


def test_a_coming_event_is_planned(extract):
    text = "Le Forum mondial des villes sûres se tiendra à Montréal du 4 au 6 juin 2025."
    events = kinds(extract(text, "2025-01-10"), "event", "meeting")
    assert events and events[0].status == "planned" and events[0].date == "2025-06-04"


def test_a_dateline_city_in_capitals_places_the_meeting(extract):
    text = ("GENÈVE (Suisse) – Le ministre de la Sécurité du Togo, Kossi Amavi, s’est entretenu avec "
            "Laura Binet, directrice de l’Office suisse de la police.")
    meetings = kinds(extract(text, "2020-06-01"), "meeting")
    assert len(meetings) == 1 and meetings[0].place == "Genève"


def test_a_country_alone_is_not_a_place(extract):
    text = ("Le 2 juin 2023, le directeur Alain Rivière s’est rendu en Tunisie où il a rencontré "
            "Sami Ben Ali, directeur de l’École nationale de police.")
    meetings = kinds(extract(text, "2023-06-10"), "meeting")
    assert meetings and all(m.place is None for m in meetings)


def test_a_month_dateline_gives_the_year_not_the_date(extract):
    text = ("Avril 2021 – L’Association des villes prudentes a tenu une journée d’étude en ligne avec "
            "Marie Fontaine, directrice du Forum belge pour la sécurité, le 23 mars.")
    meetings = kinds(extract(text, "2021-04-30"), "meeting", "event")
    assert meetings and meetings[0].date == "2021-03-23"


def test_a_delegations_visit_without_meetings_of_its_own_is_the_meeting(extract):
    text = ("Visite d’une délégation tunisienne\n\n"
            "Le mardi 8 octobre, une délégation de la Garde nationale tunisienne était de passage au siège de la "
            "Police fédérale à Bruxelles. La délégation était conduite par le colonel Hédi Mansour et le commandant "
            "Sami Trabelsi. Les visiteurs étaient accompagnés par l’inspectrice Lise Vandamme.")
    meetings = kinds(extract(text, "2019-10-20"), "meeting")
    assert len(meetings) == 1 and meetings[0].date == "2019-10-08"
    assert {"Hédi Mansour", "Sami Trabelsi", "Lise Vandamme"} <= set(meetings[0].people)


def test_each_entry_of_a_listing_page_keeps_its_own_date(extract):
    text = ("Agenda\n\nPassé | 07/11/2017\nAtelier régional sur la médiation sociale avec la Ville de Liège.\n\n"
            "Passé | 21/02/2018\nSéminaire sur la prévention de la radicalisation, organisé avec l'Université de Gand.")
    dates = {a.date for a in extract(text, "2018-06-01").activities}
    assert dates == {"2017-11-07", "2018-02-21"}


def test_a_weekday_after_a_dated_sunday_follows_it(extract):
    text = ("Dimanche 17 mars, le directeur Paul Essomba est arrivé à Yaoundé. Le mardi, il a rencontré "
            "Jeanne Mbarga, directrice de l'École nationale d'administration.")
    meetings = kinds(extract(text, "2024-04-01"), "meeting")
    mbarga = next(m for m in meetings if "Jeanne Mbarga" in m.people)
    assert mbarga.date == "2024-03-19"


def test_an_online_meeting_has_no_place(extract):
    text = ("Le 4 mars 2022, la rencontre virtuelle a réuni Paul Morel, président de la Ville de Tours, et "
            "Lina Haddad, directrice de l’Observatoire régional de la sécurité.")
    meetings = kinds(extract(text, "2022-04-01"), "meeting")
    assert meetings and meetings[0].place is None


def test_a_city_told_before_places_what_follows(extract):
    text = ("L’ambassade a organisé, du 2 au 6 mai 2022, à Tunis, un stage sur la fraude documentaire. "
            "La cérémonie de clôture était présidée par le colonel Amine Gharbi, directeur de l’École de police.")
    meetings = kinds(extract(text, "2022-05-20"), "meeting")
    assert meetings and meetings[-1].place == "Tunis" and "Amine Gharbi" in meetings[-1].people


def test_a_dateline_after_a_subtitle(extract):
    text = ("Des ministres en visite\n\nUn sous-titre qui résume la visite des ministres\n\n"
            "LYON (France) – Le ministre de l’Intérieur du Niger, Moussa Abdou, s’est entretenu avec "
            "Karen Liu, directrice exécutive de l’Agence européenne de police.")
    meetings = kinds(extract(text, "2020-06-01"), "meeting")
    assert meetings and meetings[0].place == "Lyon"


def test_each_appointment_is_a_hire_and_the_one_replaced_is_not(extract):
    text = ("Le 3 mai 2021, Sophie Marin a été élue présidente du Forum belge pour la sécurité urbaine. "
            "Elle succède à Paul Dumas. Le conseil d'administration a également nommé Jean Lebrun trésorier.")
    hires = kinds(extract(text, "2021-05-10"), "hire")
    assert [h.people for h in hires] == [["Sophie Marin"], ["Jean Lebrun"]]
    assert hires[0].date == "2021-05-03"


def test_a_delegation_received_then_meeting_someone_brings_its_members(extract):
    text = ("Le 5 avril 2022, l'Institut régional de police a accueilli une délégation de la Police nationale du "
            "Bénin, conduite par le commissaire Codjo Houngbo. La délégation a ensuite rencontré le directeur de "
            "l'Institut, Pierre Lavoie.")
    ex = extract(text, "2022-04-20")
    meetings = kinds(ex, "meeting")
    assert len(meetings) == 1 and {"Pierre Lavoie", "Codjo Houngbo"} <= set(meetings[0].people)
    assert meetings[0].date == "2022-04-05" and ex.missions and ex.missions[0].kind == "visit"


def test_a_habit_told_in_the_present_is_not_a_meeting(extract):
    text = ("Le Forum des villes sûres réunit chaque année les polices municipales de la région autour de "
            "Jean Dupuis, président de l'Union des villes.")
    assert kinds(extract(text, "2022-01-01"), "meeting", "event", "agreement") == []


def test_a_meeting_with_a_consul_in_the_consulates_offices(extract):
    text = ("Le 12 mars 2024, une rencontre avec le consul général de France, Marc Olivier, a eu lieu dans les "
            "bureaux du consulat à Douala.")
    meetings = kinds(extract(text, "2024-04-01"), "meeting")
    assert len(meetings) == 1 and meetings[0].place == "Douala" and "Marc Olivier" in meetings[0].people


def test_a_dated_line_then_a_minister_attending(extract):
    text = ("Une nouvelle promotion\n\nLe 2 mars 2023.\n\nLe ministre de la Sécurité intérieure Marc Lutz a assisté à "
            "l'ouverture de la formation à Sarrebourg. « Nous sommes fiers », indique le directeur général Paul Roth.")
    meetings = kinds(extract(text, "2023-03-02"), "meeting", "event")
    assert len(meetings) == 1 and meetings[0].date == "2023-03-02" and meetings[0].place == "Sarrebourg"
    assert meetings[0].people == ["Marc Lutz"]


def test_a_signing_at_the_end_of_a_meeting_is_by_its_participants(extract):
    text = ("Le 6 février 2023, Karim Alaoui, directeur de l’Office national de sécurité, a reçu Javier Ruiz, "
            "directeur adjoint de la Garde civile. À l'issue de la réunion, un mémorandum d'entente a été signé "
            "par les deux responsables.")
    agreements = kinds(extract(text, "2023-02-08"), "agreement")
    assert len(agreements) == 1 and {"Karim Alaoui", "Javier Ruiz"} <= set(agreements[0].people)


def test_the_delegation_recalled_the_next_day_brings_its_members(extract):
    text = ("Le 6 février 2023, l’Office national de sécurité a reçu une délégation de la Garde civile conduite par "
            "Javier Ruiz. Le lendemain, la délégation a visité l'Institut royal de police à Kénitra, où elle a été "
            "accueillie par son directeur, Omar Tazi.")
    meetings = kinds(extract(text, "2023-02-08"), "meeting")
    second = next(m for m in meetings if m.date == "2023-02-07")
    assert {"Omar Tazi", "Javier Ruiz"} <= set(second.people) and second.place == "Kénitra"


def test_someone_praised_by_the_speaker_is_not_a_participant(extract):
    text = ("Le 6 février 2023, Karim Alaoui a reçu Javier Ruiz. « Notre partenariat est exemplaire », a déclaré "
            "M. Ruiz, qui a salué le rôle du ministre de l'Intérieur, Laila Bennani.")
    meetings = kinds(extract(text, "2023-02-08"), "meeting")
    assert len(meetings) == 1 and "Laila Bennani" not in meetings[0].people


def test_the_days_of_a_mission_follow_it_in_time_and_place(extract):
    text = ("Mission à Montréal\n\nDu 12 au 16 septembre, la directrice générale de l'Observatoire européen de la "
            "sécurité (OES), Claire Vidal, était en mission à Montréal. Le premier jour de la mission, elle a "
            "rencontré Marc Gagnon, directeur du Service de police de la Ville de Montréal. Le deuxième jour, elle a "
            "participé à un atelier organisé par l'Université de Montréal.")
    meetings = kinds(extract(text, "2023-09-30"), "meeting")
    assert [(m.date, m.place) for m in meetings] == [("2023-09-12", "Montréal"), ("2023-09-13", "Montréal")]


def test_a_ceremony_is_a_gathering_of_those_present(extract):
    text = ("Le 4 octobre 2019, la rentrée solennelle de l'Institut supérieur de la sécurité (ISS) s'est déroulée en "
            "présence du ministre de l'Intérieur, Hamid Bensaïd, et du directeur de l'ISS, Karim Haddad.")
    gatherings = kinds(extract(text, "2019-10-10"), "meeting", "event")
    assert len(gatherings) == 1 and gatherings[0].date == "2019-10-04"
    assert {"Hamid Bensaïd", "Karim Haddad"} <= set(gatherings[0].people)


def test_only_a_passive_promotion_is_a_hire_and_an_elected_official_is_none(extract):
    assert kinds(extract("Le 3 mars 2022, le ministre Paul Dubois a promu une approche nouvelle et a investi "
                         "2 millions dans la prévention.", "2022-03-10"), "hire") == []
    assert kinds(extract("Le 3 mars 2022, Jean Morel, élu de la commune, a présenté le plan local de prévention.",
                         "2022-03-10"), "hire") == []
    hires = kinds(extract("Le 3 mars 2022, la commissaire Anne Roy a été promue directrice de la police de Lyon.",
                          "2022-03-10"), "hire")
    assert len(hires) == 1 and hires[0].people == ["Anne Roy"] and hires[0].date == "2022-03-03"


def test_in_partnership_with_is_no_agreement(extract):
    text = ("Le 5 juin 2022, le colloque organisé en partenariat avec l’Université de Lille a conclu ses travaux "
            "en présence de Marie Lenoir, présidente du Forum régional de prévention.")
    assert kinds(extract(text, "2022-06-10"), "agreement") == []


def test_a_meeting_told_in_the_future_is_planned(extract):
    text = ("Le 14 juin, la directrice Claire Vidal rencontrera Marc Gagnon, directeur de l'Observatoire de la "
            "sécurité, à Genève.")
    meetings = kinds(extract(text, "2023-05-30"), "meeting")
    assert len(meetings) == 1 and meetings[0].status == "planned" and meetings[0].date == "2023-06-14"


def test_a_later_paragraph_about_something_else_adds_no_one(extract):
    text = ("Le 3 mai 2022, la ministre Hélène Dufresnoy a rencontré Paul Renard, directeur de l'École de police.\n\n"
            "Par ailleurs, le gouvernement prépare une réforme avec l'Agence nationale de la sécurité routière.")
    meetings = kinds(extract(text, "2022-05-10"), "meeting")
    assert len(meetings) == 1 and "Agence nationale de la sécurité routière" not in meetings[0].organizations


def test_a_known_city_the_tagger_missed_is_a_place(extract):
    text = "Le 3 mai 2022, le directeur Paul Martin a rencontré Jean Dupont à Trois-Rivières."
    meetings = kinds(extract(text, "2022-05-10"), "meeting")
    assert meetings and meetings[0].place == "Trois-Rivières"


def test_an_installation_is_a_hire_and_the_next_day_follows_it(extract):
    text = ("Le 2 juin 2022, le commissaire Marc Diallo a été installé dans ses fonctions de directeur de la police "
            "de Thiès. Le lendemain, il a échangé avec Awa Sy, présidente de l'Association des commerçants de Thiès.")
    ex = extract(text, "2022-06-10")
    assert [(h.people, h.date) for h in kinds(ex, "hire")] == [(["Marc Diallo"], "2022-06-02")]
    assert [m.date for m in kinds(ex, "meeting")] == ["2022-06-03"]


def test_il_recalls_the_subject_of_the_activity_before(extract):
    text = ("Le 2 juin 2022, le commissaire Marc Diallo a été installé dans ses fonctions de directeur de la police "
            "de Thiès. Le lendemain, il a échangé avec Awa Sy, présidente de l'Association des commerçants de Thiès.")
    meeting = kinds(extract(text, "2022-06-10"), "meeting")[0]
    assert set(meeting.people) == {"Marc Diallo", "Awa Sy"}
    text = ("Le 2 juin 2022, l'Agence a rencontré Awa Sy, présidente de l'Association des commerçants de Thiès. "
            "Le lendemain, elle a échangé avec Paul Ndiaye, directeur de l'École de police.")
    second = kinds(extract(text, "2022-06-10"), "meeting")[-1]
    assert "Awa Sy" not in second.people  # « elle » is not the person met


def test_the_same_meeting_told_again_by_a_communique_is_one(extract):
    text = ("Paul Ndiaye, directeur général de la Police nationale, a reçu ce lundi 6 mai 2019 à Dakar le colonel "
            "Karim Haddad, chef de la police de Tunis. Un communiqué diffusé ce lundi par la Direction de la "
            "communication précise que Paul Ndiaye a reçu en audience Karim Haddad.")
    assert len(kinds(extract(text, "2019-05-07"), "meeting")) == 1


def test_a_start_of_duty_is_not_the_date_of_the_appointment(extract):
    text = ("Le conseil a nommé Luc Perrin au poste de directeur de l'Office cantonal de prévention, avec entrée "
            "en fonction le 1er mars 2020.")
    hires = kinds(extract(text, "2019-09-20"), "hire")
    assert len(hires) == 1 and hires[0].date is None


def test_the_city_of_a_venue_is_the_place(extract):
    for venue, city in (("au Palais des congrès de Montréal", "Montréal"), ("à l'hôtel de ville de Sherbrooke", "Sherbrooke")):
        text = f"Le 3 mai 2022, la ministre Claire Roy a rencontré Paul Henry, président de l'Union des villes, {venue}."
        meetings = kinds(extract(text, "2022-05-10"), "meeting")
        assert meetings and meetings[0].place == city


def test_a_newcomer_meeting_someone_is_a_meeting(extract):
    text = ("Le 3 mai 2022, le nouveau directeur de la police de Lyon, Marc Henry, a rencontré Claire Roy, "
            "présidente de l'Union des villes.")
    ex = extract(text, "2022-05-10")
    assert kinds(ex, "hire") == [] and len(kinds(ex, "meeting")) == 1


# -- forms met on our own texts (tests/own_eval), on new sentences --------------------------

def test_a_pluperfect_with_a_recent_day_is_told_news(extract):
    text = ("Le centre a ouvert ses portes lundi à Kindia. La veille, une séance de travail avait réuni "
            "au siège de l’Office guinéen des forêts Mme Fanta Camara et M. Ibrahima Bah.")
    meetings = kinds(extract(text, "2023-06-14"), "meeting")
    assert any({"Fanta Camara", "Ibrahima Bah"} <= set(m.people) and m.date == "2023-06-11" for m in meetings)


def test_a_pluperfect_signing_last_weekday_is_an_agreement(extract):
    text = ("Jeudi dernier, le directeur de l’Agence régionale de l’eau, M. Hugo Ferrand, et la présidente "
            "de l’Association Lac Vivant, Mme Carole Imbert, avaient signé une convention de partenariat.")
    agreements = kinds(extract(text, "2024-05-13"), "agreement", "meeting")
    assert agreements and agreements[0].date == "2024-05-09"


def test_a_pluperfect_with_an_old_year_stays_background(extract):
    text = "Un premier accord de coopération avait été signé en 2009 entre l’Institut Delta et la Fondation Bellerive."
    assert not kinds(extract(text, "2024-05-13"), "agreement", "meeting")


def test_a_weekday_after_a_dateline_is_the_last_one_before_it(extract):
    text = ("Kinshasa, 19 octobre 2022 — La Fondation Mwinda et le ministère de la Jeunesse ont ouvert lundi "
            "à Kisangani un atelier sur la médiation, avec Mme Esther Kabila-Mbuyi et M. Joseph Tumba.")
    meetings = kinds(extract(text, "2022-10-25"), "meeting")
    assert meetings and meetings[0].date == "2022-10-17"


def test_a_dateline_dates_an_undated_meeting(extract):
    text = ("Niamey, le 7 mars 2023 – Le ministre de la Justice, M. Souley Harouna, a reçu en audience "
            "une délégation de la Fondation Sahel Droit conduite par sa présidente, Mme Aïcha Garba.")
    meetings = kinds(extract(text, "2023-03-09"), "meeting")
    assert meetings and meetings[0].date == "2023-03-07"


def test_taking_command_is_an_appointment(extract):
    text = ("Le lieutenant-colonel Paul GIRAUD a pris le commandement de l’escadron de gendarmerie mobile "
            "de Vernon le mercredi 3 septembre, au cours d’une prise d’armes.")
    hires = kinds(extract(text, "2025-09-08"), "hire")
    assert hires and hires[0].date == "2025-09-03" and "Paul Giraud" in hires[0].people


def test_a_meeting_the_day_after_taking_office_is_a_meeting(extract):
    text = ("Dès le lendemain de sa prise de fonctions, la commissaire Inès Morel a rencontré les élus "
            "de la Communauté de communes du Val Vert.")
    ex = extract(text, "2025-09-08")
    assert kinds(ex, "meeting") and not kinds(ex, "hire")


def test_an_appointment_with_an_adverb_between_auxiliary_and_participle(extract):
    text = "Mme Lucie Barbier a par ailleurs été nommée secrétaire générale de l’Institut Vauban."
    hires = kinds(extract(text, "2024-02-01"), "hire")
    assert hires and "Lucie Barbier" in hires[0].people


def test_an_agreement_approved_by_a_council(extract):
    text = ("Le conseil municipal a approuvé mardi soir un protocole de cinq ans avec la Société de "
            "transport de la Rive-Nord pour desservir le nouveau quartier.")
    agreements = kinds(extract(text, "2024-05-16"), "agreement")
    assert agreements and agreements[0].date == "2024-05-14"


def test_an_election_at_a_dated_assembly_takes_its_day(extract):
    text = ("L’Union des entraîneurs bénévoles a tenu son assemblée générale le 12 avril 2024 à Tulle.\n\n"
            "Les membres ont renouvelé leur conseil. Mme Sandrine Aubert a été élue présidente de l’Union.")
    hires = kinds(extract(text, "2024-05-02"), "hire")
    assert hires and hires[0].date == "2024-04-12"


def test_a_publication_dated_right_after_its_verb(extract):
    text = "Le Centre a publié en janvier 2023 un rapport sur la sécurité des aînés, avec l’Institut Valmont."
    pubs = kinds(extract(text, "2023-03-01"), "publication")
    assert pubs and pubs[0].date == "2023-01"


def test_a_page_header_date_is_not_an_activitys(extract):
    text = "Publié le 12 mars 2023\n\nLe Centre a rencontré l’Institut Valmont et la Fondation Mora à Lausanne."
    meetings = kinds(extract(text, "2023-03-12"), "meeting")
    assert meetings and meetings[0].date != "2023-03-12"


def test_an_appointment_during_a_ceremony_tells_the_ceremony_too(extract):
    text = ("Le commissaire Hugo LAMBERT a pris ses fonctions de directeur de la police de Vireux le 3 mars, "
            "lors d’une cérémonie présidée par la préfète Anne COLIN. La cérémonie s’est déroulée en présence "
            "du maire de Vireux, M. Paul Nadal.")
    ex = extract(text, "2025-03-10")
    hires = kinds(ex, "hire")
    assert hires and hires[0].people == ["Hugo Lambert"] and hires[0].date == "2025-03-03"
    meetings = kinds(ex, "meeting", "event")
    assert meetings and {"Hugo Lambert", "Anne Colin", "Paul Nadal"} <= set(meetings[0].people)
    assert meetings[0].date == "2025-03-03"


def test_welcoming_someone_as_a_staff_member_is_a_hire(extract):
    text = "En février 2023, l’Institut Valmont a accueilli M. Hugo Petit comme stagiaire en criminologie."
    ex = extract(text, "2023-04-01")
    hires = kinds(ex, "hire")
    assert hires and hires[0].date == "2023-02" and not kinds(ex, "meeting")


def test_welcoming_a_guest_of_honour_is_a_meeting(extract):
    text = "Le 3 mai, l’Institut Valmont a accueilli M. Hugo Petit, maire de Sion, comme invité d’honneur."
    ex = extract(text, "2023-05-10")
    assert kinds(ex, "meeting") and not kinds(ex, "hire")


def test_an_official_launch_with_a_partner_is_a_meeting(extract):
    text = ("La ministre a procédé, le 10 juillet, au lancement officiel du programme Cap Jeunes avec le "
            "représentant de la Banque africaine de développement, M. Yaw Mensah.")
    meetings = kinds(extract(text, "2024-07-20"), "meeting", "event")
    assert meetings and meetings[0].date == "2024-07-10" and "Yaw Mensah" in meetings[0].people


def test_an_appointee_s_other_job_is_not_the_body_of_the_post(extract):
    text = ("Le 5 mai 2024, Mme Inès Garnier, directrice de l’Observatoire de Sète, a été élue présidente "
            "de la Fédération Horizon.")
    hires = kinds(extract(text, "2024-05-20"), "hire")
    assert hires and hires[0].organizations == ["Fédération Horizon"]


def test_the_body_that_appoints_takes_part_in_the_hire(extract):
    text = "Le 5 mai 2024, le Conseil communal de Sion a désigné le chef de la police municipale, M. Luc Favre."
    hires = kinds(extract(text, "2024-05-20"), "hire")
    assert hires and "Conseil communal de Sion" in hires[0].organizations


def test_a_bare_title_recalls_who_holds_it_with_its_complement(extract):
    text = ("La Fondation Aube a tenu son assemblée. La présidente du conseil d'administration de la Fondation "
            "Aube, Lucie Dion, a présenté le bilan.\n\nLe 12 mai dernier, la présidente avait rencontré à Québec "
            "des représentants du ministère des Transports.")
    meetings = kinds(extract(text, "2024-06-06"), "meeting")
    assert meetings and "Lucie Dion" in meetings[0].people
