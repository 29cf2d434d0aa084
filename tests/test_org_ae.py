"""Bodies of other French-speaking administrations, written by the project (own sentences)."""

from __future__ import annotations


def names(extraction) -> set[str]:
    return {o.name for o in extraction.organizations}


def people(extraction) -> set[str]:
    return {p.name.lower() for p in extraction.people}


def test_a_surname_in_capitals_after_a_prefecture_is_a_person(extract):
    ex = extract("La cérémonie s'est tenue en présence de Madame le Préfet de Tsaramandroso RAKOTOBE Lalaina Nirina "
                 "et du maire de la commune.")
    assert "Préfecture de Tsaramandroso" in names(ex)
    assert not any("RAKOTOBE" in n for n in names(ex))
    assert "rakotobe lalaina nirina" in people(ex)


def test_a_rank_of_the_army_before_a_surname_in_capitals(extract):
    ex = extract("Le Ministre, le Général de Corps d'Armée RAZAKA Hery Mamitiana, a inauguré la nouvelle caserne.")
    assert not any("RAZAKA" in n for n in names(ex))
    assert "razaka hery mamitiana" in people(ex)


def test_given_names_the_tagger_reads_as_a_place(extract):
    ex = extract("Étaient présents le Gouverneur de la Région, puis Madame le Préfet d'Ambohimena RASOAMANANA Vololona "
                 "Hanitriniaina, et le Procureur de la République.")
    assert not any("RASOAMANANA" in n for n in names(ex))
    assert "rasoamanana vololona hanitriniaina" in people(ex)


def test_an_acronym_in_another_language_after_a_semicolon(extract):
    ex = extract("Les membres de l'Union des villes et communes de Wallonie (UVCW ; VWSG en néerlandais) ont élu "
                 "une nouvelle présidente.")
    union = [o for o in ex.organizations if o.name.startswith("Union des villes")]
    assert union and union[0].acronym == "UVCW"
    assert not any(o.name in {"VWSG", "UVCW"} for o in ex.organizations)


def test_bodies_named_after_a_plural_generic_noun(extract):
    ex = extract("Étaient aussi présentes les associations Trace d'Espoir, qui mène la médiation de rue, et Femmes Solidaires.")
    assert "Trace d'Espoir" in {n.replace("’", "'") for n in names(ex)}


def test_a_police_in_charge_of_borders(extract):
    ex = extract("Le texte prévoit que la Direction de la Police aux frontières, dont le commissaire Paul Adjovi assure "
                 "la direction, en assure le suivi.")
    assert "Direction de la Police aux frontières" in names(ex)


def test_a_spring_assembly_is_a_meeting_not_a_body(extract):
    ex = extract("Assemblée d'automne des directeurs : la CDPMB se donne une nouvelle présidente.")
    assert not any(n.startswith("Assemblée") for n in names(ex))
    ex = extract("Le Réseau a pris part à la séance.\n\nAssemblée d'hiver des délégués : la CDPMB se donne une nouvelle présidente.")
    assert not any(n.startswith("Assemblée") for n in names(ex))


def test_two_domains_in_lower_case_after_de(extract):
    ex = extract("Le Département cantonal de justice et police a publié son rapport annuel sur les accidents.")
    assert "Département cantonal de justice et police" in names(ex)
    ex = extract("Département cantonal de justice et police DCJP\nAccueil > Actualités\n\nLe DCJP a publié son rapport annuel.")
    assert "Département cantonal de justice et police" in names(ex)


def test_a_police_named_in_italian(extract):
    ex = extract("Réunis à Lugano, les commandants de la Polizia cantonale grigionese et de la Police cantonale "
                 "de Genève ont signé un accord.")
    assert "Polizia cantonale grigionese" in names(ex)


def test_a_police_named_in_italian_with_its_own_adjective(extract):
    ex = extract("Réunis à Lugano, les commandants de la Polizia comunale luganese et de la Police cantonale de "
                 "Genève ont signé un accord.")
    assert "Polizia comunale luganese" in names(ex)
