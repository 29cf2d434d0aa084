"""Roles in forms of the own-an texts (a daily's gendarmerie story, a town council's minutes, a commune's
prevention page, a press agency's customs dispatch, an institute's seminar page), in sentences of our own
(issue 8)."""

from __future__ import annotations

from tests.conftest import bodies_of, roles_of


def _names(ex) -> set[str]:
    return {p.name for p in ex.people}


def test_titles_listed_then_respectively_the_holders(extract):
    ex = extract("Le 4 juin, le directeur a reçu la presse. Il était accompagné du commandant de la Brigade "
                 "fluviale de Karandi et du chef du Bureau des douanes de Tomboli, respectivement le capitaine "
                 "Ousmane Diallo Kane et l'inspectrice Awa Seck Ndiaye.", "2025-06-05")
    assert any(title.startswith("Commandant") for title, _ in roles_of(ex, "Ousmane Diallo Kane"))
    assert "Brigade fluviale de Karandi" in bodies_of(ex, "Ousmane Diallo Kane")
    assert "Bureau des douanes de Tomboli" in bodies_of(ex, "Awa Seck Ndiaye")


def test_bodies_represented_by_their_officers_respectively(extract):
    ex = extract("Le 3 mars, le comité s'est réuni à Fontenelle. Le Centre culturel de Fontenelle et l'Office "
                 "du tourisme de Marsinne étaient représentés par leur présidente et leur directeur, "
                 "respectivement Chantal Remacle et Olivier Demoulin.", "2025-03-05")
    assert ("Présidente", "Centre culturel de Fontenelle") in roles_of(ex, "Chantal Remacle")
    assert ("Directeur", "Office du tourisme de Marsinne") in roles_of(ex, "Olivier Demoulin")


def test_an_aldermans_portfolio_is_no_town(extract):
    text = ("Commune de Waremonde – Site officiel\n\nActualités\n\nLe comité de quartier s'est réuni le 5 mai. "
            "La séance était présidée par l'échevine de la Jeunesse et de la Culture, Martine Delvaux. La convention "
            "a été signée par le bourgmestre, Jean-Luc Ramelot.\n")
    ex = extract(text, "2025-05-07")
    assert not any("Jeunesse" in o.name for o in ex.organizations)
    assert "Commune de Waremonde" in bodies_of(ex, "Martine Delvaux")
    assert "Commune de Waremonde" in bodies_of(ex, "Jean-Luc Ramelot")


def test_a_mayor_on_the_page_of_her_commune(extract):
    text = ("Commune de Waremonde – Site officiel\nAccueil | Vie communale | Services\n\n"
            "Un nouveau parc pour le quartier de la gare\nPublié le 02/06/2025 – Service Travaux\n\n"
            "Le chantier du parc a été lancé le 30 mai en présence de la bourgmestre, Hélène Dumoulin, et de "
            "l'échevin des Travaux, Didier Lambotte.\n")
    ex = extract(text, "2025-06-02")
    assert "Commune de Waremonde" in bodies_of(ex, "Hélène Dumoulin")
    assert "Commune de Waremonde" in bodies_of(ex, "Didier Lambotte")


def test_the_mayor_listed_among_those_present_on_the_minutes_of_a_town_corporation(extract):
    text = ("Corporation de la Ville de Sainte-Aurélie\nAccueil > Conseil municipal > Procès-verbaux\n\n"
            "PROCÈS-VERBAL\nSéance ordinaire du conseil municipal\nLe lundi 3 mars 2025, à 19 h\n\n"
            "PRÉSENTS :\nGisèle Tremblay-Roy, mairesse\nPaul Côté, conseiller, quartier 1\n"
            "Lise Gendron, conseillère, quartier 2\n\n1. OUVERTURE DE LA SÉANCE\n"
            "La mairesse déclare la séance ouverte à 19 h.\n")
    ex = extract(text, "2025-03-05")
    assert "Corporation de la Ville de Sainte-Aurélie" in bodies_of(ex, "Gisèle Tremblay-Roy")


def test_the_pilgrims_honorific_is_no_part_of_the_name(extract):
    ex = extract("Le 2 mai, la délégation a été reçue par le maire de la commune rurale de Kolibantan, El Hadj "
                 "Mamadou Sylla, et par la présidente des femmes du marché, Hadja Fanta Camara. « Nous attendions "
                 "ce poste », a confié le maire Sylla.", "2025-05-04")
    assert {"Mamadou Sylla", "Fanta Camara"} <= _names(ex)
    assert not any(name.startswith(("El ", "Hadj")) for name in _names(ex))
    assert "Commune rurale de Kolibantan" in bodies_of(ex, "Mamadou Sylla")


def test_a_bare_title_with_the_surname_is_the_post_the_text_gave(extract):
    ex = extract("Le 2 mai, la délégation a été reçue par le maire de la commune rurale de Kolibantan, El Hadj "
                 "Mamadou Sylla. Le lendemain, à Dabaya, elle a rencontré le secrétaire général de la mairie de "
                 "Dabaya, M. Sékou Bangoura. « Nous attendions ce poste », a confié le maire Sylla.", "2025-05-04")
    assert bodies_of(ex, "Mamadou Sylla") == {"Commune rurale de Kolibantan"}


def test_the_bare_title_with_a_surname_written_first(extract):
    ex = extract("Le 6 mai, la mission a été accueillie par le maire de la commune urbaine de Kissiya, El Hadj "
                 "Condé Lansana. « La route est enfin ouverte », a déclaré le maire Condé, avant de présenter le "
                 "secrétaire général de la mairie de Balato, M. Fodé Camara.", "2025-05-08")
    assert bodies_of(ex, "Condé Lansana") == {"Commune urbaine de Kissiya"}


def test_a_title_of_the_zone_is_held_in_the_one_police_zone_the_page_names(extract):
    text = ("Commune de Waremonde – Site officiel\nAccueil | Vie communale | Services\n\n"
            "Bilan de la sécurité\nPublié le 10/03/2025 – Service Prévention\n\n"
            "La zone de police Val-de-Mosane a présenté son bilan annuel le 3 mars devant le conseil communal.\n\n"
            "Agenda : séance d'information\nUne séance d'information sur les vols aura lieu le 12 avril à la salle "
            "des fêtes. Elle sera animée par la conseillère en prévention des vols de la zone, l'inspectrice Paule "
            "Gérard.\n")
    ex = extract(text, "2025-03-10")
    assert "Zone de police Val-de-Mosane" in bodies_of(ex, "Paule Gérard")


def test_a_project_named_in_a_programme_line_leaves_the_body_at_its_end(extract):
    text = ("Programme\n\n09h20 - 10h00 | Présentation du rapport\nAmadou Kane, chercheur principal, IRS\n"
            "Awa Diop, chercheuse et coordinatrice par intérim du projet Sahel Paix Durable, IRS Niamey\n\n"
            "L'Institut de recherche stratégique (IRS) organise un atelier le 3 mars 2025 à Niamey.\n")
    ex = extract(text, "2025-02-20")
    assert "Institut de recherche stratégique" in bodies_of(ex, "Awa Diop")


def test_new_community_wardens_listed_after_their_plural_title(extract):
    text = ("Commune de Waremonde – Site officiel\n\nDeux nouveaux agents\nLe service Prévention s'est étoffé : "
            "deux nouveaux gardiens de la paix, Marc Dufour et Julie Lambert, ont été engagés par le Collège "
            "communal et sont entrés en fonction le 1er mars.\n")
    ex = extract(text, "2025-03-10")
    for name in ("Marc Dufour", "Julie Lambert"):
        assert any(title.lower().startswith("gardien") for title, _ in roles_of(ex, name))
        assert bodies_of(ex, name) & {"Commune de Waremonde", "Service Prévention"}
