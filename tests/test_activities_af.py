"""Activities of issue 8's fourth own series: an election of several officers at an assembly,
two agreements told in one sentence, a publication with its authors, a deadline that is
no activity's date (all sentences written for these tests)."""

from __future__ import annotations


def by_kind(extraction, kind: str):
    return [a for a in extraction.activities if a.kind == kind]


def test_officers_elected_at_an_assembly_each_get_a_hire_dated_by_it(extract):
    text = ("Assemblée générale de Lyon\n\n"
            "C'est à l'Université Jean Moulin que s'est tenue le 12 mars dernier l'assemblée générale de "
            "l'Association européenne des médiateurs (AEM). Une centaine de membres y ont pris part.\n\n"
            "L'assemblée a élu un nouveau bureau pour un mandat de deux ans. Marc Delorme (Université de Nantes) en "
            "prend la présidence ; il succède à Claire Petit, qui reste membre du bureau. La vice-présidence revient à "
            "Hugo Bernard, maître de conférences à l'Université de Rennes. Paul Girard a été reconduit au poste de "
            "trésorier, et Anne Roux, qui dirige l'Institut de droit social de Tours, devient secrétaire générale, et "
            "l'administrateur sortant, Luc Faure, a été reconduit.\n")
    ex = extract(text, "2025-04-01")
    hires = {tuple(h.people): h.date for h in by_kind(ex, "hire")}
    for name in ("Marc Delorme", "Hugo Bernard", "Paul Girard", "Anne Roux", "Luc Faure"):
        assert hires.get((name,)) == "2025-03-12", (name, hires)
    assert ("Claire Petit",) not in hires
    # « maître de conférences » is a title, not a conference held: the assembly is the one gathering
    gatherings = [a for a in ex.activities if a.kind in {"meeting", "event"}]
    assert len(gatherings) == 1 and gatherings[0].date == "2025-03-12"
    assert {"Marc Delorme", "Anne Roux"} <= set(gatherings[0].people)


def test_two_agreements_in_one_sentence_each_take_their_own_day_and_party(extract):
    text = ("Nos partenaires\n\n"
            "Deux nouvelles conventions ont été signées cet automne par l'Association européenne des médiateurs (AEM) : "
            "avec l'Université de Rennes, le 3 octobre, par son président, le professeur Yves Le Goff, et avec "
            "l'Université de Tours, le 9 novembre, par sa vice-présidente, Mme Inès Caron. Elles portent à dix le "
            "nombre de membres de l'AEM.\n")
    ex = extract(text, "2025-12-01")
    signed = {a.date: a for a in by_kind(ex, "agreement")}
    assert "2025-10-03" in signed and "2025-11-09" in signed, signed
    assert "Yves Le Goff" in signed["2025-10-03"].people and "Inès Caron" not in signed["2025-10-03"].people
    assert "Inès Caron" in signed["2025-11-09"].people and "Yves Le Goff" not in signed["2025-11-09"].people
    assert "Université de Tours" in signed["2025-11-09"].organizations


def test_a_report_online_since_a_day_is_a_publication_of_its_authors(extract):
    text = ("Dans ce numéro\n→ Parution : « Prévenir la récidive »\n→ Nos partenaires\n\n———\n\nParution\n\n"
            "Le rapport « Prévenir la récidive : dix ans d'expériences locales » est en ligne depuis le 4 mars. "
            "Fruit de trois ans de travail, il a été codirigé par Hugo Bernard et Léa Martin, avec le soutien de la "
            "Fondation Roi Baudouin.\n")
    ex = extract(text, "2025-04-01")
    pubs = by_kind(ex, "publication")
    assert len(pubs) == 1 and pubs[0].date == "2025-03-04"  # the contents line told the same report
    assert {"Hugo Bernard", "Léa Martin"} <= set(pubs[0].people)


def test_a_deadline_is_not_the_date_of_a_signing(extract):
    text = ("Publié le 14/05/2025 à 08:10\n\n"
            "Une vingtaine de juges planchent depuis hier, à Saint-Malo, sur la justice des mineurs. Le séminaire, "
            "organisé par l'École nationale de la magistrature (ENM), a été ouvert par le préfet Alain Dufresne.\n\n"
            "En marge de la cérémonie, la Fondation Roi Baudouin et l'ENM ont signé une convention portant sur la "
            "formation de 200 juges d'ici à fin 2027.\n")
    ex = extract(text, "2025-05-14")
    signed = by_kind(ex, "agreement")
    assert signed and signed[0].date == "2025-05-13", signed


def test_a_working_session_the_gathering_follows_is_a_meeting_of_its_own(extract):
    text = ("Publié le 20/03/2025 à 07:30\n\n"
            "Une vingtaine de policiers suivent depuis hier, à Tours, une formation sur la cybercriminalité. L'atelier, "
            "organisé par la Direction régionale de la police judiciaire (DRPJ), a été ouvert par le préfet Alain Dufresne.\n\n"
            "« Il faut agir vite », a indiqué le préfet Dufresne. Il avait à ses côtés la commissaire Claire Vidal, "
            "cheffe de la DRPJ.\n\n"
            "Prenant la parole à son tour, le procureur de la République de Tours, Marc Olivier, a insisté sur la "
            "qualité des procédures.\n\n"
            "Selon nos informations, la rencontre de Tours fait suite à une séance de travail tenue mardi dernier à "
            "Orléans entre la DRPJ et la Brigade de recherches de Blois, dirigée par le capitaine Luc Moreau.\n\n"
            "Côté formateurs, l'atelier est animé par deux experts de l'Office européen de police (Europol), Anne "
            "Petit et Paul Roy.\n")
    ex = extract(text, "2025-03-20")
    gatherings = [a for a in ex.activities if a.kind in {"meeting", "event"}]
    session = next((a for a in gatherings if "Luc Moreau" in a.people), None)
    assert session is not None and session.date == "2025-03-18" and session.place == "Orléans", gatherings
    workshop = next(a for a in gatherings if "Alain Dufresne" in a.people)
    assert workshop.date == "2025-03-19" and "Luc Moreau" not in workshop.people
    # those at the prefect's side, the next speaker and the trainers were at the workshop
    assert {"Claire Vidal", "Marc Olivier", "Anne Petit"} <= set(workshop.people), workshop
    assert "Anne Petit" not in session.people


def test_a_signing_on_the_margin_of_the_ceremony_told_above_takes_its_day(extract):
    text = ("Publié le 20/03/2025 à 07:30\n\n"
            "Une vingtaine de policiers suivent depuis hier, à Tours, une formation sur la cybercriminalité. L'atelier, "
            "organisé par la Direction régionale de la police judiciaire (DRPJ), a été ouvert par le préfet Alain Dufresne.\n\n"
            "Une convention pour la formation\n\n"
            "En marge de la cérémonie, la Fondation Roi Baudouin et l'École nationale de police (ENP) ont signé une "
            "convention portant sur la formation de 200 agents d'ici à fin 2026.\n")
    ex = extract(text, "2025-03-20")
    signed = by_kind(ex, "agreement")
    assert signed and signed[0].date == "2025-03-19", signed


def test_someone_who_took_part_in_the_ceremony_joins_the_signing(extract):
    text = ("PRÉFECTURE D'INDRE-ET-LOIRE\n\n"
            "La préfète d'Indre-et-Loire, Claire Vidal, a reçu en audience ce mercredi 4 juin 2025, dans son bureau à "
            "Tours, le directeur de la police municipale de Tours, Paul Roy. La Préfecture d'Indre-et-Loire était "
            "représentée par son secrétaire général, Marc Lenoir.\n\n"
            "LA VEILLE, UNE CONVENTION AVEC LES AVOCATS\n\n"
            "La veille, la préfète avait procédé, au même endroit, à la signature d'une convention avec l'Ordre des "
            "avocats de Tours, représenté par son bâtonnier, Me Yves Caron. Cet accord, appuyé par le Haut-Commissariat "
            "aux droits de l'homme (HCDH), prévoit la mise à disposition de juristes dans les prisons. La cheffe du bureau du HCDH à Tours, "
            "Mme Inès Morel, a pris part à la cérémonie.\n")
    ex = extract(text, "2025-06-05")
    signed = by_kind(ex, "agreement")
    assert signed and signed[0].date == "2025-06-03" and {"Yves Caron", "Inès Morel"} <= set(signed[0].people), signed


def test_a_title_recalled_under_a_new_heading_is_the_one_who_held_the_audience(extract):
    text = ("La Ministre d'État, ministre de la Culture, Hélène Kaboré, a reçu en audience ce mardi 3 juin 2025, à "
            "Ouagadougou, le directeur de l'Institut des arts, Paul Sawadogo.\n\n"
            "LA VEILLE, UNE CONVENTION AVEC LES ARTISTES\n\n"
            "La veille, la Ministre d'État avait procédé à la signature d'une convention avec l'Union des artistes "
            "du Faso, représentée par son président, Issa Traoré.\n")
    ex = extract(text, "2025-06-05")
    signed = by_kind(ex, "agreement")
    assert signed and "Hélène Kaboré" in signed[0].people, signed


def test_an_appointment_recalled_in_the_pluperfect_with_its_day_is_a_hire(extract):
    text = ("Les travaux de l'atelier prennent fin vendredi à Thiès.\n\n"
            "Pour rappel, Jean Diatta avait été nommé directeur de la Sûreté urbaine lors du Conseil des ministres du "
            "mercredi 4 juin 2025, en remplacement du commissaire Paul Sarr, appelé à d'autres fonctions.\n")
    ex = extract(text, "2025-10-16")
    hires = by_kind(ex, "hire")
    assert [(h.people, h.date) for h in hires] == [(["Jean Diatta"], "2025-06-04")], hires


def test_an_agreement_signed_this_morning_is_not_the_older_one_the_money_comes_from(extract):
    text = ("TOURS, le 12 mars 2025 — La Ville de Tours annonce un investissement de 2 M$ dans la prévention.\n\n"
            "Cette somme provient de l'Accord régional sur la sécurité urbaine, conclu en mai 2023, en vertu duquel "
            "l'État verse 1,5 M$ et la Ville, 0,5 M$. Une convention a par ailleurs été signée ce matin entre la Ville "
            "et l'association Maison des jeunes de Tours, qui pilotera le projet.\n\n"
            "La convention a été paraphée par Mme Inès Morel, directrice de la Maison des jeunes de Tours, et par "
            "M. Paul Roy, directeur général de la Ville de Tours.\n")
    ex = extract(text, "2025-03-12")
    signed = [a for a in by_kind(ex, "agreement") if "Inès Morel" in a.people]
    assert signed and signed[0].date == "2025-03-12", by_kind(ex, "agreement")
    assert signed[0].status == "held"  # « qui pilotera le projet » tells the association's task, not the signing


def test_an_announcement_made_by_officials_is_a_gathering_with_those_at_their_side(extract):
    text = ("RENNES, le 9 avril 2025 — Le gouvernement de la Bretagne annonce un investissement de 3 millions d'euros pour "
            "la prévention de la délinquance des jeunes.\n\n"
            "L'annonce a été faite aujourd'hui par le préfet de la région Bretagne, M. Yann Le Goff, et par la "
            "présidente du Conseil régional de Bretagne, Mme Anne Kervella. Ils étaient accompagnés du maire de Rennes, "
            "M. Paul Tanguy.\n")
    ex = extract(text, "2025-04-09")
    gatherings = [a for a in ex.activities if a.kind in {"meeting", "event"}]
    told = next((a for a in gatherings if "Paul Tanguy" in a.people), None)
    assert told is not None and {"Yann Le Goff", "Anne Kervella"} <= set(told.people), gatherings
    assert told.date == "2025-04-09" and told.place == "Rennes"


def test_a_dateline_with_a_wire_tag_places_the_announcement(extract):
    text = ("SAINT-GUÉNOLÉ-DES-GRÈVES, le 9 avr. 2025 /CNW/ - La Ville de Saint-Guénolé-des-Grèves annonce un investissement de 2 millions d'euros.\n\n"
            "L'annonce a été faite aujourd'hui par le maire de Saint-Guénolé-des-Grèves, M. Yann Le Goff, et par la préfète du "
            "Finistère, Mme Anne Kervella.\n")
    ex = extract(text, "2025-04-09")
    told = [a for a in ex.activities if "Yann Le Goff" in a.people]
    assert told and told[0].date == "2025-04-09" and told[0].place == "Saint-Guénolé-des-Grèves", told


def test_a_series_announced_over_a_list_gives_its_organizers_to_each_dated_session(extract):
    text = ("Cycle de conférences\n\n"
            "Le Réseau européen des médiateurs (REM) lance un cycle de trois conférences, coorganisé avec l'Institut "
            "des hautes études de la justice (IHEJ) :\n\n"
            "• Mardi 3 février 2026, 18 h – « La médiation scolaire », avec Hugo Bernard (Université de Rennes) ;\n"
            "• Mardi 3 mars 2026, même horaire – « La médiation pénale », avec Léa Martin, juge au Tribunal judiciaire de Nantes ;\n"
            "• la date de la dernière séance sera annoncée au printemps.\n")
    ex = extract(text, "2025-12-01")
    gatherings = [a for a in ex.activities if a.kind in {"meeting", "event"}]
    assert all(a.date for a in gatherings), gatherings  # the series itself is no gathering of its own
    dated = {a.date: a for a in gatherings}
    assert {"2026-02-03", "2026-03-03"} <= set(dated)
    assert all("IHEJ" in dated[d].organizations for d in ("2026-02-03", "2026-03-03")), gatherings


def test_an_appointment_told_by_a_participle_opening_the_sentence_is_a_hire_of_its_month(extract):
    text = ("GENÈVE, 14 mars 2025 – Le Comité des droits de l'enfant (CDE) a clôturé vendredi à Genève sa 98e session, "
            "consacrée aux enfants migrants.\n\n"
            "Nommée présidente du groupe de travail en novembre, l'Ambassadrice Aïssata Koné, Représentante permanente "
            "du Mali auprès des Nations Unies à Genève, a salué « un travail exemplaire ».\n")
    ex = extract(text, "2025-03-14")
    hires = by_kind(ex, "hire")
    assert [(h.people, h.date) for h in hires] == [(["Aïssata Koné"], "2024-11")], hires
    session = [a for a in ex.activities if a.kind in {"meeting", "event"}]
    assert all("Aïssata Koné" in a.people for a in session)  # she spoke at the session all the same


def test_a_motto_line_is_no_dateline_and_he_who_is_accompanied_met(extract):
    text = ("RÉPUBLIQUE DU SÉNÉGAL\n"
            "Unité – Progrès – Justice\n"
            "MINISTÈRE DE L'INTÉRIEUR\n\n"
            "Le ministre de l'Intérieur, le Général Jean Diatta, a présidé lundi 9 juin 2025 à Dakar la cérémonie de "
            "sortie de la promotion des commissaires.\n\n"
            "Le lendemain, le ministre a effectué une visite de travail dans "
            "la région de Casamance. Accompagné du Colonel Paul Sarr et de M. Ali Ba, conseiller technique, il a eu un entretien au gouvernorat avec le gouverneur de "
            "la région de Casamance, M. Ousmane Faye.\n")
    ex = extract(text, "2025-06-12")
    assert all(a.place != "Unité" for a in ex.activities), ex.activities
    talk = next((a for a in ex.activities if "Ousmane Faye" in a.people), None)
    assert talk is not None and {"Jean Diatta", "Paul Sarr", "Ali Ba"} <= set(talk.people), ex.activities


def test_a_ratification_years_ago_recalled_in_a_relative_clause_is_no_agreement(extract):
    text = ("Le 3 juin 2025, la ministre de la Justice, Mme Inès Morel, a rencontré à Bruxelles le président du Groupe "
            "d'experts sur la lutte contre la violence à l'égard des femmes (GREVIO), M. Paul Roy. Les entretiens ont "
            "porté sur la mise en œuvre de la Convention d'Istanbul, que la Belgique a ratifiée en 2016.\n")
    ex = extract(text, "2025-06-10")
    assert not by_kind(ex, "agreement"), by_kind(ex, "agreement")
    assert any("Paul Roy" in a.people for a in by_kind(ex, "meeting"))


def test_a_host_who_welcomed_the_delegations_joins_the_signing(extract):
    text = ("La ministre de l'Intérieur, Inès Morel, et son homologue de Sarre, le ministre Paul Roy, ont signé le 3 juin "
            "2025 à Perl un accord sur les patrouilles mixtes.\n\n"
            "La cérémonie s'est tenue en présence du directeur de la police, Marc Weber. Le maire de Perl, Jean Klein, "
            "a accueilli les délégations à la Maison de l'Europe.\n")
    ex = extract(text, "2025-06-04")
    signed = by_kind(ex, "agreement")
    assert signed and "Jean Klein" in signed[0].people, ex.activities
    assert not [a for a in by_kind(ex, "meeting") if a.people == ["Jean Klein"]]


def test_a_forum_of_the_project_partners_gathers_the_bodies_of_the_project(extract):
    text = ("RENNES, le 9 avril 2025 — Une convention a été signée ce matin entre le Conseil départemental et l'association "
            "Maison des jeunes de Rennes, qui pilotera le projet Cap Jeunesse en partenariat avec la Police municipale de "
            "Rennes et le Centre communal d'action sociale de Rennes.\n\n"
            "Faits saillants :\n\n"
            "  • Un forum réunira les partenaires du projet le 4 juin 2025 à Vitré.\n")
    ex = extract(text, "2025-04-09")
    forum = [a for a in ex.activities if a.date == "2025-06-04"]
    assert forum and {"Police municipale de Rennes", "Centre communal d'action sociale de Rennes"} <= set(forum[0].organizations), ex.activities
