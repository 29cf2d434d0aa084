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
