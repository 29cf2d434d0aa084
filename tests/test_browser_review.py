"""A real browser on the review screen: the reviewer removes a participant of an activity,
adds another, corrects its kind, date and place, then accepts; the activity page shows it."""

from __future__ import annotations

import pytest

from tests.test_browser import CHROMIUM, PASSWORD, page, server, shot  # noqa: F401  (fixtures)

pytestmark = pytest.mark.skipif(not __import__("pathlib").Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")

TWO = ("Rencontres de septembre\n\n"
       "Le 12 septembre 2023, à Gatineau, l’APU a rencontré Josée Bérubé, directrice de l’Office municipal "
       "de prévention de Gatineau (OMPG), et Marc Lavoie, chercheur à l’Université du Québec en Outaouais (UQO).\n\n"
       "Le 20 septembre 2023, à Montréal, l’APU a reçu Nadia Roy, conseillère au ministère de la Sécurité publique (MSP).\n")


def test_an_activity_edited_on_the_review_screen(server, page, tmp_path):  # noqa: F811
    page.goto(server + "/import")
    if "/connexion" in page.url:
        page.fill("input[name=username]", "claire")
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(server + "/import")
    page.fill("textarea[name=text]", TWO)
    page.fill("input[name=published]", "2023-10-31")
    page.click("text=Lire le bulletin")
    page.wait_for_selector("h1:has-text('Vérifier l')", timeout=60000)
    box = page.locator("fieldset.activity-edit", has=page.locator("input[value='Marc Lavoie']"))
    box.locator("input[value='Marc Lavoie']").uncheck()
    box.locator("select[name$='-add']").select_option("person:Nadia Roy")
    box.locator("select[name$='-kind']").select_option("event")
    box.locator("input[name$='-date']").fill("2023-09-13")
    box.locator("input[name$='-place']").fill("Hull")
    shot(page, "5-revue-activite", tmp_path)
    page.click("text=Tout enregistrer")
    page.wait_for_selector(".flash")
    assert "Import accepté" in page.inner_text(".flash")

    page.goto(server + "/activites?place=Hull")
    row = page.locator("tbody tr", has_text="Hull")
    assert row.count() == 1
    text = row.inner_text()
    assert "Josée Bérubé" in text and "Nadia Roy" in text and "2023-09-13" in text and "vénement" in text
    assert "Marc Lavoie" not in text.split("Le 12 septembre")[0]  # the participants, not the summary
