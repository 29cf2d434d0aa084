"""Activities of the forms met in government minutes, a bar's elections, a monitoring
body's release and a presidency's agenda: posts given « respectivement » one each,
days told relative to the one before, and announced gatherings in the future tense."""

from __future__ import annotations


def by_kind(extraction, kind: str):
    return [a for a in extraction.activities if a.kind == kind]


def test_elected_respectively_without_a_comma_is_one_hire_each(extract):
    text = ("Le 4 février 2023, l'Association des juristes de Rimouski a tenu son assemblée annuelle. "
            "Mme Odile Ferland et M. Gaston Lapierre ont été élus respectivement trésorière et secrétaire adjoint.")
    ex = extract(text, "2023-02-10")
    hires = by_kind(ex, "hire")
    assert sorted(tuple(h.people) for h in hires) == [("Gaston Lapierre",), ("Odile Ferland",)]
    assert all(h.date == "2023-02-04" for h in hires)


BAR_NEWS = (
    "Congrès électif : Mme Odile Ferland élue présidente\n\n"
    "Publié par le Secrétariat de l'Association – 13/03/2023 – 2 min de lecture\n\n"
    "Réunis en congrès électif le samedi 11 mars 2023 à la Maison des syndicats de Rimouski, les juristes inscrits "
    "ont élu Mme Odile Ferland présidente de l'Association des juristes de Rimouski pour le mandat 2023-2025. Elle "
    "succède à M. Gaston Lapierre, président sortant, qui présidait le congrès.\n\n"
    "Le nouveau bureau\n\n"
    "Le même jour, le congrès a procédé à l'élection du bureau. Ont été élus :\n"
    "• Vice-présidente : Mme Aurélie Dansereau ;\n"
    "• Trésorier : M. Firmin Lacasse.\n\n"
    "Une délégation reçue la veille\n\n"
    "La veille du scrutin, le président sortant avait reçu à Rimouski une délégation de la Fédération des juristes "
    "du Québec, conduite par son directeur, M. Joachim Belzile. L'entretien a porté sur la formation continue.\n\n"
    "Une entente avec le ministère\n\n"
    "Dans son discours, Mme Ferland a salué l'entente signée jeudi dernier à Québec entre l'Association et le "
    "ministère de la Justice. Paraphée par M. Lapierre et par la sous-ministre, Mme Rolande Pichette, elle organise "
    "l'aide aux victimes.\n")


def test_a_byline_with_its_date_is_no_meeting(extract):
    ex = extract(BAR_NEWS, "2023-03-13")
    assert not [a for a in ex.activities if a.date == "2023-03-13"]


def test_the_same_day_and_the_day_before_count_from_the_assembly(extract):
    ex = extract(BAR_NEWS, "2023-03-13")
    hires = {h.people[0]: h.date for h in by_kind(ex, "hire")}
    assert hires.get("Aurélie Dansereau") == "2023-03-11" and hires.get("Firmin Lacasse") == "2023-03-11"
    received = next(m for m in by_kind(ex, "meeting") if "Joachim Belzile" in m.people)
    assert received.date == "2023-03-10"


def test_last_thursday_counts_from_the_publication(extract):
    ex = extract(BAR_NEWS, "2023-03-13")
    assert [a.date for a in by_kind(ex, "agreement")] == ["2023-03-09"]


def test_a_body_holding_its_next_plenary_announces_its_meeting(extract):
    text = ("Le Groupe d'experts sur la traite (GRETA) a effectué une visite en Islande du 3 au 7 avril 2023. "
            "La délégation a rencontré M. Einar Jonsson, directeur de la Police de Reykjavik.\n\n"
            "Le GRETA tiendra sa prochaine réunion plénière du 12 au 15 juin 2023 à Strasbourg, au cours de laquelle "
            "il adoptera le rapport sur cette visite.\n")
    ex = extract(text, "2023-04-12")
    planned = [a for a in ex.activities if a.status == "planned"]
    assert [(a.kind, a.date, a.place) for a in planned] == [("meeting", "2023-06-12", "Strasbourg")]
    assert planned[0].organizations == ["GRETA"]


def test_a_council_s_individual_measures_are_one_hire_a_line_on_the_sitting_s_day(extract):
    text = ("COMPTE RENDU DU CONSEIL DES MINISTRES DU MERCREDI 7 JUIN 2023\n\n"
            "Le Conseil des ministres s'est réuni ce mercredi 7 juin 2023, au Palais de la Nation, à Lomé, sous la "
            "présidence de M. Koffi Agbéko, Président de la République.\n\n"
            "I. COMMUNICATIONS\n\n"
            "Le ministre de la Santé, M. Edem Kossi, a rendu compte de la mission qu'il a effectuée à Accra du 1er au "
            "3 juin 2023.\n\n"
            "II. MESURES INDIVIDUELLES\n\n"
            "Au titre du ministère de la Sécurité :\n"
            "- Direction générale de la Gendarmerie : directeur adjoint : le Colonel Yawo Amegan, précédemment "
            "commandant de la Gendarmerie de Kara ;\n"
            "- Inspectrice générale des services de sécurité : Mme Afi Dzifa Kpodar, commissaire divisionnaire.\n")
    ex = extract(text, "2023-06-07")
    hires = {tuple(h.people): h.date for h in by_kind(ex, "hire")}
    assert hires == {("Yawo Amegan",): "2023-06-07", ("Afi Dzifa Kpodar",): "2023-06-07"}
    colonel = next(h for h in by_kind(ex, "hire") if h.people == ["Yawo Amegan"])
    assert "Ministère de la Sécurité" in colonel.organizations  # the group's ministry, not his former post
    assert not any("Kara" in o for o in colonel.organizations)


def test_the_day_before_told_in_the_past_after_an_announced_gathering_counts_from_the_news(extract):
    text = ("Le Conseil des ministres s'est réuni ce mercredi 7 juin 2023 à Lomé sous la présidence de M. Koffi "
            "Agbéko, Président de la République.\n\n"
            "Le ministre de la Santé, M. Edem Kossi, a annoncé la tenue à Kara, du 20 au 22 juin prochain, du "
            "3e congrès de l'Association des médecins du Togo (AMT).\n\n"
            "La Première ministre, Mme Ama Dogbé, a informé le Conseil de la réunion qu'elle a présidée la veille, "
            "à la Primature, du Comité national de lutte contre la traite (CNLT).\n")
    ex = extract(text, "2023-06-07")
    met = [a for a in by_kind(ex, "meeting") if "Ama Dogbé" in a.people and "Koffi Agbéko" not in a.people]
    assert [m.date for m in met] == ["2023-06-06"]  # the committee's meeting; she also informed the sitting


def test_new_chiefs_appointed_by_decree_then_listed_after_a_colon_are_one_hire_each(extract):
    text = ("Nuuk, vendredi 17 mars 2023\n\n"
            "La veille, jeudi, la Présidente Anita Sorensen avait reçu les nouveaux responsables de la Police "
            "nationale, nommés par décret du 10 mars 2023 : le Commissaire Lars Poulsen, directeur de la Police "
            "nationale, et son adjoint, le Commandant Erik Hansen.\n")
    ex = extract(text, "2023-03-17")
    hires = sorted((tuple(h.people), h.date) for h in by_kind(ex, "hire"))
    assert hires == [(("Erik Hansen",), "2023-03-10"), (("Lars Poulsen",), "2023-03-10")]
    received = [m for m in by_kind(ex, "meeting") if "Anita Sorensen" in m.people]
    assert [m.date for m in received] == ["2023-03-16"] and "Lars Poulsen" in received[0].people


def test_the_head_of_state_will_take_part_in_a_summit_announced_after_an_audience(extract):
    text = ("Nuuk, vendredi 17 mars 2023\n\n"
            "La Présidente du Groenland, Mme Anita Sorensen, a reçu ce vendredi matin le directeur de l'Office des "
            "pêches, M. Lars Poulsen.\n\n"
            "La Cheffe de l'État prendra part, le jeudi 6 avril prochain, au sommet extraordinaire des chefs de "
            "gouvernement du Conseil nordique (CN) consacré à la sécurité maritime, qui se tiendra à Reykjavik.\n")
    ex = extract(text, "2023-03-17")
    planned = [(a.kind, a.date, a.place) for a in ex.activities if a.status == "planned"]
    assert planned == [("event", "2023-04-06", "Reykjavik")]


def test_officers_elected_the_same_day_under_their_own_heading_took_part_in_the_assembly(extract):
    ex = extract(BAR_NEWS, "2023-03-13")
    assembly = next(m for m in by_kind(ex, "meeting") if m.date == "2023-03-11")
    assert {"Odile Ferland", "Aurélie Dansereau", "Firmin Lacasse"} <= set(assembly.people)


def test_ministers_reporting_to_the_council_took_part_in_its_sitting(extract):
    text = ("COMPTE RENDU DU CONSEIL DES MINISTRES DU MERCREDI 7 JUIN 2023\n\n"
            "Le Conseil des ministres s'est réuni ce mercredi 7 juin 2023, au Palais de la Nation, à Lomé, sous la "
            "présidence de M. Koffi Agbéko, Président de la République.\n\n"
            "I. COMMUNICATIONS\n\n"
            "Le ministre de la Santé, M. Edem Kossi, a rendu compte de la mission qu'il a effectuée à Accra du 1er au "
            "3 juin 2023.\n\n"
            "La Première ministre, Mme Ama Dogbé, a informé le Conseil de la préparation de la saison des pluies.\n")
    ex = extract(text, "2023-06-07")
    sitting = next(m for m in by_kind(ex, "meeting") if m.date == "2023-06-07")
    assert {"Koffi Agbéko", "Edem Kossi", "Ama Dogbé"} <= set(sitting.people)


def test_an_election_during_a_numbered_plenary_is_also_that_meeting(extract):
    text = ("Actualités liées\n\n"
            "Genève 14/02/2023\n"
            "Le GRETA renouvelle son Bureau\n"
            "Lors de sa 45e réunion plénière, le GRETA a réélu Helga Berg à sa présidence pour un mandat de deux ans. "
            "Jonas Lind et Petra Novak ont été élus respectivement premier vice-président et deuxième vice-présidente "
            "du Groupe.\n")
    ex = extract(text, "2023-05-12")
    plenary = [m for m in by_kind(ex, "meeting") if "Helga Berg" in m.people]
    assert len(plenary) == 1
    assert {"Jonas Lind", "Petra Novak"} <= set(plenary[0].people)
    assert sorted(tuple(h.people) for h in by_kind(ex, "hire")) == [("Helga Berg",), ("Jonas Lind",), ("Petra Novak",)]


def test_a_visit_made_by_the_members_listed_is_no_meeting_with_each_of_them(extract):
    text = ("Une délégation du GRETA a effectué une visite en Islande du 3 au 7 avril 2023. Le 6 avril, la délégation a "
            "présenté ses observations lors d'une réunion présidée par M. Einar Jonsson, directeur de la Police de "
            "Reykjavik.\n\n"
            "La visite a été effectuée par les membres du GRETA suivants :\n\n"
            "- Helga Berg (cheffe de délégation)\n"
            "- Jonas Lind\n"
            "- Petra Novak\n")
    ex = extract(text, "2023-04-12")
    alone = [m for m in by_kind(ex, "meeting") if m.people in (["Jonas Lind"], ["Petra Novak"])]
    assert alone == []
