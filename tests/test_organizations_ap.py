"""Organizations in forms of the own-ap texts (an international radio's Africa page, a customs body's news,
a regional audit chamber's report, a provincial parliament's committee debates, a Moroccan wilaya's news
page), in sentences of our own (issue 8)."""

from __future__ import annotations


def _orgs(ex) -> set[str]:
    return {o.name for o in ex.organizations}


def test_a_bureau_named_by_its_task_that_one_signs_with_is_a_body(extract):
    ex = extract("Mme Odile Tremblay-Roy, commissaire aux plaintes, a signé le 4 avril une entente avec le "
                 "Bureau des enquêtes indépendantes pour éviter les doublons.", "2024-05-10")
    assert "Bureau des enquêtes indépendantes" in _orgs(ex)
