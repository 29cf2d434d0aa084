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
    ex = extract("Le Commissioner of Police (CP), M. Rajesh Doolub, informe le public que l'Assistant Commissioner "
                 "of Police (ACP) Vikram Ramsurrun a été nommé à la tête de la Northern Division. Étaient aussi "
                 "présents le Deputy Commissioner of Police (DCP) Operations, M. Paul Lenoir, le Superintendent of "
                 "Police (SP) Kevin Appadoo et l'ASP Leela Moorghen.", "2025-01-20")
    found = {name.lower() for name in _orgs(ex)}
    for rank in ("commissioner of police", "assistant commissioner of police", "deputy commissioner of police",
                 "superintendent of police", "cp", "acp", "dcp", "sp", "asp"):
        assert rank not in found
    assert not any(name.lower().startswith(("assistant commissioner", "asp ", "acp ")) for name in found)
    assert {"Vikram Ramsurrun", "Leela Moorghen"} <= _names(ex)
    assert "Northern Division" in _orgs(ex)


def test_a_police_station_named_by_its_place_is_a_body(extract):
    ex = extract("Le 4 mars, l'Inspecteur Marc Lagesse, Officer-in-Charge du poste de police de Bel-Air-Sud, a "
                 "animé une rencontre avec les habitants.", "2025-03-06")
    assert "Poste de police de Bel-Air-Sud" in _orgs(ex)
    assert "Police de Bel-Air-Sud" not in _orgs(ex)


def test_an_administrative_subdivision_of_islands_is_a_body(extract):
    ex = extract("Le 9 avril, M. Paul Ravatua, chef de la subdivision administrative des Marquises-Sud, a reçu les "
                 "maires de l'archipel.", "2025-04-10")
    assert "Subdivision administrative des Marquises-Sud" in _orgs(ex)


def test_a_memorandum_of_understanding_is_a_document_not_a_body(extract):
    ex = extract("La Police et l'Autorité portuaire de Kerlan ont signé jeudi un Memorandum of Understanding (MoU) "
                 "sur l'échange de renseignements. Le MoU entre en vigueur en mai.", "2025-02-07")
    assert not {"MoU", "Memorandum of Understanding"} & _orgs(ex)


def test_a_body_joined_by_and_to_a_lower_case_directorate_with_its_acronym_stays_apart(extract):
    ex = extract("Le 5 mai, la délégation a rencontré des représentants d'Interpol et de la direction générale de la "
                 "mobilité et des transports (DG MOVE) de la Commission européenne.", "2025-05-07")
    names = _orgs(ex)
    assert "interpol" in {name.lower() for name in names}
    assert not any(name.startswith("Interpol et") for name in names)
    assert "DG MOVE" in names
    assert "Direction générale de la mobilité et des transports" in names


def test_a_hotline_with_its_number_is_no_body(extract):
    text = ("POLICE DE KERLAN\nUrgences 999 – Police Hotline 155\n\n"
            "Le 3 mars, la Police de Kerlan a ouvert un nouveau poste à Port-Aubin.\n")
    ex = extract(text, "2025-03-04")
    assert not any("Hotline" in name for name in _orgs(ex))



def test_a_departmental_council_and_its_department_are_one_body(extract):
    ex = extract("Le 2 juin, M. Paul Vidal, président du Conseil départemental du Cantal, et Mme Anne Roques, "
                 "présidente du SDIS, ont signé la convention entre le Département du Cantal et le SDIS.", "2025-06-04")
    bodies = [o for o in ex.organizations if "Cantal" in o.name or any("Cantal" in a for a in o.aliases)]
    assert len(bodies) == 1


def test_a_word_in_capitals_opening_a_line_before_a_colon_is_a_label(extract):
    text = ("Pompiers du Gers\nALERTE : appelez le 18 ou le 112\nAccueil | Actualités\n\n"
            "Le 4 mai, le SDIS du Gers a inauguré le centre de secours de Lectoure-Sud.\n")
    ex = extract(text, "2025-05-06")
    assert "ALERTE" not in _orgs(ex)


def test_an_acronym_after_a_plural_article_and_before_a_region_names_a_kind(extract):
    ex = extract("Le 6 mai, le Département a livré quatre camions neufs pour les CIS du Haut-Lévezou, à Rodez.",
                 "2025-05-07")
    assert not any(name.startswith("CIS") for name in _orgs(ex))


def test_the_acronym_of_a_fire_chief_s_title_is_no_body(extract):
    ex = extract("Le 2 septembre, le colonel Marc Aubry a pris ses fonctions à Mende. Le nouveau DDSIS était jusqu'ici "
                 "chef de groupement dans le Gard.", "2025-09-04")
    assert "DDSIS" not in _orgs(ex)
