"""Organizations named only inside a title, on own sentences."""

from __future__ import annotations

from tests.conftest import roles_of


def orgs(extraction) -> dict[str, list[str]]:
    return {o.name: o.aliases for o in extraction.organizations}


def test_minister_names_the_ministry_with_its_country(extract):
    ex = extract("Le 4 mars, le ministre de la Santé du Niger Abdou Karimou a reçu la délégation.")
    assert roles_of(ex, "Abdou Karimou") == {("Ministre de la Santé", "Ministère de la Santé du Niger")}


def test_nationality_adjective_gives_the_ministry_its_country(extract):
    ex = extract("Le Réseau a rencontré la ministre nigérienne de la santé publique, Awa Diop.")
    assert {org for _, org in roles_of(ex, "Awa Diop")} == {"Ministère de la Santé publique du Niger"}


def test_deputy_mayor_names_the_town(extract):
    ex = extract("Le Réseau a reçu l'adjointe au maire de Nantes Claire Joly le 3 mai.")
    assert roles_of(ex, "Claire Joly") == {("Adjointe au maire", "Ville de Nantes")}
    assert {"Mairie de Nantes", "Nantes"} <= set(orgs(ex)["Ville de Nantes"])


def test_consul_general_and_burgomaster(extract):
    ex = extract("Mercredi, le consul général du Mexique à Lyon, M. Pablo Ruiz, a visité le centre avec "
                 "le bourgmestre de Wavre Luc Denis.")
    assert roles_of(ex, "Pablo Ruiz") == {("Consul général", "Consulat général du Mexique à Lyon")}
    assert {org for _, org in roles_of(ex, "Luc Denis")} == {"Ville de Wavre"}
    assert "Commune de Wavre" in orgs(ex)["Ville de Wavre"]


def test_lower_case_body_inside_a_title(extract):
    ex = extract("Mercredi, l'échevine de la commune de Rixensart, Anne Colin, a reçu le directeur de la police "
                 "des chemins de fer Jan Peeters.")
    assert {org for _, org in roles_of(ex, "Anne Colin")} == {"Commune de Rixensart"}
    assert {org for _, org in roles_of(ex, "Jan Peeters")} == {"Police des chemins de fer"}


def test_head_of_diplomacy_is_the_foreign_ministry(extract):
    ex = extract("Le 2 juin, le chef de la diplomatie malienne Moussa Traoré a ouvert la séance.")
    assert {org for _, org in roles_of(ex, "Moussa Traoré")} == {"Ministère des Affaires étrangères du Mali"}


def test_a_later_full_name_joins_the_body_read_from_the_title(extract):
    ex = extract("Le ministre de l'Agriculture du Togo, Komi Adjo, a ouvert la réunion. "
                 "Le Ministère de l'Agriculture du Togo a ensuite publié un rapport.")
    assert [o.name for o in ex.organizations].count("Ministère de l'Agriculture du Togo") == 1


def test_the_same_title_for_another_country(extract):
    ex = extract("Le Ministre de la Justice du Mali, M. Amadou Keita, et celui du Niger, M. Ali Moussa, ont signé l'accord.")
    assert {org for _, org in roles_of(ex, "Ali Moussa")} == {"Ministère de la Justice du Niger"}


def test_possessive_title_points_back_to_the_body_of_the_sentence(extract):
    ex = extract("Le Garde des sceaux, ministre de la Justice, Amadou Diallo a reçu le 3 mai le représentant de "
                 "l'UNICEF. Le Garde des sceaux était entouré de son Directeur de cabinet, Ali Hassan.")
    assert {org for _, org in roles_of(ex, "Ali Hassan")} == {"Ministère de la Justice"}
    assert "Garde des sceaux" not in orgs(ex)


def test_a_bare_title_names_the_body_a_later_title_belongs_to(extract):
    ex = extract("Représentant le Ministre de la Sécurité publique du Mali, le Directeur de cabinet, M. Oumar Sy, "
                 "a signé l'accord avec l'UNICEF.")
    assert {org for _, org in roles_of(ex, "Oumar Sy")} == {"Ministère de la Sécurité publique du Mali"}


def test_rank_of_several_words_then_an_apposition(extract):
    ex = extract("La séance était présidée par le colonel DUVAL, entouré du capitaine de police Luc D’ARCO, "
                 "attaché de sécurité intérieure près l’ambassade de France au Maroc.")
    assert roles_of(ex, "Luc D'Arco") == {("Attaché de sécurité intérieure", "Ambassade de France au Maroc")}
    assert "ARCO" not in orgs(ex)


def test_a_possessive_runs_over_the_list_it_opens(extract):
    ex = extract("Le ministre de la Santé du Mali, Ali Traoré, a reçu l'UNICEF. Le ministre était entouré de son "
                 "directeur de cabinet, Oumar Sy, du directeur général de la santé publique, Awa Keita.")
    assert {org for _, org in roles_of(ex, "Awa Keita")} == {"Ministère de la Santé du Mali"}


def test_a_doubled_letter_does_not_make_another_body(extract):
    ex = extract("Le 3 mai, la Marine nationale a signé une convention. La convention lie la Marine nationnale "
                 "et l'Armée de terre.")
    assert [o.name for o in ex.organizations if o.name.startswith("Marine")] in (["Marine nationale"],
                                                                                 ["Marine nationnale"])


def test_a_country_alone_is_not_what_a_ministry_is_of(extract):
    ex = extract("Le 3 mai, le ministre béninois Paul Houngbo est venu au Réseau.")
    assert not any(o.name.startswith("Ministère") for o in ex.organizations)


def test_an_ambassador_with_a_diplomatic_civility(extract):
    ex = extract("Le 3 mai, S.E.M. Jean Dupuis, Ambassadeur de France au Sénégal, a reçu la délégation.")
    assert roles_of(ex, "Jean Dupuis") == {("Ambassadeur", "Ambassade de France au Sénégal")}


def test_ministers_of_two_countries_share_one_domain(extract):
    ex = extract("Le 3 mai, les ministres malien et nigérien de l'Intérieur, Oumar Keita et Ali Moussa, ont dîné ensemble.")
    assert {org for _, org in roles_of(ex, "Oumar Keita")} == {"Ministère de l'Intérieur du Mali"}
    assert {org for _, org in roles_of(ex, "Ali Moussa")} == {"Ministère de l'Intérieur du Niger"}


def test_secretary_of_state_and_high_commissioner_name_their_office(extract):
    ex = extract("Le 3 mai, le secrétaire d'État à la Sécurité routière, Paul Morin, a reçu la haute-commissaire "
                 "aux droits de l'homme Anne Lenoir.")
    assert {org for _, org in roles_of(ex, "Paul Morin")} == {"Secrétariat d'État à la Sécurité routière"}
    assert {org.lower() for _, org in roles_of(ex, "Anne Lenoir")} == {"haut-commissariat aux droits de l'homme"}
