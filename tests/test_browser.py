"""A real browser (Debian's Chromium driven by Playwright) against ``reseau serve``:
sign in, open a profile with its source highlighted, find it in the graph, search for it.
Screenshots are written to the test's folder (and kept under /tmp/reseau-screenshots)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest

from tests.conftest import RESEAU, ROOT

CHROMIUM = "/usr/bin/chromium"
SHOTS = Path("/tmp/reseau-screenshots")
PASSWORD = "un-mot-de-passe-long"

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("browser")
    env = {**os.environ, "RESEAU_DATABASE_URL": f"sqlite:///{folder / 'r.db'}", "RESEAU_SECRET_KEY": "cle-de-test"}
    subprocess.run([str(RESEAU), "ingest", str(ROOT / "examples" / "bulletin-apu-2023-10.txt"), "--published", "2023-10-31"],
                   env=env, check=True, capture_output=True)
    subprocess.run([str(RESEAU), "user", "add", "claire", "--role", "editor", "--password-stdin"], input=f"{PASSWORD}\n".encode(),
                   env=env, check=True, capture_output=True)
    port = free_port()
    process = subprocess.Popen([str(RESEAU), "serve", "--port", str(port)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    yield base
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="module")
def page(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-background-networking",
                                                                     "--disable-gpu", "--disable-component-update"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        yield page
        browser.close()


def shot(page, name: str, tmp_path: Path) -> None:
    path = tmp_path / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    SHOTS.mkdir(exist_ok=True)
    shutil.copy(path, SHOTS / path.name)


def test_sign_in_profile_graph_and_search(server, page, tmp_path):
    page.goto(server + "/organisations")
    assert "/connexion" in page.url
    page.fill("input[name=username]", "claire")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(server + "/organisations")
    shot(page, "1-organisations", tmp_path)

    page.fill("input[name=q]", "APU")
    page.click("form.filters button")
    page.click("text=Alliance pour la prévention urbaine")
    page.wait_for_selector("h1:has-text('Alliance pour la prévention urbaine')")
    marks = page.locator("blockquote mark").all_inner_texts()
    assert any("Alliance pour la prévention urbaine" in m or m == "APU" for m in marks)
    shot(page, "2-profil", tmp_path)

    page.goto(server + "/reseau")
    page.wait_for_function("window.reseauGraph && window.reseauGraph.nodes().length > 0", timeout=15000)
    labels = page.evaluate("window.reseauGraph.nodes().map(n => n.data('label'))")
    assert "APU" in labels and "Claire Dubuc" in labels
    shot(page, "3-reseau", tmp_path)

    page.fill("header input[name=q]", "prevention urbaine")
    page.press("header input[name=q]", "Enter")
    page.wait_for_selector("h1:has-text('Recherche')")
    assert page.locator("a:has-text('Alliance pour la prévention urbaine')").count() >= 1
    shot(page, "4-recherche", tmp_path)
