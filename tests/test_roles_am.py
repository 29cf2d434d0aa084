"""Roles in forms of the own-am texts (a national police's news, a cantonal parliament, a court of appeal,
a regional council's communiqué), in sentences of our own (issue 8)."""

from __future__ import annotations

from tests.conftest import bodies_of, roles_of


def _names(ex) -> set[str]:
    return {p.name for p in ex.people}


def test_a_level_adjective_after_a_rank_word_is_no_person(extract):
    ex = extract("Le 12 mars, le Commissaire Provincial de Police de Rutana, M. Éric Habonimana, a reçu "
                 "les chefs de colline. La veille, le Commissaire Régional de la Police Ouest, M. Lambert "
                 "Nsabimana, avait ouvert l'atelier.", "2024-03-15")
    assert not _names(ex) & {"Provincial", "Régional"}
    assert any(title.startswith("Commissaire Provincial") for title, _ in roles_of(ex, "Éric Habonimana"))
    assert any(title.startswith("Commissaire Régional") for title, _ in roles_of(ex, "Lambert Nsabimana"))


def test_a_grade_written_as_its_code_before_the_name_is_neither_name_nor_body(extract):
    ex = extract("Le 3 avril, le Directeur de la Police Judiciaire, OPC1 Gaspard Ndikumana, a accueilli la "
                 "délégation. Selon OPP2 Ndikumana, la saison est calme.", "2024-04-05")
    assert "Gaspard Ndikumana" in _names(ex)
    assert not {o.name for o in ex.organizations} & {"OPC1", "OPP2", "OPC1 Gaspard Ndikumana", "OPP2 Ndikumana"}
    assert ("Directeur", "Police Judiciaire") in roles_of(ex, "Gaspard Ndikumana")


def test_the_body_of_a_post_held_before_gives_no_present_title_its_body(extract):
    text = ("Cour d'appel de Vernon\n\nAudience solennelle\n\nL'audience solennelle de la cour d'appel de Vernon "
            "s'est tenue le 10 janvier 2025 sous la présidence de Mme Odile Ferrant, première présidente.\n\n"
            "Ont été installés les magistrats nommés par décret du 2 décembre 2024 :\n"
            "- M. Hugo Lestrade, président de chambre, précédemment vice-président au tribunal judiciaire de Sarlat ;\n"
            "- Mme Inès Caubet, conseillère.\n\n"
            "Le secrétariat est assuré par Mme Léa Morvan, greffière principale.\n")
    ex = extract(text, "2025-01-12")
    for name in ("Hugo Lestrade", "Inès Caubet", "Léa Morvan"):
        assert "Tribunal judiciaire de Sarlat" not in {org for title, org in roles_of(ex, name)
                                                     if not title.lower().startswith("vice")}
    assert ("Président de chambre", "Cour d'appel de Vernon") in roles_of(ex, "Hugo Lestrade")
    assert ("Conseillère", "Cour d'appel de Vernon") in roles_of(ex, "Inès Caubet")


def test_a_cantonal_deputy_sits_in_the_great_council_the_page_names(extract):
    text = ("Grand Conseil\n\nCommuniqué de presse\n\n"
            "Le 4 mars, le Grand Conseil a adopté la motion du groupe libéral, défendue par la députée "
            "Anne Jaquier (PLR), par 71 voix contre 20.\n")
    ex = extract(text, "2025-03-05")
    assert ("Députée", "Grand Conseil") in roles_of(ex, "Anne Jaquier")


def test_a_title_listing_lower_case_domains_is_held_in_the_body_after_them(extract):
    ex = extract("Le 4 mars, le Conseil a pris note de la présentation faite par le Commissaire à l'agriculture, "
                 "au développement rural et à l'environnement de la Commission de l'UA, S.E. Mme Amina Sow ; "
                 "il a aussi entendu le Secrétaire exécutif de la Communauté de développement de l'Afrique australe "
                 "(SADC), M. Elias Magosi.", "2025-03-06")
    assert ("Commissaire à l'agriculture, au développement rural et à l'environnement",
            "Commission de l'UA") in roles_of(ex, "Amina Sow")


def test_respectively_goes_on_past_the_town_of_the_first_post(extract):
    ex = extract("Le 5 mai, la délégation s'est entretenue à Bururi avec M. Hans Keller et Mme Goreth Niyonzima, "
                 "respectivement Chef de la sous-délégation du Comité International de la Croix-Rouge (CICR) à "
                 "Bururi et Présidente de l'Association Mamans pour la Paix de Bururi (AMPB).", "2024-05-08")
    assert ("Présidente", "AMPB") in roles_of(ex, "Goreth Niyonzima")
    assert "AMPB" not in {org for _, org in roles_of(ex, "Hans Keller")}


def test_a_post_near_a_body_then_and_a_second_post_are_two_posts(extract):
    ex = extract("Le Conseil de paix et de sécurité (CPS) de l'Union africaine a tenu sa 1100e réunion le 3 mars "
                 "2025. Le Conseil prend note de la déclaration liminaire de S.E. l'Ambassadeur Tiémoko Koné, "
                 "Représentant permanent de la République du Mali auprès de l'UA et Président du CPS pour le mois "
                 "de mars 2025.", "2025-03-04")
    roles = roles_of(ex, "Tiémoko Koné")
    assert any(org in {"CPS", "Conseil de paix et de sécurité"} and title.startswith("Président") for title, org in roles)
    assert not any("Président" in title and title.startswith("Représentant") for title, _ in roles)


def test_an_adverb_of_the_present_before_an_apposed_title(extract):
    ex = extract("Le 4 mars, la commission préavise la candidature de M. Loïc Perret, actuellement greffier-rédacteur "
                 "au Tribunal cantonal, au poste de juge.", "2025-03-05")
    assert ("Greffier-rédacteur", "Tribunal cantonal") in roles_of(ex, "Loïc Perret")


def test_a_department_named_by_lower_case_domains_is_held_whole(extract):
    ex = extract("Le 4 mars, au nom du Conseil d'État, le conseiller d'État Marc Favre, chef du Département de la "
                 "santé, de l'action sociale et du sport (DSAS), a soutenu le texte.", "2025-03-05")
    assert "Département de la santé, de l'action sociale et du sport" in bodies_of(ex, "Marc Favre")
    assert "Département de la santé" not in bodies_of(ex, "Marc Favre")


def test_a_legal_act_written_with_capitals_is_no_person(extract):
    ex = extract("Le 6 mai, M. Didace Ntirampeba a été nommé Commissaire Provincial de Police à Rutana par "
                 "Ordonnance Ministérielle n°12/0456 du 3 mai 2024, puis confirmé par Décret Présidentiel.",
                 "2024-05-08")
    assert not _names(ex) & {"Ordonnance Ministérielle", "Décret Présidentiel"}
    assert "Didace Ntirampeba" in _names(ex)


def test_a_sentence_opening_on_a_former_post_cue_gives_no_later_title_its_body(extract):
    text = ("Police Nationale du Burundi\n\n"
            "Le 6 mai, OPC2 Éric Habonimana a été installé à Rutana. Jusque-là, OPC2 Habonimana était à la tête du "
            "Commissariat Communal de Mugamba. La cérémonie a réuni les cadres et le porte-parole, M. Paul Ntore.\n")
    ex = extract(text, "2024-05-08")
    assert "Commissariat Communal de Mugamba" not in {org for _, org in roles_of(ex, "Paul Ntore")}
