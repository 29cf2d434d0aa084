"""Roles in the forms of other publishers' texts (councils of ministers, bars, delegations), on own sentences."""

from __future__ import annotations

from tests.conftest import roles_of


def test_vice_batonnier_in_a_bullet_list_of_the_elected(extract):
    ex = extract("L'assemblée générale de l'Ordre des Avocats du Barreau du Sénégal a élu son bureau. Ont été élus :\n"
                 "• Vice-Bâtonnier : Me Awa Ndiaye Sarr ;\n• Trésorière : Me Aminata Fall.")
    assert roles_of(ex, "Awa Ndiaye Sarr") == {("Vice-Bâtonnier", "Ordre des Avocats du Barreau du Sénégal")}


def test_elected_respectively_after_the_verb(extract):
    ex = extract("L'assemblée générale de l'Association des juristes du Niger a élu son bureau. "
                 "Me Paul Diop et Me Aminata Fall ont été élus respectivement Secrétaire adjoint et Trésorière adjointe.")
    assert roles_of(ex, "Paul Diop") == {("Secrétaire adjoint", "Association des juristes du Niger")}
    assert roles_of(ex, "Aminata Fall") == {("Trésorière adjointe", "Association des juristes du Niger")}
