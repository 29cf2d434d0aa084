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


def test_lower_case_name_spelled_by_its_acronym_then_its_town(extract):
    ex = extract("Le 3 mai, le centre d'hébergement et de réinsertion sociale (CHRS) de Montbrison-le-Haut a été "
                 "inauguré par le préfet.")
    chrs = [o for o in ex.organizations if o.acronym == "CHRS"]
    assert chrs and chrs[0].name == "Centre d'hébergement et de réinsertion sociale de Montbrison-le-Haut"


def test_acronym_skips_a_preposition_of_place(extract):
    ex = extract("Le 3 mai, l'unité d'accueil vers l'emploi (UAE) de Lormont a ouvert ses portes.")
    uae = [o for o in ex.organizations if o.acronym == "UAE"]
    assert uae and uae[0].name == "Unité d'accueil vers l'emploi de Lormont"


def test_acronym_and_town_join_the_lower_case_name(extract):
    ex = extract("Le 3 mai, la direction départementale de l'emploi et des solidarités (DDES) de Lyon et la Ville "
                 "de Lyon ont signé une convention. La DDES de Lyon financera le projet.")
    ddes = [o for o in ex.organizations if o.acronym == "DDES"]
    assert ddes and ddes[0].name == "Direction départementale de l'emploi et des solidarités de Lyon"
    assert "DDES de Lyon" not in names(ex)


def test_union_named_by_two_acronyms_and_its_sector(extract):
    ex = extract("Le 3 mai, le préfet a rencontré les représentants des syndicats (SNPPS CFDT Police, UNSA Douanes "
                 "et SGP FO Police) à Lyon.")
    assert "SNPPS CFDT Police" in names(ex) | {o.acronym for o in ex.organizations}
    assert "CFDT Police" not in names(ex)
    assert "SGP FO Police" in names(ex)


def test_union_acronym_before_a_confederation_and_its_sector(extract):
    ex = extract("Il a rencontré les syndicats (FO Justice, SNPPS UNSa Justice et CGT Insertion Probation).")
    assert "SNPPS UNSa Justice" in names(ex)
    assert not {"SNPPS", "UNSa Justice"} & names(ex)


def test_capitalised_name_acronym_then_its_region(extract):
    ex = extract("Le général a présidé la passation de commandement de la Délégation Régionale de la Protection "
                 "Civile (DRPC) Haute-Kivala à Tamboro.")
    drpc = [o for o in ex.organizations if o.acronym == "DRPC"]
    assert drpc and drpc[0].name == "Délégation Régionale de la Protection Civile Haute-Kivala"


def test_capitalised_name_acronym_then_of_its_town(extract):
    ex = extract("Le 3 mai, la Direction départementale de la Sécurité publique (DDSP) de Montbrison a signé une "
                 "convention. La DDSP de Montbrison financera le projet.")
    ddsp = [o for o in ex.organizations if o.acronym == "DDSP"]
    assert ddsp and ddsp[0].name == "Direction départementale de la Sécurité publique de Montbrison"
    assert "DDSP de Montbrison" not in names(ex)
