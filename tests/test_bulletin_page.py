"""The « Bulletin » page through the real app: preview, items reordered or left out by the
server from what the form sends, downloads (.md, .docx), both languages; in Chromium, the
buttons that move items, the copy of the HTML and a download."""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from reseau.app import create_app
from reseau.auth.users import add_user
from reseau.settings import Settings
from reseau.store.database import open_register
from tests.bulletin_register import PERIOD, build
from tests.conftest import start_server

PASSWORD = "un-mot-de-passe-long"
CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="module")
def register_url(tmp_path_factory):
    url = build(tmp_path_factory.mktemp("bulletin-page") / "r.db")
    register = open_register(url)
    with register.transaction() as session:
        add_user(session, "claire", PASSWORD, "viewer", actor="test")
    register.close()
    return url


@pytest.fixture(scope="module")
def client(register_url):
    with TestClient(create_app(Settings(database_url=register_url, secret_key="cle-de-test"))) as c:
        assert c.post("/api/login", json={"username": "claire", "password": PASSWORD}).status_code == 200
        yield c


def period(**more):
    return {"debut": PERIOD[0], "fin": PERIOD[1], **more}


def item_ids(page: str) -> list[int]:
    return [int(i) for i in re.findall(r'<li data-id="(\d+)"', page)]


def test_the_page_previews_the_period_in_french(client):
    page = client.get("/bulletin", params=period()).text
    assert 'href="/bulletin"' in page  # in the navigation
    assert "Copier le HTML" in page and "Télécharger .docx" in page
    assert "Le CRP en mission à Paris et Lyon" in page and "la Directrice générale du CRP, Claire Dubé" in page
    assert "<script>" not in page and 'src="/static/bulletin.js"' in page


def test_the_page_speaks_english_with_an_english_bulletin(client):
    page = client.get("/bulletin", params=period(), headers={"accept-language": "en"}).text
    assert "Copy the HTML" in page and "Download .docx" in page
    assert "RCP on mission in Paris and Lyon" in page  # the bulletin in the reader's language


def test_the_order_and_the_left_out_items_sent_are_what_is_written(client):
    ids = item_ids(client.get("/bulletin", params=period()).text)
    order = [ids[-1], *ids[:-1]]
    kept = [i for i in order if i != ids[0]]
    download = client.get("/bulletin/telecharger", params=period(format="md", ordre=",".join(map(str, order)), choix="1",
                                                                 garder=kept))
    assert download.status_code == 200 and "attachment" in download.headers["content-disposition"]
    text = download.text
    assert "Le CRP en mission" not in text  # the first item, left out
    assert text.index("À venir") < text.index("Rencontre avec les Services")  # the last item, moved first
    page = client.get("/bulletin", params=period(ordre=",".join(map(str, order)), choix="1", garder=kept)).text
    assert item_ids(page) == order and f'value="{ids[0]}" checked' not in page


def test_the_docx_download_holds_the_headings(client):
    from docx import Document

    download = client.get("/bulletin/telecharger", params=period(format="docx", langue="en"))
    document = Document(io.BytesIO(download.content))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "RCP on mission in Paris and Lyon" in headings and "Coming up" in headings


def test_a_bad_period_is_said_on_the_page(client):
    page = client.get("/bulletin", params={"debut": "2023-06-30", "fin": "2023-01-01"})
    assert page.status_code == 200 and "période vide" in page.text


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")
def test_in_a_browser_items_move_the_preview_follows_and_the_download_comes(register_url, tmp_path):
    from tests.test_browser import chromium_page, wait_until

    env = {**os.environ, "RESEAU_DATABASE_URL": register_url, "RESEAU_SECRET_KEY": "cle-de-test"}
    base, process = start_server(env)
    try:
        with chromium_page(base, accept_downloads=True) as page:
            page.goto(f"{base}/bulletin?debut={PERIOD[0]}&fin={PERIOD[1]}")
            first = page.locator("#bulletin-items li").first.get_attribute("data-id")
            second = page.locator("#bulletin-items li").nth(1).locator("label").inner_text().strip()
            assert "Le CRP en mission" in page.inner_text("#bulletin-preview")
            page.locator("#bulletin-items li").first.locator(".move-down").click()
            assert page.locator("#bulletin-items li").nth(1).get_attribute("data-id") == first
            assert page.input_value("#bulletin-order").split(",")[1] == first
            page.locator("#bulletin-items li").last.locator("input[type=checkbox]").uncheck()  # « À venir » left out
            page.click("button[type=submit]:has-text('Aperçu')")
            page.wait_for_load_state()
            preview = page.inner_text("#bulletin-preview")
            assert "À venir" not in preview
            assert preview.index(second) < preview.index("Le CRP en mission")
            with page.expect_download() as waiting:
                page.click("text=Télécharger .md")
            saved = tmp_path / "b.md"
            waiting.value.save_as(saved)
            text = saved.read_text(encoding="utf-8")
            assert "À venir" not in text and text.index(second) < text.index("Le CRP en mission")
            page.context.grant_permissions(["clipboard-read", "clipboard-write"])
            page.click("#copy-html")
            wait_until(page, "document.getElementById('copy-status').textContent !== ''")
            assert page.inner_text("#copy-status") == "HTML copié."
            copied = page.evaluate("navigator.clipboard.readText()")
            assert copied.startswith("<!DOCTYPE html>") and "<script" not in copied and "À venir" not in copied
    finally:
        process.terminate()
        process.wait(timeout=10)
