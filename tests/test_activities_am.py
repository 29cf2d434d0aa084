"""Activities, round am: magistrates installed at a hearing after « nommés par décret du … : » hired each on the
decree's day, a solemn hearing one event with the guests listed under « Assistaient notamment à … : »."""

from __future__ import annotations


def gatherings(extraction):
    return [a for a in extraction.activities + extraction.announcements if a.kind in {"meeting", "event", "agreement"}]


INSTALLED = (
    "Tribunal judiciaire de Valence\n\n"
    "Audience solennelle 2025\n\n"
    "L'audience solennelle du tribunal judiciaire de Valence s'est tenue le lundi 13 janvier 2025 à 10 heures, "
    "sous la présidence de M. Gilles Aubert, président du tribunal, et en présence de Mme Odile Fabre, procureure "
    "de la République.\n\n"
    "Au cours de cette audience ont été installés les magistrats nommés par décret du Président de la République "
    "du 4 novembre 2024 :\n"
    "- Mme Pauline Girod, vice-présidente, précédemment juge au tribunal judiciaire de Privas ;\n"
    "- M. Hugo Lemaire et Mme Inès Carvalho, respectivement juge et substitut du procureur ;\n"
    "- M. Bastien Roche, juge des contentieux de la protection.\n\n"
    "Le président a rappelé l'activité du tribunal en 2024.\n"
)
APPOINTED = ("Pauline Girod", "Hugo Lemaire", "Inès Carvalho", "Bastien Roche")


def test_magistrates_installed_after_a_decree_s_colon_are_hired_each_on_the_decree_s_day(extract):
    ex = extract(INSTALLED, "2025-01-15")
    hired = {p: h.date for h in ex.activities if h.kind == "hire" for p in h.people}
    for name in APPOINTED:
        assert hired.get(name) == "2024-11-04", (name, hired)
    assert not [g for g in gatherings(ex) if g.date == "2024-11-04"]
    # « précédemment juge au tribunal de Privas » is her former post, not the body she is appointed to
    girod = next(h for h in ex.activities if h.kind == "hire" and "Pauline Girod" in h.people)
    assert not any("Privas" in o for o in girod.organizations) and girod.place != "Privas"


SESSION = (
    "ORGANISATION DES CHEFS DE POLICE DE L'AFRIQUE AUSTRALE\n\n"
    "COMITÉ PERMANENT\n"
    "58ème RÉUNION\n"
    "LUSAKA, ZAMBIE\n\n"
    "COMMUNIQUÉ\n\n"
    "Le Comité permanent de l'Organisation des chefs de police de l'Afrique australe (SARPCCO), en sa 58ème réunion "
    "tenue le 3 mars 2025 sur la criminalité transfrontalière et la traite des personnes,\n\n"
    "Le Comité,\n\n"
    "1. Prend note de la déclaration liminaire de M. Tendai Moyo, Président du Comité pour le mois de mars 2025, "
    "ainsi que de la présentation faite par la Directrice de la coopération, Mme Lindiwe Dube ;\n\n"
    "2. Prend également note des déclarations de M. Pedro Macuácua, représentant de l'Organisation internationale "
    "de police criminelle (INTERPOL) ;\n\n"
    "3. Décide de rester saisi de la question.\n"
)


def test_a_communique_s_opening_session_ending_on_a_comma_is_the_meeting_of_its_day_with_its_speakers(extract):
    ex = extract(SESSION, "2025-03-05")
    met = [g for g in gatherings(ex) if g.date == "2025-03-03"]
    assert met and {"Tendai Moyo", "Lindiwe Dube", "Pedro Macuácua"} <= set(met[0].people), gatherings(ex)


NAMED_BY = (
    "COMMUNIQUÉ\n\n"
    "Le Conseil exécutif de l'Organisation régionale de coopération policière (ORCP), réuni le 12 mai 2025 à Nairobi,\n\n"
    "3. Prend note du rapport du Secrétaire général de l'ORCP, M. John Kamau ;\n\n"
    "4. Se félicite de la nomination, par le Secrétaire général, de Mme Amina Wanjiru en qualité de "
    "Directrice du Bureau régional de l'ORCP à Kampala, à compter du 1er mai 2025, en remplacement de M. Peter Otieno, "
    "dont le mandat est arrivé à terme ;\n"
)


def test_an_appointment_whose_maker_stands_between_commas_after_the_noun_is_a_hire_of_the_one_named_after(extract):
    ex = extract(NAMED_BY, "2025-05-14")
    hired = {p: h.date for h in ex.activities if h.kind == "hire" for p in h.people}
    assert (hired.get("Amina Wanjiru") or "").startswith("2025-05"), hired
    assert "Peter Otieno" not in hired and "John Kamau" not in hired


ELECTED = (
    "Conseil municipal de Sion\n\n"
    "Commission de sécurité : un nouveau président\n\n"
    "Réunie jeudi à l'Hôtel de ville de Sion, la commission de sécurité du Conseil municipal a élu son président pour "
    "la fin de la législature. M. Marc Dubuis (PLR) a été élu président de la commission. Au cours de la même séance, "
    "la commission a entendu M. Yves Rey, commandant de la Police municipale de Sion, sur les effectifs.\n"
)


def test_a_body_told_met_by_a_fronted_participle_held_a_sitting_where_it_elected_and_heard(extract):
    ex = extract(ELECTED, "2025-03-14")
    met = [g for g in gatherings(ex) if g.date == "2025-03-13"]
    assert met and {"Marc Dubuis", "Yves Rey"} <= set(met[0].people), gatherings(ex)
    hired = {p: h.date for h in ex.activities if h.kind == "hire" for p in h.people}
    assert hired.get("Marc Dubuis") == "2025-03-13"


def test_a_sitting_held_in_a_castle_named_after_its_town_is_in_that_town(extract):
    text = ELECTED.replace("à l'Hôtel de ville de Sion", "au Château de Porrentruy")
    met = [g for g in gatherings(extract(text, "2025-03-14")) if g.date == "2025-03-13" and "Marc Dubuis" in g.people]
    assert met and met[0].place == "Porrentruy", met


VISIT = (
    "Police nationale du Sénégal\n\n"
    "Kolda : le Directeur général en visite de travail\n\n"
    "Jeudi dernier, le Directeur général de la Police nationale, M. Karim Sow, a effectué une visite de travail dans "
    "la région de Kolda. Il était accompagné du Directeur de la sécurité publique, M. Ibou Ndiaye.\n\n"
    "Le même jour, avant de regagner Dakar, la délégation s'est entretenue à Kolda avec M. Paul Girard, chef de la "
    "sous-délégation du Comité international de la Croix-Rouge (CICR) à Kolda.\n"
)


def test_the_delegation_recalled_after_a_working_visit_is_the_party_of_that_visit(extract):
    ex = extract(VISIT, "2025-06-09")
    met = [g for g in gatherings(ex) if "Paul Girard" in g.people]
    assert met and {"Karim Sow", "Ibou Ndiaye"} <= set(met[0].people), gatherings(ex)
