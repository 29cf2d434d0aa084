"""Activities in forms of the own-aq texts (a research centre's monthly letter, a parliamentary committee's
news, a ministry's communiqué, a principality's police news, a provincial news release), in sentences of
our own (issue 8)."""

from __future__ import annotations


def gatherings(extraction):
    return [a for a in extraction.activities + extraction.announcements if a.kind in {"meeting", "event", "agreement"}]


def test_staff_welcomed_into_the_team_are_hired_one_by_one(extract):
    ex = extract("Le 4 mars, l'Observatoire régional de la sécurité a accueilli au sein de son équipe Paul Mercier, "
                 "géographe, et Léa Dubuisson, statisticienne.", "2024-04-02")
    hires = [a for a in ex.activities if a.kind == "hire"]
    assert sorted(h.people[0] for h in hires if len(h.people) == 1) == ["Léa Dubuisson", "Paul Mercier"], hires
    assert {h.date for h in hires} == {"2024-03-04"}
    assert not gatherings(ex)


def test_a_monthly_letter_dates_its_items_by_weekday_and_day(extract):
    ex = extract("LETTRE DE FÉVRIER 2024\n\nJeudi le 8, à Lyon, Nadia Ferrand, directrice de l'Observatoire régional "
                 "de la sécurité, s'est entretenue avec M. Hugo Besson, maire de Vénissieux.\n\nLe 22, Mme Carla "
                 "Nuñez, présidente de la Fondation Horizon, a rencontré notre équipe à Lyon pour présenter ses "
                 "projets.", "2024-03-05")
    assert {"2024-02-08", "2024-02-22"} <= {g.date for g in gatherings(ex)}, gatherings(ex)


SITTING = ("Lundi 2 février 2026, la Commission des Finances, présidée par M. Paul Hoffmann, a auditionné le "
           "ministre du Budget, M. Luc Wagner, sur le projet de budget rectificatif.\n\nLa prochaine réunion de la "
           "commission se tiendra le mercredi 18 février à 10h00. Elle sera consacrée à un échange avec Mme Anne "
           "Dupuis, présidente du Sénat belge.")


def test_the_next_meeting_of_the_committee_is_the_committees_and_what_it_is_given_to_completes_it(extract):
    ex = extract(SITTING, "2026-02-03")
    planned = [g for g in gatherings(ex) if g.date == "2026-02-18"]
    assert len(planned) == 1, gatherings(ex)
    assert "Anne Dupuis" in planned[0].people and "Commission des Finances" in planned[0].organizations, planned
    assert "Ministère du Budget" not in planned[0].organizations, planned
    assert not [g for g in gatherings(ex) if g.date is None], gatherings(ex)


def test_the_one_who_announces_an_appointment_is_not_appointed(extract):
    ex = extract("Paul Gendron, ministre de la Sécurité publique, a annoncé jeudi à Rimouski la nomination de Me "
                 "Julie Caron à la tête du Comité de déontologie policière.", "2026-03-10")
    hires = [a for a in ex.activities if a.kind == "hire"]
    assert hires and all(h.people == ["Julie Caron"] for h in hires), hires
