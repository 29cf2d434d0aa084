"""Date expressions and how they are placed in time (no language model needed)."""

from __future__ import annotations

from datetime import date

import pytest

from reseau.extract.calendar import When, resolve
from reseau.extract.dates import find_dates

PUBLISHED = date(2022, 6, 1)


def one(text: str):
    found = find_dates(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, expected", [
    ("Mardi, le 17 mai, à Lyon", "2022-05-17"),       # the year where 17 May is a Tuesday
    ("Jeudi 17 mai, à Lyon", "2018-05-17"),            # a Thursday: 2018, the nearest such year
    ("Le 12 avril matin, la rencontre", "2022-04-12"),
    ("du 16 au 20 mai à Genève", "2022-05-16"),
    ("les 3 et 4 juin 2019 à Dakar", "2019-06-03"),
    ("En janvier 2022, l'équipe", "2022-01"),
    ("En début janvier, l'équipe", "2022-01"),
    ("Durant le mois de mai, la directrice", "2022-05"),
    ("Le 11 décembre, le Réseau", "2021-12-11"),      # latest not after publication
    ("publié ce mois-ci", "2022-06"),
    ("le mois dernier", "2022-05"),
    ("la semaine dernière", "2022-05-23"),            # the Monday of the week before
    ("en 2019", "2019"),
])
def test_dates_against_the_publication_date(text, expected):
    when = resolve(one(text), PUBLISHED, None, None)
    assert when is not None and when.iso() == expected


def test_a_coming_date_is_the_next_one():
    assert resolve(one("le colloque se tiendra le 12 mars"), PUBLISHED, None, None, future=True).iso() == "2023-03-12"


def test_next_day_and_weekday_follow_the_previous_date():
    tuesday = When(date(2024, 2, 13), "day")
    assert resolve(one("Le lendemain, il a rencontré"), None, tuesday, None).iso() == "2024-02-14"
    assert resolve(one("Vendredi, à Lille"), None, tuesday, None).iso() == "2024-02-16"


def test_a_year_written_elsewhere_in_the_text_counts():
    # Published in 2024, but the text speaks of 2022: « le 11 mars » is 2022-03-11.
    assert resolve(one("Le 11 mars, le Réseau"), date(2024, 2, 20), None, 2022).iso() == "2022-03-11"
    # Without a publication date, the text's year is all there is.
    assert resolve(one("Le 11 mars, le Réseau"), None, None, 2022).iso() == "2022-03-11"
    assert resolve(one("Le 11 mars, le Réseau"), None, None, None) is None


def test_numbers_that_are_not_dates():
    assert find_dates("la programmation stratégique 2021-2023 et ses 116 membres") == []
