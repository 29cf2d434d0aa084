"""Roles in forms met on publishers never seen (own sentences; issue 8, forms R10–R18 of the own texts ac/ad)."""

from __future__ import annotations

from tests.conftest import bodies_of, orgs_of, roles_of


def titles_of(extraction, name: str) -> set[str]:
    """The titles a person holds."""
    return {title for title, _ in roles_of(extraction, name)}


def test_respectively_after_ranks_gives_each_officer_the_title_and_body(extract):
    ex = extract("Le 4 juin, les délégations étrangères étaient conduites par le Général de Division Issa Kouyaté "
                 "et le Colonel-Major Bakary Traoré, respectivement Haut Commissaire de la Garde Nationale du Tchad "
                 "et Chef d'État-Major de la Gendarmerie Nationale de Guinée.", "2024-06-10")
    assert bodies_of(ex, "Issa Kouyaté") == {"Garde Nationale du Tchad"}
    assert bodies_of(ex, "Bakary Traoré") == {"Gendarmerie Nationale de Guinée"}
    assert any(t.startswith("Haut Commissaire") for t in titles_of(ex, "Issa Kouyaté"))


def test_respectively_second_title_does_not_borrow_the_first_ones_body(extract):
    ex = extract("Le 3 avril, Paul Mercier et Anne Dubois, respectivement directeur de la police judiciaire "
                 "et chef du service de la coopération internationale, ont reçu une délégation belge.", "2024-05-20")
    assert "Police judiciaire" not in bodies_of(ex, "Anne Dubois")


def test_title_with_no_body_does_not_take_the_body_of_the_guest_it_received(extract):
    ex = extract("Le 5 mars, le Premier ministre, M. Didier Vasseur, a reçu la présidente de la Fédération "
                 "nationale des notaires pour évoquer la réforme.", "2024-05-20")
    assert "Fédération nationale des notaires" not in bodies_of(ex, "Didier Vasseur")


def test_bare_establishment_title_does_not_take_the_body_of_the_next_person(extract):
    ex = extract("Le 4 février, la ministre s'est rendue à Rocheval. Au centre de détention, elle a été reçue par "
                 "la directrice de l'établissement, Mme Inès Caron, et par M. Paul Roy, qui dirige la direction "
                 "régionale des douanes (DRD) de Rocheval.", "2024-05-20")
    assert not {"DRD", "Direction régionale des douanes de Rocheval"} & (bodies_of(ex, "Inès Caron") | orgs_of(ex, "Inès Caron"))


def test_title_and_surname_later_keeps_the_body_the_full_mention_gave(extract):
    ex = extract("Le 2 mai, la directrice de l'Office régional de la jeunesse, Claire Vasseur, a présenté le bilan "
                 "annuel. Le 6 mai, une convention a été signée par la directrice Vasseur et le recteur de "
                 "l'Université de Montbrison, Paul Giraud. La semaine suivante, la directrice Vasseur a pris part "
                 "au congrès de la Fédération des centres sociaux (FCS).", "2024-05-20")
    assert bodies_of(ex, "Claire Vasseur") == {"Office régional de la jeunesse"}


def test_regional_title_with_its_scope_in_the_last_dash_line(extract):
    ex = extract("Le 12 mars 2024, la réunion s'est tenue à Lomé.\n\nÉtaient présents :\n"
                 "- le Directeur de la Police Judiciaire, M. Koffi Agbeko ;\n"
                 "- le Représentant régional de l'UNICEF pour l'Afrique de l'Ouest et du Centre, Mme Helga Sørensen.",
                 "2024-03-20")
    assert bodies_of(ex, "Helga Sørensen") == {"Fonds des Nations Unies pour l'enfance"}


def test_several_appointments_in_one_sentence_keep_each_title_to_its_person(extract):
    ex = extract("La Ville de Beaurivage annonce que le conseil municipal a approuvé jeudi la nomination de Louis "
                 "Carrier au poste de directeur adjoint à l'administration, de Julie Fortin à titre de capitaine-cheffe "
                 "de la Section des fraudes et de Marc Lévesque comme responsable du poste de quartier 7.", "2024-05-20")
    assert not any(t.lower().startswith("capitaine") for t in titles_of(ex, "Marc Lévesque"))


def test_police_general_rank_before_the_name_is_no_body(extract):
    ex = extract("Le 7 mai 2024, à Brazzaville, ont pris la parole :\n"
                 "• Général de Police Serge Mba Ondo (Police nationale congolaise), Directeur général de la "
                 "Sécurité publique ;\n• Mme Awa Touré (CEEAC), Cheffe de l'Unité Paix et Sécurité.", "2024-05-20")
    assert "Serge Mba Ondo" in {p.name for p in ex.people}
    assert not any("Serge" in o.name for o in ex.organizations)


def test_title_of_a_body_whose_name_opens_on_an_article(extract):
    ex = extract("Le 5 avril, la Ville de Sainte-Adèle a signé une entente avec l'organisme communautaire Le Phare, "
                 "qui accueille les jeunes de la rue. Le document a été signé par la mairesse, Lucie Roy, et par le "
                 "directeur général du Phare, Samuel Ouellet.", "2024-05-20")
    assert bodies_of(ex, "Samuel Ouellet") == {"Le Phare"}


def test_signature_with_a_rank_under_a_title_naming_a_unit_with_et(extract):
    ex = extract("DIRECTION GÉNÉRALE DE LA POLICE NATIONALE\nBureau Presse et Relations Publiques\n\n"
                 "Le 3 juin 2024, la Direction générale de la Police nationale a reçu une délégation de l'Union "
                 "européenne.\n\nFait à Niamey, le 4 juin 2024\n\nLe Chef du Bureau Presse et Relations Publiques\n"
                 "Commandant Ibrahim Souley", "2024-06-05")
    assert bodies_of(ex, "Ibrahim Souley") == {"Bureau Presse et Relations Publiques"}


def test_the_establishment_points_back_to_the_prison_school_or_hospital_named_before(extract):
    ex = extract("Le 4 février, la ministre a visité le Centre de détention de Rocheval, où une convention avec "
                 "l'Office national des forêts (ONF) a été signée. Elle y a été reçue par la directrice de "
                 "l'établissement, Mme Inès Caron.", "2024-05-20")
    assert bodies_of(ex, "Inès Caron") == {"Centre de détention de Rocheval"}


def test_the_establishment_with_none_named_before_takes_no_other_body(extract):
    ex = extract("Le 4 février, la ministre s'est rendue à Rocheval, où une convention avec l'Office national des "
                 "forêts (ONF) a été signée. Au centre de détention, elle a été reçue par la directrice de "
                 "l'établissement, Mme Inès Caron.", "2024-05-20")
    assert not bodies_of(ex, "Inès Caron")


def test_plural_title_after_comme_goes_to_each_name_of_its_list(extract):
    ex = extract("Le 9 octobre 2024, le bureau du Réseau des polices municipales d'Afrique de l'Ouest (RPMAO) a été "
                 "élu, avec le Commissaire Ali Traoré (Mali) comme président, M. Jean Kaboré (Burkina Faso) et "
                 "Mme Awa Diop (Sénégal) comme vice-présidents, et M. Kofi Mensah (Ghana) comme trésorier.",
                 "2024-10-20")
    for name in ("Jean Kaboré", "Awa Diop"):
        assert roles_of(ex, name) == {("Vice-président", "RPMAO")} or \
            bodies_of(ex, name) == {"Réseau des polices municipales d'Afrique de l'Ouest"}
        assert titles_of(ex, name) == {"Vice-président"}


def test_respectively_two_titles_share_the_body_named_after_the_last(extract):
    ex = extract("Le 3 avril, Paul Mercier et Anne Dubois, respectivement directeur général et directrice adjointe "
                 "de l'Office national des forêts, ont reçu une délégation belge.", "2024-05-20")
    assert bodies_of(ex, "Paul Mercier") == {"Office national des forêts"}
    assert bodies_of(ex, "Anne Dubois") == {"Office national des forêts"}


def test_title_with_no_body_does_not_take_the_body_of_the_next_named_title(extract):
    ex = extract("Au tribunal, la ministre a été accueillie par la greffière en chef, Mme Lucie Marchal, en présence "
                 "du directeur de l'Agence régionale de santé de Normandie, M. Henri Lagarde.", "2024-05-20")
    assert "Agence régionale de santé de Normandie" not in bodies_of(ex, "Lucie Marchal")
