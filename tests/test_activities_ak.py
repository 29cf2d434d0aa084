"""Activities, round ak: a council's appointments listed under headings, dated by the sitting that
adopted the decrees; two appointees each told with a participle of their own."""

from __future__ import annotations


def hires(extraction):
    return [a for a in extraction.activities if a.kind == "hire"]


COUNCIL = (
    "Communiqué\n\n"
    "Lisbonne, le 14 mars 2024\n\n"
    "Sur proposition de la ministre de la Justice, Mme Inès Carvalho, le Conseil des ministres de ce jeudi "
    "a adopté trois décrets portant nomination dans la magistrature et l'administration pénitentiaire.\n\n"
    "Magistrature\n\n"
    "- M. Tiago Ferraz, juge au tribunal de Braga, est nommé président du tribunal d'Évora ;\n"
    "- Mme Rita Saramago, procureure adjointe, est nommée procureure de la République à Faro.\n\n"
    "Administration pénitentiaire\n\n"
    "M. Nuno Pestana, inspecteur des services pénitentiaires, est nommé directeur de l'Agence "
    "pénitentiaire nationale.\n"
)


def test_a_councils_listed_appointments_take_the_day_of_the_sitting_that_adopted_the_decrees(extract):
    ex = extract(COUNCIL, "2024-03-14")
    dated = {p: h.date for h in hires(ex) for p in h.people}
    assert dated.get("Rita Saramago") == "2024-03-14"
    assert dated.get("Nuno Pestana") == "2024-03-14"


def test_two_appointees_each_told_with_their_own_participle_are_two_hires(extract):
    text = ("Ces nominations complètent celles du Conseil des ministres du 6 mars, au cours duquel M. Rui Almada, "
            "sous-préfet, avait été nommé préfet du Minho, et Mme Teresa Vidigal, inspectrice générale, avait été "
            "nommée directrice générale des douanes.")
    ex = extract(text, "2024-03-14")
    made = sorted(tuple(h.people) for h in hires(ex))
    assert ("Rui Almada",) in made and ("Teresa Vidigal",) in made


def test_each_appointee_told_with_a_participle_takes_the_bodies_of_their_own_post(extract):
    text = ("Lors du Conseil des ministres du 6 mars, M. Rui Almada, préfet, avait été nommé directeur de "
            "l'Agence nationale des routes, et Mme Teresa Vidigal, inspectrice, avait été nommée directrice "
            "générale de l'Office national des forêts.")
    ex = extract(text, "2024-03-14")
    bodies = {p: h.organizations for h in hires(ex) for p in h.people}
    assert "Office national des forêts" not in bodies.get("Rui Almada", ["Office national des forêts"])


SESSION = (
    "Communiqué final\n\n"
    "1. La quatrième réunion annuelle du Conseil des chefs de police de l'océan Indien (CCPOI) s'est tenue le jeudi "
    "7 novembre 2024 à Port-Louis, à l'invitation de la Force policière mauricienne. Elle a été précédée, les 5 et 6 novembre, de la réunion des points focaux, "
    "présidée par le commissaire de police de Maurice, M. Anil Doorgakant.\n\n"
    "2. La cérémonie d'ouverture a été présidée par le Premier ministre, M. Ravi Soobarah. Ont pris part aux travaux "
    "les chefs de police des pays membres, dont Mme Hanta Rakotobe, directrice de la police nationale malgache.\n"
)


def test_a_gathering_told_as_preceding_the_session_is_its_own_meeting_and_the_session_goes_on(extract):
    ex = extract(SESSION, "2024-11-08")
    meetings = [a for a in ex.activities if a.kind == "meeting"]
    prior = [m for m in meetings if "Anil Doorgakant" in m.people]
    assert prior and prior[0].date == "2024-11-05" and prior[0].place == "Port-Louis"
    assert "Ravi Soobarah" not in prior[0].people
    session = [m for m in meetings if "Ravi Soobarah" in m.people]
    assert session and session[0].date == "2024-11-07" and "Hanta Rakotobe" in session[0].people


def test_a_plural_future_the_tagger_reads_as_a_present_announces_the_gathering(extract):
    text = ("Agenda\n\n"
            "Le Centre d'études urbaines et le Laboratoire de criminologie appliquée (LCA) de l'Université de Tours "
            "organiseront les 3 et 4 décembre 2025, à Tours, un séminaire international consacré à la sécurité des "
            "quartiers.\n")
    ex = extract(text, "2025-06-10")
    found = [a for a in ex.activities + ex.announcements if (a.date or "").startswith("2025-12-03")]
    assert found and all(a.status == "planned" for a in found)


def test_two_bodies_only_considering_a_signing_by_the_end_of_the_year_signed_nothing(extract):
    text = ("Une délégation de l'École de police de Namur en visite à l'Institut\n\n"
            "Du 4 au 6 mars, l'Institut a accueilli une délégation de l'École de police de Namur, conduite par son "
            "directeur, M. Luc Verhaegen. Les échanges, menés avec la directrice de l'Institut, Mme Irène Kpossou, "
            "ont porté sur la formation continue. Les deux écoles envisagent de signer une convention de partenariat "
            "d'ici la fin de l'année.\n")
    ex = extract(text, "2025-03-10")
    assert not [a for a in ex.activities if a.kind == "agreement"]


def test_the_new_heads_former_post_told_in_the_imperfect_is_no_second_hire(extract):
    text = ("Une nouvelle directrice des études\n\n"
            "Par arrêté du 3 avril 2025, la commissaire Claire Dutilleul a été nommée directrice des études de "
            "l'Institut. La nouvelle directrice des études était jusque-là cheffe du service de la formation à la "
            "Direction de la police municipale de Lille.\n")
    ex = extract(text, "2025-04-10")
    assert len([h for h in hires(ex) if "Claire Dutilleul" in h.people]) == 1


def test_an_appointee_who_led_another_body_until_then_is_still_appointed(extract):
    text = ("Par arrêté du 3 avril 2025, la commissaire Claire Dutilleul a été nommée directrice des études de "
            "l'Institut. Par ailleurs, M. Marc Oudin, qui dirigeait jusqu'ici le service de la formation, a été "
            "nommé directeur adjoint de l'Institut.\n")
    ex = extract(text, "2025-04-10")
    assert [h for h in hires(ex) if "Marc Oudin" in h.people]


def test_the_new_head_recalled_by_the_bodys_acronym_is_the_one_put_at_its_head(extract):
    text = ("Sécurité\n\n"
            "Le commissaire Paul Leroux est depuis lundi à la tête de la Direction régionale de la police de l'Ouest "
            "(DRPO). Il a été installé à Brest par le directeur général, M. Alain Morvan, au cours d'une cérémonie "
            "sobre. Le nouveau DRPO avait été nommé la semaine dernière par le Conseil de la police, réuni sous la "
            "présidence du ministre.\n")
    ex = extract(text, "2024-10-17")
    found = [h for h in hires(ex) if "Paul Leroux" in h.people]
    assert found and (found[0].date or "").startswith("2024-10")
    assert any("Direction régionale" in o or o == "DRPO" for o in found[0].organizations)
    assert "Conseil de la police" not in found[0].organizations


def test_a_second_training_module_to_be_held_on_days_to_come_is_an_announced_event(extract):
    text = ("Formation des policiers municipaux\n\n"
            "Une session de formation sur l'accueil des victimes, organisée par le Centre régional de formation de "
            "la police, s'est achevée vendredi à Vannes. Un second module, consacré à la cybercriminalité, se tiendra "
            "du 3 au 7 mars prochain à Lorient, avec l'appui de l'Agence française de développement (AFD).\n")
    ex = extract(text, "2025-02-10")
    found = [a for a in ex.activities + ex.announcements if (a.date or "").startswith("2025-03-03")]
    assert found and found[0].status == "planned" and found[0].place == "Lorient"
    # the next session of the series is organized by those of the one told
    assert any("Centre régional de formation" in o for o in found[0].organizations)
