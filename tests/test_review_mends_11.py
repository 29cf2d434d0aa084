"""What the review of round 11 found the new rules misread in ordinary French, in sentences of our own (issue 8)."""

from __future__ import annotations


def hires(extraction):
    return [a for a in extraction.activities if a.kind == "hire"]


def test_working_inside_an_investigation_team_is_no_hire(extract):
    ex = extract("La commissaire Ana Ribeiro, qui a passé huit ans au sein de l'équipe cynophile de la gendarmerie de "
                 "Tarbes, a rencontré le substitut du procureur, Hugo Lenoir.", "2025-05-02")
    assert not hires(ex), ex.activities
    assert any({"Ana Ribeiro", "Hugo Lenoir"} <= set(a.people) for a in ex.activities), ex.activities


def test_an_appointment_noun_beside_a_passive_appointment_keeps_the_one_appointed(extract):
    ex = extract("Sophie Barre a été nommée directrice de la police municipale de Tarbes, après la nomination de "
                 "Louis Carrel à la tête de la police municipale de Pau.", "2025-05-02")
    assert any("Sophie Barre" in h.people for h in hires(ex)), ex.activities


def test_what_an_announced_meeting_is_given_to_is_no_participant(extract):
    ex = extract("Une réunion de suivi aura lieu le 12 juin à Tarbes. Elle sera consacrée au bilan des contrôles "
                 "menés par la gendarmerie nationale et les douanes.", "2025-05-02")
    assert all("Gendarmerie nationale" not in a.organizations for a in ex.activities + ex.announcements), ex.activities


def test_a_count_after_a_weekday_leaves_the_weekday_its_day(extract):
    ex = extract("Samedi, 14 personnes ont été interpellées à Tarbes. Le préfet des Hautes-Pyrénées, Marc Tison, a "
                 "rencontré le maire de Tarbes, Julie Vidal.", "2025-05-07")
    assert {a.date for a in ex.activities if a.kind == "meeting"} <= {"2025-05-03", None}, ex.activities
