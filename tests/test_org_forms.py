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


# -- 2. fragments that are not organizations --------------------------------------------------

@pytest.mark.parametrize("sentence, fragment", [
    ("Le rapport a été présenté au Comité de Direction le 4 juin.", "comite de direction"),
    ("Une note a été transmise au Cabinet du Président pour avis.", "cabinet du president"),
    ("La réunion était conduite par le lieutenant-colonel BERTRAND et le capitaine de police Hugo D’ANGELO.", "bertrand"),
    ("La réunion était conduite par le capitaine de police Hugo D’ANGELO.", "angelo"),
    ("Le DGA a ouvert la séance, puis la DG a présenté le budget.", "dga"),
    ("Né à Sion (VS), il a étudié le droit à Genève.", "vs"),
    ("Il rencontrera Paul Girard (ministre des Finances, NDLR) la semaine prochaine.", "ndlr"),
    ("Le budget atteint 30 millions de FCFA cette année.", "fcfa"),
    ("Les infractions à la LCirc ont diminué de moitié.", "lcirc"),
    ("Le maire a signé le Plan local de prévention 2021-2023 (PLP) avec le préfet.", "plp"),
    ("Elle vise les Objectifs de développement durable (ODD) des Nations Unies.", "odd"),
    ("Les invités ont visité les locaux de la Maison du Policier à Bamako.", "maison du policier"),
    ("PARIS (France) – Des ministres ont visité le siège de l’Unesco.", "paris"),
    ("Le ministre de la Justice Paul Girard a visité la prison.", "justice paul girard"),
    ("Le Garde des sceaux a reçu la délégation.", "garde des sceaux"),
])
def test_fragment_is_not_an_organization(extract, sentence, fragment):
    assert not any(fragment == k or k.startswith(fragment + " ") or k.endswith(" " + fragment) for k in keys(extract(sentence)))


def test_assembly_of_a_body_gives_the_body(extract):
    ex = extract("Le 12 mai s’est tenue l’Assemblée générale de Villes Sûres Europe à Malte.")
    assert name_key("Villes Sûres Europe") in keys(ex)
    assert not any(k.startswith("assemblee generale") for k in keys(ex))


def test_two_bodies_joined_by_et_are_two(extract):
    ex = extract("Le contrat a été signé par la Ville de Martigny et l’Institut suisse de police.")
    assert name_key("Ville de Martigny") in keys(ex)
    assert not any("et" in k.split() and k.startswith("ville de martigny") for k in keys(ex))


def test_school_and_a_place_joined_by_et(extract):
    ex = extract("Convention d'immersion - Académie de Police et Bretagne\nLe texte a été signé hier.")
    assert not any(k.endswith("bretagne") for k in keys(ex))


def test_body_and_a_person_noun_joined_by_et(extract):
    ex = extract("Il a été instructeur à l'Ecole de sous-officiers d'artillerie et formateur de recrues.")
    assert name_key("Ecole de sous-officiers d'artillerie") in keys(ex)


@pytest.mark.parametrize("sentence, fragment", [
    ("Le garde des Sceaux, ministre de la Culture, Paul Ndiaye a reçu le recteur.", "culture"),
    ("Après l’entretien des ministres sénégalais et belge de l’Économie, la visite a repris.", "economie"),
    ("Le ministre de l'Agriculture Joost Vermeulen s'est rendu jeudi à Gembloux.", "agriculture joost vermeulen"),
    ("Elle a présenté aux membres du Réseau et du bureau de la Ligue sur 4 thèmes : les budgets.", "reseau et du bureau"),
    ("Une assemblée des maires a eu lieu. L’Assemblée des Maire.sse.s a voté le budget.", "maire sse s"),
])
def test_more_fragments_are_not_organizations(extract, sentence, fragment):
    assert not any(fragment == k or k.startswith(fragment + " ") for k in keys(extract(sentence)))
