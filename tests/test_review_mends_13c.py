"""The review's mends of round 13 for the forms of own-as (sections under subheadings, attendance
participles, a former post, a body's chair, a gathering announced by no one), in sentences of our own:
each says where a new rule must not read (issue 8)."""

from __future__ import annotations

from tests.conftest import gatherings


def test_a_post_someone_else_held_is_no_former_post_of_the_appointee(extract):
    ex = extract("Le 10 mars 2025, Mme Anne Roy a été nommée directrice du Centre hospitalier de Laval. Le 12 mars 2025, "
                 "M. Paul Martin a pris ses fonctions de directeur adjoint du Centre hospitalier de Laval, poste "
                 "qu'occupait M. Luc Girard.", "2025-03-14")
    assert "2025-03-12" in {a.date for a in ex.activities if a.kind == "hire"}, ex.activities


def test_a_section_on_another_matter_does_not_join_the_gathering_above(extract):
    ex = extract("Visite du ministre à Kaya\n\nLe 10 mars 2025, le ministre de la Sécurité a rencontré les chefs "
                 "coutumiers à Kaya.\n\nRecrutement de volontaires\n\nLes participants au recrutement sont attendus à "
                 "la direction régionale de la police de Ouahigouya, avec le capitaine Issa Ouédraogo.\n", "2025-03-14")
    assert not [g for g in gatherings(ex) if g.date == "2025-03-10" and "Issa Ouédraogo" in g.people], gatherings(ex)
    ex = extract("Forum de la jeunesse\n\nLe 8 mars 2025, la Ville de Sion a tenu son forum de la jeunesse.\n\nTravaux à "
                 "la gare\n\nLes travaux sont réalisés par les CFF. Étaient présents lors du lancement M. Paul Roy et "
                 "Mme Anne Favre.\n", "2025-03-14")
    assert not [g for g in gatherings(ex) if g.date == "2025-03-08" and "Paul Roy" in g.people], gatherings(ex)


def test_an_officer_surrounded_by_his_men_holds_no_meeting(extract):
    ex = extract("Le 10 mars 2025, le commissaire Paul Martin, entouré de ses hommes, a démantelé un réseau de "
                 "trafiquants à Abidjan.", "2025-03-14")
    assert not gatherings(ex), gatherings(ex)


def test_a_meeting_of_others_announced_is_not_the_publishers(extract):
    ex = extract("ABIDJAN, le 14 mars 2025 – La Police nationale a saisi deux tonnes de cannabis. La Police nationale "
                 "remercie la population.\n\nUne réunion entre syndicats et patronat aura lieu le 2 avril à Abidjan.",
                 "2025-03-14")
    assert not [g for g in gatherings(ex) if "Police nationale" in g.organizations and g.date == "2025-04-02"], gatherings(ex)
    ex = extract("ABIDJAN, le 14 mars 2025 – La Police nationale a saisi deux tonnes de cannabis. La Police nationale "
                 "remercie la population.\n\nUne réunion de l'équipe du projet aura lieu le 2 avril à Abidjan.",
                 "2025-03-14")
    assert not [g for g in gatherings(ex) if "Police nationale" in g.organizations and g.date == "2025-04-02"], gatherings(ex)


def test_a_sitting_held_on_its_day_with_its_chair_told_in_the_imperfect_is_a_meeting(extract):
    ex = extract("Le conseil communautaire, réuni le 10 mars 2025 à Namur, était présidé par M. Paul Dupont.", "2025-03-14")
    assert [g for g in gatherings(ex) if g.date == "2025-03-10"], gatherings(ex)
