"""A real browser (Debian's Chromium driven by Playwright) against ``reseau serve``:
sign in, open a profile with its source highlighted, find it in the graph, search for it.
Screenshots are written to the test's folder (and kept under /tmp/reseau-screenshots)."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import RESEAU, ROOT, start_server

CHROMIUM = "/usr/bin/chromium"
SHOTS = Path("/tmp/reseau-screenshots")
PASSWORD = "un-mot-de-passe-long"

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")


@contextmanager
def served_sample(folder: Path, role: str = "editor") -> Iterator[str]:
    """``reseau serve`` (its base URL) on a register holding the sample bulletin and one
    account, « claire », with ``role``."""
    env = {**os.environ, "RESEAU_DATABASE_URL": f"sqlite:///{folder / 'r.db'}", "RESEAU_SECRET_KEY": "cle-de-test"}
    subprocess.run([str(RESEAU), "ingest", str(ROOT / "examples" / "bulletin-apu-2023-10.txt"), "--published", "2023-10-31"],
                   env=env, check=True, capture_output=True)
    subprocess.run([str(RESEAU), "user", "add", "claire", "--role", role, "--password-stdin"], input=f"{PASSWORD}\n".encode(),
                   env=env, check=True, capture_output=True)
    base, process = start_server(env)
    try:
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


@contextmanager
def chromium_page(server: str | None = None, **options) -> Iterator:
    """A page of Debian's Chromium (French, 1280 × 900 unless ``options`` say otherwise),
    signed in as « claire » when ``server`` is given."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-background-networking",
                                                                     "--disable-gpu", "--disable-component-update"])
        page = browser.new_page(**{"viewport": {"width": 1280, "height": 900}, "locale": "fr-FR", **options})
        if server:
            page.goto(server + "/connexion")
            page.fill("input[name=username]", "claire")
            page.fill("input[name=password]", PASSWORD)
            page.click("button[type=submit]")
            page.wait_for_url(server + "/")
        try:
            yield page
        finally:
            browser.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with served_sample(tmp_path_factory.mktemp("browser")) as base:
        yield base


@pytest.fixture(scope="module")
def page(server):
    with chromium_page() as page:
        yield page


def shot(page, name: str, tmp_path: Path) -> None:
    path = tmp_path / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    SHOTS.mkdir(exist_ok=True)
    shutil.copy(path, SHOTS / path.name)


def wait_until(page, expression: str, timeout: float = 15) -> None:
    """Poll a condition from Python: Playwright's wait_for_function evaluates its string with
    eval() inside the page, which the Content-Security-Policy forbids."""
    import time

    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        assert time.monotonic() < deadline, f"still false after {timeout} s: {expression}"
        time.sleep(0.1)


BULLETIN = ("Rencontre avec l’Office municipal de prévention\n\n"
            "Le 12 septembre, à Gatineau, l’Alliance pour la prévention urbaine (APU) a rencontré Josée Bérubé, "
            "directrice de l’Office municipal de prévention de Gatineau (OMPG), pour parler de sécurité urbaine.\n")


def test_import_review_profile_graph_and_search(server, page, tmp_path):
    page.goto(server + "/import")
    assert "/connexion" in page.url
    page.fill("input[name=username]", "claire")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(server + "/import")

    page.fill("textarea[name=text]", BULLETIN)
    page.fill("input[name=published]", "2023-10-31")
    page.click("text=Lire le bulletin")
    page.wait_for_selector("h1:has-text('Vérifier l')", timeout=60000)
    assert page.locator("mark.org").count() >= 2 and page.locator("mark.person").count() >= 1
    assert page.locator("text=déjà connue").count() >= 1  # the APU is already in the register
    shot(page, "1-revue", tmp_path)
    page.click("text=Tout enregistrer")
    page.wait_for_selector(".flash")
    assert "Import accepté" in page.inner_text(".flash")

    page.goto(server + "/organisations?q=OMPG")
    page.click("text=Office municipal de prévention de Gatineau")
    page.wait_for_selector("h1:has-text('Office municipal de prévention de Gatineau')")
    marks = page.locator("blockquote mark").all_inner_texts()
    assert any("Office municipal de prévention de Gatineau" in m or m == "OMPG" for m in marks)
    assert page.locator("td:has-text('Josée Bérubé')").count() >= 1
    shot(page, "2-profil", tmp_path)

    page.goto(server + "/reseau")
    wait_until(page, "window.reseauGraph && window.reseauGraph.nodes().length > 0")
    labels = page.evaluate("window.reseauGraph.nodes().map(n => n.data('label'))")
    assert "OMPG" in labels and "Josée Bérubé" in labels and "APU" in labels
    shot(page, "3-reseau", tmp_path)

    page.fill("header input[name=q]", "prevention gatineau")
    page.press("header input[name=q]", "Enter")
    page.wait_for_selector("h1:has-text('Recherche')")
    assert page.locator("a:has-text('Office municipal de prévention de Gatineau')").count() >= 1
    shot(page, "4-recherche", tmp_path)


def test_pages_work_under_the_content_security_policy(server, page, tmp_path):
    """The main pages report no Content-Security-Policy violation in the console, and the network
    still draws (Cytoscape and htmx would add style elements the policy refuses)."""
    console: list[str] = []
    page.on("console", lambda message: console.append(f"{message.type}: {message.text}"))
    page.goto(server + "/connexion")
    if "/connexion" in page.url and page.locator("input[name=username]").count():
        page.fill("input[name=username]", "claire")
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(server + "/")
    for path in ("/", "/organisations", "/personnes", "/activites", "/recherche?q=apu", "/import"):
        answer = page.goto(server + path)
        assert answer.status == 200 and "frame-ancestors 'none'" in answer.headers["content-security-policy"], path
    page.goto(server + "/personnes")
    page.click("main table a >> nth=0")
    page.wait_for_selector("h1")
    page.goto(server + "/reseau")
    wait_until(page, "window.reseauGraph && window.reseauGraph.nodes().length > 0")
    drawn = page.evaluate("Array.from(document.querySelectorAll('#graph canvas')).some(c => c.width > 0 && c.height > 0)")
    assert drawn
    shot(page, "5-reseau-csp", tmp_path)
    violations = [m for m in console if "Content Security Policy" in m or "Refused to" in m]
    assert violations == []
