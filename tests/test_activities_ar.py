"""Activities in forms of the own-ar texts (a daily's report of a handover ceremony, a federal police
release, a university school's news page, a gendarmerie's social-media post, a departmental council's
page), in sentences of our own (issue 8)."""

from __future__ import annotations


def _gatherings(ex) -> list:
    return [a for a in ex.activities if a.kind in {"meeting", "event"}]


def test_those_listed_after_en_presence_and_a_colon_attended_the_ceremony(extract):
    text = ("Hier mardi, à Yaoundé, le commissaire Paul Ekambi a remis le service à son successeur, le "
            "commissaire Jean Mbarga, au cours d'une cérémonie tenue au siège de la Délégation générale à la "
            "Sûreté nationale.\n\n"
            "La cérémonie était présidée par le Délégué général, M. Martin Nkoulou, en présence :\n"
            "- de M. Alain Fotso, préfet du Mfoundi ;\n"
            "- du colonel Thomas Essomba, commandant de la Légion de gendarmerie du Centre ;\n"
            "- ainsi que de nombreux officiers.\n")
    ex = extract(text, "2025-05-07")
    held = _gatherings(ex)
    assert len(held) == 1
    assert {"Paul Ekambi", "Jean Mbarga", "Martin Nkoulou", "Alain Fotso", "Thomas Essomba"} <= set(held[0].people)


def test_a_list_opened_by_en_presence_de_joins_the_inauguration(extract):
    text = ("Le 14 octobre, le maire de Villeneuve-sur-Lot, Mme Claire Dumas, a inauguré le nouveau poste de "
            "police municipale, en présence de :\n"
            "• M. Henri Latour, sous-préfet de Villeneuve-sur-Lot ;\n"
            "• Mme Sonia Bel, procureure de la République d'Agen.\n")
    ex = extract(text, "2024-10-16")
    held = _gatherings(ex)
    assert len(held) == 1
    assert {"Claire Dumas", "Henri Latour", "Sonia Bel"} <= set(held[0].people)


def test_a_ceremony_of_handover_or_installation_is_an_event(extract):
    chad = extract("Le jeudi 6 février, le Directeur général de la Police nationale, M. Issa Mahamat, a présidé à "
                   "Bouaké la cérémonie de passation de commandement entre le commissaire Yao Kouassi et son "
                   "successeur, le commissaire Awa Traoré.", "2025-02-10")
    congo = extract("Le ministre délégué chargé de la Gendarmerie, le général Hervé Tsimba, a présidé vendredi "
                    "dernier à Ouesso la cérémonie d'installation du colonel Luc Ngoma à la tête de la Région de "
                    "gendarmerie de la Sangha.", "2025-02-10")
    for ex, who in ((chad, "Awa Traoré"), (congo, "Luc Ngoma")):
        told = [a for a in ex.activities if who in a.people and a.kind != "hire"]
        assert told and all(a.kind == "event" for a in told)


def test_a_meeting_held_after_the_ceremony_stays_a_meeting(extract):
    ex = extract("À l'issue de la cérémonie de passation de service, le 3 mars, le préfet de Kaolack, M. Malick "
                 "Sarr, a reçu les chefs de quartier de la commune.", "2025-03-05")
    told = [a for a in ex.activities if "Malick Sarr" in a.people]
    assert told and all(a.kind == "meeting" for a in told)


def test_a_list_opened_by_those_who_signed_or_took_part_names_the_attendants(extract):
    signing = extract("C'est à la mairie de Saint-Brieuc que s'est tenue, mardi 4 mars, la signature de la convention de "
                      "coordination entre la police municipale et la police nationale.\n\n"
                      "Les trois signataires :\n"
                      "– M. Yann Le Goff, maire de Saint-Brieuc ;\n"
                      "– Mme Gaëlle Riou, préfète des Côtes-d'Armor ;\n"
                      "– M. Paul Kervella, directeur départemental de la police nationale.\n", "2025-03-06")
    council = extract("Le bourgmestre de Waremme, M. Luc Hardy, a présidé le 3 mars la réunion du conseil de police de la "
                      "zone Hesbaye.\n\n"
                      "Participants :\n"
                      "- Mme Ann Peeters, cheffe de corps de la zone de police ;\n"
                      "- M. Dirk Claes, commissaire divisionnaire.\n", "2025-03-06")
    for ex, names in ((signing, {"Yann Le Goff", "Gaëlle Riou", "Paul Kervella"}),
                      (council, {"Luc Hardy", "Ann Peeters", "Dirk Claes"})):
        told = [a for a in ex.activities if a.kind != "hire" and set(a.people) & names]
        assert len(told) == 1 and names <= set(told[0].people)


def test_a_day_told_by_a_stage_of_a_tour_starts_the_meeting_told_next(extract):
    tour = extract("Du lundi 3 au mercredi 5 mars 2025, le Directeur général de la Police nationale, M. Kossi Agbeko, a "
                   "effectué une tournée d'inspection dans la région des Plateaux.\n\n"
                   "Lundi, arrêt à Atakpamé. Le Directeur général a tenu une séance de travail avec le Préfet "
                   "de l'Ogou, M. Komlan Dzidzo.\n\n"
                   "Le lendemain, direction le commissariat de Kpalimé. Le Directeur général s'est entretenu avec le "
                   "personnel sur les conditions de travail. Il a également félicité le commissaire Yawo Mensah pour "
                   "la bonne tenue du service.\n", "2025-03-08")
    visit = extract("Lundi 17 mars, le préfet du Gard, M. Jérôme Aubry, a réuni à Nîmes les maires du bassin d'Alès "
                    "autour du plan de prévention des inondations.\n\n"
                    "Mardi 18 mars, déplacement à Uzès. Le préfet s'est entretenu avec les commerçants du "
                    "centre-ville. Il a ensuite salué le commandant de la brigade, le capitaine Noël Ferrand.\n",
                    "2025-03-20")
    for ex, who, day in ((tour, "Yawo Mensah", "2025-03-04"), (visit, "Noël Ferrand", "2025-03-18")):
        told = [a for a in ex.activities if who in a.people]
        assert told and all(a.date == day for a in told)


def test_an_appointment_at_the_same_sitting_takes_the_day_of_the_sitting_told_before(extract):
    mali = extract("Le nouveau directeur de la Police judiciaire, M. Issa Koné, a pris ses fonctions lundi à Bamako.\n\n"
                   "Nommé lors du Conseil des ministres du mercredi 9 avril 2025, M. Koné dirigeait jusque-là l'École "
                   "nationale de police. Le directeur sortant, M. Lamine Traoré, a été nommé lors du même Conseil "
                   "inspecteur général des services de sécurité.\n", "2025-04-16")
    board = extract("Lors de sa séance du 12 juin 2024, le conseil d'administration de l'Institut Vauban a désigné "
                    "Mme Claire Morel à la direction des études. Au cours de la même séance, M. Théo Garnier a été "
                    "nommé secrétaire général de l'Institut.", "2024-06-20")
    for ex, who, day in ((mali, "Lamine Traoré", "2025-04-09"), (board, "Théo Garnier", "2024-06-12")):
        hires = [a for a in ex.activities if a.kind == "hire" and who in a.people]
        assert hires and all(h.date == day for h in hires)


def test_a_gathering_recalled_as_done_after_one_announced_is_the_one_held(extract):
    school = extract("La cérémonie de sortie de la 12e promotion de l'École nationale de police s'est déroulée hier "
                     "jeudi à Niamey, sous la présidence du ministre de l'Intérieur, M. Hamidou Sani.\n\n"
                     "Le directeur de l'École, le commissaire Abdou Maïga, a salué la discipline des élèves. Il a en "
                     "outre annoncé la tenue, le mois prochain à Maradi, d'un séminaire de formation des "
                     "formateurs, avec le concours de l'Union européenne.\n\n"
                     "La cérémonie s'est terminée sur une parade de la Garde nationale du Niger.\n", "2025-03-14")
    city = extract("Le maire de Lyon, M. Paul Reynaud, a reçu mardi à l'hôtel de ville une délégation de la police "
                   "municipale de Turin conduite par M. Marco Ferri.\n\n"
                   "Le maire a aussi annoncé la tenue, en juin prochain à Lyon, d'un forum européen des polices "
                   "municipales, avec le concours du Forum européen pour la sécurité urbaine.\n\n"
                   "La rencontre s'est conclue par une visite du centre de supervision urbaine de la Métropole de "
                   "Lyon.\n", "2025-03-14")
    for ex, body in ((school, "Garde nationale du Niger"), (city, "Métropole de Lyon")):
        told = [a for a in ex.activities if body in a.organizations]
        assert told and all(a.status == "held" for a in told)


def test_a_publication_signed_by_its_authors_is_no_agreement(extract):
    study = extract("L'Observatoire régional de la délinquance vient de publier une étude sur la sécurité dans les gares "
                    "de Lille. L'étude est signée par Mme Anne Roux, chercheuse associée, et M. Karim Saïdi, "
                    "doctorant.\n", "2025-02-20")
    guide = extract("La Fondation pour la sécurité urbaine a publié en janvier un guide des marches exploratoires.\n\n"
                    "Le guide est signé par Mme Odile Marchand, urbaniste, et M. Hugo Lenoir, policier municipal.\n",
                    "2025-02-20")
    for ex, authors in ((study, {"Anne Roux", "Karim Saïdi"}), (guide, {"Odile Marchand", "Hugo Lenoir"})):
        assert not [a for a in ex.activities if a.kind == "agreement"]
        assert any(a.kind == "publication" and authors <= set(a.people) for a in ex.activities)


def test_a_publication_just_out_is_dated_by_the_month_it_is_told(extract):
    study = extract("L'Observatoire régional de la délinquance vient de publier une étude sur la sécurité dans les gares "
                    "de Lille.", "2025-02-20")
    book = extract("Les éditions du Septentrion viennent de faire paraître Polices de proximité, un ouvrage collectif "
                   "dirigé par M. Julien Caron, professeur à l'Université Laval.", "2024-11-05")
    for ex, month in ((study, "2025-02"), (book, "2024-11")):
        published = [a for a in ex.activities if a.kind == "publication"]
        assert published and all(a.date == month for a in published)
