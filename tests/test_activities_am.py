"""Activities, round am: magistrates installed at a hearing after « nommés par décret du … : » hired each on the
decree's day, a solemn hearing one event with the guests listed under « Assistaient notamment à … : »."""

from __future__ import annotations


def gatherings(extraction):
    return [a for a in extraction.activities + extraction.announcements if a.kind in {"meeting", "event", "agreement"}]


INSTALLED = (
    "Tribunal judiciaire de Valence\n\n"
    "Audience solennelle 2025\n\n"
    "L'audience solennelle du tribunal judiciaire de Valence s'est tenue le lundi 13 janvier 2025 à 10 heures, "
    "sous la présidence de M. Gilles Aubert, président du tribunal, et en présence de Mme Odile Fabre, procureure "
    "de la République.\n\n"
    "Au cours de cette audience ont été installés les magistrats nommés par décret du Président de la République "
    "du 4 novembre 2024 :\n"
    "- Mme Pauline Girod, vice-présidente, précédemment juge au tribunal judiciaire de Privas ;\n"
    "- M. Hugo Lemaire et Mme Inès Carvalho, respectivement juge et substitut du procureur ;\n"
    "- M. Bastien Roche, juge des contentieux de la protection.\n\n"
    "Le président a rappelé l'activité du tribunal en 2024.\n"
)
APPOINTED = ("Pauline Girod", "Hugo Lemaire", "Inès Carvalho", "Bastien Roche")


def test_magistrates_installed_after_a_decree_s_colon_are_hired_each_on_the_decree_s_day(extract):
    ex = extract(INSTALLED, "2025-01-15")
    hired = {p: h.date for h in ex.activities if h.kind == "hire" for p in h.people}
    for name in APPOINTED:
        assert hired.get(name) == "2024-11-04", (name, hired)
    assert not [g for g in gatherings(ex) if g.date == "2024-11-04"]
