"""Organization forms of French news from many publishers (issue 8), on sentences of our own."""

from __future__ import annotations

import pytest

from reseau.resolve.names import name_key


def keys(extraction) -> set[str]:
    """Every name, acronym and alias of the organizations found, as comparison keys."""
    out = set()
    for o in extraction.organizations:
        out.update(name_key(n) for n in (o.name, o.acronym, *o.aliases) if n)
    return out


# -- 1. lower-case heads with a place or a named complement ---------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("Le 3 mars, le centre a rencontré la police de Rimouski pour préparer un atelier.", "Police de Rimouski"),
    ("Une formation a été donnée à la gendarmerie de Kaolack en avril.", "Gendarmerie de Kaolack"),
    ("Le parquet de Liège a ouvert une enquête sur ces faits.", "Parquet de Liège"),
    ("La délégation a été reçue à la préfecture du Gard mardi.", "Préfecture du Gard"),
    ("Il a visité l'institut de police de la province de Luxembourg lundi.", "Institut de police de la province de Luxembourg"),
    ("L'équipe a rencontré l'ambassade de Suisse au Sénégal jeudi.", "Ambassade de Suisse au Sénégal"),
    ("Elle a accueilli le chef de la zone de police Orne-Dyle/Wavre.", "Zone de police Orne-Dyle/Wavre"),
    ("Le projet est financé par la commune de Court-Saint-Étienne depuis 2020.", "Commune de Court-Saint-Étienne"),
])
def test_lower_case_head_with_a_place_is_a_name(extract, sentence, name):
    assert name_key(name) in keys(extract(sentence))


@pytest.mark.parametrize("sentence, name", [
    ("Le commandant de la gendarmerie fribourgeoise a présenté le bilan.", "Gendarmerie fribourgeoise"),
    ("La police cantonale et la police municipale patrouilleront ensemble.", "Police cantonale"),
    ("Il a rencontré des cadres du ministère de la Justice tunisien à Tunis.", "Ministère de la Justice tunisien"),
    ("La cérémonie était présidée par le directeur au ministère malien de la Défense (MDM).", "Ministère malien de la Défense"),
])
def test_lower_case_head_with_a_demonym_or_level_is_a_name(extract, sentence, name):
    assert name_key(name) in keys(extract(sentence))


@pytest.mark.parametrize("sentence", [
    "La police est arrivée rapidement sur les lieux.",
    "Le ministère a publié un communiqué hier.",
    "La police de proximité reste une priorité pour les habitants.",
])
def test_lower_case_head_alone_is_not_a_name(extract, sentence):
    assert not extract(sentence).organizations


def test_adjective_after_a_capitalised_complement_belongs_to_the_name(extract):
    ex = extract("Le 5 mai, le centre a rencontré le Ministère de la Sécurité civile du Niger à Niamey.")
    assert name_key("Ministère de la Sécurité civile du Niger") in keys(ex)
