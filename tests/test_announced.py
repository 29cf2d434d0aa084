"""What a text announces: an activity told as coming is one planned activity, with the date
and the place the sentences after it give, the precision they give (a season is one), and
the year of its next occurrence when none is written."""

from __future__ import annotations

from datetime import date

import pytest

from reseau.extract.calendar import resolve
from reseau.extract.dates import find_dates
from tests.conftest import gatherings


def planned(extraction):
    return [a for a in gatherings(extraction) if a.status == "planned"]


# -- 1. a pronoun or a noun that continues the announcement gives it its date and place ------

ANNOUNCE = ("Le Réseau des médiateurs de quartier (RMQ) organisera un séminaire sur la médiation nocturne "
            "avec l'Université de Sherbrooke. ")


@pytest.mark.parametrize("follow, published, date_, precision, place", [
    ("Il aura lieu le 3 octobre 2022 à Rimouski.", "2022-06-01", "2022-10-03", "day", "Rimouski"),
    ("Elle se tiendra à l'automne 2022 à Québec.", "2022-06-01", "2022-09", "season", "Québec"),
    ("L'événement se déroulera les 14 et 15 novembre à Gatineau.", "2022-06-01", "2022-11-14", "day", "Gatineau"),
    ("Le séminaire se tiendra le 9 février à Lévis.", "2022-11-20", "2023-02-09", "day", "Lévis"),
    ("Cette rencontre aura lieu au printemps à Chicoutimi.", "2022-11-20", "2023-03", "season", "Chicoutimi"),
])
def test_the_next_sentence_dates_and_places_the_announced_activity(extract, follow, published, date_, precision, place):
    found = gatherings(extract(ANNOUNCE + follow, published))
    assert len(found) == 1, found
    event = found[0]
    assert event.status == "planned"
    assert (event.date, event.date_precision, event.place) == (date_, precision, place)
    assert {"RMQ", "Université de Sherbrooke"} <= set(event.organizations)


@pytest.mark.parametrize("text", [
    "Le Collectif des aînés de Charlevoix (CAC) et la Ville de Baie-Saint-Paul préparent une journée sur la fraude "
    "téléphonique. Elle aura lieu le 20 octobre à Baie-Saint-Paul.",
    "Le Collectif des aînés de Charlevoix (CAC) annonce la tenue d'un forum sur la fraude téléphonique avec la Ville de "
    "Baie-Saint-Paul. L'événement se tiendra le 20 octobre à Baie-Saint-Paul.",
])
def test_a_gathering_named_in_passing_is_the_one_the_next_sentence_announces(extract, text):
    found = gatherings(extract(text, "2022-06-01"))
    assert len(found) == 1, found
    assert (found[0].status, found[0].date, found[0].place) == ("planned", "2022-10-20", "Baie-Saint-Paul")
    assert {"CAC", "Ville de Baie-Saint-Paul"} <= set(found[0].organizations)


@pytest.mark.parametrize("text", [
    "Le Collectif des aînés de Charlevoix (CAC) annonce la tenue d'un forum sur la fraude le 20 octobre à La Malbaie, "
    "avec la Ville de Baie-Saint-Paul.",
    "Le Collectif des aînés de Charlevoix (CAC) annonce l'organisation, le 20 octobre à La Malbaie, d'un forum sur la "
    "fraude avec la Ville de Baie-Saint-Paul.",
])
def test_announcing_that_a_gathering_will_be_held_plans_it(extract, text):
    found = gatherings(extract(text, "2022-06-01"))
    assert len(found) == 1 and (found[0].status, found[0].date) == ("planned", "2022-10-20")


def test_a_dated_announcement_then_another_dated_one_stay_two(extract):
    text = ("Le Réseau des médiateurs de quartier (RMQ) tiendra un séminaire le 3 octobre 2022 à Rimouski. "
            "Le Forum des polices municipales se tiendra le 12 novembre 2022 à Laval.")
    assert len(planned(extract(text, "2022-06-01"))) == 2


def test_an_impersonal_il_est_prevu_does_not_date_the_announced_activity(extract):
    text = ANNOUNCE + "Il est prévu que la Ville de Magog signe le 3 octobre une entente avec le RMQ."
    seminar = next(a for a in gatherings(extract(text, "2022-06-01")) if "Université de Sherbrooke" in a.organizations)
    assert seminar.date is None


def test_a_pronoun_after_a_held_meeting_does_not_redate_it(extract):
    text = ("Le 4 mai, le Réseau des médiateurs de quartier (RMQ) a rencontré la Ville de Magog. "
            "Il a présenté le 6 mai son bilan à Sherbrooke.")
    found = gatherings(extract(text, "2022-06-01"))
    assert found and found[0].status == "held" and found[0].date == "2022-05-04"


# -- 2. « la prochaine session se tiendra … » after a gathering of a body ------------------

HELD = ("Le 12 mai, la Conférence des maires de la vallée du Richelieu (CMVR) a tenu sa session annuelle à "
        "Saint-Jean-sur-Richelieu avec la Ville de Chambly. ")


@pytest.mark.parametrize("follow, date_, precision, place", [
    ("La prochaine session se tiendra au printemps 2023 à Sorel-Tracy.", "2023-03", "season", "Sorel-Tracy"),
    ("La prochaine édition aura lieu à l'automne 2023 à Granby.", "2023-09", "season", "Granby"),
    ("Sa prochaine réunion se déroulera le 8 décembre à Beloeil.", "2022-12-08", "day", "Beloeil"),
    ("La prochaine assemblée est prévue au printemps 2023 à Longueuil.", "2023-03", "season", "Longueuil"),
])
def test_the_next_session_of_a_body_is_planned(extract, follow, date_, precision, place):
    ex = extract(HELD + follow, "2022-06-01")
    held = [a for a in gatherings(ex) if a.status == "held"]
    assert held and held[0].date == "2022-05-12" and held[0].place == "Saint-Jean-sur-Richelieu"
    coming = planned(ex)
    assert len(coming) == 1, gatherings(ex)
    assert (coming[0].date, coming[0].date_precision, coming[0].place) == (date_, precision, place)
    assert "CMVR" in coming[0].organizations


def test_the_numbered_next_edition_is_planned(extract):
    text = ("Du 2 au 4 mai, les chefs de police de la région se sont réunis à Niamey pour la 7e conférence régionale, "
            "avec l'Organisation internationale de police criminelle et la Police nationale du Burkina Faso. La 8e édition se tiendra au printemps 2023 "
            "à Bamako.")
    coming = planned(extract(text, "2022-06-01"))
    assert len(coming) == 1 and (coming[0].date, coming[0].place) == ("2023-03", "Bamako")


def test_the_next_session_without_a_date_is_planned_undated_and_unplaced(extract):
    ex = extract(HELD + "La prochaine session se tiendra à une date à déterminer.", "2022-06-01")
    coming = planned(ex)
    assert len(coming) == 1 and coming[0].date is None and coming[0].place is None
    assert "CMVR" in coming[0].organizations


# -- 3. a body that gathers its members in a general assembly -----------------------------

@pytest.mark.parametrize("sentence", [
    "Le 5 avril, l'Alliance des intervenants en sécurité scolaire (AISS) a réuni ses membres en assemblée générale à Drummondville.",
    "Le 5 avril, l'Alliance des intervenants en sécurité scolaire (AISS) a tenu son assemblée générale à Drummondville.",
])
def test_a_general_assembly_is_a_held_meeting_of_the_body(extract, sentence):
    found = gatherings(extract(sentence, "2022-06-01"))
    assert len(found) == 1
    assert (found[0].status, found[0].date, found[0].place) == ("held", "2022-04-05", "Drummondville")
    assert "AISS" in found[0].organizations


def test_a_general_assembly_dated_by_its_month_is_held(extract):
    text = "En mars, l'Alliance des intervenants en sécurité scolaire (AISS) a réuni ses membres en assemblée générale à Victoriaville."
    found = gatherings(extract(text, "2022-06-01"))
    assert len(found) == 1 and (found[0].status, found[0].date, found[0].place) == ("held", "2022-03", "Victoriaville")


# -- 4. a coming date without a year is the next one; no date is no date --------------------

COMING = "L'Alliance des intervenants en sécurité scolaire (AISS) tiendra un colloque sur le harcèlement {when}."


@pytest.mark.parametrize("when, published, date_, precision", [
    ("le 3 octobre à Drummondville", "2022-06-01", "2022-10-03", "day"),
    ("le 3 octobre à Drummondville", "2022-11-15", "2023-10-03", "day"),
    ("au printemps à Drummondville", "2022-11-15", "2023-03", "season"),
    ("au printemps à Drummondville", "2022-04-10", "2022-03", "season"),  # the spring under way
    ("à l'automne à Drummondville", "2022-06-01", "2022-09", "season"),
    ("à une date à déterminer", "2022-11-15", None, None),
])
def test_a_coming_date_without_a_year_is_the_next_one(extract, when, published, date_, precision):
    coming = planned(extract(COMING.format(when=when), published))
    assert len(coming) == 1
    assert (coming[0].date, coming[0].date_precision) == (date_, precision)


def test_an_event_announced_soon_is_planned_without_a_date(extract):
    text = "Le 2 mai, l'AISS a publié son bilan. L'AISS organisera prochainement un colloque sur le harcèlement."
    coming = planned(extract(text, "2022-06-01"))
    assert len(coming) == 1 and coming[0].date is None


@pytest.mark.parametrize("coming", [
    "L'AISS rencontrera prochainement la Sûreté du Québec.",
    "Une rencontre avec la Sûreté du Québec aura lieu à une date à déterminer.",
])
def test_a_meeting_announced_after_one_held_takes_neither_its_day_nor_its_city(extract, coming):
    text = ("Le 3 mai, l'Alliance des intervenants en sécurité scolaire (AISS) a rencontré la Ville de Granby à Granby. "
            + coming)
    ex = extract(text, "2022-06-01")
    held = [a for a in gatherings(ex) if a.status == "held"]
    assert len(held) == 1 and (held[0].date, held[0].place) == ("2022-05-03", "Granby")
    announced = planned(ex)
    assert len(announced) == 1 and (announced[0].date, announced[0].place) == (None, None)


@pytest.mark.parametrize("text, published, future, expected", [
    ("au printemps, la commission", date(2022, 11, 15), True, "2023-03"),
    ("à l'automne, la commission", date(2022, 6, 1), True, "2022-09"),
    ("cet été, la commission", date(2022, 6, 1), True, "2022-06"),
    ("au printemps, la commission", date(2022, 11, 15), False, "2022-03"),  # told as held: the last one
    ("à l'automne, la commission", date(2022, 6, 1), False, "2021-09"),
    ("l'automne prochain, la commission", date(2022, 10, 5), False, "2023-09"),
    ("le printemps dernier, la commission", date(2022, 4, 20), True, "2021-03"),
])
def test_a_season_without_a_year(text, published, future, expected):
    found = find_dates(text)
    assert len(found) == 1 and found[0].precision == "season"
    when = resolve(found[0], published, None, None, future=future)
    assert when is not None and when.iso() == expected and when.precision == "season"


def test_a_season_in_a_name_is_no_date():
    assert find_dates("le Printemps des poètes de Trois-Rivières") == []


# -- a gathering announced in passing, inside a sentence that reports a meeting held ----------

@pytest.mark.parametrize("sentence", [
    "Le 12 avril, les membres du Comité régional de prévention (CRP) se sont réunis à Grenoble et ont échangé "
    "au sujet de la prochaine session du comité qui se tiendra au printemps.",
    "Le 4 avril, à Lyon, le Réseau a rencontré Paul Mercier, directeur de l’Observatoire lyonnais de la sécurité (OLS), "
    "afin de préparer ensemble un colloque qui aura lieu à l’automne 2023.",
])
def test_a_meeting_held_stays_held_when_it_speaks_of_one_to_come(extract, sentence):
    held = [a for a in gatherings(extract(sentence, "2023-06-01")) if a.date and a.date.startswith("2023-04")]
    assert held and all(a.status == "held" for a in held), gatherings(extract(sentence, "2023-06-01"))


@pytest.mark.parametrize("sentence", [
    "Le 12 avril, le Comité régional de prévention (CRP) s’est réuni à Grenoble.",
    "Le 12 avril, les membres de l’Association des médiateurs de l’Isère (AMI) se sont réunis à Vienne.",
])
def test_a_body_that_sat_held_a_meeting_of_its_own(extract, sentence):
    held = [a for a in gatherings(extract(sentence, "2023-06-01")) if a.status == "held"]
    assert [(a.kind, a.date) for a in held] == [("meeting", "2023-04-12")] and held[0].organizations


# -- a gathering announced in passing is kept apart, planned, with its body -----------------------

def test_a_gathering_announced_in_passing_is_kept_apart_as_planned(extract):
    found = extract("Le 4 avril, à Lyon, le Réseau a rencontré Paul Mercier, directeur de l’Observatoire lyonnais de la "
                    "sécurité (OLS), afin de préparer ensemble un colloque qui aura lieu à l’automne 2023.", "2023-06-01")
    assert [a.status for a in gatherings(found)] == ["held"]
    assert [(a.kind, a.date, a.date_precision, a.status, a.organizations) for a in found.announcements] == \
        [("event", "2023-09", "season", "planned", ["OLS"])]


def test_the_next_session_of_a_body_named_in_passing_is_that_body_s(extract):
    found = extract("Le 12 avril, les membres du Comité régional de prévention (CRP) se sont réunis à Grenoble et ont "
                    "échangé au sujet de la prochaine session de l’Assemblée des villes alpines (AVA) qui se tiendra "
                    "au printemps.", "2023-06-01")
    assert [(a.date, a.date_precision, a.organizations) for a in found.announcements] == [("2024-03", "season", ["AVA"])]
