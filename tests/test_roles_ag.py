"""Roles on forms of the own-ag texts, in sentences of our own (other names, places, words)."""

from __future__ import annotations

from tests.conftest import roles_of


def orgs_of(extraction, name: str) -> set[str]:
    """The organizations a person is given a role in."""
    return {org for _title, org in roles_of(extraction, name)}


def test_a_rank_is_held_in_a_national_force_not_in_interpol(extract):
    ex = extract("Les Forces armées nigériennes (FAN) étaient représentées. Le chef du Bureau central national (BCN) "
                 "d'Interpol à Niamey, le commissaire Ousmane Faye, était présent. Le général Mamadou Diallo a rappelé "
                 "l'enjeu, et le colonel Awa Ndiaye a conclu.")
    for name in ("Mamadou Diallo", "Awa Ndiaye"):
        assert not any("Interpol" in o or o == "INTERPOL" for o in orgs_of(ex, name)), roles_of(ex, name)


def test_head_of_a_unit_named_with_its_parent_body_and_town(extract):
    ex = extract("Étaient présents le chef du Bureau central national (BCN) d'Interpol à Dakar, le commissaire "
                 "divisionnaire Ousmane Faye, et le consul Paul Weber.")
    assert any(t == "Chef" for t, _ in roles_of(ex, "Ousmane Faye")), roles_of(ex, "Ousmane Faye")


def test_the_body_that_renews_its_board_gives_the_elected_their_posts(extract):
    text = ("Le directeur général de la Police nationale (PN), le général Paul Mba, était présent. "
            "L'Association des anciens gendarmes du Congo (AAGC) a renouvelé son bureau samedi à Pointe-Noire. "
            "Le commandant Irène Loemba a été élue présidente, secondée par les adjudants Marc Bouanga et "
            "Joël Mavoungou, respectivement vice-président et trésorier.")
    ex = extract(text, "2025-05-04")
    assert "AAGC" in orgs_of(ex, "Irène Loemba") or any("Association des anciens gendarmes" in o for o in orgs_of(ex, "Irène Loemba"))
    for name in ("Marc Bouanga", "Joël Mavoungou"):
        orgs = orgs_of(ex, name)
        assert orgs and not ({"PN", "Police nationale"} & orgs), (name, roles_of(ex, name))


def test_two_deputies_respectively_in_charge(extract):
    ex = extract("Le directeur du Centre de détention de Valmont, Pierre Garnier, a présenté le projet. "
                 "Ses deux adjoints, Lucie Bernard et Hugo Petit, respectivement chargés de la sécurité et "
                 "de la formation, l'accompagnaient.")
    for name in ("Lucie Bernard", "Hugo Petit"):
        assert any("Centre de détention de Valmont" in o for o in orgs_of(ex, name)), (name, roles_of(ex, name))


def test_an_amicale_named_before_its_acronym_renews_its_board(extract):
    text = ("Le directeur général de la Police nationale (PN), le général Paul Mba, était présent.\n\n"
            "L'Amicale élit son bureau\n\n"
            "Dans un autre registre, l'Amicale des anciens douaniers du Congo (AADC) a renouvelé son bureau samedi "
            "dernier à Dolisie. Le commandant Irène Loemba a été élue présidente, secondée par les inspecteurs "
            "Marc Bouanga et Joël Mavoungou, respectivement vice-président et trésorier.")
    ex = extract(text, "2025-05-04")
    for name in ("Irène Loemba", "Marc Bouanga", "Joël Mavoungou"):
        orgs = orgs_of(ex, name)
        assert orgs and not ({"PN", "Police nationale"} & orgs), (name, roles_of(ex, name))


def test_a_director_general_of_two_joined_fields_heads_their_directorate(extract):
    ex = extract("Le directeur général des Douanes et Taxes indirectes, Paul Mercier, a signé l'accord à Lomé.")
    assert any(o.startswith("Direction générale des Douanes et Taxes") for o in orgs_of(ex, "Paul Mercier")), \
        roles_of(ex, "Paul Mercier")


def test_an_interregional_director_heads_the_interregional_directorate(extract):
    ex = extract("La cérémonie a eu lieu en présence de la directrice interrégionale des services douaniers de Rouen, "
                 "Claire Marin, et du maire.")
    assert any(o.startswith("Direction interrégionale des services douaniers") for o in orgs_of(ex, "Claire Marin")), \
        roles_of(ex, "Claire Marin")


def test_a_body_that_a_ranked_officer_directs_in_a_relative_clause(extract):
    ex = extract("La réunion a eu lieu entre la Direction de la police maritime de la Gendarmerie, que dirige le "
                 "colonel Fatou Camara, et la brigade fluviale des douanes.")
    assert any(o.startswith("Direction de la police maritime") for o in orgs_of(ex, "Fatou Camara")), \
        roles_of(ex, "Fatou Camara")


def test_a_service_at_the_head_of_which_someone_took_office(extract):
    ex = extract("Le suivi est assuré par le service départemental d'aide aux victimes (SDAV) du Haut-Rhin, à la tête "
                 "duquel Marie Klein a pris ses fonctions le 1er mars.")
    assert orgs_of(ex, "Marie Klein"), roles_of(ex, "Marie Klein")


def test_a_regional_director_of_a_body_named_with_a_hyphenated_region(extract):
    ex = extract("La convention a été signée par Claire Marin et par le directeur régional de France Travail "
                 "Nouvelle-Aquitaine, Paul Mercier.")
    assert any(o.startswith("France Travail") for o in orgs_of(ex, "Paul Mercier")), roles_of(ex, "Paul Mercier")


def test_a_rank_before_a_surname_of_two_words_names_the_same_person(extract):
    ex = extract("Le chef d'état-major, le général de division Jean-Paul Mba Ondo, a signé. « Nous avançons », a dit "
                 "le général Mba Ondo.")
    assert {p.name for p in ex.people} == {"Jean-Paul Mba Ondo"}


def test_head_of_a_named_unit_of_the_office_named_before(extract):
    ex = extract("L'Office fédéral de la police (fedpol) était représenté par sa directrice, Anne Muller, "
                 "et par Marc Rossi, chef de l'unité Coopération policière internationale.")
    assert orgs_of(ex, "Marc Rossi") - {None}, roles_of(ex, "Marc Rossi")


def test_a_name_apposed_with_chef_lieu_is_a_town_not_a_person(extract):
    ex = extract("Le nouveau gouverneur a été installé lundi à Oum Dreyga, chef-lieu de la région, au cours d'une "
                 "cérémonie présidée par M. Ahmed Salem.")
    assert {p.name for p in ex.people} == {"Ahmed Salem"}
