"""Titles and roles of the forms found on the own-af texts (issue 8), on sentences written for these tests."""

from __future__ import annotations

from tests.conftest import orgs_of, roles_of

ELECTION = (
    "Lettre du Cercle francophone d'études pénitentiaires (CFEP)\n\n"
    "Assemblée générale de Lomé\n\n"
    "Le 4 mai, la 3e assemblée générale du Cercle s'est tenue à Lomé. L'assemblée a élu un nouveau bureau "
    "pour deux ans. La professeure Awa Koné (Université de Bamako) en prend la présidence ; elle succède au "
    "professeur Lucien Dabiré (Université de Parakou), qui siégera désormais comme administrateur. Les deux "
    "vice-présidences reviennent à Claire Dufresne, chargée de cours à l'Université de Namur, et à Oumar Sall, "
    "maître de conférences à l'Université Gaston Berger (UGB). Fatou Ndiaye (Université de Thiès) a été "
    "reconduite au poste de trésorière, et Paul Mbarga, qui dirige l'Institut de police de Yaoundé, devient "
    "secrétaire général.\n\n"
    "Le CFEP remercie ses membres. Le CFEP publiera son rapport annuel en juin.\n"
)


def test_presidency_taken_with_en_is_held_in_the_body_that_elected(extract):
    ex = extract(ELECTION, "2025-06-01")
    assert "CFEP" in orgs_of(ex, "Awa Koné")
    assert "Université de Bamako" in orgs_of(ex, "Awa Koné")


def test_a_board_seat_after_an_election_is_not_the_previous_persons_university(extract):
    ex = extract(ELECTION, "2025-06-01")
    assert orgs_of(ex, "Lucien Dabiré") == {"Université de Parakou", "CFEP"}


def test_vice_presidencies_going_to_several_people(extract):
    ex = extract(ELECTION, "2025-06-01")
    for name in ("Claire Dufresne", "Oumar Sall"):
        assert "CFEP" in orgs_of(ex, name)
    assert ("Chargée de cours", "Université de Namur") in roles_of(ex, "Claire Dufresne")


def test_treasurer_reelected_is_the_bodys_own(extract):
    ex = extract(ELECTION, "2025-06-01")
    assert orgs_of(ex, "Fatou Ndiaye") == {"Université de Thiès", "CFEP"}


def test_becomes_after_a_relative_clause(extract):
    ex = extract(ELECTION, "2025-06-01")
    assert orgs_of(ex, "Paul Mbarga") == {"Institut de police de Yaoundé", "CFEP"}


def test_becomes_after_a_relative_clause_with_words_after_the_body(extract):
    ex = extract("Lors de l'assemblée générale de l'Association des juristes de Lyon, Paul Mbarga, qui dirige le "
                 "Centre d'études pénales de Kindia depuis 2019, devient secrétaire général.")
    assert ("Secrétaire général", "Association des juristes de Lyon") in roles_of(ex, "Paul Mbarga")


def test_particles_inside_and_opening_a_name_are_kept(extract):
    ex = extract("Le 3 mars, l'Ordre des avocats de Lubumbashi, représenté par son Bâtonnier, Me Didier Mutombo wa "
                 "Mutombo, a signé une convention avec le Réseau.\n\n"
                 "Dans son allocution, le Procureur de la République près le Tribunal de grande instance de "
                 "Louga, El Hadji Ousmane Thiandoum, a salué les enquêteurs.")
    names = {p.name for p in ex.people}
    assert {"Didier Mutombo wa Mutombo", "El Hadji Ousmane Thiandoum"} <= names
    assert ("Bâtonnier", "Ordre des avocats de Lubumbashi") in roles_of(ex, "Didier Mutombo wa Mutombo")
    assert orgs_of(ex, "El Hadji Ousmane Thiandoum") == {"Tribunal de grande instance de Louga"}


def test_a_surname_of_two_words_and_initials_join_the_full_name(extract):
    ex = extract("Le 5 mars, Mme Aminata Coumba Diop Sarr, cheffe de mission de l'OIM au Mali, a pris la parole. "
                 "Mme Diop Sarr a rappelé les enjeux, devant notre envoyé Cheikh Tidiane Fall.\n\n"
                 "C. T. FALL\n")
    names = {p.name for p in ex.people}
    assert "Diop Sarr" not in names and "C. T. Fall" not in names and "T. Fall" not in names
    assert {"Aminata Coumba Diop Sarr", "Cheikh Tidiane Fall"} <= names


def test_a_federal_minister_is_in_the_department_named_apart_not_in_the_provincial_ministry(extract):
    # a department the gazetteer knows by its applied title, and a province's ministry of the same domain
    text = ("Communiqué conjoint\n\nMinistère de la Sécurité publique\nSécurité publique Canada\n\n"
            "Le 3 mars, à Moncton, la ministre de la Sécurité publique, Mme Anne Leblanc, et le ministre de la "
            "Sécurité publique du Canada, M. Omar Haddad, ont annoncé un fonds pour les victimes.\n\n"
            "Relations avec les médias\nMinistère de la Sécurité publique\n\n"
            "Relations avec les médias\nSécurité publique Canada\n")
    ex = extract(text, "2025-03-04")
    federal, = orgs_of(ex, "Omar Haddad")
    provincial, = orgs_of(ex, "Anne Leblanc")
    assert federal != provincial
    body = next(o for o in ex.organizations if federal in (o.name, o.acronym))
    assert "Sécurité publique Canada" in (body.name, *body.aliases)


MINISTRY_PAGE = (
    "MINISTÈRE DE L'INTÉRIEUR ET DE LA SÉCURITÉ\nCellule de presse\n\n"
    "Le 12 mai, le Ministre a reçu une délégation de la Police nationale. Le Ministre avait à ses côtés le "
    "Secrétaire général à l'Intérieur a.i., Monsieur Joseph Mukeba, ainsi que Maître Sarah Ilunga, Conseillère "
    "juridique au Cabinet.\n"
)


def test_a_secretary_general_of_a_domain_acting_is_in_the_ministry_of_that_domain(extract):
    ex = extract(MINISTRY_PAGE, "2025-05-13")
    assert orgs_of(ex, "Joseph Mukeba") == {"Ministère de l'Intérieur et de la Sécurité"}


def test_a_counsel_at_the_cabinet_is_in_the_ministry(extract):
    ex = extract(MINISTRY_PAGE, "2025-05-13")
    assert orgs_of(ex, "Sarah Ilunga") == {"Ministère de l'Intérieur et de la Sécurité"}


def test_a_title_of_its_faculty_after_a_possessive(extract):
    ex = extract("Deux conventions ont été signées : avec l'Université de Kisangani, le 2 mai, par son recteur, le "
                 "professeur Henri Bolamba, et avec l'Université de Sherbrooke, le 6 mai, par la doyenne de sa Faculté "
                 "de droit, Mme Julie Caron.")
    assert roles_of(ex, "Julie Caron") and orgs_of(ex, "Julie Caron") <= {"Faculté de droit", "Université de Sherbrooke"}
    assert orgs_of(ex, "Henri Bolamba") == {"Université de Kisangani"}


def test_respectively_after_a_body_with_a_slash(extract):
    ex = extract("Le commissaire était accompagné des commissaires Albert Mbala et Nadine Kasa, respectivement "
                 "Commissaire provincial de la Police nationale/Ville de Goma et Directrice de la Police des frontières.")
    assert orgs_of(ex, "Nadine Kasa") == {"Police des frontières"}


def test_a_body_named_again_by_its_first_word_after_a_title(extract):
    ex = extract("Une entente a été signée entre le Ministère et l'organisme Tremplin Jeunesse Estrie, qui pilotera le "
                 "projet. L'entente a été paraphée par Mme Laure Gagnon, directrice générale du Tremplin, et par "
                 "M. Marc Roy, sous-ministre associé.")
    assert orgs_of(ex, "Laure Gagnon") == {"Tremplin Jeunesse Estrie"}
    assert all("Tremplin" not in o.name or o.name == "Tremplin Jeunesse Estrie" for o in ex.organizations)


def test_officers_of_an_elected_bureau_named_with_its_body(extract):
    # on a page of another body, named more often than the one whose bureau is elected
    ex = extract("Union africaine – Actualités\n\n"
                 "Le 3 mai, le Forum des polices municipales d'Afrique de l'Ouest (FPMAO) a réuni ses membres à Niamey, "
                 "avec le soutien de l'Union africaine. Le bureau du FPMAO pour la période 2025-2026 a été élu, avec le "
                 "Commissaire Idrissa Maïga (Niger) comme président, la Commissaire Awa Traoré (Mali) et le Colonel "
                 "Paul Zongo (Burkina Faso) comme vice-présidents. L'Union africaine salue ce choix.\n\n"
                 "© Union africaine\n", "2025-05-04")
    for name in ("Idrissa Maïga", "Awa Traoré", "Paul Zongo"):
        assert "FPMAO" in orgs_of(ex, name) and "Union africaine" not in orgs_of(ex, name)


def test_plural_predicate_after_respectively_in_the_body_whose_members_elected(extract):
    ex = extract("Département de la sécurité – Communiqué\n\n"
                 "Réunis à Sion, les membres de la Fédération des polices communales romandes (FPCR) ont élu le major "
                 "Luc Perrin à la présidence de la fédération. L'assemblée a également renouvelé son comité. Anne Favre "
                 "et Marc Zuber, commandants respectivement de la Police municipale de Sion et de la Police municipale "
                 "de Sierre, ont été élus vice-présidents. Le Département de la sécurité était représenté.\n\n"
                 "Contact : Département de la sécurité\n", "2025-05-04")
    assert orgs_of(ex, "Anne Favre") == {"Police municipale de Sion", "FPCR"}
    assert orgs_of(ex, "Marc Zuber") == {"Police municipale de Sierre", "FPCR"}


def test_vice_presidents_elected_in_the_body_of_the_president_elected_before(extract):
    ex = extract("Département de la sécurité – Communiqué\n\n"
                 "Réunis à Sion, les délégués ont élu le major Luc Perrin à la présidence de la Fédération des polices "
                 "communales romandes (FPCR). L'assemblée a également renouvelé son comité. Anne Favre et Marc Zuber, "
                 "commandants respectivement de la Police municipale de Sion et de la Police municipale de Sierre, ont "
                 "été élus vice-présidents. Le Département de la sécurité était représenté.\n\n"
                 "Le Département de la sécurité soutient les polices communales. Le Département de la sécurité "
                 "publiera un rapport.\n\nContact : Département de la sécurité\n", "2025-05-04")
    assert "FPCR" in orgs_of(ex, "Luc Perrin")
    assert orgs_of(ex, "Anne Favre") == {"Police municipale de Sion", "FPCR"}


def test_our_title_apposed_to_the_complement_name_not_to_the_next_subject(extract):
    ex = extract("Lettre de l'Association romande de médiation (ARM)\n\n"
                 "Pendant le congé de recherche de Marc Lavoie, notre coordonnateur des programmes, Anne Roy assure "
                 "l'intérim jusqu'en juin. L'ARM remercie ses membres.\n", "2025-03-01")
    assert ("Coordonnateur des programmes", "ARM") in roles_of(ex, "Marc Lavoie")


def test_acting_holder_of_the_post_of_someone_on_leave(extract):
    ex = extract("Lettre de l'Association romande de médiation (ARM)\n\n"
                 "Pendant le congé de recherche de Marc Lavoie, notre coordonnateur des programmes, Anne Roy assure "
                 "l'intérim jusqu'en juin. L'ARM remercie ses membres.\n", "2025-03-01")
    assert ("Coordonnateur des programmes par intérim", "ARM") in roles_of(ex, "Anne Roy")


def test_a_deputy_minister_with_a_remit_is_in_the_ministry_whose_page_it_is(extract):
    ex = extract("Québec.ca | Ministère de la Sécurité publique\n\n"
                 "Une entente a été signée entre le Ministère et l'organisme Tremplin Jeunesse Estrie. L'entente a été "
                 "paraphée par Mme Laure Gagnon, directrice générale du Tremplin, et par M. Marc Roy, sous-ministre "
                 "associé aux affaires correctionnelles. Le ministre de la Sécurité publique du Canada était représenté.\n\n"
                 "Relations avec les médias : Ministère de la Sécurité publique\n\nSécurité publique Canada\n",
                 "2025-03-01")
    assert orgs_of(ex, "Marc Roy") == {"Ministère de la Sécurité publique"}


def test_a_delegated_minister_is_attached_to_the_ministry_of_the_domain_after_a(extract):
    ex = extract("Ils étaient accompagnés de la ministre déléguée aux Transports et ministre responsable de la région "
                 "de l'Estrie, Mme Julie Roy, ainsi que du maire de Magog, M. Paul Vachon.")
    assert orgs_of(ex, "Julie Roy") == {"Ministère des Transports"}
    ex = extract("Le 2 mai, le ministre délégué à l'Économie sociale et à la Solidarité, M. Paul Hoarau, était présent.")
    assert orgs_of(ex, "Paul Hoarau") == {"Ministère de l'Économie sociale et de la Solidarité"}


def test_a_participle_title_whose_object_names_again_a_body_by_its_head(extract):
    ex = extract("Le colonel Paul Martin s'est rendu lundi à la brigade de gendarmerie de Saint-Amour, où il a été "
                 "accueilli par l'adjudante Lise Caron, commandant la brigade. Il a salué les militaires.")
    assert orgs_of(ex, "Lise Caron") == {"Brigade de gendarmerie de Saint-Amour"}
