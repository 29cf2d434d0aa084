"""Activities in forms of the own-an texts (a regional daily's report on a gendarmerie tour, a town council's
minutes, a commune's prevention-plan page, a press agency's dispatch on customs, an institute's seminar page), in
sentences of our own (issue 8)."""

from __future__ import annotations


def gatherings(extraction):
    return [a for a in extraction.activities + extraction.announcements if a.kind in {"meeting", "event", "agreement"}]


def hires(extraction) -> dict[str, str | None]:
    return {p: h.date for h in extraction.activities if h.kind == "hire" for p in h.people}


def test_a_day_and_month_followed_by_prochain_is_the_next_one_whatever_the_tense(extract):
    ex = extract("Interrogé par notre rédaction, le colonel Alain Dubreuil, commandant du groupement de gendarmerie "
                 "de Nérac, a annoncé une réunion de coordination avec l'ensemble des commandants de brigade du "
                 "groupement, prévue le 20 mars prochain à Nérac.", "2025-03-05")
    dates = {g.date for g in gatherings(ex)}
    assert "2025-03-20" in dates and "2024-03-20" not in dates, dates
    ex = extract("Le colonel Alain Dubreuil, commandant du groupement de gendarmerie de Nérac, a reçu le 20 février "
                 "dernier le maire de Lavardac, M. Paul Sarrazin.", "2025-03-05")
    assert {g.date for g in gatherings(ex)} == {"2025-02-20"}


def test_staff_engaged_together_and_taking_office_on_a_day_are_each_hired_on_that_day(extract):
    ex = extract("Le service de médiation s'est renforcé : deux nouvelles éducatrices de rue, Chloé Marchal et "
                 "Inès Lambotte, ont été engagées par le Collège communal et sont entrées en fonction le 2 septembre.",
                 "2025-09-20")
    hired = [h for h in ex.activities if h.kind == "hire"]
    assert {tuple(h.people) for h in hired} == {("Chloé Marchal",), ("Inès Lambotte",)}, hired
    assert {h.date for h in hired} == {"2025-09-02"}


def test_the_one_who_decides_an_appointment_is_not_the_one_the_pronoun_before_it_recalls(extract):
    ex = extract("La nouvelle caserne sera commandée par le lieutenant Paul Kamano, jusque-là adjoint au chef du "
                 "peloton de Boké. Il a été nommé commandant de la caserne par décision du Directeur général de la "
                 "Protection civile, le colonel Moussa Camara, en date du 5 mars 2025.", "2025-03-20")
    assert hires(ex) == {"Paul Kamano": "2025-03-05"}


def test_a_letter_received_and_filed_in_minutes_is_mail_not_a_meeting(extract):
    ex = extract("5. CORRESPONDANCE\n5.1 Lettre du ministère de la Sécurité publique du Québec concernant le "
                 "programme d'aide aux policiers – reçue et classée.\n", "2025-03-10")
    assert not gatherings(ex)
    ex = extract("Le 4 mars, la mairesse Annie Bouchard a reçu à l'hôtel de ville la directrice du Centre de services "
                 "scolaire des Pins, Mme Julie Ouellet.", "2025-03-10")
    assert gatherings(ex)


def test_a_signing_at_the_sitting_under_a_heading_of_its_own_takes_the_sitting_s_day(extract):
    ex = extract("Le conseil de prévention de la commune s'est réuni mardi dernier à l'hôtel de ville. Présidée par "
                 "l'échevine de la Jeunesse, Martine Delvaux, la réunion a permis de faire le bilan de l'année.\n\n"
                 "Un partenariat signé avec la police\n"
                 "Point fort de la séance : la signature de la convention de partenariat entre la Commune et la zone de "
                 "police Meuse-Ardenne. Le document, paraphé par le bourgmestre, Didier Lallemand, et par le commissaire "
                 "divisionnaire Luc Marchal, prévoit des patrouilles communes.\n", "2025-10-20")
    signed = [a for a in ex.activities if a.kind == "agreement"]
    assert signed and signed[0].date == "2025-10-14", signed
    assert {"Didier Lallemand", "Luc Marchal"} <= set(signed[0].people)


def test_an_interview_on_the_next_day_with_authorities_named_after_is_a_meeting_of_its_own(extract):
    ex = extract("Le 3 mars, le colonel Alain Dubreuil, commandant du groupement de gendarmerie de Nérac, a inauguré "
                 "la caserne de Lavardac.\n\nLe lendemain, à Casteljaloux, le colonel Dubreuil a eu un entretien avec "
                 "les autorités municipales et les responsables des comités de quartier. À la tête de la délégation "
                 "municipale, le directeur général des services de la mairie de Casteljaloux, M. Henri Lacoste, a "
                 "demandé davantage de patrouilles.", "2025-03-10")
    met = [g for g in gatherings(ex) if g.date == "2025-03-04"]
    assert met and {"Alain Dubreuil", "Henri Lacoste"} <= set(met[0].people), gatherings(ex)
