"""Activities in forms of the own-ao texts (a high commission's communiqué overseas, a departmental fire and
rescue service's news page, an EU agency's release, a police press office's page of short notes, a network
post by an NGO's director), in sentences of our own (issue 8)."""

from __future__ import annotations


def gatherings(extraction):
    return [a for a in extraction.activities + extraction.announcements if a.kind in {"meeting", "event", "agreement"}]


def test_two_days_and_a_month_followed_by_prochains_are_the_next_ones(extract):
    ex = extract("Notre association reçoit les 9 et 10 avril prochains, à Namur, une délégation de l'Institut wallon "
                 "de la sécurité routière pour ses rencontres de printemps.", "2025-09-15")
    dates = {g.date for g in gatherings(ex)}
    assert "2026-04-09" in dates and "2025-04-09" not in dates, dates


def test_those_listed_after_were_gathered_colon_took_part_in_the_meeting_told_above(extract):
    text = ("La sous-préfète Inès MARCHAL a tenu mardi 4 février, à la sous-préfecture de Brelac, une réunion de la "
            "cellule de veille sur les cambriolages.\n\n"
            "Étaient réunis autour de la sous-préfète :\n"
            "– Mme Odile FRANQUET, vice-procureure à Brelac ;\n"
            "– le lieutenant-colonel Rémi SAUVAGEOT, à la tête de la compagnie de gendarmerie de Brelac ;\n"
            "– M. Goulven QUÉMÉNEUR, maire de Port-Josse ;\n"
            "– Mme Gaëlle TRÉGUER, directrice de l'office HLM de Brelac.\n\n"
            "La vice-procureure Franquet a détaillé les chiffres du trimestre.\n")
    ex = extract(text, "2025-02-06")
    met = gatherings(ex)
    assert len(met) == 1, [(g.date, g.people) for g in met]
    assert met[0].date == "2025-02-04"
    assert {"Inès Marchal", "Odile Franquet", "Rémi Sauvageot", "Goulven Quéméneur", "Gaëlle Tréguer"} <= set(met[0].people)


def test_an_installation_in_office_by_named_officials_is_a_ceremony_they_attended(extract):
    text = ("Mardi, sur la place d'armes de l'école départementale de Quimperlé, la commandante Élise ROUXEL a été "
            "solennellement installée dans ses fonctions de directrice adjointe par Mme Morgane Kerbiriou, préfète du "
            "Finistère-Sud, et M. Loïc Prigent, président du SDIS.\n\n"
            "Nommée par arrêté du 8 mai 2024, la commandante Rouxel remplace le commandant Jakez Le Goff.\n\n"
            "Étaient également présents M. Erwan Tanguy, maire de Quimperlé, et plusieurs chefs de centre.\n")
    ex = extract(text, "2024-09-20")
    ceremony = [g for g in gatherings(ex) if g.date == "2024-09-17"]
    assert ceremony and {"Élise Rouxel", "Morgane Kerbiriou", "Loïc Prigent", "Erwan Tanguy"} <= set(ceremony[0].people), \
        [(g.date, g.people) for g in gatherings(ex)]
    hired = [(h.people, h.date) for h in ex.activities if h.kind == "hire"]
    assert hired == [(["Élise Rouxel"], "2024-05-08")], hired


def test_a_day_since_which_a_state_holds_dates_nothing_told_after_it(extract):
    text = ("Mardi, à Quimperlé, la commandante Élise ROUXEL a été installée dans ses fonctions de directrice adjointe "
            "par Mme Morgane Kerbiriou, préfète du Finistère-Sud.\n\n"
            "Depuis le 15 juillet, l'intérim revenait au capitaine Sophie Lannuzel.\n\n"
            "Lors de cette cérémonie, M. Erwan Tanguy, maire de Quimperlé, et M. Loïc Prigent, président du SDIS, ont "
            "signé une convention de mise à disposition de locaux entre la Ville de Quimperlé et le SDIS.\n\n"
            "Le lendemain, la préfète a visité la caserne de Pont-Aven-Nord, où l'adjudant Gaël Riou, chef de centre, "
            "lui a présenté ses équipes.\n")
    ex = extract(text, "2024-09-20")
    signed = [a for a in ex.activities if a.kind == "agreement"]
    assert signed and signed[0].date == "2024-09-17", [(a.kind, a.date) for a in ex.activities]
    visit = [g for g in gatherings(ex) if "Gaël Riou" in g.people]
    assert visit and visit[0].date == "2024-09-18", [(a.kind, a.date, a.people) for a in ex.activities]


def test_a_signing_at_the_end_of_the_ceremony_under_a_heading_of_its_own_takes_the_ceremony_s_day(extract):
    text = ("Mardi, à Quimperlé, la commandante Élise ROUXEL a été installée dans ses fonctions de directrice adjointe "
            "par Mme Morgane Kerbiriou, préfète du Finistère-Sud.\n\n"
            "Étaient également présents M. Erwan Tanguy, maire de Quimperlé, et plusieurs chefs de centre.\n\n"
            "Des locaux pour la caserne\n\n"
            "Au cours de la cérémonie, une convention de mise à disposition de locaux a été signée par M. Erwan Tanguy "
            "et M. Loïc Prigent, président du SDIS.\n")
    ex = extract(text, "2024-09-20")
    signed = [a for a in ex.activities if a.kind == "agreement"]
    assert signed and signed[0].date == "2024-09-17", [(a.kind, a.date) for a in ex.activities]


def test_the_links_listed_under_lire_aussi_are_other_pages_not_news(extract):
    text = ("La préfète a rencontré mardi, à Quimperlé, M. Erwan Tanguy, maire de la ville.\n\n"
            "Partager : Facebook | X\n\n"
            "À lire aussi\n"
            "› Saison des feux : le bilan chiffré\n"
            "› Devenir secouriste : réunion d'information le 11 octobre à Brest\n"
            "› Le SDIS du Finistère-Sud renouvelle ses camions\n")
    ex = extract(text, "2024-09-20")
    assert [g.date for g in gatherings(ex)] == ["2024-09-17"], [(g.date, g.summary) for g in gatherings(ex)]
