"""Organizations in forms of the own-ar texts (a daily's report of a police handover, a federal police
release on a joint operation, a university school's news page, a gendarmerie's social-media post, a
departmental council's page on a local security contract), in sentences of our own (issue 8)."""

from __future__ import annotations

from tests.conftest import roles_of


def _orgs(ex) -> set[str]:
    return {o.name for o in ex.organizations}


def test_a_pictograph_ends_a_name(extract):
    # A social-media caption strings its photo legends together with a camera or a flag between them.
    ex = extract("Belle journée à Kolda !📷 Accueil du ministre par la Brigade de Gendarmerie de Kolda📷 Remise "
                 "de matériel aux élèves📷 Photo de famille.", "2025-04-15")
    assert not any("📷" in name or "Remise" in name for name in _orgs(ex))
    ex = extract("Le ministre a inauguré le commissariat. 🇧🇯 Merci à la Brigade de Parakou 🇧🇯🇧🇯 Bravo "
                 "à la Direction générale de la Police républicaine 👏 Vive la paix.", "2025-04-15")
    assert not any("🇧" in name or "👏" in name or "Bravo" in name for name in _orgs(ex))


def test_a_post_of_police_gendarmerie_or_customs_is_named_with_its_town(extract):
    ex = extract("Samedi, le colonel a inspecté le Poste de Gendarmerie de Badou avant de rejoindre Atakpamé.",
                 "2025-04-15")
    assert "Poste de Gendarmerie de Badou" in _orgs(ex) and "Gendarmerie de Badou" not in _orgs(ex)
    ex = extract("Les agents du poste de police de Ganhi ont interpellé deux suspects mardi soir.", "2025-04-15")
    assert any(name.lower() == "poste de police de ganhi" for name in _orgs(ex))
    ex = extract("Le Poste de Douane de Noépé a saisi quarante kilos de chanvre.", "2025-04-15")
    assert "Poste de Douane de Noépé" in _orgs(ex)
    ex = extract("La Poste et la mairie de Lunel ont signé une convention sur l'accueil.", "2025-04-15")
    assert not any(name.startswith("Poste") and name != "Poste" for name in _orgs(ex))
    # a border post is a crossing, where the police and customs work, not a body of its own
    ex = extract("Tout agent au poste frontière doit vérifier chaque passeport.", "2025-04-15")
    assert not any(name.lower().startswith("poste") for name in _orgs(ex)), _orgs(ex)


def test_a_university_named_in_its_own_language_is_a_body(extract):
    ex = extract("Mme Aline Roy, chercheuse à l'Universidad de Buenos Aires, et M. Paulo Souza, professeur à "
                 "l'Universidade de São Paulo, ont rejoint le Centre d'études sur la ville.", "2025-04-15")
    assert {"Universidad de Buenos Aires", "Universidade de São Paulo"} <= _orgs(ex)
    assert ("Chercheuse", "Universidad de Buenos Aires") in roles_of(ex, "Aline Roy")
    ex = extract("La conférence sera donnée par le professeur Andrés Mejía, de l'Universidad Nacional de "
                 "Colombia, invité par l'Institut d'études urbaines.", "2025-04-15")
    assert "Universidad Nacional de Colombia" in _orgs(ex)


def test_an_operation_named_in_quotes_or_by_a_participle_is_no_body(extract):
    ex = extract("Les saisies de l'opération dite « ORION », coordonnée par Europol, ont été présentées à la "
                 "presse.", "2025-04-15")
    assert "ORION" not in _orgs(ex) and "Europol" in _orgs(ex)
    ex = extract("La gendarmerie a lancé l'opération « TEMPÊTE » contre les cambrioleurs, avec la police "
                 "municipale de Dax.", "2025-04-15")
    assert "TEMPÊTE" not in _orgs(ex)
    ex = extract("Les forces armées ont conduit l'exercice conjoint dénommé SAHEL SHIELD à Tillabéri.", "2025-04-15")
    assert not {"SAHEL", "SHIELD", "SAHEL SHIELD"} & _orgs(ex)


def test_a_menu_entry_between_runs_of_spaces_or_a_page_named_by_its_rubric_is_no_body(extract):
    ex = extract("Ma Ville   Démarches   Jeunesse   Sports & loisirs   Agenda\n\n"
                 "Le conseil municipal a reçu la Police nationale mardi.", "2025-04-15")
    assert "Jeunesse" not in _orgs(ex) and "Police nationale" in _orgs(ex)
    ex = extract("Le maire a signé la convention avec la Gendarmerie nationale. Voir aussi l'aide aux "
                 "victimes (page Citoyenneté)", "2025-04-15")
    assert "Citoyenneté" not in _orgs(ex)
    ex = extract("Le programme est détaillé dans la rubrique Prévention du site de la Ville de Lorient.", "2025-04-15")
    assert "Prévention" not in _orgs(ex)


def test_a_committee_is_named_by_its_subject_after_sur(extract):
    ex = extract("Le professeur Luc Tardif a été nommé membre du Comité permanent sur l'accueil des réfugiés "
                 "du ministère de la Justice.", "2025-04-15")
    assert "Comité permanent sur l'accueil des réfugiés" in _orgs(ex)
    ex = extract("Elle siège au Groupe consultatif sur les violences faites aux femmes de la Ville de Lyon.", "2025-04-15")
    assert any(name.startswith("Groupe consultatif sur les violences") for name in _orgs(ex))
    ex = extract("Le Comité régional a travaillé sur place avec les maires.", "2025-04-15")
    assert not any("place" in name for name in _orgs(ex))


def test_a_kind_of_body_with_its_field_then_the_name(extract):
    ex = extract("L'association de médiation sociale Le Trait d'Union interviendra dans les quartiers de Vierzon.",
                 "2025-04-15")
    assert any(name.endswith("Trait d'Union") for name in _orgs(ex))
    ex = extract("Le diagnostic a été conduit par le cabinet d'études Géoplan Urbanisme pour la commune de Mende.",
                 "2025-04-15")
    assert "Géoplan Urbanisme" in _orgs(ex)
    ex = extract("À Kara, l'ONG de développement Terre Solidaire a remis des kits aux écoles.", "2025-04-15")
    assert "Terre Solidaire" in _orgs(ex)
    ex = extract("L'association d'insertion agréée Le Tremplin 41 accompagnera les jeunes du quartier.", "2025-04-15")
    assert any(name.endswith("Tremplin 41") for name in _orgs(ex))


def test_a_commune_numbered_after_its_name(extract):
    ex = extract("Le chef canton a reçu M. Edem Afiwa, maire de la Commune de Tchaoudjo 2, et ses adjoints.",
                 "2025-04-15")
    assert "Commune de Tchaoudjo 2" in _orgs(ex)
    ex = extract("Le maire de la commune du Golfe 3 a accueilli la réunion des chefs de quartier.", "2025-04-15")
    assert any(name.lower() == "commune du golfe 3" for name in _orgs(ex))
    ex = extract("La Commune de Kpélé compte 3 écoles et 2 dispensaires.", "2025-04-15")
    assert not any(name.endswith(("3", "2")) for name in _orgs(ex))


def test_a_road_class_then_its_number_apart_is_no_body(extract):
    ex = extract("La circulation sera coupée sur la RN 2 entre Lomé et Aného, et déviée par la RD 17 jusqu'à "
                 "lundi, a indiqué la Préfecture du Golfe.", "2025-04-15")
    assert not {"RN", "RD"} & _orgs(ex)
    ex = extract("Un accident sur la RR 25 a mobilisé la Brigade nationale des sapeurs-pompiers.", "2025-04-15")
    assert "RR" not in _orgs(ex)


def test_capitals_before_the_surname_of_a_person_named_are_a_rank_not_a_body(extract):
    ex = extract("Le Contrôleur général de police Moussa SARR a été installé mardi à Thiès. Très applaudi, le "
                 "CGP Sarr a remercié ses hommes.", "2025-04-15")
    assert not any(name.startswith("CGP") for name in _orgs(ex))
    ex = extract("Le lieutenant-colonel Marc Essomba commande le groupement depuis mars. Selon le LCL Essomba, "
                 "la Gendarmerie nationale renforcera les patrouilles.", "2025-04-15")
    assert not any(name.startswith("LCL") for name in _orgs(ex)) and "Gendarmerie nationale" in _orgs(ex)
