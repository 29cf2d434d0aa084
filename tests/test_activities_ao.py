"""Activities in forms of the own-ao texts (a high commission's communiqué overseas, a departmental fire and
rescue service's news page, an EU agency's release, a police press office's page of short notes, a network
post by an NGO's director), in sentences of our own (issue 8)."""

from __future__ import annotations


def gatherings(extraction):
    return [a for a in extraction.activities + extraction.announcements if a.kind in {"meeting", "event", "agreement"}]


def test_two_days_and_a_month_followed_by_prochains_are_the_next_ones(extract):
    ex = extract("À noter : nous accueillerons une délégation de l'Institut national de la santé publique du Québec "
                 "à Namur les 4 et 5 mars prochains, pour notre journée d'étude annuelle.", "2025-09-15")
    dates = {g.date for g in gatherings(ex)}
    assert "2026-03-04" in dates and "2025-03-04" not in dates, dates


def test_those_listed_after_were_gathered_colon_took_part_in_the_meeting_told_above(extract):
    text = ("Ce mardi 4 février, M. Paul DURANCEAU, préfet de la Haute-Lozère, a présidé à la préfecture une réunion "
            "du comité départemental de sécurité, consacrée aux violences intrafamiliales.\n\n"
            "Autour du préfet étaient réunis :\n"
            "– Mme Claire VERNOUX, présidente du conseil départemental de la Haute-Lozère ;\n"
            "– le colonel Marc BERTHIER, commandant du groupement de gendarmerie départementale de la Haute-Lozère ;\n"
            "– M. Hugo LAMBRECHT, procureur de la République près le tribunal judiciaire de Mende ;\n"
            "– M. Jean TORRES, président de l'Association des maires de la Haute-Lozère (AMHL).\n\n"
            "Le colonel Berthier a présenté le bilan de l'année.\n")
    ex = extract(text, "2025-02-06")
    met = gatherings(ex)
    assert len(met) == 1, [(g.date, g.people) for g in met]
    assert met[0].date == "2025-02-04"
    assert {"Paul Duranceau", "Claire Vernoux", "Marc Berthier", "Hugo Lambrecht", "Jean Torres"} <= set(met[0].people)


def test_an_installation_in_office_by_named_officials_is_a_ceremony_they_attended(extract):
    text = ("Lundi, dans la cour de la caserne de Mende, le commandant Luc FERRAND a été officiellement installé dans "
            "ses fonctions de directeur départemental par M. Paul Duranceau, préfet de la Haute-Lozère, et Mme Claire "
            "Vernoux, présidente du conseil d'administration du SDIS.\n\n"
            "Nommé par arrêté du ministre de l'Intérieur en date du 3 juin 2024, le commandant Ferrand succède au "
            "colonel Yves Morel.\n\n"
            "La cérémonie s'est déroulée en présence de M. Jean Torres, maire de Mende.\n")
    ex = extract(text, "2024-09-20")
    ceremony = [g for g in gatherings(ex) if g.date == "2024-09-16"]
    assert ceremony and {"Luc Ferrand", "Paul Duranceau", "Claire Vernoux", "Jean Torres"} <= set(ceremony[0].people), \
        [(g.date, g.people) for g in gatherings(ex)]
    hired = [(h.people, h.date) for h in ex.activities if h.kind == "hire"]
    assert hired == [(["Luc Ferrand"], "2024-06-03")], hired


def test_a_day_since_which_a_state_holds_dates_nothing_told_after_it(extract):
    text = ("Lundi, à Mende, le commandant Luc FERRAND a été officiellement installé dans ses fonctions de directeur "
            "départemental par M. Paul Duranceau, préfet de la Haute-Lozère.\n\n"
            "Depuis le 1er août, l'intérim était assuré par le commandant Anne Giraud.\n\n"
            "À l'issue de la cérémonie, M. Jean Torres, maire de Mende, et Mme Claire Vernoux, présidente du SDIS, ont "
            "signé une convention de partenariat entre la Ville de Mende et le SDIS.\n\n"
            "Le lendemain matin, le préfet s'est rendu au centre de secours de Langogne, où il a été accueilli par le "
            "lieutenant Marc Vidal, chef de centre.\n")
    ex = extract(text, "2024-09-20")
    signed = [a for a in ex.activities if a.kind == "agreement"]
    assert signed and signed[0].date == "2024-09-16", [(a.kind, a.date) for a in ex.activities]
    visit = [g for g in gatherings(ex) if "Marc Vidal" in g.people]
    assert visit and visit[0].date == "2024-09-17", [(a.kind, a.date, a.people) for a in ex.activities]


def test_a_signing_at_the_end_of_the_ceremony_under_a_heading_of_its_own_takes_the_ceremony_s_day(extract):
    text = ("Lundi, à Mende, le commandant Luc FERRAND a été officiellement installé dans ses fonctions de directeur "
            "départemental par M. Paul Duranceau, préfet de la Haute-Lozère.\n\n"
            "La cérémonie s'est déroulée en présence de M. Jean Torres, maire de Mende.\n\n"
            "Une convention avec la Ville\n\n"
            "À l'issue de la cérémonie, M. Jean Torres et Mme Claire Vernoux, présidente du SDIS, ont signé une "
            "convention de partenariat entre la Ville de Mende et le SDIS.\n")
    ex = extract(text, "2024-09-20")
    signed = [a for a in ex.activities if a.kind == "agreement"]
    assert signed and signed[0].date == "2024-09-16", [(a.kind, a.date) for a in ex.activities]


def test_the_links_listed_under_lire_aussi_are_other_pages_not_news(extract):
    text = ("Le préfet a reçu lundi à Mende M. Jean Torres, maire de Mende.\n\n"
            "Partager : Facebook | X\n\n"
            "Lire aussi\n"
            "› Feux de forêt : bilan d'une saison difficile\n"
            "› Recrutement de bénévoles : réunion d'information le 5 octobre à Langogne\n"
            "› Nouveaux véhicules pour les CIS du Gévaudan\n")
    ex = extract(text, "2024-09-20")
    assert [g.date for g in gatherings(ex)] == ["2024-09-16"], [(g.date, g.summary) for g in gatherings(ex)]
