"""Activities in forms of the own-ap texts (an international radio's Africa page, a world customs body's news,
a regional audit chamber's report, a provincial assembly's committee debates, a Moroccan wilaya's news page),
in sentences of our own (issue 8)."""

from __future__ import annotations

from tests.conftest import gatherings


def test_an_inquiry_held_from_a_coming_day_is_dated_that_day(extract):
    ex = extract("Selon le directeur, nous tiendrons une audience publique à Val-Brûlé à compter du 14 octobre "
                 "prochain, sous la présidence de la juge Adèle Fortin-Marceau.", "2024-09-03")
    dates = {g.date for g in gatherings(ex)}
    assert "2024-10-14" in dates, [(g.date, g.people) for g in gatherings(ex)]


def test_we_appointed_last_month_a_title_then_the_name_is_a_hire(extract):
    ex = extract("M. Lortie-Bessette : Pour la direction adjointe, nous avons nommé le mois dernier un pédiatre, "
                 "le Dr Mathis Gravel-Soucy.", "2024-05-14")
    hired = [(h.people, h.date) for h in ex.activities if h.kind == "hire"]
    assert (["Mathis Gravel-Soucy"], "2024-04") in hired, hired


def test_two_installed_in_their_functions_are_two_hires(extract):
    ex = extract("Ont été installés le 2 avril, au nom du Ministère de l'Intérieur : M. Youssef Tazi dans ses fonctions "
                 "de Pacha du pachalik de Berkane-Est, et Mme Hind Lamrani dans ses fonctions de Caïd du caïdat de "
                 "Oulad Saïd, nommés le mois dernier.", "2024-04-02")
    hired = [set(h.people) for h in ex.activities if h.kind == "hire"]
    assert any("Youssef Tazi" in h for h in hired) and any("Hind Lamrani" in h for h in hired), hired
    assert not any({"Youssef Tazi", "Hind Lamrani"} <= h for h in hired), hired


TRANSCRIPT = ("Assemblée législative du Nouveau-Brunswick\nAccueil > Travaux des comités > Journal des débats\n\n"
              "Journal des débats du Comité permanent de la sécurité\n\nLe mardi 14 mai 2024\n\n"
              "Intervenants : M. Paul Ferland-Roy, président ; Mme Chloé Saindon-Lavoie ; M. Hugo Brassard\n\n"
              "Le Président (M. Ferland-Roy) : À l'ordre! Je déclare ouverte la séance du Comité permanent de la sécurité.\n\n"
              "M. Brassard : Je voudrais entendre la directrice sur les traversiers.\n\n"
              "Mme Saindon-Lavoie (Chloé) : Chloé Saindon-Lavoie, directrice de l'Office de la sécurité routière. Le "
              "3 mars dernier, nous avons signé avec la Société des traversiers et son président, M. Victor "
              "Lagacé-Dion, un protocole sur les contrôles à bord.\n\n"
              "Le Président (M. Ferland-Roy) : Merci.\n\n© Assemblée législative du Nouveau-Brunswick\n")


def test_we_signed_said_in_a_speakers_turn_of_a_transcript_has_the_speaker_sign(extract):
    ex = extract(TRANSCRIPT, "2024-05-14")
    signed = [g for g in gatherings(ex) if g.date == "2024-03-03"]
    assert signed and {"Chloé Saindon-Lavoie", "Victor Lagacé-Dion"} <= set(signed[0].people), \
        [(g.date, g.people) for g in gatherings(ex)]


def test_the_body_a_newcomer_arrives_from_is_not_the_body_of_the_hire(extract):
    ex = extract("Le directeur l'a annoncé aux employés : nous avons nommé à la direction adjointe Mme Lise "
                 "Carbonneau-Picard, qui arrive de la Société de transport de Lévis.", "2024-06-12")
    hired = [h for h in ex.activities if h.kind == "hire"]
    assert hired and "Lise Carbonneau-Picard" in hired[0].people, [(h.people, h.organizations) for h in hired]
    assert "Société de transport de Lévis" not in hired[0].organizations, hired[0].organizations


def test_a_sitting_declared_open_in_a_transcript_is_held_on_its_day_by_those_listed_as_speakers(extract):
    ex = extract(TRANSCRIPT, "2024-05-20")
    sittings = [g for g in gatherings(ex) if g.date == "2024-05-14"]
    assert sittings and {"Paul Ferland-Roy", "Chloé Saindon-Lavoie", "Hugo Brassard"} <= set(sittings[0].people), \
        [(g.date, g.people) for g in gatherings(ex)]


def test_a_meeting_a_tour_began_with_has_the_one_on_tour(extract):
    ex = extract("Le ministre gabonais de la Santé, Paul Ondo-Mba, est rentré ce mardi d'une tournée dans le Nord. La "
                 "tournée s'était ouverte samedi à Oyem par une réunion du comité régional de santé, sous la présidence "
                 "du gouverneur du Woleu-Ntem, Jean Ekomie-Nzé.", "2024-05-14")
    met = [g for g in gatherings(ex) if g.date == "2024-05-11"]
    assert met and {"Paul Ondo-Mba", "Jean Ekomie-Nzé"} <= set(met[0].people), [(g.date, g.people) for g in gatherings(ex)]


def test_a_day_told_by_a_sentence_without_a_meeting_dates_the_meeting_told_next(extract):
    text = ("Le ministre gabonais de la Santé, Paul Ondo-Mba, est rentré ce mardi d'une tournée dans le Nord. La "
            "tournée s'était ouverte samedi à Oyem par une réunion du comité régional de santé, sous la présidence du "
            "gouverneur du Woleu-Ntem, Jean Ekomie-Nzé. Le ministre était hier à Bitam, où l'hôpital manque de lits. "
            "Avec le directeur général de la Police nationale, le général Rémy Obiang-Ndong, il a rencontré les chefs "
            "de brigade à la gendarmerie.")
    ex = extract(text, "2024-05-14")
    met = [g for g in gatherings(ex) if g.date == "2024-05-13"]
    assert met and {"Paul Ondo-Mba", "Rémy Obiang-Ndong"} <= set(met[0].people), [(g.date, g.people) for g in gatherings(ex)]
    assert all("Rémy Obiang-Ndong" not in g.people for g in gatherings(ex) if g.date == "2024-05-11")
