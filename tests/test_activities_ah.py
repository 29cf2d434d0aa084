"""Activities of issue 8's sixth own series: a gathering told as preceded, on days put in
apposition, by another; a signing « en marge » of a gathering dated by it; the next
session a body agrees to hold; judges appointed together (all sentences written for these
tests)."""

from __future__ import annotations

CONFERENCE = ("Conférence des ministres de la Justice\n\n"
              "La troisième conférence des ministres de la Justice de la CEDEAO s'est tenue le mardi 13 mai 2025 "
              "au siège de la Commission de la CEDEAO, à Abuja, sous la présidence de Monsieur Ibrahim Sani Bello, "
              "Ministre de la Justice du Nigeria.\n\n"
              "La conférence des ministres a été précédée, les 11 et 12 mai 2025, d'une réunion des experts des "
              "États membres. À l'ouverture de celle-ci, les experts ont désigné M. Amadou Diallo (Guinée) et "
              "Mme Kossiwa Adjo (Bénin), respectivement Président et Rapporteur de leur Bureau.\n\n"
              "En marge de la conférence, la Commission de la CEDEAO et le Programme des Nations Unies pour le "
              "développement (PNUD) ont signé un accord de coopération sur l'aide juridique. L'accord a été signé "
              "par Madame Halima Ouédraogo et par Monsieur Lars Eriksson, Représentant résident du PNUD.\n\n"
              "Les ministres ont salué l'appui de l'Union africaine, représentée à la conférence par Monsieur "
              "Paul Mensah, chef du Bureau de liaison.\n\n"
              "Les ministres ont convenu de tenir leur prochaine conférence en mars 2026 à Dakar, au Sénégal.\n")


def by_kind(extraction, kind: str):
    return [a for a in extraction.activities if a.kind == kind]


def test_a_gathering_preceded_on_days_in_apposition_by_another_is_a_meeting_of_those_days(extract):
    ex = extract(CONFERENCE, "2025-05-14")
    experts = [m for m in by_kind(ex, "meeting") if m.date == "2025-05-11"]
    assert experts and "Amadou Diallo" in experts[0].people
    hires = by_kind(ex, "hire")
    assert hires and all(h.date == "2025-05-11" for h in hires)


def test_a_signing_en_marge_of_a_gathering_is_dated_by_it_not_by_the_last_days_told(extract):
    ex = extract(CONFERENCE, "2025-05-14")
    agreement = by_kind(ex, "agreement")[0]
    assert agreement.date == "2025-05-13"
    assert {"Halima Ouédraogo", "Lars Eriksson"} <= set(agreement.people)


def test_one_represented_at_the_gathering_told_by_its_noun_joins_it_not_the_signing(extract):
    ex = extract(CONFERENCE, "2025-05-14")
    assert "Paul Mensah" not in by_kind(ex, "agreement")[0].people
    conference = next(m for m in by_kind(ex, "meeting") if m.date == "2025-05-13")
    assert "Paul Mensah" in conference.people


def test_the_next_session_a_body_agrees_to_hold_is_a_planned_meeting_of_its_series(extract):
    ex = extract(CONFERENCE, "2025-05-14")
    planned = [m for m in by_kind(ex, "meeting") if m.status == "planned"]
    assert [(m.date, m.place) for m in planned] == [("2026-03", "Dakar")]
    assert planned[0].organizations == ["CEDEAO"]


def test_judges_appointed_together_are_one_hire_each_without_the_minister_who_announces_it(extract):
    text = ("Nominations à la Cour supérieure\n\n"
            "QUÉBEC, le 4 mars 2025 – La ministre de la Justice, Mme Sylvie Gagnon, a rencontré aujourd'hui les "
            "juges en chef à Québec.\n\n"
            "Par ailleurs, la ministre annonce que le Conseil des ministres a nommé hier Me Paul Girard et "
            "Me Lucie Hébert juges à la Cour supérieure. Ils siégeront respectivement à Gaspé et à Sherbrooke.\n")
    ex = extract(text, "2025-03-04")
    hires = by_kind(ex, "hire")
    assert sorted(h.people for h in hires) == [["Lucie Hébert"], ["Paul Girard"]]
    assert all(h.date == "2025-03-03" for h in hires)


def test_a_meeting_before_a_signing_is_of_its_signer_and_those_it_names_and_who_also_took_part(extract):
    text = ("Entente pour une maison de la médiation\n\n"
            "RIMOUSKI, le 9 avril 2025 – La ministre de la Famille, Mme Hélène Caron, a procédé aujourd'hui à "
            "Rimouski à la signature d'une entente avec la Fondation Lavoie et la Caisse Desjardins de Rimouski.\n\n"
            "L'entente a été signée par la ministre, par la présidente de la Fondation Lavoie, Mme Louise Roy, et "
            "par le directeur de la Caisse Desjardins de Rimouski, M. Marc Pelletier.\n\n"
            "La signature a été précédée d'une rencontre de travail avec les élus de la Ville de Rimouski, dont "
            "le maire, M. Guy Bouchard, et la conseillère Mme Anne Ouellet. Mme Claire Dubé, sous-ministre "
            "adjointe, et le directeur de l'Office des familles, M. Yves Lepage, y ont aussi participé.\n")
    ex = extract(text, "2025-04-09")
    meeting = next(m for m in by_kind(ex, "meeting") if "Guy Bouchard" in m.people)
    assert "Hélène Caron" in meeting.people and "Louise Roy" not in meeting.people
    assert {"Claire Dubé", "Yves Lepage"} <= set(meeting.people)


def test_one_who_took_part_there_after_a_next_day_told_is_not_at_the_signing_before(extract):
    text = ("Coopération\n\n"
            "Lyon, le 6 mai 2025 - Le ministre de l'Intérieur, Jules Ferrand, et la ministre de l'Intérieur du Sénégal, "
            "Awa Ndiaye, ont signé lundi à Lyon un accord de coopération policière.\n\n"
            "Le lendemain, les experts des deux pays se sont réunis à Lyon pour une séance de travail. Le Parquet "
            "national antiterroriste y a pris part, représenté par le procureur Marc Olivier.\n")
    ex = extract(text, "2025-05-06")
    assert "Marc Olivier" not in by_kind(ex, "agreement")[0].people


def test_the_holding_of_an_event_announced_with_its_day_in_apposition_is_a_planned_event(extract):
    text = ("Visite du directeur\n\n"
            "Le directeur général de la Gendarmerie nationale (DGGN), le général Paul Kaboré, a visité mardi la "
            "compagnie de Dori.\n\n"
            "À noter : le DGGN a annoncé la tenue, le samedi 11 octobre prochain à Dori, d'une journée de "
            "sensibilisation de la Gendarmerie nationale, organisée avec l'appui de l'association Femmes pour "
            "la Paix (FPP).\n")
    ex = extract(text, "2025-09-17")
    planned = [a for a in ex.activities if a.status == "planned"]
    assert [(a.kind, a.date, a.place) for a in planned] == [("event", "2025-10-11", "Dori")]
    assert "FPP" in planned[0].organizations


def test_a_document_of_an_announced_event_to_be_put_online_is_no_publication(extract):
    text = ("À venir\n\n"
            "L'Observatoire organisera le 12 septembre prochain à Tunis, avec l'Université de Carthage, un atelier "
            "sur la justice des mineurs. Le programme sera publié sur le site de l'Observatoire.\n")
    ex = extract(text, "2025-06-20")
    assert not by_kind(ex, "publication")
    assert [a.date for a in by_kind(ex, "event")] == ["2025-09-12"]


def test_an_event_to_come_named_by_no_one_is_of_the_body_the_line_before_recalls(extract):
    text = ("Communiqué de presse\nMinistère de la Famille\n\nUne Maison de la famille ouvrira à Laval\n\n"
            "LAVAL, le 3 mars 2025 – La ministre de la Famille, Mme Hélène Caron, a signé aujourd'hui à Laval une "
            "entente avec la Ville de Laval pour la création de la Maison de la famille de Laval.\n\n"
            "Faits saillants :\n\n"
            "  • Le Ministère de la Famille investira 2 M$ sur trois ans dans la maison.\n"
            "  • Une journée portes ouvertes se tiendra le samedi 7 juin 2025 à Laval, en présence des partenaires.\n\n"
            "Information :\nMinistère de la Famille\n")
    ex = extract(text, "2025-03-03")
    assert [a.organizations for a in by_kind(ex, "event")] == [["Maison de la famille de Laval"]]


def test_sessions_a_body_will_offer_as_a_service_are_no_meeting(extract):
    text = ("La nouvelle maison de quartier ouvrira en mai à Laval. Elle offrira aussi des séances d'information "
            "dans les écoles de la Ville de Laval.\n")
    ex = extract(text, "2025-03-03")
    assert not [a for a in ex.activities if a.kind == "meeting"]


def test_a_visit_to_come_naming_no_body_is_the_publishers(extract):
    text = ("Commune de Bellerive\n\nInfos municipales\n\n"
            "Le 3 septembre, la Commune de Bellerive a signé une convention avec l'Association des aînés de Vaud. "
            "La Commune de Bellerive remercie ses partenaires.\n\n"
            "Prochain rendez-vous : la Municipalité recevra une délégation de la ville jumelle de Tarbes (France) "
            "le 2 octobre.\n")
    ex = extract(text, "2025-09-15")
    planned = [a for a in ex.activities if a.status == "planned"]
    assert [(a.date, a.organizations) for a in planned] == [("2025-10-02", ["Commune de Bellerive"])]
