"""Gatherings announced over a list of dated lines (a sentence on what a body will hold, closing on a colon, then
« • 6 octobre : Mont-Laurier, … »): one a line, to come, of the body that sentence names, in the town its line gives
first (issue 8)."""

from __future__ import annotations

TOUR = ("Le Comité de protection des lacs des Hautes-Laurentides a vu le jour au printemps.\n\nConsultations\n\n"
        "Avant de rendre son avis, le Comité tiendra des consultations publiques aux endroits suivants :\n\n"
        "• 6 octobre : Mont-Laurier (Qc), aréna du centre-ville\n"
        "• 9 octobre : Rivière-Rouge, salle paroissiale\n")


def test_each_dated_line_of_an_announced_list_is_a_gathering_to_come_in_its_town(extract):
    ex = extract(TOUR, "2025-09-02")
    listed = {a.date: a for a in ex.activities + ex.announcements if a.date in {"2025-10-06", "2025-10-09"}}
    assert set(listed) == {"2025-10-06", "2025-10-09"}, ex.activities
    assert listed["2025-10-06"].place == "Mont-Laurier" and listed["2025-10-09"].place == "Rivière-Rouge"
    committee = "Comité de protection des lacs des Hautes-Laurentides"
    assert all(a.organizations == [committee] for a in listed.values()), listed
    assert all(a.status == "planned" for a in listed.values())


def test_dated_lines_under_a_sentence_told_as_done_stay_held(extract):
    ex = extract("Le Comité de protection des lacs des Hautes-Laurentides a déjà rencontré les riverains à deux "
                 "reprises :\n\n• 6 octobre : Mont-Laurier\n• 9 octobre : Rivière-Rouge\n", "2025-11-20")
    assert all(a.status == "held" for a in ex.activities), ex.activities
