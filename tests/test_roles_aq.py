"""Roles in forms of the own-aq texts (a research centre's bulletin, a parliamentary committee's news, a justice
ministry's communiqué, a police news item, a provincial news release), in sentences of our own (issue 8)."""

from __future__ import annotations

from tests.conftest import roles_of


def test_the_appointment_noun_gives_the_post_named_after_the_person(extract):
    ex = extract("La désignation de Mme Odile Ferrand à la présidence de l'Office régional de la sécurité routière "
                 "du Bas-Saint-Laurent a été entérinée mardi par le Conseil exécutif, qui lui confie un mandat de "
                 "quatre ans.", "2025-10-15")
    assert any(title.startswith("Présid") and org and org.startswith("Office régional de la sécurité routière")
               for title, org in roles_of(ex, "Odile Ferrand"))


def test_members_appointed_to_a_body_before_a_colon_hold_the_title_in_it(extract):
    text = ("Renouvellement au Bureau de médiation de Rimouski\n\n"
            "Le Bureau de médiation de Rimouski renouvelle cet automne une partie de son conseil. Voici les membres "
            "désignés au Bureau :\n\n"
            "- Bastien Leclerc, médiateur accrédité ;\n"
            "- Hélène Dufresne, conseillère juridique à la Fédération des coopératives d'habitation.\n")
    ex = extract(text, "2025-10-15")
    for name in ("Bastien Leclerc", "Hélène Dufresne"):
        assert ("Membre", "Bureau de médiation de Rimouski") in roles_of(ex, name)
    assert ("Conseillère juridique", "Fédération des coopératives d'habitation") in roles_of(ex, "Hélène Dufresne")


def test_the_town_a_person_comes_from_does_not_hide_the_title_after_it(extract):
    ex = extract("Le comité a entendu jeudi Mme Hélène Dufresne, de Matane, conseillère juridique à la Fédération des "
                 "coopératives d'habitation, puis M. Bastien Leclerc, de la Baie des Chaleurs, animateur au Centre "
                 "jeunesse de la Gaspésie.", "2025-10-15")
    assert ("Conseillère juridique", "Fédération des coopératives d'habitation") in roles_of(ex, "Hélène Dufresne")
    assert any(org and org.startswith("Centre jeunesse") for _, org in roles_of(ex, "Bastien Leclerc"))


def test_the_person_under_whose_chairmanship_a_body_meets_chairs_it(extract):
    ex = extract("Sous la présidence de Mme Rosalie Gendron (indépendante), le Comité consultatif des usagers du "
                 "transport adapté s'est penché jeudi sur la refonte des horaires.", "2025-10-17")
    assert any(title.startswith("Présid") and org == "Comité consultatif des usagers du transport adapté"
               for title, org in roles_of(ex, "Rosalie Gendron"))


def test_the_heading_of_a_committee_attendance_list_is_no_title(extract):
    text = ("Séance du conseil d'administration\n\n"
            "Le conseil d'administration de la Coopérative funéraire de l'Estrie a adopté jeudi son budget annuel.\n\n"
            "Membres présents : Rosalie Gendron (présidente), Yannick Potvin (trésorier), Bastien Leclerc et "
            "Hélène Dufresne.\n")
    ex = extract(text, "2025-10-17")
    assert not any(title.lower().startswith("membre") for title, _ in roles_of(ex, "Rosalie Gendron"))


def test_a_bare_title_of_a_delegation_member_is_held_in_the_delegation(extract):
    ex = extract("Mme Rosalie Gendron, cheffe de la Délégation commerciale du Manitoba à Lyon, a visité lundi le "
                 "salon de l'agroalimentaire. Outre sa cheffe, la délégation compte M. Yannick Potvin, Conseiller "
                 "Agriculture.", "2025-11-04")
    assert ("Conseiller Agriculture", "Délégation commerciale du Manitoba à Lyon") in roles_of(ex, "Yannick Potvin")


def test_a_media_contact_works_for_the_ministry_its_line_names_by_its_portfolio(extract):
    text = ("Plan de transition énergétique\n\n"
            "Le ministère de l'Énergie et des Ressources naturelles a rendu public jeudi son plan de transition "
            "pour les régions éloignées.\n\n"
            "Renseignements : Yannick Potvin, relations médias, Énergie et Ressources naturelles, 418 555-0199, "
            "poste 2204.\n")
    ex = extract(text, "2025-11-04")
    assert ("Relations médias", "Ministère de l'Énergie et des Ressources naturelles") in roles_of(ex, "Yannick Potvin")
