"""A gathering told as scheduled (« est prévue », « sont prévues ») is coming: it is planned,
and a day without a year falls on its next occurrence, not in the past year."""

from __future__ import annotations

from datetime import date

import pytest

from reseau.extract.document import extract_text
from tests.conftest import gatherings


@pytest.mark.parametrize("sentence, published, expected", [
    ("Une réunion des bailleurs du programme, coordonnée par l'Union européenne, est prévue à Sfax le 21 novembre.",
     date(2024, 11, 8), "2024-11-21"),
    ("Deux sessions de formation de l'Institut national de criminologie sont prévues à Liège le 3 février.",
     date(2023, 12, 15), "2024-02-03"),
])
def test_a_scheduled_gathering_is_coming(sentence, published, expected, nlp):
    extraction = extract_text(sentence, published=published)
    told = [a for a in gatherings(extraction) if a.date == expected]
    assert told and all(a.status == "planned" for a in told), [(a.date, a.status) for a in gatherings(extraction)]


def test_a_gathering_once_scheduled_and_held_is_past(nlp):
    extraction = extract_text("La réunion des bailleurs de l'Union européenne, prévue le 21 octobre, s'est tenue à Sfax "
                              "en présence du ministre de l'Intérieur.", published=date(2024, 11, 8))
    assert [a.date for a in gatherings(extraction)] == ["2024-10-21"]
