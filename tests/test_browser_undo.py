"""In a real browser (Debian's Chromium through Playwright, against ``reseau serve``): a merge
shown side by side and confirmed, then undone from the history page."""

from __future__ import annotations

import re

from tests.test_browser import PASSWORD, page, pytestmark, server, shot  # noqa: F401 (fixtures, skip mark)


def test_merge_with_confirmation_then_undo_from_the_history(server, page, tmp_path):  # noqa: F811
    page.goto(server + "/connexion")
    page.fill("input[name=username]", "claire")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.goto(server + "/organisations?q=Ville de Montréal")
    page.click("a:text-is('Ville de Montréal')")
    page.wait_for_selector("h1:has-text('Ville de Montréal')")
    here = page.url

    page.click("summary:has-text('Corriger cette fiche')")
    page.fill("input[name=other]", "SPVM")
    page.click("text=Comparer avant de fusionner")
    page.wait_for_selector("h1:has-text('Fusionner deux fiches')")
    sides = page.locator("fieldset.side").all_inner_texts()
    assert "Ville de Montréal" in sides[0] and "Service de police de la Ville de Montréal" in sides[1]
    # The record the person came from is kept unless they pick the other; the other one says it goes.
    assert page.locator("fieldset.side").nth(0).locator("input[name=keep]").is_checked()
    assert page.locator("fieldset.side").nth(1).locator(".fate.drop").is_visible()
    assert not page.locator("fieldset.side").nth(0).locator(".fate.drop").is_visible()
    color = page.evaluate("getComputedStyle(document.querySelector('button.danger')).backgroundColor")
    assert color == "rgb(164, 14, 38)"
    shot(page, "5-fusion", tmp_path)
    page.click("text=Confirmer la fusion")
    page.wait_for_selector(".flash")
    assert "« Service de police de la Ville de Montréal » a été fondue dans « Ville de Montréal »" in page.inner_text(".flash")
    assert page.url == here
    assert page.locator("td:has-text('Jean-François Lapointe')").count() >= 1  # his role moved here

    page.goto(server + "/historique")
    first = page.locator("table.history tbody tr").first
    assert re.search(r"Fusion : « Service de police de la Ville de Montréal » \(n° \d+\) disparaît", first.inner_text())
    shot(page, "6-historique", tmp_path)
    first.locator("button:has-text('Annuler cette modification')").click()
    page.wait_for_selector(".flash")
    assert "annulée" in page.inner_text(".flash")
    page.goto(server + "/organisations?q=SPVM")
    page.click("a:text-is('Service de police de la Ville de Montréal')")
    page.wait_for_selector("h1:has-text('Service de police de la Ville de Montréal')")
    assert page.locator("td:has-text('Jean-François Lapointe')").count() >= 1  # and back
    page.goto(here)
    assert page.locator("td:has-text('Jean-François Lapointe')").count() == 0
