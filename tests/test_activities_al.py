"""Activities, round al: a gathering led by those a pronoun's sentence names after it, a board elected
at an assembly, hearings listed by sitting, signatories for each side, releases dated each by its own line."""

from __future__ import annotations


def gatherings(extraction):
    return [a for a in extraction.activities + extraction.announcements if a.kind in {"meeting", "event", "agreement"}]


TRAINING = (
    "Bulletin de l'Association des polices alpines\n\n"
    "Du 9 au 12 juin 2025, l'Institut régional de sécurité publique (IRSP) accueillera à Grenoble le deuxième "
    "atelier international de formation de l'Association. Il sera animé par le commandant Luc Ferrand, instructeur "
    "à l'IRSP, et par l'inspectrice Sarah Benali du Service de police de Lyon. Trente places sont offertes.\n"
)


def test_those_a_pronoun_says_will_lead_the_gathering_told_before_take_part_in_it(extract):
    ex = extract(TRAINING, "2025-02-10")
    led = [g for g in gatherings(ex) if "Luc Ferrand" in g.people]
    assert led and led[0].date == "2025-06-09" and "Sarah Benali" in led[0].people
    assert len([g for g in gatherings(ex) if (g.date or "").startswith("2025-06") or "Sarah Benali" in g.people]) == 1


BOARD = (
    "Lettre de l'Alliance des écoles de gendarmerie\n\n"
    "ASSEMBLÉE 2025 : UN NOUVEAU BUREAU\n\n"
    "Réunis en assemblée générale les 8 et 9 octobre à Rabat (Maroc), à l'invitation de l'Institut royal de police, "
    "les délégués des 30 écoles membres de l'Alliance ont élu un nouveau bureau pour un mandat de deux ans.\n\n"
    "Le bureau se compose désormais comme suit :\n"
    "• Président : général Paul Lemaire, Gendarmerie royale (Belgique)\n"
    "• Vice-présidente : lieutenante-colonelle Awa Diallo, École de gendarmerie de Thiès (Sénégal)\n"
    "• Trésorier : M. Jonas Keller, Institut suisse de police\n\n"
    "Le lendemain de l'assemblée, le nouveau bureau a tenu sa première réunion, en présence de la secrétaire "
    "exécutive de l'Alliance, Mme Claire Morin.\n"
)
OFFICERS = ("Paul Lemaire", "Awa Diallo", "Jonas Keller")


def test_a_board_listed_line_by_line_after_its_election_is_one_hire_an_officer_on_the_assembly_day(extract):
    ex = extract(BOARD, "2025-10-30")
    hired = {p: h.date for h in ex.activities if h.kind == "hire" for p in h.people}
    for name in OFFICERS:
        assert (hired.get(name) or "").startswith("2025-10"), (name, hired)
    assembly = [g for g in gatherings(ex) if g.date == "2025-10-08"]
    assert assembly and set(OFFICERS) <= set(assembly[0].people)


def test_the_new_board_holding_its_first_sitting_is_the_officers_just_elected(extract):
    ex = extract(BOARD, "2025-10-30")
    sitting = [g for g in gatherings(ex) if "Claire Morin" in g.people]
    assert sitting and set(OFFICERS) <= set(sitting[0].people)


RELEASES = (
    "Police régionale des Vosges\n"
    "Accueil > Actualités > Communiqués\n\n"
    "Nomination d'une nouvelle cheffe à la compagnie de Saint-Dié\n"
    "14 mai 2025 | Compagnie de Saint-Dié\n\n"
    "Épinal – La Police régionale des Vosges annonce la nomination de la commandante Hélène Vautrin à titre de "
    "cheffe de la compagnie de Saint-Dié. En poste depuis le 5 mai, la commandante Vautrin succède au commandant "
    "Yves Grandjean, qui a pris sa retraite.\n\n"
    "-30-\n\n"
    "Lancement de la campagne « Sur la route, pas de téléphone »\n"
    "2 mai 2025 | Direction générale\n\n"
    "Nancy – La Police régionale des Vosges et l'Agence régionale de sécurité routière (ARSR) ont lancé mardi "
    "dernier, à Remiremont, la campagne de prévention « Sur la route, pas de téléphone ». Le lancement s'est tenu "
    "en présence du directeur de l'ARSR, M. Gilles Perrin.\n\n"
    "-30-\n"
)


def test_an_appointment_told_without_a_day_takes_the_day_its_appointee_is_in_post_since(extract):
    ex = extract(RELEASES, "2025-05-20")
    hire = [h for h in ex.activities if h.kind == "hire" and "Hélène Vautrin" in h.people]
    assert hire and hire[0].date == "2025-05-05"


def test_a_weekday_last_counts_back_from_the_date_line_of_its_own_release_on_a_page_of_several(extract):
    ex = extract(RELEASES, "2025-05-20")
    launch = [g for g in gatherings(ex) if "Gilles Perrin" in g.people]
    assert launch and launch[0].date == "2025-04-29"


HEARINGS = (
    "Sénat de Belgique\n\n"
    "RAPPORT FAIT AU NOM DE LA COMMISSION DE LA JUSTICE\n\n"
    "I. — PROCÉDURE\n\n"
    "Au cours de ses réunions des 3 et 10 mars 2025, votre commission a procédé à des auditions consacrées à la "
    "surpopulation carcérale.\n\n"
    "Ont été entendus:\n"
    "— le 3 mars 2025: M. Bruno Lefèvre, directeur général des établissements pénitentiaires, et Mme Ilse Wouters, "
    "directrice de la prison de Haren;\n"
    "— le 10 mars 2025: M. Marc Dewitte, président du Conseil central de surveillance pénitentiaire, accompagné de "
    "Mme Sofia Benali, juriste.\n\n"
    "II. — DISCUSSION\n\n"
    "Lors de la réunion du 3 mars 2025, Mme Anke Claes (CD&V) demande combien de places seront créées.\n\n"
    "Lors de la réunion du 10 mars 2025, M. Paul Gérard (Ecolo) interroge le président du Conseil central.\n"
)


def test_hearings_listed_by_sitting_are_one_meeting_a_sitting_with_its_own_people(extract):
    ex = extract(HEARINGS, "2025-03-31")
    by_day = {g.date: set(g.people) for g in gatherings(ex)}
    assert {"Bruno Lefèvre", "Ilse Wouters"} <= by_day.get("2025-03-03", set())
    assert {"Marc Dewitte", "Sofia Benali"} <= by_day.get("2025-03-10", set())
    assert "Marc Dewitte" not in by_day.get("2025-03-03", set())


def test_a_sitting_recalled_by_its_day_takes_the_members_who_spoke_at_it(extract):
    ex = extract(HEARINGS, "2025-03-31")
    by_day = {}
    for g in gatherings(ex):
        by_day.setdefault(g.date, []).append(set(g.people))
    assert len(by_day.get("2025-03-03", [])) == 1 and "Anke Claes" in by_day["2025-03-03"][0]
    assert len(by_day.get("2025-03-10", [])) == 1 and "Paul Gérard" in by_day["2025-03-10"][0]
