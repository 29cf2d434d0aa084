"""Organizations of the own-ah forms (own sentences): a force's directorate written in capitals, its
acronym written apart from its place, police stations of a district, regional county municipalities,
bars, regional commissions, ministries of a delegation list, menus and fragments that name no body."""

from __future__ import annotations


def names(extraction) -> set[str]:
    return {o.name for o in extraction.organizations}


def test_directorate_of_a_force_in_capitals_keeps_its_head(extract):
    ex = extract("Le ministre a inspecté le 3 mai la Direction Départementale de la Gendarmerie Nationale (DDGN) "
                 "du Borgou, à Parakou.")
    ddgn = [o for o in ex.organizations if o.acronym == "DDGN"]
    assert ddgn and ddgn[0].name.startswith("Direction Départementale de la Gendarmerie Nationale")
    assert "Gendarmerie Nationale" not in names(ex)


def test_police_station_of_a_district_of_a_town(extract):
    # The tagger reads the town as a person's name: after « l'arrondissement … de » it is a place.
    ex = extract("Pour rappel, la commissaire Awa Dossa a été nommée à la tête du commissariat de l'arrondissement "
                 "central de Akpatou par note de service du 2 septembre dernier.")
    assert "Commissariat de l'arrondissement central de Akpatou" in names(ex)


def test_plural_services_of_a_kind_name_no_body(extract):
    ex = extract("Le directeur était accompagné de l'Inspecteur Général des Services de Douane, le Commissaire "
                 "Paul Adé, lors de la visite du 3 mai.")
    assert not {"Services de Douane", "Services"} & names(ex)


def test_regional_county_municipality_is_named_by_its_acronym_and_place(extract):
    ex = extract("La signature a été précédée d'une rencontre de travail avec les élus de la MRC du Haut-Richelieu, "
                 "dont le préfet, M. Paul Roy.\n\nLe centre offrira des séances d'information dans les bibliothèques "
                 "de la MRC.")
    assert "MRC du Haut-Richelieu" in names(ex)
    assert "MRC" not in names(ex)


def test_two_adjectives_joined_by_et_stay_in_the_name(extract):
    ex = extract("Le gouvernement a nommé Me Anne Roy juge à la Cour supérieure. Elle exercera ses fonctions à la "
                 "Chambre civile et commerciale, à Gatineau.")
    assert "Chambre civile" not in names(ex)
