"""Files that froze or crashed the server fail alone, quickly, with a French sentence: each
reader is bounded (paragraphs, pages, tags, unzipped size), binary named .txt is refused,
parser errors become ours; on a served register, an upload is read in a worker process with
a time and memory limit while the other visitors keep their answers."""

from __future__ import annotations

import os
import re
import threading
import time

import httpx
import pytest

from reseau.errors import InputError
from reseau.ingest.readers import read_text
from tests import hostile_files as hostile
from tests.conftest import start_server

CASES = {
    "million-paragraphes.docx": (lambda: hostile.empty_paragraphs(1_000_000), "paragraphes"),
    "bombe.docx": (lambda: hostile.zip_bomb(200), "décompressé"),
    "noeud-enorme.docx": (lambda: hostile.huge_text_node(12), "illisible"),
    "xml-casse.docx": (lambda: hostile.docx("<w:p><w:r><w:t>Bonjour</w:r>"), "illisible"),
    "milliers-de-pages.pdf": (lambda: hostile.many_pages(3000), "pages"),
    "pdf-casse.pdf": (lambda: b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF",
                      "illisible"),
    "balises.html": (lambda: hostile.many_tags(1_200_000), "balises"),
    "binaire.txt": (lambda: hostile.binary_without_nul(2 * 1024 * 1024), "binaires"),
}


@pytest.mark.parametrize("name", CASES)
def test_a_hostile_file_fails_quickly_with_a_french_sentence(name):
    make, word = CASES[name]
    data = make()
    started = time.monotonic()
    with pytest.raises(InputError) as refused:
        read_text(data, name, "." + name.rsplit(".", 1)[1])
    seconds = time.monotonic() - started
    assert seconds < 3, f"{name}: {seconds:.1f} s"
    message = str(refused.value)
    assert message.startswith(name + " : ") and word in message and "\n" not in message


def test_good_files_still_read_with_tables_and_breaks():
    body = (hostile.paragraph("Rencontre avec la Ville de Laval")
            + "<w:tbl><w:tr><w:tc>" + hostile.paragraph("Le 4 mars, Jeanne Lefort.") + "</w:tc></w:tr></w:tbl>"
            + "<w:p><w:r><w:t>Première ligne</w:t><w:br/><w:t>seconde</w:t></w:r></w:p>")
    text = read_text(hostile.docx(body), "note.docx", ".docx").text
    assert text.splitlines()[0] == "Rencontre avec la Ville de Laval"
    assert "Jeanne Lefort" in text and "Première ligne\nseconde" in text
    assert "Page 2" in read_text(hostile.many_pages(3), "court.pdf", ".pdf").text
    assert read_text("Été à Montréal\x0c\tfin".encode("cp1252"), "a.txt").text.startswith("Été")


PASSWORD = "un-mot-de-passe-long"


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    """A served register whose uploads may take 2 s to read, and an editor signed in on its pages."""
    from reseau.auth.users import add_user
    from reseau.store.database import open_register

    folder = tmp_path_factory.mktemp("uploads")
    url = f"sqlite:///{folder / 'r.db'}"
    register = open_register(url)
    with register.transaction() as s:
        add_user(s, "eddy", PASSWORD, "editor", actor="test")
    register.close()
    env = {**os.environ, "RESEAU_DATABASE_URL": url, "RESEAU_SECRET_KEY": "cle-de-test", "RESEAU_MODEL": "blank:fr",
           "RESEAU_PARSE_SECONDS": "2"}
    base, process = start_server(env)
    yield base
    process.terminate()
    process.wait(timeout=10)


def signed_in(base: str) -> httpx.Client:
    """An httpx client signed in as the editor."""
    client = httpx.Client(base_url=base, timeout=30)
    csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/connexion").text).group(1)
    client.post("/connexion", data={"username": "eddy", "password": PASSWORD, "csrf": csrf, "next": "/"})
    return client


def upload(client: httpx.Client, name: str, data: bytes) -> httpx.Response:
    """Send a file through the import page."""
    csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/import").text).group(1)
    return client.post("/import", data={"csrf": csrf}, files={"file": (name, data)}, follow_redirects=False)


def test_a_slow_upload_fails_alone_while_the_server_keeps_answering(live):
    client = signed_in(live)
    answers: list[httpx.Response] = []
    thread = threading.Thread(target=lambda: answers.append(upload(client, "lent.pdf", hostile.slow_page(400_000))))
    started = time.monotonic()
    thread.start()
    latencies = []
    other = signed_in(live)
    while thread.is_alive() and time.monotonic() - started < 30:
        t = time.monotonic()
        assert other.get("/organisations").status_code == 200
        latencies.append(time.monotonic() - t)
        time.sleep(0.05)
    thread.join()
    page = answers[0]
    assert page.status_code == 200 and "lent.pdf : lecture interrompue" in page.text
    assert len(latencies) > 5 and max(latencies) < 1, latencies
    # The same editor imports a good file right after.
    assert upload(client, "bon.pdf", hostile.many_pages(2)).status_code == 303


def test_a_bomb_upload_gets_its_sentence_on_the_page(live):
    client = signed_in(live)
    page = upload(client, "bombe.docx", hostile.zip_bomb(200))
    assert page.status_code == 200 and "bombe.docx : " in page.text and "décompressé" in page.text
    page = upload(client, "binaire.txt", hostile.binary_without_nul(100_000))
    assert page.status_code == 200 and "données binaires" in page.text


def test_markdown_of_unclosed_marks_reads_in_linear_time():
    for hostile_line in ("*a " * 20_000, "[a" * 20_000, "_a " * 20_000):
        started = time.monotonic()
        read_text(hostile_line.encode(), "marques.md", ".md")
        assert time.monotonic() - started < 1
    text = read_text("# Titre\n**gras *ital* fin** et [lien](http://x)\n- point\n".encode(), "b.md", ".md").text
    assert text == "Titre\ngras ital fin et lien\npoint\n"
