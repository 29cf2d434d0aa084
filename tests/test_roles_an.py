"""Roles in forms of the own-an texts (a daily's gendarmerie story, a town council's minutes, a commune's
prevention page, a press agency's customs dispatch, an institute's seminar page), in sentences of our own
(issue 8)."""

from __future__ import annotations

from tests.conftest import bodies_of, roles_of


def _names(ex) -> set[str]:
    return {p.name for p in ex.people}


def test_titles_listed_then_respectively_the_holders(extract):
    ex = extract("Deux officiers ont présenté l'opération le 9 juillet : le commandant du Groupement d'incendie de "
                 "Louga et le chef du Centre de secours de Kébémer, respectivement le capitaine Serigne Mbodj Gaye "
                 "et l'adjudante Coumba Thiaw Diouf.", "2025-07-10")
    assert any(title.startswith("Commandant") for title, _ in roles_of(ex, "Serigne Mbodj Gaye"))
    assert "Groupement d'incendie de Louga" in bodies_of(ex, "Serigne Mbodj Gaye")
    assert "Centre de secours de Kébémer" in bodies_of(ex, "Coumba Thiaw Diouf")


def test_bodies_represented_by_their_officers_respectively(extract):
    ex = extract("Le 12 février, à Ciney, la Maison des jeunes de Ciney et la Ligue des familles de Dinant "
                 "avaient délégué leur trésorière et leur secrétaire, respectivement Aline Gobert et Rudy "
                 "Ponthier.", "2025-02-14")
    assert ("Trésorière", "Maison des jeunes de Ciney") in roles_of(ex, "Aline Gobert")
    assert ("Secrétaire", "Ligue des familles de Dinant") in roles_of(ex, "Rudy Ponthier")


def test_an_aldermans_portfolio_is_no_town(extract):
    text = ("Commune de Rochebelle · Portail citoyen\n\nNouvelles\n\nLa kermesse du quartier des Tilleuls a "
            "été ouverte le 14 août par l'échevin de la Culture et du Tourisme, Bastien Colard. Le ruban a "
            "été coupé par le bourgmestre, Régis Hubinon.\n")
    ex = extract(text, "2025-08-16")
    assert not any("Culture" in o.name or "Tourisme" in o.name for o in ex.organizations)
    assert "Commune de Rochebelle" in bodies_of(ex, "Bastien Colard")
    assert "Commune de Rochebelle" in bodies_of(ex, "Régis Hubinon")


def test_a_mayor_on_the_page_of_her_commune(extract):
    text = ("Commune de Rochebelle · Portail citoyen\nVivre | Bouger | Démarches\n\n"
            "La piscine rouvre ses portes\n\n"
            "Après huit mois de travaux, la bourgmestre, Odile Marquet, a rendu le bassin aux nageurs le 21 "
            "novembre, accompagnée de l'échevin des Sports, Loïc Thonon.\n")
    ex = extract(text, "2025-11-24")
    assert "Commune de Rochebelle" in bodies_of(ex, "Odile Marquet")
    assert "Commune de Rochebelle" in bodies_of(ex, "Loïc Thonon")


def test_the_mayor_listed_among_those_present_on_the_minutes_of_a_town_corporation(extract):
    text = ("Corporation de la Ville de Lac-aux-Hérons\n\n"
            "Compte rendu de la séance extraordinaire tenue le 14 janvier 2025\n\n"
            "Étaient présents :\nRoger Bélanger, maire\nSuzanne Paquin, conseillère, district 2\n"
            "Yves Gauthier, conseiller, district 4\n\nLe maire ouvre la séance à 18 h 30.\n")
    ex = extract(text, "2025-01-20")
    assert "Corporation de la Ville de Lac-aux-Hérons" in bodies_of(ex, "Roger Bélanger")


def test_the_pilgrims_honorific_is_no_part_of_the_name(extract):
    ex = extract("Le 7 avril, le ministre a visité le marché de Tiro avec le maire de la commune rurale de Tiro, "
                 "El Hadj Saliou Touré, et la doyenne des commerçantes, Hadja Nènè Soumah. Le maire Touré a "
                 "demandé un hangar couvert.", "2025-04-09")
    assert {"Saliou Touré", "Nènè Soumah"} <= _names(ex)
    assert not any(name.startswith(("El ", "Hadj")) for name in _names(ex))
    assert "Commune rurale de Tiro" in bodies_of(ex, "Saliou Touré")


def test_a_bare_title_with_the_surname_is_the_post_the_text_gave(extract):
    ex = extract("Le 7 avril, le ministre a visité le marché de Tiro avec le maire de la commune rurale de Tiro, "
                 "El Hadj Saliou Touré. Il s'est ensuite rendu à Dalafi, où l'attendait le chef de cabinet de "
                 "la mairie de Dalafi, M. Ansoumane Cissé. Le maire Touré a demandé un hangar couvert.",
                 "2025-04-09")
    assert bodies_of(ex, "Saliou Touré") == {"Commune rurale de Tiro"}


def test_the_bare_title_with_a_surname_written_first(extract):
    ex = extract("Le 19 août, le gouverneur a été accueilli par le maire de la commune urbaine de Kondiba, El Hadj "
                 "Soumah Kerfalla. Le maire Soumah a ensuite présenté le chef de cabinet de la mairie de "
                 "Worodou, M. Ansoumane Cissé.", "2025-08-21")
    assert bodies_of(ex, "Soumah Kerfalla") == {"Commune urbaine de Kondiba"}


def test_a_title_of_the_zone_is_held_in_the_one_police_zone_the_page_names(extract):
    text = ("Commune de Rochebelle · Portail citoyen\nVivre | Bouger | Démarches\n\n"
            "Seniors et sécurité\n\n"
            "Depuis le 1er janvier, la zone de police Ourthe-Amblève patrouille aussi dans les villages.\n\n"
            "Permanence des aînés\nUne permanence se tiendra le 9 avril au home Les Tilleuls, en compagnie de la "
            "coordinatrice des inspecteurs de quartier de la zone, l'inspectrice Noëlle Baudart.\n")
    ex = extract(text, "2025-03-10")
    assert "Zone de police Ourthe-Amblève" in bodies_of(ex, "Noëlle Baudart")


def test_a_project_named_in_a_programme_line_leaves_the_body_at_its_end(extract):
    text = ("Journée d'étude du 12 mai 2025\n\n14h00 - 14h30 | Restitution de l'enquête\n"
            "Salif Ouattara, analyste, CRG\n"
            "Hawa Kouyaté, analyste et responsable du projet Frontières Apaisées, CRG Abidjan\n\n"
            "Le Centre de réflexion sur la gouvernance (CRG) tient sa journée d'étude à Abidjan.\n")
    ex = extract(text, "2025-05-02")
    assert "Centre de réflexion sur la gouvernance" in bodies_of(ex, "Hawa Kouyaté")


def test_new_community_wardens_listed_after_their_plural_title(extract):
    text = ("Commune de Rochebelle · Portail citoyen\n\nPlus de présence dans les parcs\n"
            "Depuis le 3 février, trois gardiens de la paix, Yanis Closset, Léa Pirard et Tom Baijot, "
            "parcourent les parcs du centre à vélo.\n")
    ex = extract(text, "2025-02-20")
    for name in ("Yanis Closset", "Léa Pirard", "Tom Baijot"):
        assert any(title.lower().startswith("gardien") for title, _ in roles_of(ex, name))
        assert bodies_of(ex, name) & {"Commune de Rochebelle"}
