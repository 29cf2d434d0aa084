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
