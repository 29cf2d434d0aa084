"""Title forms of publishers the rules were not read on (cantonal police, provincial ministries,
regional commissions), on sentences written for these tests."""

from __future__ import annotations

from tests.conftest import org_named


def holds(extraction, name: str, body: str) -> set[str]:
    """The titles a person holds in the body named ``body`` (by name, acronym or alias)."""
    person = next(p for p in extraction.people if p.name == name)
    org = org_named(extraction, body)
    assert org is not None, f"no organization {body!r}"
    return {r.title for r in person.roles if r.organization == org.label}


def test_possessive_opening_a_sentence_is_the_previous_subjects(extract):
    ex = extract("L'Association des maires ruraux de l'Aubrac a renouvelé son partenariat avec la Gendarmerie "
                 "nationale. Sa présidente, Monique Darras, a signé la convention le 4 mars.")
    assert holds(ex, "Monique Darras", "Association des maires ruraux de l'Aubrac") == {"Présidente"}


def test_acting_title_with_its_body_in_the_sentence_before(extract):
    ex = extract("L'Observatoire régional de la délinquance a publié son bilan annuel. "
                 "Son directeur par intérim, M. Bertrand Lafleur, a présenté les chiffres aux élus.")
    assert holds(ex, "Bertrand Lafleur", "Observatoire régional de la délinquance") == {"Directeur par intérim"}


def test_acting_title_after_the_name(extract):
    ex = extract("Le 5 mai, Mme Odile Ferrand, directrice par intérim de l'Agence régionale de santé, a reçu les maires.")
    assert holds(ex, "Odile Ferrand", "Agence régionale de santé") == {"Directrice par intérim"}


def test_possessive_of_a_person_named_by_a_bare_title(extract):
    ex = extract("La ministre de la Culture, Mme Irène Dubois, a inauguré le musée. Le lendemain, la ministre, "
                 "accompagnée de son chef de cabinet, M. Paul Réaux, s'est entretenue avec le président de l'Office "
                 "régional du tourisme, M. Henri Vasseur.")
    assert holds(ex, "Paul Réaux", "Ministère de la Culture") == {"Chef de cabinet"}


def test_possessive_after_represente_par_is_the_represented_body(extract):
    ex = extract("Le Bureau régional de l'Unesco, dirigé par M. Henri Lamy, en assurera le suivi avec la Fondation "
                 "Horizon Jeunesse, représentée à la réunion par sa chargée de programme, Mme Agathe Lemoine.")
    assert holds(ex, "Agathe Lemoine", "Fondation Horizon Jeunesse") == {"Chargée de programme"}


def test_relative_clause_predicate_title(extract):
    ex = extract("Il succède à M. Serge Dumas, qui reste trésorier de la Fédération des centres sociaux jusqu'en juin.")
    assert holds(ex, "Serge Dumas", "Fédération des centres sociaux") == {"Trésorier"}


def test_contacts_block_name_title_body_on_three_lines(extract):
    text = ("Le ministre de la Santé a visité l'hôpital de Rimouski le 3 mai.\n\n"
            "SOURCE :\nÉlise Morand\nAttachée de presse\nCabinet du ministre de la Santé\n418 555-0100\n")
    ex = extract(text, "2025-05-04")
    person = next(p for p in ex.people if p.name == "Élise Morand")
    assert any(r.title == "Attachée de presse" and r.organization for r in person.roles)


def test_title_without_comma_after_a_possessive_is_a_person(extract):
    ex = extract("Le 3 avril, la maire de Vernon était accompagnée de son chef de cabinet Thomas Berthier.")
    assert "Thomas Berthier" in {p.name for p in ex.people}
    assert "Thomas Berthier" not in {o.name for o in ex.organizations}


def test_capitalised_function_after_a_surname_in_capitals(extract):
    ex = extract("Le colonel Paul KABORÉ Directeur régional de la Police nationale a ouvert la séance à Koudougou.")
    assert "Paul Kaboré" in {p.name for p in ex.people}
    assert holds(ex, "Paul Kaboré", "Police nationale") == {"Directeur régional"}


def test_a_service_named_by_its_function_is_a_body_when_someone_heads_it(extract):
    ex = extract("Le 4 mars, M. Yves Matthey, chef du Service de l'agriculture, a présenté le plan cantonal.")
    assert holds(ex, "Yves Matthey", "Service de l'agriculture") == {"Chef"}


def test_possessive_after_a_bare_title_whose_body_heads_the_page(extract):
    text = ("Ministère de la Famille\n\nQUÉBEC, le 3 mai 2025\n\nVisite régionale\n\n"
            "Le 2 mai, à Gaspé, la ministre, accompagnée de son chef de cabinet, M. Hugo Lavallée, s'est entretenue "
            "avec la directrice du Centre intégré de santé de la Gaspésie, Mme Lise Arsenault.\n")
    ex = extract(text, "2025-05-03")
    assert holds(ex, "Hugo Lavallée", "Ministère de la Famille") == {"Chef de cabinet"}


def test_title_apposed_after_led_by_belongs_to_the_led_body(extract):
    ex = extract("Le Bureau de l'Unicef à Niamey, dirigé par Mme Awa Touré, représentante résidente, en assurera le "
                 "suivi avec le Programme alimentaire mondial.")
    assert {r.organization for p in ex.people if p.name == "Awa Touré" for r in p.roles} == {
        org_named(ex, "Bureau de l'Unicef à Niamey").label}


def test_possessive_after_a_participle_of_a_thing_is_the_subjects(extract):
    ex = extract("L'Institut Horizon a signé avec la Ville de Gap une charte, paraphée par sa directrice adjointe, "
                 "Mme Inès Rolland.")
    assert holds(ex, "Inès Rolland", "Institut Horizon") == {"Directrice adjointe"}


def test_title_whose_domains_are_listed_with_commas(extract):
    ex = extract("Le 3 mars, le ministre de l'Intérieur, de la Sécurité et de la Décentralisation, M. Oumar Diallo, "
                 "a reçu la délégation. Mme Rose Ba, ministre de la Famille, de la Femme et de l'Enfance, a signé.")
    body = "Ministère de l'Intérieur, de la Sécurité et de la Décentralisation"
    assert holds(ex, "Oumar Diallo", body) == {"Ministre de l'Intérieur, de la Sécurité et de la Décentralisation"}
    assert holds(ex, "Rose Ba", "Ministère de la Famille, de la Femme et de l'Enfance")
    assert "Ministère de l'Intérieur" not in {o.name for o in ex.organizations}


def test_listed_domains_then_the_body(extract):
    ex = extract("Mme Adjoa Koffi, commissaire aux Affaires politiques, à la Paix et à la Sécurité de la Commission "
                 "de l'UEMOA, a ouvert les travaux.")
    assert holds(ex, "Adjoa Koffi", "Commission de l'UEMOA")
    assert not any(o.name.startswith("Sécurité") for o in ex.organizations)


def test_possessive_after_a_pronoun_is_the_body_of_the_person_before(extract):
    ex = extract("Le 4 mai, Mme Claire Aubry, directrice de l'Office cantonal de l'emploi, a visité le salon "
                 "organisé par la Chambre de commerce. Elle était accompagnée de son chef de cabinet Julien Favre.")
    assert holds(ex, "Julien Favre", "Office cantonal de l'emploi") == {"Chef de cabinet"}


def test_hyphenated_surname_alone_joins_the_full_name(extract):
    ex = extract("Mme Nadine Lefort-Bastien a été nommée directrice de l'Institut Horizon. "
                 "Mme Lefort-Bastien dirigeait jusqu'ici le Centre Aval.")
    assert {p.name for p in ex.people} == {"Nadine Lefort-Bastien"}
