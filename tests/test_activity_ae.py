"""Activities told across the sections of one page: a day counted from the section above,
signings of other days, hires, announced sessions."""

from __future__ import annotations
from tests.conftest import gatherings


def test_the_next_day_under_a_heading_counts_from_the_section_above(extract):
    text = ("Le conseil des maires de la vallée s'est réuni jeudi 6 mars 2025 à Villemont, en présence de Paul Lenoir, "
            "maire de Villemont, et de Mme Agathe Roux, préfète du Haut-Var.\n\n"
            "Atelier sur la vidéoprotection\n\n"
            "Le lendemain, un atelier a réuni à Sainte-Anne M. Jean Vasseur, directeur de la police municipale de "
            "Sainte-Anne, et Mme Lucie Marin, directrice de l'Agence régionale de santé.\n")
    ex = extract(text, "2025-03-10")
    workshop = next(a for a in gatherings(ex) if "Lucie Marin" in a.people)
    assert workshop.date == "2025-03-07"


def test_a_signing_after_the_session_and_one_of_last_week_are_two_agreements(extract):
    text = ("Le comité de pilotage s'est réuni en séance plénière mardi 4 mars, à l'hôtel de ville. La séance était "
            "présidée par Paule Lenoir, maire de Villemont, en présence de Mme Agathe Roux, directrice de l'hôpital de "
            "Villemont, et de M. Jean Vasseur, directeur de la Mission locale de Villemont.\n\n"
            "Un accord pour l'emploi\n\n"
            "À l'issue de la séance, la maire et le directeur de la Mission locale ont signé une convention d'accueil des "
            "jeunes en insertion. La semaine dernière, Mme Lenoir et Mme Roux avaient déjà signé la charte relative à "
            "l'accueil des victimes.\n")
    ex = extract(text, "2025-03-06")
    agreements = [a for a in ex.activities if a.kind == "agreement"]
    assert len(agreements) == 2
    after_session = next(a for a in agreements if "Jean Vasseur" in a.people)
    assert after_session.date == "2025-03-04"
    last_week = next(a for a in agreements if "Agathe Roux" in a.people)
    assert last_week.date and last_week.date < "2025-03-04" and "Jean Vasseur" not in last_week.people


def test_a_delegation_that_took_part_and_the_participants_recalled_join_the_meeting(extract):
    text = ("Le 3 avril 2025, une réunion de travail a réuni à Namur la directrice de la police locale de Namur, "
            "Mme Anne Dufour, et M. Marc Hennequin, qui dirige le service de prévention de la Ville de Namur. Les "
            "participants ont fait le point sur le nouveau registre des incidents (RIVA), dont le déploiement est prévu "
            "en 2026. Une délégation du Service public de Wallonie (SPW), conduite par son directeur Paul Gérard, y a "
            "également pris part.\n")
    ex = extract(text, "2025-04-10")
    meetings = gatherings(ex)
    assert len(meetings) == 1
    assert {"Anne Dufour", "Paul Gérard"} <= set(meetings[0].people) and meetings[0].date == "2025-04-03"


TWO_SECTIONS = ("Le conseil intercommunal de sécurité (CISPD) s'est réuni en séance plénière mardi 11 mars à Villemont, en "
                "présence de Paule Lenoir, maire de Villemont, et de M. Jean Vasseur, directeur de la Mission locale de "
                "Villemont.\n\n"
                "Un nouveau coordinateur\n\n"
                "Les membres ont fait la connaissance de Louis Perrin, coordinateur du CISPD depuis le 3 février.\n\n"
                "La prochaine séance plénière se tiendra en octobre à la salle des fêtes.\n")


def test_the_next_session_announced_under_another_heading_is_the_same_bodys(extract):
    ex = extract(TWO_SECTIONS, "2025-03-14")
    planned = [a for a in gatherings(ex) if a.date == "2025-10"]
    assert len(planned) == 1 and planned[0].organizations == ["CISPD"]


def test_a_post_held_since_a_day_told_in_apposition_is_a_hire(extract):
    ex = extract(TWO_SECTIONS, "2025-03-14")
    hires = [a for a in ex.activities if a.kind == "hire"]
    assert [(h.people, h.date) for h in hires] == [(["Louis Perrin"], "2025-02-03")]


def test_a_tenure_since_a_month_or_a_year_is_no_hire(extract):
    text = ("Le colloque s'est tenu le 12 mai 2025 à Liège. Mme Sarah Lambert, à la tête de l'Institut de criminologie "
            "depuis janvier, et M. Hugo Dewit, directeur de l'Observatoire de la sécurité depuis 2021, y ont pris la parole.\n")
    ex = extract(text, "2025-05-20")
    assert not [a for a in ex.activities if a.kind == "hire"]


HANDOVER = ("PASSATION DE COMMANDEMENT AU GROUPEMENT DE KORHOGO\n\n"
            "Le Ministre de la Défense, le Général Bamba Souleymane Koné, a présidé samedi dernier à Korhogo la cérémonie "
            "de passation de commandement du Groupement de Gendarmerie de Korhogo.\n\n"
            "Le Colonel Yao Kouassi Bernard, commandant sortant, a cédé le commandement au Colonel Traoré Ibrahim Seydou, "
            "nommé à ce poste par décret du 2 mai 2025.\n\n"
            "La cérémonie s'est déroulée en présence du Préfet de Korhogo, M. Diabaté Lassina Fofana, et du Maire de "
            "Korhogo, M. Ouattara Adama Kader.\n")


def test_a_handover_ceremony_presided_is_a_gathering_of_its_day_with_those_present(extract):
    ex = extract(HANDOVER, "2025-05-19")
    ceremony = [a for a in gatherings(ex) if "Bamba Souleymane Koné" in a.people]
    assert len(ceremony) == 1 and ceremony[0].date == "2025-05-17"
    assert "Ouattara Adama Kader" in ceremony[0].people
    hires = [a for a in ex.activities if a.kind == "hire"]
    assert [(h.people, h.date) for h in hires] == [(["Traoré Ibrahim Seydou"], "2025-05-02")]


def test_a_meeting_a_speaker_announces_is_the_bodys_it_names_not_the_speakers(extract):
    text = ("Le 12 mai 2025, le préfet de la Savane, M. Jean-Luc Ayité, a inauguré la nouvelle brigade de gendarmerie de "
            "Kara. Dans son discours, il a annoncé qu'une réunion du Conseil régional de sécurité de la Savane se tiendra "
            "à Dapaong au mois de juillet.\n")
    ex = extract(text, "2025-05-15")
    planned = [a for a in gatherings(ex) if a.date == "2025-07"]
    assert len(planned) == 1
    assert planned[0].people == [] and planned[0].organizations == ["Conseil régional de sécurité de la Savane"]


def test_the_commanders_of_a_handover_were_at_its_ceremony(extract):
    ex = extract(HANDOVER, "2025-05-19")
    ceremony = next(a for a in gatherings(ex) if "Bamba Souleymane Koné" in a.people)
    assert {"Yao Kouassi Bernard", "Traoré Ibrahim Seydou"} <= set(ceremony.people)


def test_the_delegation_of_ones_own_visit_is_not_the_host_met_before(extract):
    text = ("Le 3 juin 2025, le Ministre de l'Intérieur, M. Oumar Sangaré, a effectué une visite de travail dans la région "
            "de Ségou. Accompagné du Général Moussa Diarra, il a eu un entretien au gouvernorat avec le Gouverneur de "
            "Ségou, M. Bakary Traoré. L'après-midi, la délégation s'est rendue à la Brigade de gendarmerie de Markala, que "
            "commande l'Adjudant-Chef Issa Coulibaly.\n")
    ex = extract(text, "2025-06-06")
    brigade = next(a for a in gatherings(ex) if "Issa Coulibaly" in a.people)
    assert "Bakary Traoré" not in brigade.people
