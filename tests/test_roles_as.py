"""Roles in forms of the own-as texts (a local police zone's news, a ministry's translated communiqués, a
daily's report on a regional workshop, an international body's conference news, a municipal police
release), in sentences of our own (issue 8)."""

from __future__ import annotations

from tests.conftest import roles_of


def test_a_prefect_of_a_departement_holds_the_prefecture_named_after_it(extract):
    ex = extract("Le préfet du département de Mbacké, Paul Diouf, a présidé la réunion du comité de suivi.", "2025-05-21")
    assert {org for _, org in roles_of(ex, "Paul Diouf")} == {"Préfecture de Mbacké"}, roles_of(ex, "Paul Diouf")
    ex = extract("Le préfet du département de l'Ouémé, Marc Houngbo, et le préfet du département du Nyong, Luc Essomba, "
                 "ont signé le procès-verbal.", "2025-05-21")
    assert {org for _, org in roles_of(ex, "Marc Houngbo")} == {"Préfecture de l'Ouémé"}, roles_of(ex, "Marc Houngbo")
    assert {org for _, org in roles_of(ex, "Luc Essomba")} == {"Préfecture du Nyong"}, roles_of(ex, "Luc Essomba")
    # unnamed, the département gives no body: no « Préfecture du département » fragment
    ex = extract("Le préfet du département, Jean Faye, a ouvert la séance.", "2025-05-21")
    assert not [o for o in ex.organizations if o.name.startswith("Préfecture")], ex.organizations
    ex = extract("La préfète de la Gironde, Anne Roux, a présidé la réunion.", "2025-05-21")
    assert {org for _, org in roles_of(ex, "Anne Roux")} == {"Préfecture de la Gironde"}
