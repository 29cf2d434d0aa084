"""Organizations keep their full names; acronyms join their long forms (own sentences)."""

from __future__ import annotations

from tests.conftest import org_named


def names(extraction) -> set[str]:
    return {o.name for o in extraction.organizations}


def test_full_names_are_not_cut(extract):
    ex = extract("Le 4 mai, le Réseau a rencontré le Service de police de la région de Sherbrooke pour une rencontre "
                 "d’échanges, puis l’Office des Nations Unies contre la drogue et le crime à Vienne.")
    assert "Service de police de la région de Sherbrooke" in names(ex)
    assert "Office des Nations Unies contre la drogue et le crime" in names(ex)
    assert not any(n.startswith("Office des Nations Unies") and n != "Office des Nations Unies contre la drogue et le crime" for n in names(ex))


def test_name_with_a_city_after_a_delegation(extract):
    ex = extract("Vendredi, le Réseau a rencontré la Délégation générale de la Wallonie à Québec, pour préparer un colloque.")
    assert "Délégation générale de la Wallonie à Québec" in names(ex)


def test_acronym_after_the_name_is_one_organization(extract):
    ex = extract("Le Réseau a rencontré l’Institut national de santé publique du Québec (INSPQ). "
                 "L’INSPQ publiera une étude en juin.")
    inspq = org_named(ex, "INSPQ")
    assert inspq.name == "Institut national de santé publique du Québec"
    assert len([o for o in ex.organizations if "santé publique" in o.name or o.acronym == "INSPQ"]) == 1


def test_acronym_first_then_the_name_in_brackets(extract):
    ex = extract("Le 3 mai, l’ONSV (Observatoire national de la sécurité des villes) a publié son rapport annuel.")
    assert org_named(ex, "ONSV").name == "Observatoire national de la sécurité des villes"


def test_acronym_spelled_out_with_soit(extract):
    ex = extract("Une réunion a eu lieu au siège du RAPS à Sherbrooke, soit le Regroupement des acteurs de prévention de Sherbrooke.")
    raps = org_named(ex, "RAPS")
    assert raps.name == "Regroupement des acteurs de prévention de Sherbrooke"
    assert len(ex.organizations) == 1


def test_acronym_from_the_gazetteer(extract):
    ex = extract("Le Réseau a participé à une session de l’ONUDC à Vienne avec Interpol.")
    unodc = org_named(ex, "ONUDC")
    assert unodc.name == "Office des Nations Unies contre la drogue et le crime" and unodc.kind == "UN body"
    assert org_named(ex, "Interpol")


def test_organization_named_inside_a_title(extract):
    ex = extract("Le Réseau a rencontré Luc Gervais, Directeur de l’École de criminologie de l’Université Laval, à Québec.")
    assert "École de criminologie de l’Université Laval".replace("’", "'") in {n.replace("’", "'") for n in names(ex)}


def test_unit_of_a_larger_body_gives_the_body(extract):
    ex = extract("Le Réseau a rencontré Nadia Roy, cheffe de la Division des communications du Service de police de Laval.")
    assert "Service de police de Laval" in names(ex)
    person = ex.people[0]
    assert person.roles[0].title == "Cheffe de la Division des communications"
    assert person.roles[0].organization == "Service de police de Laval"


def test_a_generic_noun_announces_a_name(extract):
    ex = extract("L’organisation canadienne Tandem a présenté son programme au Réseau.")
    assert "Tandem" in names(ex)


def test_pour_after_the_head_is_the_name_after_a_complement_a_purpose(extract):
    ex = extract("Le 4 mai, le Réseau a rencontré la Fondation canadienne pour la jeunesse, puis l’Université de "
                 "Montréal pour la signature d’une entente.", "2023-06-01")
    assert {"Fondation canadienne pour la jeunesse", "Université de Montréal"} <= names(ex)
