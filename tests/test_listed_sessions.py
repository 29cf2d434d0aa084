"""Gatherings announced over a list of dated lines (« Les séances auront lieu aux dates suivantes : • 14 avril :
Gaspé, … »): one each, to come, of the body the list's sentence recalls, in the town the line names (issue 8)."""

from __future__ import annotations

TOUR = ("La ministre a nommé Mme Julie Roy à la Commission de déontologie des Laurentides.\n\nTournée\n\n"
        "La Commission entreprendra cet automne une tournée régionale. Les audiences publiques auront lieu aux "
        "dates suivantes, à 19 h :\n\n"
        "• 6 octobre : Mont-Laurier (Qc), salle des Chevaliers\n"
        "• 9 octobre : Saint-Jérôme (Qc), Centre culturel Marie-Paule\n")


def test_each_dated_line_of_an_announced_list_is_a_gathering_to_come_in_its_town(extract):
    ex = extract(TOUR, "2025-09-02")
    listed = {a.date: a for a in ex.activities + ex.announcements if a.date in {"2025-10-06", "2025-10-09"}}
    assert set(listed) == {"2025-10-06", "2025-10-09"}, ex.activities
    assert listed["2025-10-06"].place == "Mont-Laurier" and listed["2025-10-09"].place == "Saint-Jérôme"
    assert all(a.organizations == ["Commission de déontologie des Laurentides"] for a in listed.values()), listed
    assert all(a.status == "planned" for a in listed.values())


def test_dated_lines_under_a_sentence_told_as_done_stay_held(extract):
    ex = extract("La Commission de déontologie des Laurentides a tenu ses audiences aux dates suivantes :\n\n"
                 "• 6 octobre : Mont-Laurier (Qc)\n• 9 octobre : Saint-Jérôme (Qc)\n", "2025-11-20")
    assert all(a.status == "held" for a in ex.activities), ex.activities
