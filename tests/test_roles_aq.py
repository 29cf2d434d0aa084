"""Roles in forms of the own-aq texts (a research centre's bulletin, a parliamentary committee's news, a justice
ministry's communiqué, a police news item, a provincial news release), in sentences of our own (issue 8)."""

from __future__ import annotations

from tests.conftest import roles_of


def test_the_appointment_noun_gives_the_post_named_after_the_person(extract):
    ex = extract("HALIFAX (GNS) – Le ministre de la Sécurité publique, Marc Boudreau, a annoncé aujourd'hui la "
                 "nomination de Me Carole Gagnon, de Shippagan, à la présidence de la Commission des services "
                 "d'aide juridique de la Nouvelle-Écosse. Le mandat est de trois ans.", "2025-04-09")
    assert any(title.startswith("Présid") and org and org.startswith("Commission des services d'aide")
               for title, org in roles_of(ex, "Carole Gagnon"))


def test_members_appointed_to_a_body_before_a_colon_hold_the_title_in_it(extract):
    text = ("Nominations à l'Office des transports\n\n"
            "HALIFAX (GNS) – Le ministre a annoncé aujourd'hui la composition de l'Office des transports "
            "de la Nouvelle-Écosse.\n\n"
            "Trois nouveaux membres ont été nommés à l'Office :\n\n"
            "• Rémi Cormier, ancien directeur de la Police régionale de Kennebecasis;\n"
            "• Alice Ward, agente de liaison à l'Association des municipalités acadiennes.\n")
    ex = extract(text, "2025-04-09")
    for name in ("Rémi Cormier", "Alice Ward"):
        assert ("Membre", "Office des transports de la Nouvelle-Écosse") in roles_of(ex, name)
    assert ("Agente de liaison", "Association des municipalités acadiennes") in roles_of(ex, "Alice Ward")


def test_the_town_a_person_comes_from_does_not_hide_the_title_after_it(extract):
    ex = extract("Le ministre a reçu Mme Alice Ward, de Sackville, agente de liaison à l'Association des "
                 "municipalités acadiennes, et M. Rémi Cormier, de la Première Nation de Listuguj, "
                 "coordonnateur au Conseil tribal de la Gaspésie.", "2025-04-09")
    assert ("Agente de liaison", "Association des municipalités acadiennes") in roles_of(ex, "Alice Ward")
    assert any(org and org.startswith("Conseil tribal") for _, org in roles_of(ex, "Rémi Cormier"))


def test_the_person_under_whose_chairmanship_a_body_meets_chairs_it(extract):
    ex = extract("Réunie le mardi 3 février 2026 sous la présidence de M. Paul Weis (LSAP), la Commission des "
                 "Finances et du Budget a examiné le projet de loi relatif aux marchés publics.", "2026-02-04")
    assert any(title.startswith("Présid") and org == "Commission des Finances et du Budget"
               for title, org in roles_of(ex, "Paul Weis"))


def test_the_heading_of_a_committee_attendance_list_is_no_title(extract):
    text = ("Réunion de commission\n\n"
            "Le mardi 3 février, la Commission des Finances et du Budget a examiné le projet de loi relatif aux "
            "marchés publics.\n\n"
            "Membres présents : M. Paul Weis, Président ; Mme Carla Hoffmann, Rapporteure ; M. Luc Demuth, "
            "Mme Sandra Kieffer (LSAP), M. Marc Wiltzius (DP)\n")
    ex = extract(text, "2026-02-04")
    assert not any(title.lower().startswith("membre") for title, _ in roles_of(ex, "Paul Weis"))


def test_a_bare_title_of_a_delegation_member_is_held_in_the_delegation(extract):
    ex = extract("Le ministre de la Justice a reçu ce mardi une délégation de l'Union africaine conduite par "
                 "Mme Awa DIALLO, Ambassadrice, Cheffe de la Délégation de l'Union africaine au Mali. La délégation "
                 "comprenait également Mme Fanta KEITA, Conseillère Justice.", "2026-03-12")
    assert ("Conseillère Justice", "Délégation de l'Union africaine au Mali") in roles_of(ex, "Fanta Keita")


def test_a_media_contact_works_for_the_ministry_its_line_names_by_its_portfolio(extract):
    text = ("Nouvelle stratégie routière\n\n"
            "HALIFAX (GNS) – Le ministre des Transports et de l'Infrastructure, Marc Boudreau, a annoncé aujourd'hui "
            "une stratégie de sécurité routière.\n\n"
            "Personne-ressource pour les médias : Alice Ward, communications, Transports et Infrastructure, "
            "902-555-0000, alice.ward@gns.ca.\n")
    ex = extract(text, "2025-04-09")
    assert ("Communications", "Ministère des Transports et de l'Infrastructure") in roles_of(ex, "Alice Ward")
