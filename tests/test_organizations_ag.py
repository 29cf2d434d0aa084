"""Organizations of the own-ag forms (own sentences): plural establishments, districts of a local
government, a trilingual header, acronyms of a part of a title."""

from __future__ import annotations


def names(extraction) -> set[str]:
    return {o.name for o in extraction.organizations}


def test_plural_kind_names_one_establishment_per_town(extract):
    ex = extract("Les directrices des centres de détention de Sainte-Croix-Vallée et d'Orbec-Haut, Marie Dupont "
                 "et Louise Henry, ont respectivement présenté le bilan de l'année.")
    assert "Centre de détention de Sainte-Croix-Vallée" in names(ex)
    assert "Centre de détention d'Orbec-Haut" in names(ex)


def test_plural_prisons_of_two_towns(extract):
    ex = extract("Le ministre a visité les prisons de Villers-Bas et de Montcourt le 4 mai.")
    assert {"Prison de Villers-Bas", "Prison de Montcourt"} <= names(ex)


def test_district_of_a_local_government(extract):
    ex = extract("Le wali a réuni le hakem de la moughataa d'Aïn Tamra, M. Sidi Ould Ahmed, et le maire "
                 "de la commune d'Aïn Tamra, M. Ali Ould Sidi.")
    assert "Moughataa d'Aïn Tamra" in names(ex)
    assert "Commune d'Aïn Tamra" in names(ex)


def test_header_names_one_body_in_three_languages(extract):
    ex = extract("SPF Economie | FOD Economie | FÖD Wirtschaft\n\nLe SPF Economie a signé le 3 mai une convention "
                 "avec la Ville de Namur.")
    spf = [o for o in ex.organizations if o.name == "SPF Economie"]
    assert spf and {"FOD Economie", "FÖD Wirtschaft"} <= set(spf[0].aliases)
    assert not {"FOD Economie", "FÖD Wirtschaft"} & names(ex)


def test_header_slash_names_one_body_in_three_languages(extract):
    ex = extract("Office fédéral de la statistique / Bundesamt für Statistik / Ufficio federale di statistica\n\n"
                 "L'Office fédéral de la statistique a publié le 3 mai un rapport sur la criminalité.")
    ofs = [o for o in ex.organizations if o.name == "Office fédéral de la statistique"]
    assert ofs and "Bundesamt für Statistik" in ofs[0].aliases
    assert len(ex.organizations) == 1


def test_menu_of_two_bodies_stays_two(extract):
    ex = extract("Police fédérale | Ministère de l'Intérieur\n\nLa Police fédérale a rencontré le 3 mai le "
                 "Ministère de l'Intérieur.")
    assert {"Police fédérale", "Ministère de l'Intérieur"} <= names(ex)


def test_acronym_of_a_directorate_general_keeps_its_dg(extract):
    ex = extract("La directrice de la Direction générale Affaires juridiques (DG AJ), Marie Dupont, était présente. "
                 "Elle a été désignée à la tête de la DG AJ en mai.")
    assert "AJ" not in names(ex)
    assert any(o.acronym == "DG AJ" for o in ex.organizations)


def test_dg_and_its_acronym_alone_name_one_body(extract):
    ex = extract("Le directeur de la DG AJ, Paul Henry, a signé la convention le 3 mai.")
    assert "AJ" not in names(ex) and "DG" not in names(ex)
    assert "DG AJ" in names(ex) | {o.acronym for o in ex.organizations}


def test_body_of_a_title_ends_with_its_line(extract):
    ex = extract("Articles similaires\n- Le ministre de la Santé reçoit l'ambassadeur du Royaume d'Italie\n"
                 "- Atelier sur la vaccination à Kiffa")
    assert "Ambassade du Royaume d'Italie" in names(ex)
    assert not any("Atelier" in n for n in names(ex))
