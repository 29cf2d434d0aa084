"""Activities told across the sections of one page: a day counted from the section above,
signings of other days, hires, announced sessions."""

from __future__ import annotations


def gatherings(extraction):
    return [a for a in extraction.activities if a.kind in {"meeting", "event", "agreement"}]


def test_the_next_day_under_a_heading_counts_from_the_section_above(extract):
    text = ("Le conseil des maires de la vallée s'est réuni jeudi 6 mars 2025 à Villemont, en présence de Paul Lenoir, "
            "maire de Villemont, et de Mme Agathe Roux, préfète du Haut-Var.\n\n"
            "Atelier sur la vidéoprotection\n\n"
            "Le lendemain, un atelier a réuni à Sainte-Anne M. Jean Vasseur, directeur de la police municipale de "
            "Sainte-Anne, et Mme Lucie Marin, directrice de l'Agence régionale de santé.\n")
    ex = extract(text, "2025-03-10")
    workshop = next(a for a in gatherings(ex) if "Lucie Marin" in a.people)
    assert workshop.date == "2025-03-07"
