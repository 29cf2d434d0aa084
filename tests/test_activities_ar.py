"""Activities in forms of the own-ar texts (a daily's report of a handover ceremony, a federal police
release, a university school's news page, a gendarmerie's social-media post, a departmental council's
page), in sentences of our own (issue 8)."""

from __future__ import annotations


def _gatherings(ex) -> list:
    return [a for a in ex.activities if a.kind in {"meeting", "event"}]


def test_those_listed_after_en_presence_and_a_colon_attended_the_ceremony(extract):
    text = ("C'est dans la sobriété que s'est déroulée, hier mardi, au siège de la Délégation générale à la "
            "Sûreté nationale à Yaoundé, la cérémonie de passation de service entre le commissaire Paul Ekambi, "
            "directeur sortant, et son successeur, le commissaire Jean Mbarga.\n\n"
            "La cérémonie était présidée par le Délégué général, M. Martin Nkoulou, en présence :\n"
            "- de M. Alain Fotso, préfet du Mfoundi ;\n"
            "- du colonel Thomas Essomba, commandant de la Légion de gendarmerie du Centre ;\n"
            "- ainsi que de nombreux officiers.\n")
    ex = extract(text, "2025-05-07")
    held = _gatherings(ex)
    assert len(held) == 1
    assert {"Paul Ekambi", "Jean Mbarga", "Martin Nkoulou", "Alain Fotso", "Thomas Essomba"} <= set(held[0].people)


def test_a_list_opened_by_en_presence_de_joins_the_inauguration(extract):
    text = ("Le 14 octobre, le maire de Villeneuve-sur-Lot, Mme Claire Dumas, a inauguré le nouveau poste de "
            "police municipale, en présence de :\n"
            "• M. Henri Latour, sous-préfet de Villeneuve-sur-Lot ;\n"
            "• Mme Sonia Bel, procureure de la République d'Agen.\n")
    ex = extract(text, "2024-10-16")
    held = _gatherings(ex)
    assert len(held) == 1
    assert {"Claire Dumas", "Henri Latour", "Sonia Bel"} <= set(held[0].people)

