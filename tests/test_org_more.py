"""More organization forms of French news (own texts ac/ad), on sentences of our own."""

from __future__ import annotations

import pytest

from reseau.names import name_key
from tests.test_org_forms import keys


# -- O1. a state's name heading a page is no organization ------------------------------------

@pytest.mark.parametrize("header", [
    "RÉPUBLIQUE GABONAISE",
    "SIERRA LEONE",
    "CONFÉDÉRATION SUISSE",
    "Confédération Suisse",
    "République Algérienne Démocratique et Populaire",
])
def test_a_state_heading_the_page_is_no_organization(extract, header):
    ex = extract(f"{header}\nMinistère de la Justice\n\nLe 3 avril, le ministre a reçu une délégation à Genève.\n")
    state = {name_key(w) for w in header.split()} | {name_key(header)}
    assert not keys(ex) & state
    assert name_key("Ministère de la Justice") in keys(ex)


# -- O3. two bodies, or a body and a person, joined by « et » ----------------------------------

@pytest.mark.parametrize("sentence, first, second", [
    ("Le 4 mars, une convention a été signée à Tunis entre la Direction Générale des Forêts (DGF) "
     "et le Croissant-Rouge Tunisien (CRT).", "Direction Générale des Forêts", "Croissant-Rouge Tunisien"),
    ("Accord de partenariat entre la Direction Générale des Forêts et le Croissant-Rouge Tunisien\n"
     "Le texte a été signé le 4 mars à Tunis.", "Direction Générale des Forêts", "Croissant-Rouge Tunisien"),
    ("Le protocole conclu entre l'Agence Nationale des Routes et la Société Béninoise d'Électricité "
     "a été renouvelé le 2 mai.", "Agence Nationale des Routes", "Société Béninoise d'Électricité"),
])
def test_two_bodies_between_entre_and_et_are_two(extract, sentence, first, second):
    ex = extract(sentence)
    found = keys(ex)
    assert name_key(first) in found and name_key(second) in found
    assert not any(k.startswith(name_key(first) + " et") for k in found)


@pytest.mark.parametrize("sentence, body", [
    ("Le conseil a entériné la nomination de Paul Roy à titre d'inspecteur-chef de la Section des crimes "
     "majeurs et de Luc Gagnon comme commandant du poste 5.", "Section des crimes majeurs"),
    ("Le conseil a entériné la nomination de Paul Roy à titre d'inspecteur-chef de la Section des crimes "
     "majeurs et de L. Gagnon comme commandant du poste 5.", "Section des crimes majeurs"),
])
def test_a_body_then_et_and_a_person_ends_before_et(extract, sentence, body):
    found = keys(extract(sentence))
    assert name_key(body) in found
    assert not any(k.startswith(name_key(body) + " ") for k in found)
