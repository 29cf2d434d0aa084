"""Organizations in forms of the own-ao texts (a high commission's communiqué, a fire and rescue service's
news page, an EU agency's release, a police press office's page of notes, a social network post), in
sentences of our own (issue 8)."""

from __future__ import annotations


def _orgs(ex) -> set[str]:
    names: set[str] = set()
    for org in ex.organizations:
        names.add(org.name)
        if org.acronym:
            names.add(org.acronym)
    return names


def _names(ex) -> set[str]:
    return {p.name for p in ex.people}


def test_english_ranks_of_a_commonwealth_police_are_no_bodies(extract):
    ex = extract("Lors de la remise des médailles, le 17 janvier à Curepipe-Nord, le Commissioner of Police (CP), "
                 "M. Rajen Pydiah, était entouré de l'Assistant Commissioner of Police (ACP) Sunil Dhookhee, chef de "
                 "la Western Division, du Deputy Commissioner of Police (DCP) Crime, M. Fabrice Legallant, du "
                 "Superintendent of Police (SP) Yannick Jolicoeur et de l'ASP Kavita Ramdin.", "2025-01-20")
    found = {name.lower() for name in _orgs(ex)}
    for rank in ("commissioner of police", "assistant commissioner of police", "deputy commissioner of police",
                 "superintendent of police", "cp", "acp", "dcp", "sp", "asp"):
        assert rank not in found
    assert not any(name.lower().startswith(("assistant commissioner", "asp ", "acp ")) for name in found)
    assert {"Sunil Dhookhee", "Kavita Ramdin"} <= _names(ex)
    assert "Western Division" in _orgs(ex)


def test_a_police_station_named_by_its_place_is_a_body(extract):
    ex = extract("Une réunion de quartier s'est tenue le 4 mars au poste de police de Mare-Longue-Est, que dirige "
                 "l'Inspecteur Rudy Lagesse.", "2025-03-06")
    assert "Poste de police de Mare-Longue-Est" in _orgs(ex)
    assert "Police de Mare-Longue-Est" not in _orgs(ex)


def test_an_administrative_subdivision_of_islands_is_a_body(extract):
    ex = extract("Les maires de l'archipel ont été accueillis le 9 avril par la subdivision administrative des "
                 "Australes-Est, que dirige Mme Hina Tauhiro.", "2025-04-10")
    assert "Subdivision administrative des Australes-Est" in _orgs(ex)


def test_a_memorandum_of_understanding_is_a_document_not_a_body(extract):
    ex = extract("Un Memorandum of Understanding (MoU) a été conclu le 6 février entre la Garde côtière et l'Office "
                 "des ports de Kerlan. Ce MoU prévoit des patrouilles communes.", "2025-02-07")
    assert not {"MoU", "Memorandum of Understanding"} & _orgs(ex)


def test_a_body_joined_by_and_to_a_lower_case_directorate_with_its_acronym_stays_apart(extract):
    ex = extract("Le 5 mai, des juristes d'Eurojust et de la direction générale de l'énergie (DG ENER) de la "
                 "Commission européenne ont rejoint les discussions.", "2025-05-07")
    names = _orgs(ex)
    assert "eurojust" in {name.lower() for name in names}
    assert not any(name.startswith("Eurojust et") for name in names)
    assert "DG ENER" in names
    assert "Direction générale de l'énergie" in names


def test_a_hotline_with_its_number_is_no_body(extract):
    text = ("GARDE CÔTIÈRE DE KERLAN\nAppel d'urgence 196 – Garde Côtière Hotline 160\n\n"
            "Le 3 mars, la Garde côtière de Kerlan a ouvert une base à Port-Aubin.\n")
    ex = extract(text, "2025-03-04")
    assert not any("Hotline" in name for name in _orgs(ex))


def test_a_departmental_council_and_its_department_are_one_body(extract):
    ex = extract("Le Département de la Creuse versera 9 M€ au SDIS en 2026, a annoncé le 2 juin Mme Odile Janicot, "
                 "présidente du Conseil départemental de la Creuse.", "2025-06-04")
    bodies = [o for o in ex.organizations if "Creuse" in o.name or any("Creuse" in a for a in o.aliases)]
    assert len(bodies) == 1, [(o.name, o.aliases) for o in bodies]


def test_a_word_in_capitals_opening_a_line_before_a_colon_is_a_label(extract):
    text = ("Pompiers des Landes\nVIGILANCE : risque d'orages ce soir\nAccueil | Actualités\n\n"
            "Le 4 mai, le SDIS des Landes a ouvert une caserne à Mimizan-Est.\n")
    ex = extract(text, "2025-05-06")
    assert "VIGILANCE" not in _orgs(ex)


def test_an_acronym_after_a_plural_article_and_before_a_region_names_a_kind(extract):
    ex = extract("Trois ambulances neuves ont été livrées le 6 mai pour les CIS du Val-d'Arnon.", "2025-05-07")
    assert not any(name.startswith("CIS") for name in _orgs(ex))


def test_the_acronym_of_a_fire_chief_s_title_is_no_body(extract):
    ex = extract("Le 2 septembre, le colonel Fabien Aubry a été accueilli à Tulle ; ce DDSIS de 48 ans arrive du Gard.",
                 "2025-09-04")
    assert "DDSIS" not in _orgs(ex)
