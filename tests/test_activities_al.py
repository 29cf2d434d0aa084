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
