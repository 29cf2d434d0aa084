"""Titles and roles of the forms found on the own-ah texts (issue 8), on sentences written for these tests."""

from __future__ import annotations

from tests.conftest import bodies_of, roles_of

DELEGATIONS = (
    "La troisième réunion des Ministres de la Justice de la CEDEAO s'est tenue le mardi 4 mars 2025 à Abuja, "
    "sous la présidence de Monsieur Paul Diarra, Ministre de la Justice et des Droits de l'Homme de la "
    "République du Mali, Président en exercice.\n\n"
    "Ont pris part à cette réunion :\n"
    "- pour la République du Bénin : Monsieur Jean Houngbo, Ministre de la Justice et de la Législation ;\n"
    "- pour la République du Niger : Monsieur Ali Issa Garba, Ministre d'État, Ministre de la Justice et des "
    "Droits de l'Homme ;\n"
    "- pour la République Togolaise : Madame Afi Mensah, Ministre de la Justice et de la Législation.\n"
)


def test_a_delegation_line_gives_its_country_to_the_ministry(extract):
    ex = extract(DELEGATIONS, "2025-03-06")
    benin, togo = bodies_of(ex, "Jean Houngbo"), bodies_of(ex, "Afi Mensah")
    assert any("Bénin" in b for b in benin), benin
    assert any("Togo" in b for b in togo), togo
    assert not benin & togo


def test_a_ministry_of_another_country_is_kept_apart(extract):
    ex = extract(DELEGATIONS, "2025-03-06")
    niger = bodies_of(ex, "Ali Issa Garba")
    assert any("Niger" in b for b in niger), niger
    assert not any("Mali" in b for b in niger), niger


def test_a_minister_of_state_holds_one_title_in_the_portfolios_ministry(extract):
    ex = extract(DELEGATIONS, "2025-03-06")
    roles = roles_of(ex, "Ali Issa Garba")
    assert len(roles) == 1, roles
    title, _org = next(iter(roles))
    assert title.startswith("Ministre d'État, Ministre de la Justice"), roles


def test_a_list_of_domains_keeps_its_last_complement_and_its_country(extract):
    ex = extract("Étaient présents :\n"
                 "- pour le Burkina Faso : M. Issa Ouédraogo, Ministre de l'Économie, des Finances et du "
                 "Développement du Territoire ;\n"
                 "- pour la République du Mali : M. Paul Coulibaly, Ministre de l'Économie.\n", "2025-03-06")
    bodies = bodies_of(ex, "Issa Ouédraogo")
    assert "Ministère de l'Économie, des Finances et du Développement du Territoire du Burkina Faso" in bodies, bodies
    assert any("Mali" in b for b in bodies_of(ex, "Paul Coulibaly"))


def test_a_ministers_domain_is_not_a_body_named_before_on_that_word(extract):
    ex = extract("La réunion des ministres chargés de la Sécurité des Frontières s'est tenue à Niamey.\n\n"
                 "Ont pris part :\n- pour le Tchad : M. Idriss Mahamat, Ministre de la Sécurité.\n", "2025-03-06")
    bodies = bodies_of(ex, "Idriss Mahamat")
    assert bodies and all(b.startswith("Ministère de la Sécurité") for b in bodies), bodies


def test_a_commissioner_in_charge_of_a_department_sits_in_the_commission(extract):
    ex = extract("La session s'est ouverte à Abuja. Le Président de la Commission de la CEEAC, M. Paul Obiang, "
                 "empêché, s'est fait représenter par Mme Aïcha Bello, Commissaire chargée du Département des "
                 "Affaires politiques, de la Paix et de la Sécurité.", "2025-03-06")
    assert any(b.startswith("Commission de la CEEAC") or "Département des Affaires politiques" in b
               for b in bodies_of(ex, "Aïcha Bello")), roles_of(ex, "Aïcha Bello")


def test_an_inspector_general_of_the_services_heads_their_inspection(extract):
    ex = extract("Le directeur général était accompagné de l'Inspectrice Générale des Services de Gendarmerie, "
                 "le colonel Awa Sanogo.", "2025-03-06")
    bodies = bodies_of(ex, "Awa Sanogo")
    assert bodies == {"Inspection générale des services de Gendarmerie"} or \
        any(b.lower().startswith("inspection générale des services") for b in bodies), roles_of(ex, "Awa Sanogo")


def test_the_commissioner_of_a_towns_district_heads_its_police_station(extract):
    ex = extract("Ont pris part à la séance le Commissaire Principal de Police Paul Akakpo, Commissaire de "
                 "l'arrondissement nord de Tanguiéta, et le chef de la brigade.", "2025-03-06")
    bodies = bodies_of(ex, "Paul Akakpo")
    assert any(b.lower() == "commissariat de l'arrondissement nord de tanguiéta" for b in bodies), \
        roles_of(ex, "Paul Akakpo")


def test_the_batonniere_of_a_place_heads_its_bar(extract):
    ex = extract("L'accord a été signé par la bâtonnière de Montréal, Me Sophie Lachance, et par le président "
                 "de l'Ordre des notaires, Me Luc Bergeron.", "2025-03-06")
    assert "Barreau de Montréal" in bodies_of(ex, "Sophie Lachance"), roles_of(ex, "Sophie Lachance")


def test_a_minister_and_attorney_general_holds_one_ministry_of_the_place(extract):
    ex = extract("La ministre de la Justice et procureure générale de l'Ontario, Mme Claire Dubois, a présidé la "
                 "séance.", "2025-03-06")
    bodies = bodies_of(ex, "Claire Dubois")
    assert bodies == {"Ministère de la Justice de l'Ontario"}, roles_of(ex, "Claire Dubois")
    assert not any(o.name.startswith("Parquet") for o in ex.organizations)


def test_judges_named_together_to_a_court(extract):
    ex = extract("Le gouvernement a nommé hier Me Paul Simard et Me Anne Roy juges à la Cour supérieure. Ils "
                 "siégeront à Sherbrooke.", "2025-03-06")
    for name in ("Paul Simard", "Anne Roy"):
        assert ("Juge", "Cour supérieure") in roles_of(ex, name), roles_of(ex, name)


def test_the_prefect_among_the_elected_of_a_regional_municipality(extract):
    ex = extract("La rencontre a réuni les élus de la MRC des Basses-Terres, dont le préfet, M. Marc Gagnon, "
                 "et la mairesse de Saint-Lin, Mme Julie Roy.", "2025-03-06")
    assert any("MRC" in b for b in bodies_of(ex, "Marc Gagnon")), roles_of(ex, "Marc Gagnon")


def test_a_body_named_again_by_its_head_noun_will_be_led_by(extract):
    ex = extract("La ville accueillera l'Institut de criminologie appliquée de Vienne. Le nouvel institut, qui "
                 "offrira des formations aux policiers, sera dirigé par Mme Claire Petit, jusqu'ici professeure "
                 "à l'Université de Genève.", "2025-03-06")
    assert "Institut de criminologie appliquée de Vienne" in bodies_of(ex, "Claire Petit"), roles_of(ex, "Claire Petit")


def test_a_deputy_prosecutor_sits_in_the_prosecutors_office_named_before(extract):
    ex = extract("La direction de la police judiciaire a rencontré le procureur du Roi de Hainaut-Ouest, M. Luc "
                 "Mertens, et la première substitute Anne Peeters, cheffe de la section des mœurs du parquet.",
                 "2025-03-06")
    assert any(b.startswith("Parquet") for b in bodies_of(ex, "Anne Peeters")), roles_of(ex, "Anne Peeters")


def test_a_chef_de_corps_heads_the_police_zone_named_before(extract):
    ex = extract("La police judiciaire a participé au conseil de la zone de police Meuse-Hesbaye, présidé par le "
                 "bourgmestre de Waremme-sur-Geer, M. Jean Lardinois, en présence du chef de corps, le commissaire "
                 "divisionnaire Luc Dewit.", "2025-03-06")
    assert any(b.startswith("Zone de police") for b in bodies_of(ex, "Luc Dewit")), roles_of(ex, "Luc Dewit")


def test_a_spokesperson_of_a_body_written_without_de(extract):
    ex = extract("Le SPF Finances a publié son rapport annuel.\n\nContact presse\n"
                 "Marie Claes, porte-parole SPF Finances – presse@finances.example\n", "2025-03-06")
    assert any("SPF Finances" in b for b in bodies_of(ex, "Marie Claes")), roles_of(ex, "Marie Claes")


def test_officers_listed_after_a_board_renewal_hold_their_posts_in_the_network(extract):
    ex = extract("Par ailleurs, l'Assemblée générale de l'Association des polices municipales d'Europe (APME), réunie "
                 "mardi à Lyon, a renouvelé son Bureau. Ont été élus :\n"
                 "• Président : M. Hans Keller (Police municipale de Bâle) ;\n"
                 "• Vice-présidente : Mme Carla Rossi (Polizia locale di Torino) ;\n"
                 "• Trésorier : M. Jan Novak (Městská policie Brno).\n", "2025-03-06")
    for name in ("Hans Keller", "Carla Rossi", "Jan Novak"):
        assert any("APME" == o or (o or "").startswith("Association des polices municipales") for o in
                   {org for _t, org in roles_of(ex, name)}), roles_of(ex, name)



def test_a_signature_line_whose_first_name_the_model_left_out_is_the_chair():
    from reseau.extract.coreference import cluster_people
    from reseau.extract.facts import ItemFacts, PersonSpan

    first = "Sous la présidence de Monsieur Boubacar Sidibé Konaté, Ministre de la Justice."
    signed = "Le Président\nBoubacar Sidibé Konaté\n"
    start = signed.index("Sidibé")
    items = [(0, ItemFacts(people=[PersonSpan(first.index("Boubacar"), first.index(","), "Boubacar Sidibé Konaté")],
                           text=first)),
             (len(first) + 2, ItemFacts(people=[PersonSpan(start, start + len("Sidibé Konaté"), "Sidibé Konaté")],
                                        text=signed))]
    clusters, _ = cluster_people(items)
    assert [c.name for c in clusters] == ["Boubacar Sidibé Konaté"]


def test_representing_a_minister_is_no_post_in_the_ministry(extract):
    ex = extract("Ont pris part à cette réunion :\n"
                 "- pour le Ghana : Mme Ama Owusu, Directrice Générale de la Police Nationale, représentant le "
                 "Ministre de l'Intérieur ;\n- pour le Togo : M. Kodjo Abalo, Ministre de la Sécurité.\n", "2025-03-06")
    assert not any(b.startswith("Ministère") for b in bodies_of(ex, "Ama Owusu")), roles_of(ex, "Ama Owusu")
