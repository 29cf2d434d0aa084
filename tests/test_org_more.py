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


# -- O2. « et » inside a unit's name, a compass adjective after a region ---------------------

@pytest.mark.parametrize("sentence, name, cut", [
    ("Le 3 mai, le Service Prévention et Sécurité Routière a présenté son bilan à Lomé.",
     "Service Prévention et Sécurité Routière", "Service Prévention"),
    ("Elle a rejoint la Direction Formation et Ressources Humaines de la mairie en janvier.",
     "Direction Formation et Ressources Humaines", "Direction Formation"),
    ("Participants :\n• M. Yao Kouassi (Commission de la CEDEAO), Chef de la Division Paix et Sécurité ;\n",
     "Division Paix et Sécurité", "Division Paix"),
    ("Participants :\n• Mme Awa Kane Diop (Commission de la CEDEAO), Cheffe de la Division Défense et Sécurité ;\n",
     "Division Défense et Sécurité", "Division Défense"),
])
def test_a_unit_named_by_two_domains_joined_by_et(extract, sentence, name, cut):
    found = keys(extract(sentence))
    assert name_key(cut) not in found
    assert any(k.startswith(name_key(name)) for k in found)


def test_a_compass_adjective_after_a_region_stays_in_the_name(extract):
    found = keys(extract("Le 3 mai, le Bureau sous-régional pour l'Afrique australe a organisé un atelier à Lusaka."))
    assert name_key("Bureau sous-régional pour l'Afrique australe") in found
    assert name_key("Bureau sous-régional pour l'Afrique") not in found


# -- O6. courts, prisons and establishments named in lower case --------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("La garde des Sceaux s'est rendue le 4 mai à Montreval, où elle a visité le tribunal judiciaire "
     "puis la maison d'arrêt de Montreval-Les Ormes.", "Maison d'arrêt de Montreval-Les Ormes"),
    ("La garde des Sceaux s'est rendue le 4 mai à Montreval, où elle a visité le tribunal judiciaire "
     "puis la maison d'arrêt de Montreval-Les Ormes.", "Tribunal judiciaire"),
    ("Une convention a été signée le 2 juin avec l'établissement pénitentiaire de Saint-Aubin-des-Prés.",
     "Établissement pénitentiaire de Saint-Aubin-des-Prés"),
    ("Le directeur du centre pénitentiaire de Granvaux a présenté le projet le 2 juin.",
     "Centre pénitentiaire de Granvaux"),
    ("Une équipe mobile du centre hospitalier de Pontvallon intervient depuis le 2 juin.",
     "Centre hospitalier de Pontvallon"),
])
def test_a_court_or_an_establishment_in_lower_case_is_a_body(extract, sentence, name):
    assert name_key(name) in keys(extract(sentence))


@pytest.mark.parametrize("sentence", [
    "Le centre a publié son rapport annuel le 2 juin.",
    "Les détenus du centre de détention suivent une formation depuis le 2 juin.",
])
def test_a_lower_case_establishment_word_alone_is_no_body(extract, sentence):
    assert not any(k.startswith("centre") for k in keys(extract(sentence)))


# -- O8. a title whose complement already names its body -------------------------------------

@pytest.mark.parametrize("sentence, body", [
    ("Le 3 mai, le ministre a été accueilli à Oran par Monsieur le Wali de la Wilaya d'Oran, M. Farid Belkacem.",
     "Wilaya d'Oran"),
    ("Le 3 mai, le ministre a été accueilli par le wali de la wilaya de Tlemcen, Farid Belkacem.", "Wilaya de Tlemcen"),
])
def test_a_governor_of_a_named_wilaya_speaks_for_it(extract, sentence, body):
    ex = extract(sentence)
    assert name_key(body) in keys(ex)
    assert not any(k.count("wilaya") > 1 for k in keys(ex))


# -- O10. the words of a rank open no body ----------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Le 3 mai, le Général de Corps d'Armée Issa Traoré a reçu la délégation à Bamako.",
    "Le 3 mai, le Général de Corps Aérien Moussa Diarra a reçu la délégation à Bamako.",
])
def test_the_words_of_a_rank_are_no_body(extract, sentence):
    assert not any(k.startswith("corps") for k in keys(extract(sentence)))


# -- O5. a body's own name that opens on an article -------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("Le 3 mai, le service a signé une entente avec l'organisme communautaire La Boussole, qui accompagne les jeunes.",
     "La Boussole"),
    ("Le 3 mai, la police a signé une entente avec l'association Les Passeurs de Mots à Trois-Rivières.",
     "Les Passeurs de Mots"),
])
def test_a_name_opening_on_an_article_after_a_generic_noun(extract, sentence, name):
    assert name_key(name) in keys(extract(sentence))


# -- O4. acronyms inside a reference number ------------------------------------------------------

@pytest.mark.parametrize("text, wrong", [
    ("ÉTAT-MAJOR DE LA POLICE NATIONALE\n\nCOMMUNIQUÉ N°2023-114/MS/EMPN/SCOM\n\n"
     "Le 3 mai, le chef d'état-major de la Police nationale a reçu une délégation à Niamey.\n", {"empn", "scom", "ms", "communique"}),
    ("Lettre n° 045/MINAT/SG/DAJ du 3 mai 2024\n\nLe ministre a reçu le 3 mai le préfet de la région du Centre.\n",
     {"minat", "daj"}),
])
def test_acronyms_of_a_reference_number_are_no_bodies(extract, text, wrong):
    assert not keys(extract(text)) & wrong


# -- O7. the acronym of a measure or a notion is no body ----------------------------------------

@pytest.mark.parametrize("sentence, wrong", [
    ("Le juge peut prononcer une mesure de réparation pénale (MRP) ; la MRP est suivie par un éducateur.", "mrp"),
    ("Les violences basées sur le genre (VBG) ont reculé en 2023 selon le rapport.", "vbg"),
    ("Une convention relative à l'accueil de personnes condamnées à un stage de citoyenneté (SDC) a été signée le 3 mai.", "sdc"),
])
def test_an_acronym_of_a_measure_is_no_body(extract, sentence, wrong):
    assert wrong not in keys(extract(sentence))


def test_an_acronym_of_a_lower_case_body_stays_a_body(extract):
    ex = extract("Mme Roy dirige le service départemental d'incendie et de secours (SDIS) de l'Aube depuis mai.")
    assert "sdis" in keys(ex)


# -- O9. a force named with its country, then by its forces in a title -------------------------

def test_the_forces_of_a_national_police_are_the_police_in_brackets(extract):
    ex = extract("Participants :\n• M. Jean Bakala (Police nationale congolaise), Directeur général des Forces de police "
                 "nationale ;\n• Mme Awa Sow (ONUDC), Experte en criminalité organisée.\n")
    police = [o for o in ex.organizations if "police" in name_key(o.name)]
    assert len(police) == 1
    assert name_key("Forces de police nationale") in keys(ex)


@pytest.mark.parametrize("town", ["Sauvignac", "Ferrandel"])
def test_a_lower_case_court_keeps_a_town_spacy_reads_as_a_person(extract, town):
    ex = extract(f"Au tribunal, la ministre a été reçue par le procureur, M. Paul Girard, en présence du premier président "
                 f"de la cour d'appel de {town}, M. Luc Simon, et de la procureure générale près cette cour, Mme Anne Roy.")
    assert name_key(f"Cour d'appel de {town}") in keys(ex)
    assert name_key("Cour d'appel") not in keys(ex)


# -- a rank « X de Police » before a name -----------------------------------------------------

@pytest.mark.parametrize("sentence, wrong", [
    ("Le 3 mai, le Général de Police Victor Essono Mba a reçu la délégation à Libreville.", "police victor"),
])
def test_a_force_closing_a_rank_before_a_name_is_no_body(extract, sentence, wrong):
    assert not any(k.startswith(wrong) for k in keys(extract(sentence)))


def test_a_force_with_its_level_after_a_rank_stays_a_body(extract):
    ex = extract("Le 3 mai, le colonel de la Gendarmerie nationale Paul Obame a reçu la délégation à Libreville.")
    assert name_key("Gendarmerie nationale") in keys(ex)


# -- a body's own name after a generic noun may open on a country ------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("Le 3 mai, la préfète a rencontré les bénévoles de l'association Suisse Entraide à Lyon.", "Suisse Entraide"),
    ("Le 3 mai, la préfète a rencontré les représentants de l'association Canada Solidarité Jeunesse à Lyon.",
     "Canada Solidarité Jeunesse"),
    ("Le 3 mai, la préfète a rencontré les représentants de l'association Suisse Entraide 74 et du collectif Bien rouler.",
     "Suisse Entraide 74"),
])
def test_a_generic_noun_then_a_country_and_a_name(extract, sentence, name):
    assert name_key(name) in keys(extract(sentence))


def test_a_generic_noun_then_a_place_alone_is_no_name(extract):
    assert not extract("Le 3 mai, l'association Genève a été dissoute par ses membres.").organizations
