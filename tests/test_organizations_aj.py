"""Organizations in forms of other publishers' pages (own sentences, round aj): a weekday after a
body, photo credits, an acronym with a country, lower-case establishments with a name and a place,
cantonal departments of several domains, headings that are no bodies."""

from __future__ import annotations


def names(extraction) -> set[str]:
    return {o.name for o in extraction.organizations}


def test_a_weekday_after_a_body_is_the_date_of_its_sitting(extract):
    ex = extract("Séance du Conseil municipal du lundi 3 février 2025\n\n"
                 "Le Conseil municipal a adopté le budget de la police municipale.")
    assert not any("lundi" in n.lower() for n in names(ex))


def test_a_photo_credit_is_no_body(extract):
    ex = extract("[Photo] Le préfet Jean Moulinier entouré des élus de Dolisie / DR\n\n"
                 "Le préfet a reçu les maires de la région.")
    assert "DR" not in names(ex)


def test_a_heading_a_venir_is_no_body(extract):
    ex = extract("À VENIR\nLe 3 juin, le Centre organisera un séminaire à Lyon avec la Ville de Lyon.")
    assert "VENIR" not in names(ex)


def test_an_acronym_followed_by_a_country_is_a_body_of_that_country(extract):
    ex = extract("La Cellule nationale de traitement des informations financières (CENTIF) du Mali a reçu "
                 "Mme Awa Traoré (CENTIF Bénin) et M. Issa Diop (CENTIF Guinée).")
    assert {"CENTIF Bénin", "CENTIF Guinée"} <= names(ex)
    assert not any("Bénin" in a for o in ex.organizations for a in o.aliases)


def test_a_lower_case_establishment_with_its_place(extract):
    ex = extract("Actuellement directeur de l'établissement fermé de La Brenaz, M. Paul Favre a été nommé. "
                 "Le lieutenant Marc Rivet, commandant de la compagnie de gendarmerie de Pontarlier, "
                 "et Mme Anne Roux, principale du collège Victor-Hugo de Morteau, étaient présents.")
    assert {"Établissement fermé de La Brenaz", "Compagnie de gendarmerie de Pontarlier",
            "Collège Victor-Hugo de Morteau"} <= names(ex)


def test_a_state_chancellery_is_a_body(extract):
    ex = extract("Pour toute information : M. Luc Berset, porte-parole, Chancellerie d'Etat, T. 026 305 10 00.")
    assert "Chancellerie d'Etat" in names(ex)


def test_a_department_of_several_domains_is_kept_whole(extract):
    ex = extract("Le texte a été signé par Mme Anne Girard, cheffe du département de la santé, de l'emploi "
                 "et du sport (DSES), à Lausanne.")
    assert "Département de la santé, de l'emploi et du sport" in names(ex)


def test_a_division_with_two_domains_is_a_body(extract):
    ex = extract("L'inspecteur Marc Côté dirige la Division de la circulation et des enquêtes routières.")
    assert "Division de la circulation et des enquêtes routières" in names(ex)


def test_the_minister_of_tutelage_names_no_ministry(extract):
    ex = extract("« Les communes doivent coopérer avec la police », a souligné le ministre de tutelle, M. Paul Okemba.")
    assert not any("utelle" in n for n in names(ex))


def test_a_headline_participle_is_not_part_of_a_body(extract):
    ex = extract("Douanes : le nouveau directeur général de la douane installé dans ses fonctions\n\n"
                 "Le ministre des Finances a installé lundi M. Paul Mbemba.")
    assert not any(n.endswith("installé") for n in names(ex))


def test_a_menu_item_is_no_body(extract):
    ex = extract("Accueil | Nos missions | Conseil syndical | Documents | Contact\n\n"
                 "Le syndicat intercommunal a signé lundi une convention avec la Ville de Rodez.")
    assert "Conseil syndical" not in names(ex)


def test_the_secretariat_of_a_body_named_by_its_acronym_is_that_body(extract):
    ex = extract("L'Union des polices de l'Afrique centrale (UPAC) a signé un accord. Contact : Secrétariat de "
                 "l'UPAC, Yaoundé. Le Comité de l'UPAC se réunira en mai.")
    assert not any(n.startswith(("Secrétariat", "Comité")) for n in names(ex))


def test_the_body_named_by_its_acronym_with_its_own_country_is_the_same(extract):
    ex = extract("La Commission nationale des droits humains (CNDH) a tenu sa session à Niamey. Vice-présidente du "
                 "réseau : Mme Fati Issa (CNDH Niger).")
    assert "CNDH Niger" not in names(ex)
