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
    ex = extract("Les maires du secteur participeront le 12 juin à Tarbes à une réunion de suivi. Celle-ci sera "
                 "consacrée au bilan des contrôles menés par la gendarmerie nationale et les douanes.", "2025-05-02")
    assert all("Gendarmerie nationale" not in a.organizations for a in ex.activities + ex.announcements), ex.activities


def test_a_count_after_a_weekday_leaves_the_weekday_its_day(extract):
    ex = extract("Samedi, 14 personnes ont été interpellées à Tarbes. Le préfet des Hautes-Pyrénées, Marc Tison, a "
                 "rencontré le maire de Tarbes, Julie Vidal.", "2025-05-07")
    assert {a.date for a in ex.activities if a.kind == "meeting"} <= {"2025-05-03", None}, ex.activities


def test_a_rule_starting_on_a_day_does_not_date_the_meeting_about_it(extract):
    ex = extract("Le ministre de l'Intérieur, Paul Vernet, a tenu une réunion avec les préfets à Tarbes sur le nouveau "
                 "dispositif de contrôle applicable à compter du 1er juillet.", "2025-05-02")
    assert ex.activities and all(a.date is None for a in ex.activities), ex.activities


def test_a_pluperfect_day_does_not_split_the_day_told(extract):
    ex = extract("Le ministre de l'Intérieur, Paul Vernet, a rencontré mardi à Tarbes le maire, Julie Vidal. Le plan de "
                 "vidéoprotection avait été adopté le 12 mars 2024 par le conseil municipal. Accompagné du préfet Marc "
                 "Tison, le ministre a ensuite visité le commissariat central.", "2025-05-02")
    assert all(a.date != "2024-03-12" for a in ex.activities), ex.activities


def test_one_who_has_just_joined_a_body_keeps_it_for_the_hire(extract):
    ex = extract("Le commissaire Jean Morel, qui vient de rejoindre la Direction départementale de la sécurité publique "
                 "du Gers, a été nommé chef de la Sûreté départementale.", "2025-05-02")
    assert any("Sûreté départementale" in h.organizations for h in hires(ex)), ex.activities


def test_the_speaker_of_a_first_person_designation_is_not_appointed(extract):
    ex = extract("Nous avons désigné une juriste référente pour les victimes, a déclaré la directrice de "
                 "l'association Aide Victimes 65, Sandrine Lafont.", "2025-05-02")
    assert not hires(ex), ex.activities


def test_a_region_presidents_name_after_the_region_is_a_person(extract):
    ex = extract("Le président de la Région Paul Morand a rencontré mardi le préfet des Hautes-Pyrénées à Tarbes.",
                 "2025-05-02")
    assert "Paul Morand" in {p.name for p in ex.people}
