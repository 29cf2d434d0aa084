"""Activities of issue 8's fifth own series: a day counted back from a signing under a heading,
an appointment dated by its decree, the relative days of a daily, officers elected together
(all sentences written for these tests)."""

from __future__ import annotations


def by_kind(extraction, kind: str):
    return [a for a in extraction.activities if a.kind == kind]


def test_la_veille_under_a_heading_counts_back_from_the_signing_told_above(extract):
    text = ("Rapport\n\n"
            "La ministre de la Santé, Julie Armand, a signé ce jeudi 6 mars à Namur une convention avec la "
            "Croix-Rouge de Belgique.\n\n"
            "Rencontre avec le ministre italien\n\n"
            "La veille, la ministre avait reçu à Liège son homologue italien, Marco Rossi, ministre de la Santé "
            "d'Italie.\n")
    ex = extract(text, "2025-03-07")
    meeting = next(m for m in by_kind(ex, "meeting") if "Marco Rossi" in m.people)
    assert (meeting.date, meeting.place) == ("2025-03-05", "Liège")


def test_an_appointment_told_with_a_pronoun_takes_the_day_of_its_decree(extract):
    text = ("Actualités\n\n"
            "La nouvelle directrice générale faisant fonction de la Direction générale des Prisons (DGP), Marie Lenoir, "
            "assistait également à la signature. Par arrêté ministériel du 12 mai 2025, elle a été désignée à la tête "
            "de la DGP ad interim, en remplacement de Luc Morel.\n")
    ex = extract(text, "2025-06-07")
    hire = next(h for h in by_kind(ex, "hire") if "Marie Lenoir" in h.people)
    assert hire.date == "2025-05-12"


def test_an_assembly_met_on_a_day_that_elects_is_a_meeting_as_well_as_a_hire(extract):
    text = ("Conférence des recteurs\n\n"
            "Réunie à Sion mardi dernier, l'assemblée de printemps de la Conférence des recteurs des hautes écoles "
            "(CRHE) a élu à sa présidence la professeure vaudoise Anne Muller. Elle succédera le 1er juillet 2025 au "
            "professeur bernois Paul Graf. Le conseiller fédéral Marc Favre a participé aux débats sur le "
            "financement de la recherche.\n")
    ex = extract(text, "2025-05-09")
    hire = next(h for h in by_kind(ex, "hire") if "Anne Muller" in h.people)
    assert (hire.date, hire.place) == ("2025-05-06", "Sion")
    meetings = by_kind(ex, "meeting")
    assert len(meetings) == 1 and (meetings[0].date, meetings[0].place) == ("2025-05-06", "Sion")
    assert {"Anne Muller", "Marc Favre"} <= set(meetings[0].people)


def test_an_academic_degree_before_the_name_does_not_end_the_sentence_of_an_appointment(extract):
    text = ("Nouveau directeur\n\n"
            "Lors de sa séance d'hier, le Conseil d'État a nommé Dr. med. Pierre Ammann directeur adjoint de "
            "l'Office cantonal de la santé (OCS). Il succède à Jean Rey, qui prendra sa retraite à la fin de mars 2026.\n")
    ex = extract(text, "2025-12-04")
    hire = next(h for h in by_kind(ex, "hire") if "Pierre Ammann" in h.people)
    assert hire.date == "2025-12-03"


def test_officers_elected_respectively_at_a_board_renewal_are_one_hire_each_of_the_body(extract):
    text = ("Vie associative\n\n"
            "L'Amicale des sapeurs-pompiers de Lorraine (ASPL) a renouvelé son bureau samedi dernier au Camp "
            "Bellevue, à Metz. Le capitaine Julie Bertin a été élue présidente, secondée par les lieutenants Marc Aubert "
            "et Paul Simon, respectivement trésorier et secrétaire général.\n")
    ex = extract(text, "2025-11-27")
    hires = {tuple(h.people): h for h in by_kind(ex, "hire")}
    for name in ("Julie Bertin", "Marc Aubert", "Paul Simon"):
        hire = hires.get((name,))
        assert hire is not None, (name, list(hires))
        assert (hire.date, hire.place) == ("2025-11-22", "Metz") and "ASPL" in hire.organizations


def test_an_event_a_spokesman_confirms_takes_the_day_and_bodies_told_after_que(extract):
    text = ("Actualités\n\n"
            "Joint par nos soins hier, le porte-parole de la Gendarmerie nationale, le capitaine Marc Dumas, a confirmé "
            "qu'un séminaire régional de la Communauté des Alpes (CDA) sur la sécurité routière se tiendra le "
            "4 décembre prochain à Annecy.\n")
    ex = extract(text, "2025-11-20")
    event = next(a for a in ex.activities if a.kind == "event")
    assert (event.date, event.place) == ("2025-12-04", "Annecy")
    assert "CDA" in event.organizations and "Marc Dumas" not in event.people


def test_a_signing_on_the_occasion_of_an_inauguration_told_above_takes_its_day(extract):
    text = ("Actualités\n\n"
            "Le nouveau commissariat de Montbrison a été inauguré le jeudi 6 mars par le préfet de la Loire, Jean Dumont.\n\n"
            "Une convention avec la Croix-Rouge\n\n"
            "À l'occasion de l'inauguration, la Direction départementale de la sécurité publique (DDSP) de la Loire et "
            "la Croix-Rouge française ont signé une convention de partenariat. La convention a été signée par "
            "Marc Petit et par la déléguée territoriale de la Croix-Rouge, Anne Roy.\n")
    ex = extract(text, "2025-03-10")
    signed = next(a for a in by_kind(ex, "agreement") if "Anne Roy" in a.people)
    assert signed.date == "2025-03-06"


def test_the_next_of_a_series_told_as_coming_is_an_event_whatever_its_noun(extract):
    text = ("Actualités\n\n"
            "Le préfet a reçu hier le maire de Brest, Jean Le Gall.\n\n"
            "Le prochain dialogue entre la Direction de la police (DPOL) et l'Union des élus (UDE) sur la "
            "vidéoprotection se tiendra le 14 avril 2026 à Rennes.\n")
    ex = extract(text, "2025-12-04")
    planned = [a for a in ex.activities if a.date == "2026-04-14"]
    assert planned and planned[0].place == "Rennes" and {"DPOL", "UDE"} <= set(planned[0].organizations)


def test_le_lendemain_counts_from_the_installation_not_from_the_earlier_appointment_recalled(extract):
    text = ("Le nouveau préfet installé\n\n"
            "Le nouveau préfet du Haut-Var, M. Paul Girard, a été installé lundi dans ses fonctions à Draguignan, au "
            "cours d'une cérémonie présidée par le secrétaire général du ministère, M. Marc Lebrun.\n\n"
            "M. Paul Girard avait été nommé à ce poste par le Conseil des ministres du mercredi 5 novembre 2025, en "
            "remplacement de M. Luc Bastide.\n\n"
            "Le lendemain, le préfet a présidé la réunion du comité départemental de sécurité, à laquelle a pris part "
            "le maire de Draguignan, M. Henri Vidal.\n")
    ex = extract(text, "2025-11-13")
    meeting = next(m for m in by_kind(ex, "meeting") if "Henri Vidal" in m.people)
    assert meeting.date == "2025-11-11"


def test_il_s_est_deroule_en_presence_de_adds_to_the_meeting_told(extract):
    text = ("Actualités\n\n"
            "Paris, 13/11/2025 - Le ministre de la Justice, M. Paul Morel, a reçu, jeudi en son bureau à Paris, "
            "Mme Anna Berg, cheffe de mission du Haut-Commissariat des Nations unies pour les réfugiés (HCR) en France.\n\n"
            "L'entretien a porté sur l'accueil des réfugiés.\n\n"
            "Il s'est déroulé en présence du secrétaire général du ministère, M. Luc Faure, et du directeur de la "
            "police, le général Marc Bayle.\n")
    ex = extract(text, "2025-11-13")
    meetings = by_kind(ex, "meeting")
    assert len(meetings) == 1
    assert {"Paul Morel", "Anna Berg", "Luc Faure", "Marc Bayle"} <= set(meetings[0].people)


def test_a_newcomer_who_attended_the_signing_is_among_those_present(extract):
    text = ("Actualités\n\n"
            "La ministre de la Santé, Julie Armand, a signé ce jeudi 6 mars à Namur une convention avec la Croix-Rouge "
            "de Belgique. La nouvelle directrice générale faisant fonction de la Direction générale des Prisons (DGP), "
            "Marie Lenoir, assistait également à la signature.\n")
    ex = extract(text, "2025-03-07")
    signed = by_kind(ex, "agreement")
    assert signed and "Marie Lenoir" in signed[0].people


def test_a_speaker_appointed_in_a_relative_clause_is_a_hire_of_its_day(extract):
    text = ("Actualités\n\n"
            "« Nous serons prêts », a déclaré le général Paul Nzé, qui a été porté à la tête de la Garde républicaine "
            "en Conseil des ministres le 14 août dernier, en remplacement du général Marc Obiang.\n")
    ex = extract(text, "2025-11-27")
    hires = by_kind(ex, "hire")
    assert [(h.people, h.date) for h in hires] == [(["Paul Nzé"], "2025-08-14")]


def test_those_who_show_the_delegation_round_join_the_inauguration_told(extract):
    text = ("Actualités\n\n"
            "Le commissariat de Montbrison a été inauguré le mardi 4 mars par le préfet de la Loire, Jean Dumont, en "
            "présence du maire, Luc Morel.\n\n"
            "Le bâtiment accueille 60 policiers. Il est rattaché à la circonscription de Saint-Étienne, dirigée par "
            "Karim Saïdi. Ses deux adjoints, Anne Roy et Paul Petit, respectivement chargés de la voie publique et de "
            "l'investigation, ont fait visiter les locaux et la salle de vidéoprotection à la délégation.\n")
    ex = extract(text, "2025-03-10")
    gatherings = [a for a in ex.activities if a.kind in {"meeting", "event"}]
    assert len(gatherings) == 1 and {"Jean Dumont", "Anne Roy", "Paul Petit"} <= set(gatherings[0].people)
