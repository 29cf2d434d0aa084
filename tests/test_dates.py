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
    ("Réunie le 14/05, la commission", "2022-05-14"),  # day and month in figures, no year
    ("le mardi 24/05 à 20 h", "2022-05-24"),
    ("se réunira au cours du second semestre 2023", "2023"),  # a half-year: the year is what one can say
    ("au premier trimestre 2024", "2024"),
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


@pytest.mark.parametrize("text, expected", [
    ("Passé | 07/11/2017 Atelier sur la médiation", "2017-11-07"),
    ("Publié le 05-04-2021", "2021-04-05"),
    ("ce vendredi 9 juin 2017, à Tours", "2017-06-09"),
    ("Le 1er mars 2016.", "2016-03-01"),
    ("en milieu de semaine dernière, la ministre", "2022-05-23"),
    ("Lors de ses réunions des 4 et 18 avril, le conseil", "2022-04"),  # two sittings: the month
    ("Les 8 et 9 avril, la fédération", "2022-04-08"),                 # two days running: the first
    ("à l'automne 2021, un colloque", "2021-09"),
])
def test_more_date_forms(text, expected):
    when = resolve(one(text), PUBLISHED, None, None)
    assert when is not None and when.iso() == expected


def test_a_week_and_a_season_keep_their_precision():
    assert resolve(one("la semaine dernière"), PUBLISHED, None, None).precision == "week"
    assert resolve(one("au printemps 2023"), PUBLISHED, None, None).precision == "season"


@pytest.mark.parametrize("text", [
    "la loi du 14 mars 2011 sur la prévention",
    "Fondée en 1987, l'association",
    "la promotion 2015 de l'école",
    "la 27e promotion du cours",
    "le XVIIIe siècle",
])
def test_not_the_date_of_an_activity(text):
    assert [d for d in find_dates(text) if d.role is None] == []


def test_context_dates_are_marked():
    dateline = find_dates("Mars 2021 – Le réseau a tenu sa journée d'étude le 4 février.")
    assert dateline[0].role == "dateline" and dateline[1].role is None
    assert find_dates("Le ministre, qui entrera en fonction au 1er janvier 2024, a été désigné.")[0].role == "duty"
    assert find_dates("selon un communiqué rendu public mardi par le service")[0].role == "communique"


def test_first_day_of_a_mission_follows_the_mission():
    monday = When(date(2024, 2, 12), "day")
    assert resolve(one("le premier jour de la mission"), None, monday, None).iso() == "2024-02-12"
    assert resolve(one("le deuxième jour"), None, monday, None).iso() == "2024-02-13"


def test_a_weekday_after_a_dated_sunday():
    sunday = When(date(2023, 5, 14), "day")
    assert resolve(one("le mardi, elle a rencontré"), None, sunday, None).iso() == "2023-05-16"


@pytest.mark.parametrize("text", [
    "Le centre de formation a été inauguré fin 2015.",
    "un bâtiment mis en service en 2012",
])
def test_the_date_of_a_building_is_not_an_activitys(text):
    assert [d for d in find_dates(text) if d.role is None] == []
    assert find_dates(text)  # still read, as a year of something else


def test_end_of_a_year_is_a_year():
    assert resolve(one("à la fin 2021, le réseau"), PUBLISHED, None, None).iso() == "2021"


def test_yesterday_and_tomorrow_count_from_the_publication_day():
    tuesday = When(date(2024, 2, 13), "day")
    assert resolve(one("hier, la ministre"), PUBLISHED, tuesday, None).iso() == "2022-05-31"
    assert resolve(one("demain, le conseil"), PUBLISHED, None, None).iso() == "2022-06-02"
    assert resolve(one("ce matin, le maire"), PUBLISHED, None, None).iso() == "2022-06-01"


def test_last_and_next_weekday_count_from_publication():
    wednesday = date(2022, 6, 1)
    assert resolve(one("mercredi dernier, le conseil"), wednesday, None, None).iso() == "2022-05-25"
    assert resolve(one("mardi dernier, le conseil"), wednesday, None, None).iso() == "2022-05-31"
    assert resolve(one("mercredi prochain, le conseil"), wednesday, None, None).iso() == "2022-06-08"


def test_a_range_of_days_keeps_its_last_day():
    span = one("du 23 au 25 octobre, la délégation")
    assert (span.day, span.last_day) == (23, 25)
    assert one("les 3 et 4 juin, le conseil").last_day is None


@pytest.mark.parametrize("text", [
    "Cette convention complète le règlement de police du 3 mars 2015.",
    "Le texte applique la loi cantonale sur la police du 20 mai 2008.",
])
def test_an_acts_date_after_its_complement_is_a_laws(text):
    assert one(text).role == "law"


def test_a_sitting_after_an_act_is_not_the_acts_date():
    assert one("La loi a été rappelée lors de la séance du 3 mai 2024.").role is None


def test_a_day_written_with_a_leading_zero():
    found = one("Bamako, le 07 avril 2025 – Le ministre a reçu")
    assert (found.day, found.month, found.year) == (7, 4, 2025)


def test_a_weekday_past_the_publication_counts_back_from_it():
    # published on Friday 14 March; « jeudi » told before: « mardi » is the 11th, not the 18th
    thursday = When(date(2025, 3, 13), "day")
    assert resolve(one("a présenté le plan mardi à Liège"), date(2025, 3, 14), thursday, None).iso() == "2025-03-11"


@pytest.mark.parametrize("text", ["ouvert 24/7", "un score de 3/4", "la loi 12/03 du Parlement"])
def test_figures_with_a_slash_and_no_article_are_no_date(text):
    assert find_dates(text) == []


def test_the_same_evening_is_the_day_told_before():
    first, evening = find_dates("Le 14 mai, la commission a siégé. Le même soir, elle a désigné sa présidente.")
    day = resolve(first, PUBLISHED, None, None)
    assert resolve(evening, PUBLISHED, day, None) == day


def test_a_decree_of_the_same_day_is_the_day_told_before():
    first, same = find_dates("Le 2 octobre, un décret a été signé. Par arrêté du même jour, elle est nommée.")
    day = resolve(first, PUBLISHED, None, None)
    assert resolve(same, PUBLISHED, day, None) == day


@pytest.mark.parametrize("text, published, future, expected", [
    # a monthly letter sent early in March tells of February: the 14th that was a Wednesday
    ("Mercredi le 14, notre directrice était à Tours pour un colloque.", date(2024, 3, 1), False, "2024-02-14"),
    ("Jeudi 7, les bénévoles se retrouveront à Chambéry.", date(2024, 3, 1), True, "2024-03-07"),
    ("Samedi, le 1er, la brigade a ouvert ses portes.", date(2024, 6, 10), False, "2024-06-01"),
])
def test_a_weekday_and_a_day_without_a_month(text, published, future, expected):
    assert resolve(one(text), published, None, None, future=future).iso() == expected


@pytest.mark.parametrize("text", ["le mardi 10 h, la réunion", "Mardi 9h30 : accueil", "le lundi 12 mai 2025",
                                  "fêté à Fès le samedi 27 Rajab 1446"])
def test_a_weekday_before_an_hour_or_a_full_date_is_no_day_alone(text):
    assert all(d.relative != "weekday_day" for d in find_dates(text))


def test_a_day_without_a_month_takes_the_month_told_before():
    # a monthly letter: the first item gave the month, the next ones give only their day
    fifth = When(date(2024, 2, 5), "day")
    assert resolve(one("Le 21, une délégation suisse est venue nous voir."), date(2024, 3, 4), fifth, None).iso() == "2024-02-21"
    ranged = one("Du 13 au 15, notre équipe tenait un stand au salon de Lille.")
    assert resolve(ranged, date(2024, 3, 4), fifth, None).iso() == "2024-02-13" and ranged.last_day == 15


def test_a_day_without_a_month_and_nothing_before_is_the_publications_month_or_the_one_before():
    assert resolve(one("Le 21, une délégation suisse est venue nous voir."), date(2024, 3, 4), None, None).iso() == "2024-02-21"
    assert resolve(one("Le 2, une délégation suisse est venue nous voir."), date(2024, 3, 4), None, None).iso() == "2024-03-02"


@pytest.mark.parametrize("text", ["Il a marqué le 14, puis", "l'article 12, alinéa 3", "le 5 à 0 de samedi",
                                  "au numéro 24, rue des Lilas"])
def test_a_number_inside_a_sentence_is_no_day(text):
    assert all(d.relative != "day_alone" for d in find_dates(text))


@pytest.mark.parametrize("text", ["Jeudi, 4 500 gendarmes étaient déployés.", "Dimanche, 14 véhicules ont brûlé.",
                                  "Vendredi 9 jeunes ont été entendus."])
def test_a_weekday_before_a_count_is_no_day_of_the_month(text):
    assert all(d.relative != "weekday_day" for d in find_dates(text))


@pytest.mark.parametrize("text", ["Le 112, numéro européen d'urgence, répond en français.", "Le 18, ligne des pompiers, a sonné."])
def test_a_number_in_apposition_is_no_day(text):
    assert all(d.relative != "day_alone" for d in find_dates(text))
