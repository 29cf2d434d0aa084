"""Activities in forms of the own-as texts (a local police zone's news, a ministry's translated
communiqués, a daily's report on a regional workshop, an international body's conference news, a
municipal police release), in sentences of our own (issue 8)."""

from __future__ import annotations

from tests.conftest import gatherings


def test_presiding_over_the_ceremony_of_a_gathering_told_takes_part_in_it(extract):
    # « a présidé la cérémonie », « a ouvert les travaux »: a definite gathering as the verb's object is the
    # one told before, whoever organized it
    ex = extract("Un séminaire sur la cybercriminalité s'est ouvert lundi 3 mars à Kribi, organisé par l'Agence "
                 "nationale des technologies de l'information (ANTIC). Le préfet de l'Océan, Paul Ndongo, a présidé "
                 "la cérémonie d'ouverture.", "2025-03-05")
    held = [g for g in gatherings(ex) if g.date == "2025-03-03"]
    assert len(held) == 1 and "Paul Ndongo" in held[0].people, gatherings(ex)
    ex = extract("Le Centre de prévention de Sion a organisé le 12 avril son forum régional de la jeunesse. La "
                 "conseillère d'État Irène Favre a ouvert les travaux.", "2025-04-20")
    held = [g for g in gatherings(ex) if g.date == "2025-04-12"]
    assert len(held) == 1 and "Irène Favre" in held[0].people, gatherings(ex)


WORKSHOP_WITH_SECTIONS = (
    "Cybercriminalité : les forces de l'ordre se forment à Kribi\n\n"
    "Un séminaire sur la cybercriminalité s'est ouvert lundi 3 mars à Kribi, organisé par l'Agence nationale des "
    "technologies de l'information (ANTIC).\n\n"
    "Des experts venus de loin\n\n"
    "Les sessions sont animées par le commandant Lucie Mbarga, de la Direction de la police judiciaire, et par "
    "M. Victor Essomba, consultant.\n")


def test_a_section_under_a_subheading_goes_on_with_the_gathering_told_above(extract):
    # a subheading inside one story: those it says lead or attend the sessions took part in the workshop told
    # above it, which the section does not tell again
    ex = extract(WORKSHOP_WITH_SECTIONS, "2025-03-05")
    assert len(gatherings(ex)) == 1, gatherings(ex)
    assert {"Lucie Mbarga", "Victor Essomba"} <= set(gatherings(ex)[0].people), gatherings(ex)
    ex = extract("Le ministère de l'Intérieur a tenu le 5 juin à Rabat une réunion de coordination avec la "
                 "Direction générale de la sûreté nationale.\n\nDes échanges fructueux\n\nÉtaient également présents "
                 "M. Karim Alaoui, directeur des affaires rurales, et Mme Nadia Bennis, gouverneure.\n", "2025-06-07")
    assert len(gatherings(ex)) == 1, gatherings(ex)
    assert {"Karim Alaoui", "Nadia Bennis"} <= set(gatherings(ex)[0].people), gatherings(ex)


def test_a_news_item_of_its_own_day_under_its_title_is_no_section_of_the_one_above(extract):
    ex = extract("Visite d'une délégation\n\nLe 3 mai, l'Institut de prévention a accueilli une délégation de la "
                 "police de Liège.\n\nJournée portes ouvertes\n\nLe 10 mai, étaient présents M. Marc Olivier, maire "
                 "de Huy, et Mme Inès Collard, échevine.\n", "2025-05-20")
    first = [g for g in gatherings(ex) if g.date == "2025-05-03"]
    assert first and "Marc Olivier" not in first[0].people, gatherings(ex)


def test_those_found_among_the_participants_took_part(extract):
    # « Parmi les participants, on retrouvait X », « On notait la présence de X »: attendance told after the
    # gathering, in a paragraph of its own
    ex = extract("Le gouverneur de la région du Littoral, Paul Ndongo, a ouvert lundi 3 mars à Douala un atelier sur la "
                 "traite des personnes.\n\nParmi les participants, on retrouvait Mme Irène Abessolo, directrice de la "
                 "Sûreté, et M. Hervé Nkolo, sous-préfet de Manoka.", "2025-03-05")
    assert len(gatherings(ex)) == 1 and {"Irène Abessolo", "Hervé Nkolo"} <= set(gatherings(ex)[0].people), gatherings(ex)
    ex = extract("La Ligue des droits de la personne a tenu le 14 mai à Québec son assemblée annuelle.\n\nOn notait "
                 "la présence de Mme Rose Gagnon, députée de Taschereau.", "2025-05-20")
    assert len(gatherings(ex)) == 1 and "Rose Gagnon" in gatherings(ex)[0].people, gatherings(ex)


def test_the_participants_listed_under_a_subheading_took_part_in_the_gathering_above(extract):
    ex = extract("Formation des élus à Sokodé\n\nUne session de formation des élus locaux s'est tenue le 7 octobre à "
                 "Sokodé, à l'initiative de l'Association des communes du Togo.\n\nQui était là ?\n\nLes participants "
                 "venaient de toute la région. Parmi eux :\n- Koffi Agbeko, maire de Tchamba ;\n- Le commandant "
                 "Yawa Dossou, commandant de la brigade de Bafilo.\n", "2025-10-10")
    assert len(gatherings(ex)) == 1, gatherings(ex)
    assert {"Koffi Agbeko", "Yawa Dossou"} <= set(gatherings(ex)[0].people), gatherings(ex)


def test_presiding_over_the_ceremony_surrounded_by_others_is_still_the_gathering_told(extract):
    ex = extract("Un atelier sur la traite des personnes s'est ouvert mardi 4 février à Garoua, à l'initiative du "
                 "ministère de la Justice. C'est le gouverneur du Nord, Paul Ndongo, qui a présidé la cérémonie "
                 "d'ouverture, entouré du préfet de la Bénoué, Hervé Nkolo.", "2025-02-06")
    assert len(gatherings(ex)) == 1, gatherings(ex)
    assert {"Paul Ndongo", "Hervé Nkolo"} <= set(gatherings(ex)[0].people), gatherings(ex)


def test_an_open_day_at_the_police_station_is_no_appointment(extract):
    # « au poste de police » ending the sentence is the station, as it is before « de Bienne »
    ex = extract("GRANBY, le 12 mars 2025 – Le Service de police de Granby a présenté mardi son plan de sécurité des "
                 "quartiers, préparé par le Service de police de Granby avec les commerçants.\n\nUne soirée portes ouvertes aura lieu le mardi 18 mars à 19 h au poste de police.",
                 "2025-03-14")
    assert not [a for a in ex.activities + ex.announcements if a.kind == "hire"], ex.activities
    planned = [g for g in gatherings(ex) if g.date == "2025-03-18"]
    assert planned and "Service de police de Granby" in planned[0].organizations, gatherings(ex)


def test_a_gathering_announced_with_no_one_named_is_the_publishers(extract):
    ex = extract("SHERBROOKE, le 3 février 2025 – La Régie de police de Memphrémagog a reçu lundi le prix de la "
                 "prévention. La Régie de police de Memphrémagog remercie ses partenaires.\n\nUne séance "
                 "d'information pour les parents aura lieu le mercredi 12 février à la bibliothèque de Magog.",
                 "2025-02-03")
    planned = [g for g in gatherings(ex) if g.date == "2025-02-12"]
    assert planned and "Régie de police de Memphrémagog" in planned[0].organizations, gatherings(ex)


def test_the_post_an_appointee_held_before_is_no_second_appointment(extract):
    ex = extract("LÉVIS, le 14 mars 2025 – Le conseil municipal de Lévis a entériné lundi la nomination de Claire Roy "
                 "au poste de directrice du Service de police de Lévis.\n\nOriginaire de Rimouski, Claire Roy a fait sa "
                 "carrière à la Sûreté du Québec (SQ), où elle occupait depuis 2019 le poste de commandante.",
                 "2025-03-14")
    hires = [a for a in ex.activities if a.kind == "hire"]
    assert len(hires) == 1 and hires[0].date == "2025-03-10", hires


def test_a_body_chaired_by_someone_is_no_meeting(extract):
    # « Le comité de sélection était présidé par X »: who chairs a body, not a gathering held
    ex = extract("LÉVIS, le 14 mars 2025 – Le conseil municipal de Lévis a entériné lundi la nomination de Claire Roy "
                 "au poste de directrice du Service de police de Lévis.\n\nLe comité de sélection était présidé par "
                 "Marc Leduc, directeur général de la Ville de Lévis.", "2025-03-14")
    assert not [g for g in gatherings(ex) if "Marc Leduc" in g.people], gatherings(ex)
    ex = extract("Le 2 juin, la Ville de Namur a tenu une réunion de crise. La réunion était présidée par Paul Lemaire, "
                 "bourgmestre de Namur.", "2025-06-03")
    assert [g for g in gatherings(ex) if "Paul Lemaire" in g.people], gatherings(ex)


def test_what_is_signed_under_a_subheading_on_a_day_of_the_conference_above_is_in_its_city(extract):
    ex = extract("Conférence des médiateurs à Niamey\n\nDu 4 au 6 mars 2025, le Réseau des médiateurs de l'Afrique de "
                 "l'Ouest a tenu à Niamey sa conférence annuelle, avec les délégations du Bénin et du Togo.\n\nUne "
                 "charte commune\n\nLe 6 mars, les chefs des délégations ont signé une charte commune de déontologie.\n",
                 "2025-03-10")
    signed = [a for a in ex.activities if a.kind == "agreement"]
    assert signed and signed[0].place == "Niamey", ex.activities
    assert "Réseau des médiateurs de l'Afrique de l'Ouest" in signed[0].organizations, signed


def test_a_special_correspondents_line_places_the_story_and_heads_no_item(extract):
    # « Envoyé spécial à X », « De notre correspondant à X » under the byline: where the story was written
    ex = extract("Cybercriminalité : les gendarmes à l'école\n\nPaul MBARGA | 05-03-2025 08:15\nEnvoyé spécial à Kribi\n\n"
                 "Un séminaire sur la cybercriminalité s'est ouvert lundi dans la ville balnéaire, organisé par l'Agence "
                 "nationale des technologies de l'information (ANTIC) et la Gendarmerie nationale.", "2025-03-05")
    assert len(ex.items) == 1, ex.items
    assert [g.place for g in gatherings(ex)] == ["Kribi"], gatherings(ex)
    ex = extract("Sécurité routière : les motos-taxis sensibilisés\n\nDe notre correspondante à Bouaké\n\nLa Direction "
                 "régionale des transports a tenu mardi 4 mars une réunion avec l'Union des motos-taxis.",
                 "2025-03-06")
    assert [g.place for g in gatherings(ex)] == ["Bouaké"], gatherings(ex)
    ex = extract("Les douaniers formés à la lutte contre la fraude\n\nDe notre envoyé spécial à Kayes, le 3 mars\n\nLa "
                 "Direction générale des douanes a tenu lundi une réunion avec les transitaires.", "2025-03-05")
    assert [g.place for g in gatherings(ex)] == ["Kayes"], gatherings(ex)


def test_those_surrounded_by_elided_others_at_the_ceremony_took_part(extract):
    ex = extract("Un atelier sur la sécurité des écoles s'est ouvert mardi 4 février à Maroua, à l'initiative du "
                 "ministère de l'Éducation. C'est le gouverneur de l'Extrême-Nord, Paul Ndongo, qui a présidé la "
                 "cérémonie d'ouverture, entouré d'Hervé Nkolo, délégué régional de l'Éducation.", "2025-02-06")
    assert len(gatherings(ex)) == 1 and {"Paul Ndongo", "Hervé Nkolo"} <= set(gatherings(ex)[0].people), gatherings(ex)
