"""Activities: one per meeting, event, hire and publication, with participants, date,
place and topics; the meetings of a mission or a delegation's visit each their own."""

from __future__ import annotations

from tests.conftest import ROOT


def by_kind(extraction, kind: str):
    return [a for a in extraction.activities if a.kind == kind]


def test_each_meeting_of_a_day_is_its_own_and_the_afternoon_keeps_the_place(extract):
    text = ("Rencontres à Lille\n\n"
            "Mardi, le 14 mars, à Lille, le Réseau québécois de prévention (RQP) a rencontré Léa Martin, directrice de la "
            "prévention de la Métropole européenne de Lille.\n\n"
            "En après-midi, le RQP a rencontré Hugo Lenoir, chef du Service de la tranquillité publique de la Ville de Roubaix.\n")
    ex = extract(text, "2023-04-01")
    meetings = by_kind(ex, "meeting")
    assert [(m.date, m.place) for m in meetings] == [("2023-03-14", "Lille"), ("2023-03-14", "Lille")]
    assert meetings[0].people == ["Léa Martin"] and "RQP" in meetings[0].organizations
    assert meetings[1].people == ["Hugo Lenoir"] and "RQP" in meetings[1].organizations


def test_a_sentence_referring_back_adds_to_the_meeting(extract):
    text = ("Le 9 mai, le RQP a participé à une réunion de travail avec la Ville de Laval. "
            "Cette rencontre a permis de présenter nos travaux. L’organisme Tandem y a aussi présenté son bilan.")
    ex = extract(text, "2023-06-01")
    meetings = by_kind(ex, "meeting")
    assert len(meetings) == 1
    assert set(meetings[0].organizations) == {"RQP", "Ville de Laval", "Tandem"}


def test_sample_bulletin_mission_and_delegation_visit(extract):
    ex = extract((ROOT / "examples" / "bulletin-apu-2023-10.txt").read_text(encoding="utf-8"), "2023-10-31")
    meetings = by_kind(ex, "meeting")
    assert ("2023-10-02", "Lyon") in {(m.date, m.place) for m in meetings}
    lendemain = next(m for m in meetings if "Paul Martin" in m.people)
    assert lendemain.date == "2023-10-03" and "Claire Dubuc" in lendemain.people
    # The Senegalese delegation's visit holds two meetings, each with the delegation's police force.
    visit = next(m for m in ex.missions if m.kind == "visit")
    children = [m for m in meetings if m.part_of is not None and ex.missions[m.part_of] is visit]
    assert len(children) == 2
    assert all("Police nationale du Sénégal" in m.organizations and "Ousmane Ndiaye" in m.people for m in children)
    assert {m.place for m in children} >= {"Québec"}
    assert "traite des personnes" in children[-1].topics


def test_hire_publication_and_coming_event(extract):
    ex = extract((ROOT / "examples" / "bulletin-apu-2023-10.txt").read_text(encoding="utf-8"), "2023-10-31")
    hire = by_kind(ex, "hire")
    assert [(h.date, h.people, h.organizations) for h in hire] == [("2023-09", ["Amina Diallo"], ["APU"])]
    publication = by_kind(ex, "publication")[0]
    assert publication.date == "2023-10" and set(publication.organizations) == {"APU", "RFVS"}
    assert publication.title == "La médiation sociale dans les quartiers : douze expériences municipales"
    event = by_kind(ex, "event")[0]
    assert event.date == "2024-05-14" and event.place == "Montréal" and "Karim Benali" in event.people


def test_a_summary_of_the_mission_is_not_a_meeting(extract):
    text = ("Le Réseau québécois de prévention (RQP) était en mission en France. Durant le mois de mai, la directrice "
            "générale, Anne Roux, a rencontré plusieurs partenaires et membres du réseau.")
    ex = extract(text, "2023-06-01")
    assert by_kind(ex, "meeting") == []
    assert ex.missions and ex.missions[0].people == ["Anne Roux"]


def test_title_anaphora_finds_the_person(extract):
    text = ("Le 2 mai, le RQP a rencontré sa directrice générale, Anne Roux, et Paul Girard, président de "
            "la Fondation Sécurité Jeunesse. Le 3 mai, la directrice générale du RQP s’est rendue à Lyon pour une "
            "rencontre à la Préfecture du Rhône.")
    ex = extract(text, "2023-06-01")
    second = next(m for m in by_kind(ex, "meeting") if m.date == "2023-05-03")
    assert "Anne Roux" in second.people and second.place == "Lyon"


def test_topics_come_from_the_thesaurus(extract):
    ex = extract("Le 4 juin, le RQP a rencontré la Ville de Laval au sujet des violences conjugales et de la "
                 "cybercriminalité chez les jeunes.", "2023-06-30")
    assert {"violences conjugales", "cybercriminalité"} <= set(ex.activities[0].topics)


def test_each_line_of_a_list_of_people_met_is_a_meeting(extract):
    text = ("Mission à Dakar\n\n"
            "Du 10 au 14 avril, la directrice générale du Centre ouest-africain de prévention (COAP), Awa Ndiaye, était en "
            "mission à Dakar. Au cours de cette mission, elle a rencontré :\n"
            "- M. Moussa Diop, directeur de la sécurité publique au ministère de l'Intérieur du Sénégal ;\n"
            "- Mme Fatou Sarr, présidente de l'Association des juristes sénégalaises (AJS) ;\n"
            "- le commissaire Ibrahima Fall, chef de la Brigade des mineurs de Dakar.\n")
    ex = extract(text, "2024-06-30")
    meetings = by_kind(ex, "meeting")
    assert [m.people[0] for m in meetings] == ["Moussa Diop", "Fatou Sarr", "Ibrahima Fall"]
    assert all(m.date == "2024-04-10" and m.place == "Dakar" and "COAP" in m.organizations for m in meetings)
    assert "Ministère de l'Intérieur du Sénégal" in {o.name for o in ex.organizations}


def test_a_verb_starts_a_new_meeting_even_after_a_recalled_one(extract):
    ex = extract("Le 22 novembre, le RQP a participé à la conférence annuelle de l’Efus à Bruxelles. En marge de la "
                 "conférence, le RQP a signé une entente avec l’Institut national de santé publique du Québec (INSPQ).",
                 "2023-12-15")
    meetings = by_kind(ex, "meeting") + by_kind(ex, "agreement")  # a signing is an agreement
    assert [sorted(m.organizations) for m in meetings] == [["EFUS", "RQP"], ["INSPQ", "RQP"]]
    assert all(m.date == "2023-11-22" for m in meetings)


def test_someone_elses_conference_is_an_event(extract):
    ex = extract("Le RQP en bref\n\nLe RQP a publié son rapport annuel le 3 novembre. Le RQP remercie ses membres.\n\n"
                 "Du 22 au 24 novembre, le Forum européen pour la sécurité urbaine (Efus) a tenu sa conférence "
                 "internationale « Sécurité, démocratie et villes » à Bruxelles. La conférence a été ouverte par "
                 "Philippe Close, bourgmestre de Bruxelles.\n", "2023-12-15")
    event = by_kind(ex, "event")[0]
    assert event.date == "2023-11-22" and event.place == "Bruxelles"
    assert "EFUS" in event.organizations and "Philippe Close" in event.people
    assert "Sécurité, démocratie et villes" not in {o.name for o in ex.organizations}


def test_a_day_told_without_an_activity_still_dates_what_follows(extract):
    text = ("Partenariat avec Tandem Montréal\n\n"
            "Le CPUQ et Tandem Montréal ont signé, le 20 novembre, une entente de partage d’outils. L’entente a été "
            "signée par notre président, M. Robert Pelletier, et par Mme Isabelle Charron, directrice générale de "
            "Tandem Montréal.\n\n"
            "Bienvenue à notre nouvelle agente de projet\n\n"
            "Nous souhaitons la bienvenue à Laurence Dion, qui s’est jointe à l’équipe du CPUQ le 13 novembre à titre "
            "d’agente de projet en sécurité urbaine.\n")
    ex = extract(text, "2023-11-30")
    meeting = by_kind(ex, "agreement")[0]  # a signing is an agreement
    assert meeting.date == "2023-11-20" and set(meeting.people) == {"Robert Pelletier", "Isabelle Charron"}
    assert "Tandem Montréal" not in {p.name for p in ex.people}
    hire = by_kind(ex, "hire")[0]
    assert (hire.date, hire.people) == ("2023-11-13", ["Laurence Dion"])
    dion = next(p for p in ex.people if p.name == "Laurence Dion")
    assert dion.roles[0].title == "Agente de projet en sécurité urbaine"
