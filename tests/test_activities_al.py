"""Activities, round al: a gathering led by those a pronoun's sentence names after it, a board elected
at an assembly, hearings listed by sitting, signatories for each side, releases dated each by its own line."""

from __future__ import annotations


def gatherings(extraction):
    return [a for a in extraction.activities + extraction.announcements if a.kind in {"meeting", "event", "agreement"}]


TRAINING = (
    "Bulletin de l'Association des polices alpines\n\n"
    "Du 9 au 12 juin 2025, l'Institut régional de sécurité publique (IRSP) recevra à Grenoble un stage de "
    "l'Association sur les violences intrafamiliales. Il sera encadré par le commandant Luc Ferrand, instructeur "
    "à l'IRSP, ainsi que par l'inspectrice Sarah Benali du Service de police de Lyon. Trente places sont offertes.\n"
)


def test_those_a_pronoun_says_will_lead_the_gathering_told_before_take_part_in_it(extract):
    ex = extract(TRAINING, "2025-02-10")
    led = [g for g in gatherings(ex) if "Luc Ferrand" in g.people]
    assert led and led[0].date == "2025-06-09" and "Sarah Benali" in led[0].people
    assert len([g for g in gatherings(ex) if (g.date or "").startswith("2025-06") or "Sarah Benali" in g.people]) == 1


BOARD = (
    "Lettre de l'Alliance des écoles de gendarmerie\n\n"
    "ASSEMBLÉE 2025 : UN NOUVEAU BUREAU\n\n"
    "Réunies en assemblée générale annuelle les 8 et 9 octobre à Rabat (Maroc), chez l'Institut royal de police, "
    "les 30 écoles de l'Alliance ont élu leur bureau pour les deux années à venir.\n\n"
    "Le bureau se compose donc comme suit :\n"
    "• Président : général Paul Lemaire, Gendarmerie royale (Belgique)\n"
    "• Vice-présidente : lieutenante-colonelle Awa Diallo, École de gendarmerie de Thiès (Sénégal)\n"
    "• Trésorier : M. Jonas Keller, Institut suisse de police\n\n"
    "Le lendemain de ce vote, le nouveau bureau a tenu sa première réunion, en présence de la secrétaire "
    "exécutive de l'Alliance, Mme Claire Morin.\n"
)
OFFICERS = ("Paul Lemaire", "Awa Diallo", "Jonas Keller")


def test_a_board_listed_line_by_line_after_its_election_is_one_hire_an_officer_on_the_assembly_day(extract):
    ex = extract(BOARD, "2025-10-30")
    hired = {p: h.date for h in ex.activities if h.kind == "hire" for p in h.people}
    for name in OFFICERS:
        assert (hired.get(name) or "").startswith("2025-10"), (name, hired)
    assembly = [g for g in gatherings(ex) if g.date == "2025-10-08"]
    assert assembly and set(OFFICERS) <= set(assembly[0].people)


def test_the_new_board_holding_its_first_sitting_is_the_officers_just_elected(extract):
    ex = extract(BOARD, "2025-10-30")
    sitting = [g for g in gatherings(ex) if "Claire Morin" in g.people]
    assert sitting and set(OFFICERS) <= set(sitting[0].people)


RELEASES = (
    "Police régionale des Vosges\n"
    "Accueil > Actualités > Communiqués\n\n"
    "Nomination d'une nouvelle cheffe à la compagnie de Saint-Dié\n"
    "14 mai 2025 | Compagnie de Saint-Dié\n\n"
    "Épinal – La Police régionale des Vosges annonce la nomination de la commandante Hélène Vautrin à titre de "
    "cheffe de la compagnie de Saint-Dié. En poste depuis le 5 mai, la commandante Vautrin succède au commandant "
    "Yves Grandjean, qui a pris sa retraite.\n\n"
    "-30-\n\n"
    "Lancement de la campagne « Sur la route, pas de téléphone »\n"
    "2 mai 2025 | Direction générale\n\n"
    "Nancy – La Police régionale des Vosges et l'Agence régionale de sécurité routière (ARSR) ont lancé mardi "
    "dernier, à Remiremont, la campagne de prévention « Sur la route, pas de téléphone ». Le lancement s'est tenu "
    "en présence du directeur de l'ARSR, M. Gilles Perrin.\n\n"
    "-30-\n"
)


def test_an_appointment_told_without_a_day_takes_the_day_its_appointee_is_in_post_since(extract):
    ex = extract(RELEASES, "2025-05-20")
    hire = [h for h in ex.activities if h.kind == "hire" and "Hélène Vautrin" in h.people]
    assert hire and hire[0].date == "2025-05-05"


def test_a_weekday_last_counts_back_from_the_date_line_of_its_own_release_on_a_page_of_several(extract):
    ex = extract(RELEASES, "2025-05-20")
    launch = [g for g in gatherings(ex) if "Gilles Perrin" in g.people]
    assert launch and launch[0].date == "2025-04-29"


HEARINGS = (
    "Sénat de Belgique\n\n"
    "RAPPORT FAIT AU NOM DE LA COMMISSION DE LA JUSTICE\n\n"
    "I. — PROCÉDURE\n\n"
    "Lors de ses séances des 3 et 10 mars 2025, la commission a tenu des auditions sur la surpopulation des "
    "prisons.\n\n"
    "Ont été entendus:\n"
    "— le 3 mars 2025: M. Bruno Lefèvre, directeur général des établissements pénitentiaires, et Mme Ilse Wouters, "
    "directrice de la prison de Haren;\n"
    "— le 10 mars 2025: M. Marc Dewitte, président du Conseil central de surveillance pénitentiaire, accompagné de "
    "Mme Sofia Benali, juriste.\n\n"
    "II. — DISCUSSION\n\n"
    "Lors de la réunion du 3 mars 2025, Mme Anke Claes (CD&V) demande combien de places seront créées.\n\n"
    "Lors de la réunion du 10 mars 2025, M. Paul Gérard (Ecolo) interroge le président du Conseil central.\n"
)


def test_hearings_listed_by_sitting_are_one_meeting_a_sitting_with_its_own_people(extract):
    ex = extract(HEARINGS, "2025-03-31")
    by_day = {g.date: set(g.people) for g in gatherings(ex)}
    assert {"Bruno Lefèvre", "Ilse Wouters"} <= by_day.get("2025-03-03", set())
    assert {"Marc Dewitte", "Sofia Benali"} <= by_day.get("2025-03-10", set())
    assert "Marc Dewitte" not in by_day.get("2025-03-03", set())


def test_a_sitting_recalled_by_its_day_takes_the_members_who_spoke_at_it(extract):
    ex = extract(HEARINGS, "2025-03-31")
    by_day = {}
    for g in gatherings(ex):
        by_day.setdefault(g.date, []).append(set(g.people))
    assert len(by_day.get("2025-03-03", [])) == 1 and "Anke Claes" in by_day["2025-03-03"][0]
    assert len(by_day.get("2025-03-10", [])) == 1 and "Paul Gérard" in by_day["2025-03-10"][0]


def test_a_delegation_received_on_the_margin_of_a_meeting_takes_the_meetings_day(extract):
    text = ("Tambaro, 5 mars 2025 (ANP) – Le gouverneur de la région de Tambaro, M. Issa Maïga, a présidé, lundi "
            "3 mars 2025, à la salle des fêtes du gouvernorat, une réunion du comité régional de sécurité.\n\n"
            "En marge de la réunion, le gouverneur a accueilli une délégation de la Fédération des "
            "transporteurs de Tambaro (FTT), emmenée par son président, M. Boubacar Touré.\n")
    ex = extract(text, "2025-03-05")
    received = [g for g in gatherings(ex) if "Boubacar Touré" in g.people]
    assert received and received[0].date == "2025-03-03"


AUDIENCES = (
    "Niamey, 8 avril 2025 (ANP) – Le ministre de la Justice, M. Oumarou Kané, a reçu ce mardi en audience "
    "l'ambassadrice d'Italie au Niger, Mme Paola Ricci.\n\n"
    "Peu après, le ministre de la Justice s'est entretenu avec une délégation de l'Organisation internationale pour "
    "les migrations (OIM), menée par son chef de mission, M. Jens Holm.\n\n"
    "À l'issue de cette rencontre, un protocole de coopération a été conclu. Il a été signé, pour le Niger, par le "
    "secrétaire général du ministère de la Justice, M. Salifou Adamou, et pour l'OIM, par M. Jens Holm.\n\n"
    "Étaient également présents à ces deux audiences le directeur de l'administration pénitentiaire, "
    "M. Moussa Hima, et la directrice des affaires pénales, Mme Aïcha Bako.\n"
)


def test_an_agreement_initialled_for_each_side_by_one_person_is_of_those_two(extract):
    ex = extract(AUDIENCES, "2025-04-08")
    signed = [a for a in ex.activities if a.kind == "agreement"]
    assert signed and set(signed[0].people) == {"Salifou Adamou", "Jens Holm"}


def test_those_present_at_both_audiences_attended_each_one(extract):
    ex = extract(AUDIENCES, "2025-04-08")
    met = [g for g in ex.activities if g.kind == "meeting"]
    assert len([m for m in met if "Moussa Hima" in m.people and "Aïcha Bako" in m.people]) == 2


LAUNCH = (
    "Lettre de l'Observatoire des polices municipales\n\n"
    "Le Réseau des polices municipales (RPM) a lancé le 12 février, lors d'une rencontre en ligne suivie par "
    "200 personnes, le deuxième numéro de sa revue « Regards sur la police locale ». L'ouvrage a été codirigé par "
    "Anne Lemaire et par Karim Haddad, chercheur à l'Université de Lille. Il réunit neuf contributions, dont celles "
    "du commandant Pierre Vidal (Police municipale de Lyon) et de Sophie Marchand, juriste au Centre national de la "
    "fonction publique territoriale (CNFPT).\n\n"
    "La revue peut être téléchargée gratuitement dans la section Publications.\n"
)


def test_a_collections_number_launched_on_a_day_is_a_publication_of_its_editors_and_contributors(extract):
    ex = extract(LAUNCH, "2025-03-01")
    published = [a for a in ex.activities if a.kind == "publication"]
    assert published and published[0].date == "2025-02-12"
    assert {"Anne Lemaire", "Karim Haddad", "Pierre Vidal", "Sophie Marchand"} <= set(published[0].people)
    assert not [g for g in gatherings(ex) if "Pierre Vidal" in g.people]
    assert len(published) == 1


def test_a_newcomer_who_joined_the_secretariat_on_a_day_is_a_hire_on_that_day(extract):
    text = ("Lettre du Réseau des médiateurs urbains (RMU)\n\n"
            "EN BREF\n\n"
            "Le RMU a tenu son conseil le 3 mars à Liège.\n\n"
            "Nous saluons l'arrivée de M. Hugo Lambert, qui a rejoint l'équipe du secrétariat du RMU le 10 mars en "
            "qualité de chargé de communication.\n")
    ex = extract(text, "2025-03-31")
    hired = [h for h in ex.activities if h.kind == "hire" and "Hugo Lambert" in h.people]
    assert hired and hired[0].date == "2025-03-10"


def test_a_committee_deciding_to_hear_someone_on_a_day_announces_that_hearing(extract):
    text = ("RAPPORT FAIT AU NOM DE LA COMMISSION DE LA JUSTICE\n\n"
            "IV. — SUITE DES TRAVAUX\n\n"
            "La commission a décidé d'auditionner le 18 avril 2025 le ministre de la Justice, M. Pieter De Smet.\n")
    ex = extract(text, "2025-03-31")
    heard = [g for g in gatherings(ex) if "Pieter De Smet" in g.people]
    assert heard and heard[0].date == "2025-04-18" and heard[0].status == "planned"


def test_an_officer_recalled_by_title_in_post_since_his_appointment_on_a_day_was_appointed_that_day(extract):
    text = ("Tambaro, 12 juin 2025 (ANP) – Le gouverneur de la région, M. Issa Maïga, a présidé mardi une réunion du "
            "comité régional de sécurité. Ont pris part à cette rencontre le commandant de la compagnie de gendarmerie "
            "de Tambaro, le capitaine Ali Sanogo, et le maire, M. Paul Kéré.\n\n"
            "Le commandant de compagnie, qui est à la tête de l'unité depuis sa nomination le 3 juin dernier, a "
            "annoncé des patrouilles mixtes.\n")
    ex = extract(text, "2025-06-12")
    hired = [h for h in ex.activities if h.kind == "hire"]
    assert [(h.people, h.date) for h in hired] == [(["Ali Sanogo"], "2025-06-03")]


def test_a_sitting_the_day_after_the_assembly_is_a_meeting_of_its_own(extract):
    ex = extract(BOARD, "2025-10-30")
    sitting = [g for g in gatherings(ex) if "Claire Morin" in g.people]
    assert sitting and sitting[0].date != "2025-10-08"
