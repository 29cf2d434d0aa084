"""Roles in the forms of a daily, a peacekeeping mission's release, a ministry's appointments, a regional
community's communiqué and an academy's news page (round ak), on own sentences."""

from __future__ import annotations

from tests.conftest import orgs_of, roles_of


def test_compound_surname_the_tagger_reads_as_a_conjunction(extract):
    ex = extract("Le Conseil des ministres a adopté les nominations suivantes :\n\n"
                 "- M. Xavier Delorme-Saint-Paul, préfet de l'Aveyron, est nommé préfet de la Corrèze ;\n"
                 "- Mme Sophie Lanier, préfète du Cantal, est nommée préfète de la Lozère.")
    assert "Préfecture de la Corrèze" in orgs_of(ex, "Xavier Delorme-Saint-Paul")


def test_at_the_head_of_a_directorate_said_with_the_verb_to_be(extract):
    ex = extract("Le commandant Jean Duval est depuis lundi à la tête de la Direction régionale du Sud (DRS) de "
                 "la Police nationale du Bénin (PNB). Il a été installé à Lokossa par le directeur général.")
    assert orgs_of(ex, "Jean Duval") & {"Direction régionale du Sud", "DRS"}
