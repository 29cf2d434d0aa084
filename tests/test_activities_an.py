"""Activities in forms of the own-an texts (a regional daily's report on a gendarmerie tour, a town council's
minutes, a commune's prevention-plan page, a press agency's dispatch on customs, an institute's seminar page), in
sentences of our own (issue 8)."""

from __future__ import annotations


def gatherings(extraction):
    return [a for a in extraction.activities + extraction.announcements if a.kind in {"meeting", "event", "agreement"}]


def hires(extraction) -> dict[str, str | None]:
    return {p: h.date for h in extraction.activities if h.kind == "hire" for p in h.people}


def test_a_day_and_month_followed_by_prochain_is_the_next_one_whatever_the_tense(extract):
    ex = extract("La directrice de la maison d'arrêt de Montluel, Odile Rachet, a convoqué tous les surveillants "
                 "à une assemblée du personnel, le 14 avril prochain, dans le réfectoire.", "2025-04-02")
    dates = {g.date for g in gatherings(ex)}
    assert "2025-04-14" in dates and "2024-04-14" not in dates, dates
    ex = extract("C'est le 8 mars dernier que la directrice de la maison d'arrêt de Montluel, Odile Rachet, a "
                 "accueilli le sous-préfet de Gex, Bruno Tessier.", "2025-04-02")
    assert {g.date for g in gatherings(ex)} == {"2025-03-08"}


def test_staff_engaged_together_and_taking_office_on_a_day_are_each_hired_on_that_day(extract):
    ex = extract("À la bibliothèque de Florival, Noémie Parmentier et Zoé Hanquet ont été engagées comme "
                 "animatrices par la régie communale et sont entrées en fonction le 16 juin.", "2025-07-01")
    hired = [h for h in ex.activities if h.kind == "hire"]
    assert {tuple(h.people) for h in hired} == {("Noémie Parmentier",), ("Zoé Hanquet",)}, hired
    assert {h.date for h in hired} == {"2025-06-16"}


def test_the_one_who_decides_an_appointment_is_not_the_one_the_pronoun_before_it_recalls(extract):
    ex = extract("Le centre de secours de Pita a désormais à sa tête le sergent-chef Yves Tolno, qui secondait "
                 "auparavant le chef du poste de Dalaba. Il a été nommé à ce poste le 12 janvier 2025 par décision "
                 "de la directrice nationale de la Protection civile, Mme Odette Loua.", "2025-02-03")
    assert hires(ex) == {"Yves Tolno": "2025-01-12"}


def test_a_letter_received_and_filed_in_minutes_is_mail_not_a_meeting(extract):
    ex = extract("8. COURRIER\n8.2 Courriel de la Fédération des municipalités rurales au sujet de la formation "
                 "des premiers répondants – reçu et classé.\n", "2025-02-14")
    assert not gatherings(ex)
    ex = extract("La présidente de la chambre d'agriculture, Mme Sandrine Ollier, a été reçue le 11 février par le "
                 "maire de Saint-Jovite, Rémi Vachon, à l'hôtel de ville.", "2025-02-14")
    assert gatherings(ex)


def test_a_signing_at_the_sitting_under_a_heading_of_its_own_takes_the_sitting_s_day(extract):
    ex = extract("Mercredi dernier, la commission de sécurité routière s'est réunie au centre administratif, sous "
                 "la présidence de l'échevine de la Mobilité, Rosalie Detry, pour examiner les abords des écoles.\n\n"
                 "Un accord avec les transports en commun\n"
                 "À l'issue de la réunion, un protocole de collaboration liant la Ville à la société de transport "
                 "a été signé par le bourgmestre, Gaëtan Moureau, et par la directrice régionale, Sophie "
                 "Lhermitte.\n", "2025-10-20")
    signed = [a for a in ex.activities if a.kind == "agreement"]
    assert signed and signed[0].date == "2025-10-15", signed
    assert {"Gaëtan Moureau", "Sophie Lhermitte"} <= set(signed[0].people)


def test_an_interview_on_the_next_day_with_authorities_named_after_is_a_meeting_of_its_own(extract):
    ex = extract("Le 9 juin, la commissaire Agnès Morvan, directrice départementale de la sécurité publique, a "
                 "visité le commissariat de Lannion.\n\nLe lendemain, à Paimpol, la commissaire Morvan a eu une "
                 "entrevue avec les élus et les représentants des commerçants. Le directeur de cabinet de la "
                 "mairie de Paimpol, M. Erwan Le Goff, a réclamé un poste de police en été.", "2025-06-16")
    met = [g for g in gatherings(ex) if g.date == "2025-06-10"]
    assert met and {"Agnès Morvan", "Erwan Le Goff"} <= set(met[0].people), gatherings(ex)
