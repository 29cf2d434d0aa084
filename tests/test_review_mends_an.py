"""Ordinary French that the an round's forms first read wrongly, found by its review; sentences of our own."""

from __future__ import annotations

from reseau.extract.dates import find_dates
from tests.conftest import gatherings, org_named, roles_of


def test_a_note_opening_the_sentence_leaves_a_reception_a_meeting(extract):
    ex = extract("Avis aux médias : le 9 avril, la préfète du Jura, Corinne Vasseur, a reçu le président de "
                 "l'Association des maires ruraux, Bernard Collet.", "2025-04-12")
    assert [a.date for a in gatherings(ex)] == ["2025-04-09"]


def test_a_deadline_called_dernier_delai_is_not_the_last_such_day():
    found = find_dates("Les dossiers sont attendus le 15 octobre dernier délai, au secrétariat.")
    assert [(d.day, d.month, d.direction) for d in found] == [(15, 10, None)]
    found = find_dates("Lors de la réunion du 15 octobre dernier, le comité a voté.")
    assert [(d.day, d.month, d.direction) for d in found] == [(15, 10, "last")]


def test_former_holders_listed_after_their_plural_title_hold_no_post(extract):
    ex = extract("Deux anciens commissaires, Jeanne Fortier et Denis Aubry, ont rejoint le conseil "
                 "d'orientation de l'Observatoire de la délinquance.", "2025-05-02")
    for name in ("Jeanne Fortier", "Denis Aubry"):
        assert not any(title.lower().startswith("commissaire") for title, _ in roles_of(ex, name))


def test_an_alderman_s_portfolio_opening_on_du_names_no_town(extract):
    ex = extract("L'échevin du Commerce et de la Jeunesse, Paul Renaud, a présenté le budget.", "2025-02-03")
    assert not [o for o in ex.organizations if "Commerce" in o.name and o.name.startswith(("Ville", "Commune"))]


def test_a_national_force_in_a_named_country_stays_a_body(extract):
    ex = extract("Le 3 février, la police nationale en Haïti a reçu une délégation du Programme des Nations unies "
                 "pour le développement (PNUD).", "2025-02-10")
    assert any("olice nationale" in o.name for o in ex.organizations), [o.name for o in ex.organizations]
    assert org_named(ex, "PNUD") is not None
