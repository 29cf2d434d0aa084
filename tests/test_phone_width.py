"""Every page fits a 390 px wide phone: no sideways scrolling (Chromium through Playwright
against ``reseau serve``)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.test_browser import CHROMIUM, PASSWORD, chromium_page, served_sample, shot, wait_until

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with served_sample(tmp_path_factory.mktemp("phone"), "admin") as base:
        yield base


def _overflow(page) -> int:
    """How many pixels the page is wider than the screen (0 when it fits)."""
    page_extra = page.evaluate("Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth")
    # A table scrolled inside its own box hides columns just the same.
    table_extra = page.evaluate("Math.max(0, ...Array.from(document.querySelectorAll('table'), t => Math.ceil(t.getBoundingClientRect().right - window.innerWidth)))")
    return max(page_extra, table_extra)


def test_every_page_fits_a_390_px_phone(server, tmp_path):
    with chromium_page(viewport=PHONE, device_scale_factor=1, is_mobile=True, has_touch=True) as page:
        wide: dict[str, int] = {}

        def check(name: str) -> None:
            page.wait_for_load_state("load")
            extra = _overflow(page)
            if extra > 0:
                wide[name] = extra
            shot(page, f"390-{name}", tmp_path)

        page.goto(server + "/connexion")
        check("connexion")
        page.fill("input[name=username]", "claire")
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(server + "/")
        check("accueil")
        org = re.search(r'href="/organisations/(\d+)"', page.goto(server + "/organisations") and page.content()).group(1)
        check("organisations")
        person = re.search(r'href="/personnes/(\d+)"', page.goto(server + "/personnes") and page.content()).group(1)
        check("personnes")
        activity = re.search(r'href="/activites/(\d+)"', page.goto(server + "/activites") and page.content()).group(1)
        check("activites")
        document = re.search(r'href="/documents/(\d+)"', page.goto(server + "/documents") and page.content()).group(1)
        check("documents")
        for name, path in (("organisation", f"/organisations/{org}"), ("personne", f"/personnes/{person}"),
                           ("activite", f"/activites/{activity}"), ("recherche", "/recherche?q=police"),
                           ("document", f"/documents/{document}"), ("retirer", f"/documents/{document}/retirer"),
                           ("import", "/import"), ("introuvable", "/organisations/999999"),
                           ("filtre-invalide", "/activites?start=2023-13")):
            page.goto(server + path)
            check(name)
        page.goto(server + "/reseau")
        wait_until(page, "window.reseauGraph && window.reseauGraph.nodes().length > 0")
        check("reseau")
        page.goto(server + "/import")
        page.fill("textarea[name=text]", "Le 12 septembre, à Gatineau, l’Alliance pour la prévention urbaine (APU) a rencontré "
                                         "Josée Bérubé, directrice de l’Office municipal de prévention de Gatineau (OMPG).\n")
        page.click("text=Lire le bulletin")
        page.wait_for_selector("h1:has-text('Vérifier')", timeout=60000)
        check("verification")
    assert wide == {}, f"pages wider than 390 px (extra pixels): {wide}"
