"""The bulletin written from the register: what a reader of it would notice (French written
right, items grouped and dated, English names), the formats, the templates a user
overrides, and the command's errors. A register of our own records (tests/bulletin_register.py)."""

from __future__ import annotations

import io
import re

import pytest

from reseau.publish.bulletin import french
from reseau.publish.bulletin.check import french_problems
from reseau.publish.bulletin.english import english_title
from tests.bulletin_register import PERIOD, build
from tests.conftest import run_cli


@pytest.fixture(scope="module")
def register_url(tmp_path_factory):
    return build(tmp_path_factory.mktemp("bulletin") / "reseau.db")


_said: dict[tuple, str] = {}


def bulletin(url: str, *args: str, env: dict | None = None) -> str:
    """The bulletin of the period as ``reseau bulletin`` prints it (once per set of options)."""
    key = (url, args, tuple(sorted((env or {}).items())))
    if key not in _said:
        _said[key] = _bulletin(url, *args, env=env)
    return _said[key]


def _bulletin(url: str, *args: str, env: dict | None = None) -> str:
    done = run_cli("bulletin", "--from", PERIOD[0], "--to", PERIOD[1], *args, env={"RESEAU_DATABASE_URL": url, **(env or {})})
    assert done.returncode == 0, done.stderr.decode()
    return done.stdout.decode("utf-8")


def paragraph_with(text: str, words: str) -> str:
    return next(p for p in text.split("\n\n") if words in p)


def test_the_french_bulletin_passes_its_own_check(register_url):
    text = bulletin(register_url)
    assert french_problems(text) == []
    assert text.startswith("# Bulletin du Centre de recherche sur la prévention (CRP), du 1er décembre 2022 au 30 juin 2023")


def test_titles_agree_with_their_holders(register_url):
    text = bulletin(register_url)
    assert "la Directrice générale du CRP, Claire Dubé," in text  # the title first, with its article
    assert "Paul Martin, Directeur de l’Agence" in text
    # The recorded title is masculine, the person is « Mme »: the bulletin says Directrice.
    assert "Nadia Chafik, Directrice de la recherche" in text
    assert "Une nouvelle recrue au CRP" in text  # « Stagiaire » alone does not tell: no guess
    assert "Un nouveau membre de l’équipe au CRP" in text  # « Assistant »


def test_acronyms_are_spelled_out_once_then_used_alone(register_url):
    text = bulletin(register_url)
    first = text.index("l’Agence internationale de la sécurité routière (AISR)")
    assert text.count("Agence internationale de la sécurité routière") == 1
    assert text.index("l’AISR") > first
    assert "de l’EHES" in text and text.index("(EHES)") < text.index("de l’EHES")


def test_elision_contractions_and_lists(register_url):
    text = bulletin(register_url)
    assert "les Services municipaux de Trois-Lacs" in text
    assert "Une nouvelle recrue au CRP" in text and "partenaire du CRP" in text
    assert "de l’Université de Lyon-Nord" in text and "à l’Université de Lyon-Nord" in text
    assert re.search(r"l’AISR et les Services municipaux de Trois-Lacs ont tenu", text)
    assert "le CRP a rencontré Jean Tremblay, Chef de la division des partenariats du Ministère de la Cohésion sociale (MCS), et les Services" in text


def test_a_visiting_delegation_meets_people_with_the_publisher_and_verbs_agree(register_url):
    text = bulletin(register_url)
    assert "## La visite d’une délégation des Services municipaux de Trois-Lacs au CRP" in text
    assert "le CRP et les Services municipaux de Trois-Lacs ont rencontré Paul Martin" in text
    assert "les Services municipaux de Trois-Lacs ont tenu « Fête des voisins »" in text  # one name, plural


def test_a_mission_holds_its_meetings_in_date_order_with_the_afternoon(register_url):
    text = bulletin(register_url)
    mission = text[text.index("## Le CRP en mission à Paris et Lyon"):text.index("## Rencontre avec les Services")]
    assert mission.index("Mardi, le 14 mars, à Paris") < mission.index("En après-midi, à Paris") < mission.index("Jeudi, le 16 mars, à Lyon")


def test_dates_say_the_year_only_when_it_is_not_the_bulletins(register_url):
    text = bulletin(register_url)
    assert "Mardi, le 20 décembre 2022, à Québec" in text
    assert "Jeudi, le 2 février, à Montréal" in text and "En janvier, le CRP" in text


def test_the_period_bounds_the_items_and_planned_ones_come_last(register_url):
    text = bulletin(register_url)
    assert "Gilles Vieux" not in text  # a meeting of November 2022
    assert text.index("## À venir") > text.index("## Publication de l’AISR")
    assert "À l’automne 2023" in paragraph_with(text, "Conférence internationale sur la prévention »")


def test_the_english_bulletin_uses_english_names_titles_and_dates(register_url):
    text = bulletin(register_url, "--lang", "en")
    assert "the Research Centre for Prevention (RCP)" in text and "Centre de recherche" not in text
    assert "Director General of RCP Claire Dubé" in text
    assert "On Tuesday, December 20, 2022, in Québec" in text and "In the afternoon, in Paris" in text
    assert "## Coming up" in text


def test_html_survives_an_email_client(register_url):
    page = bulletin(register_url, "--format", "html")
    assert "<script" not in page.lower() and "<link" not in page.lower() and "<style" not in page.lower()
    assert '<h2 style="' in page and '<p style="' in page
    assert "Claire Dubé" in page


def test_plain_text_has_no_markdown(register_url):
    text = bulletin(register_url, "--format", "txt")
    assert "#" not in text and "BULLETIN DU CENTRE" in text


def test_the_docx_opens_and_holds_every_item_heading(register_url, tmp_path):
    from docx import Document

    markdown = bulletin(register_url)
    headings = [line.lstrip("#").strip() for line in markdown.splitlines() if line.startswith(("## ", "### "))]
    target = tmp_path / "bulletin.docx"
    run = run_cli("bulletin", "--from", PERIOD[0], "--to", PERIOD[1], "--format", "docx", "-o", str(target),
                  env={"RESEAU_DATABASE_URL": register_url})
    assert run.returncode == 0, run.stderr.decode()
    document = Document(io.BytesIO(target.read_bytes()))
    found = [p.text for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert len(headings) >= 8 and all(h in found for h in headings)


def test_a_user_template_takes_the_place_of_the_packages(register_url, tmp_path):
    folder = tmp_path / "maison" / "fr"
    folder.mkdir(parents=True)
    (folder / "hire.md.j2").write_text("## Bienvenue !\n\n{% for p in item.activity.people %}Bienvenue à {{ p.name }}.{% endfor %}\n",
                                       encoding="utf-8")
    text = bulletin(register_url, env={"RESEAU_BULLETIN_TEMPLATES": str(tmp_path / "maison")})
    assert "Bienvenue à Léa Fortin." in text and "## Le CRP en mission" in text


@pytest.mark.parametrize("args, words", [
    (["--from", "2023-02-30", "--to", "2023-06-30"], "2023-02-30"),
    (["--from", "2023-06-30", "--to", "2023-01-01"], "période vide"),
    (["--from", "2023-01-01", "--to", "2023-06-30", "--org", "Organisation inconnue"], "Organisation inconnue"),
    (["--from", "2023-01-01", "--to", "2023-06-30", "--format", "docx"], "-o"),
])
def test_mistakes_are_one_line(register_url, args, words):
    done = run_cli("bulletin", *args, env={"RESEAU_DATABASE_URL": register_url, "RESEAU_LANG": "fr"})
    lines = done.stderr.decode().strip().splitlines()
    assert done.returncode != 0 and lines[0].startswith("reseau : erreur") and words in lines[0]
    assert "Traceback" not in done.stderr.decode()


def test_another_publisher_by_its_acronym(register_url):
    text = bulletin(register_url, "--org", "AISR")
    assert text.startswith("# Bulletin de l’Agence internationale de la sécurité routière (AISR)")
    assert french_problems(text) == []


def test_items_can_be_reordered_and_left_out(register_url):
    from reseau.query.bulletin import bulletin_items
    from reseau.store.database import open_register

    register = open_register(register_url)
    try:
        with register.sessions() as session:
            whole = bulletin_items(session, *PERIOD)
            last = whole.items[-1].id
            arranged = bulletin_items(session, *PERIOD, order=[last], leave_out={whole.items[0].id})
    finally:
        register.close()
    assert arranged.items[0].id == last
    assert [i.id for i in arranged.items[1:]] == [i.id for i in whole.items[1:-1]]


# The French helpers and the check, on sentences of our own.

@pytest.mark.parametrize("phrase, de, a", [
    ("le Centre", "du Centre", "au Centre"),
    ("les Services", "des Services", "aux Services"),
    ("l’Union", "de l’Union", "à l’Union"),
    ("la Ville", "de la Ville", "à la Ville"),
    ("Europol", "d’Europol", "à Europol"),
    ("Polaris", "de Polaris", "à Polaris"),
])
def test_prepositions_join_articles(phrase, de, a):
    assert french.with_preposition("de", phrase) == de and french.with_preposition("à", phrase) == a


def test_articles_elide_before_vowels_and_mute_h_only():
    assert french.article("f", "Union") == "l’" and french.article("m", "Haut-Commissariat") == "le "
    assert french.article("f", "Haute école") == "la " and french.article("m", "Hôtel de ville") == "l’"
    assert french.article("m", "ONDT") == "l’" and french.article("m", "CIPC") == "le "


def test_lists_and_dates():
    assert french.listing(["A"]) == "A" and french.listing(["A", "B"]) == "A et B" and french.listing(["A", "B", "C"]) == "A, B et C"
    assert french.when("2022-05-17", "day", 2022) == "Mardi, le 17 mai"
    assert french.when("2022-05-01", "day", 2023) == "Dimanche, le 1er mai 2022"
    assert french.when("2022-09", "season", 2022) == "À l’automne 2022"
    assert french.when("2023-03", "season", 2022, start=False) == "au printemps 2023"


def test_title_gender_from_the_title_or_the_address():
    assert french.title_gender("Directrice générale") == "f" and french.title_gender("Directeur") == "m"
    assert french.title_gender("Secrétaire générale") == "f" and french.title_gender("Stagiaire") is None
    assert french.title_gender("Chef de la division", "f") == "f"
    assert french.gendered_title("Directeur général adjoint", "f") == "Directrice générale adjointe"
    assert french.title_article("Attachée", "f") == "l’Attachée"


def test_english_titles_only_where_the_lexicon_has_them():
    assert english_title("Directrice générale") == "Director General"
    assert english_title("Chef de la division des partenariats") == "Chef de la division des partenariats"
    assert english_title("Consul général") == "Consul General"
    assert english_title("Greffière en chef") == "Greffière en chef"  # no English form known


def test_the_check_finds_what_a_careful_writer_avoids():
    text = ("Le CIPC a rencontré l’UIC, puis l’Union internationale des chemins de fer (UIC). "
            "Elle a parlé de le projet et à les partenaires avec le Directrice et la Directeur.")
    kinds = [(p.kind, p.words) for p in french_problems(text)]
    assert kinds == [("acronym", "UIC"), ("contraction", "de le"), ("contraction", "à les"), ("gender", "le Directrice"),
                     ("gender", "la Directeur")]
    assert french_problems("Un voyage de Le Mans à Les Herbiers avec la Directrice du CIPC.", acronyms=set()) == []
    assert [p.words for p in french_problems("Le CIPC (CIPC) a vu l’ONU.", acronyms={"ONU"})] == ["ONU"]


def test_the_same_bulletin_on_sqlite_and_postgresql(register):
    """The query reads the same records on both databases (PostgreSQL when RESEAU_TEST_POSTGRES_URL is set)."""
    from reseau.publish.bulletin import write_markdown
    from reseau.query.bulletin import bulletin_items
    from tests.bulletin_register import fill

    fill(register)
    with register.sessions() as session:
        text = write_markdown(bulletin_items(session, *PERIOD), "fr")
    assert text.startswith("# Bulletin du Centre de recherche sur la prévention (CRP)")
    assert "En après-midi, à Paris" in text and "## À venir" in text and "Gilles Vieux" not in text
