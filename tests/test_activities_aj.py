"""Activities, round aj: appointments dated by the sitting or the gathering that made them, and
a start of duty dating an appointment told without any other day."""

from __future__ import annotations


def hires(extraction):
    return [a for a in extraction.activities if a.kind == "hire"]


def test_an_appointment_at_todays_sitting_takes_the_day_of_the_news_not_the_start_of_duty(extract):
    text = ("Lors de sa séance de ce jour, le Conseil exécutif a nommé Mme Odile Varenne en qualité de "
            "directrice du service cantonal des migrations, dès le 1er juillet 2024.")
    ex = extract(text, "2024-04-17")
    found = [h for h in hires(ex) if "Odile Varenne" in h.people]
    assert found and found[0].date == "2024-04-17"


def test_an_appointment_told_only_with_its_effect_date_takes_that_date(extract):
    text = ("L'Union informe ses membres de la nomination de M. Rémi Faucheux au poste de secrétaire "
            "général adjoint, avec effet au 1er février 2024.")
    ex = extract(text, "2024-03-20")
    found = [h for h in hires(ex) if "Rémi Faucheux" in h.people]
    assert found and (found[0].date or "").startswith("2024-02")


def test_the_councils_other_appointments_of_the_news_are_made_at_the_same_sitting(extract):
    text = ("Lors de sa séance de ce jour, le Conseil exécutif a nommé Mme Odile Varenne en qualité de "
            "directrice du service cantonal des migrations.\n\n"
            "Commission cantonale de l'intégration\n\n"
            "Sur proposition du département, le Conseil exécutif a désigné M. Bruno Kessler, juriste, et "
            "Mme Ana Duarte, enseignante, respectivement président et vice-présidente de la commission "
            "cantonale de l'intégration.\n")
    ex = extract(text, "2024-04-17")
    dated = {p: h.date for h in hires(ex) for p in h.people}
    assert dated.get("Bruno Kessler") == "2024-04-17" and dated.get("Ana Duarte") == "2024-04-17"
