"""A real browser (Debian's Chromium through Playwright) against ``reseau serve``: the documents
list, a document's text with its mentions linked to their records, « Retirer ce document »'s
preview; an activity corrected from its page (place, kind, a participant removed and one added).
Screenshots are kept under /tmp/reseau-screenshots."""

from __future__ import annotations

import os

import pytest

from tests.test_browser import CHROMIUM, chromium_page, served_sample, shot

pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Debian's chromium is not installed")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with served_sample(tmp_path_factory.mktemp("browser-documents"), "editor") as base:
        yield base


@pytest.fixture(scope="module")
def page(server):
    with chromium_page(server) as page:
        yield page


def no_sideways_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")


def test_a_document_page_highlights_and_links_its_mentions(server, page, tmp_path):
    page.click("a.card[href='/documents']")
    page.wait_for_url(server + "/documents")
    page.click("text=bulletin-apu-2023-10.txt")
    page.wait_for_url(server + "/documents/*")
    geneva = page.locator("a.mention.organization", has_text="Ville de Genève").first
    assert geneva.is_visible()
    # Highlighted: the mention has its own background, the text around it none.
    colour = geneva.evaluate("e => getComputedStyle(e).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
    shot(page, "document-page", tmp_path)
    document_url = page.url
    geneva.click()
    page.wait_for_url(server + "/organisations/*")
    assert page.locator("h1").inner_text().startswith("Ville de Genève")
    # Its sources link back to the document by its name, not a path.
    page.click("blockquote a[href^='/documents/']")
    page.wait_for_url(document_url)
    page.click("text=Retirer ce document")
    page.wait_for_url(server + "/documents/*/retirer")
    assert page.locator("ul.forget li a").count() > 5
    shot(page, "document-forget-preview", tmp_path)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(document_url)
    assert no_sideways_scroll(page)
    page.set_viewport_size({"width": 1280, "height": 900})


def test_an_activity_corrected_from_its_page(server, page, tmp_path):
    page.goto(server + "/activites?place=Genève&kind=meeting")
    page.locator("table a[href^='/activites/']").first.click()
    page.wait_for_url(server + "/activites/*")
    url = page.url
    page.click("summary:has-text('Corriger cette activité')")
    page.fill("input[name=place]", "Lausanne")
    page.select_option("select[name=kind]", "event")
    # The extraction left this meeting outside the week's mission: the editor puts it in.
    mission = page.locator("select[name=parent_id] option", has_text="Du 2 au 6 octobre").get_attribute("value")
    page.select_option("select[name=parent_id]", mission)
    page.click("form[action$='/modifier'] button[type=submit]")
    page.wait_for_url(url)
    assert "Activité modifiée" in page.locator("p.flash").inner_text()
    assert "Lausanne" in page.locator("p.muted").first.inner_text()
    assert page.locator(f"a[href='/activites/{mission}']").count() >= 1  # « Dans le cadre de » the mission
    participants = page.locator("main > ul").first.locator("li")
    before = participants.count()
    first_name = participants.first.locator("a").inner_text()
    participants.first.locator("button:has-text('Retirer')").click()
    page.wait_for_url(url)
    assert page.locator("main > ul").first.locator("li").count() == before - 1
    page.click("summary:has-text('Corriger cette activité')")
    page.fill("input[name=name]", first_name)
    page.click("form[action$='/participants'] button[type=submit]")
    page.wait_for_url(url)
    assert "Participant ajouté." in page.locator("p.flash").inner_text()
    assert page.locator("main > ul").first.locator("li").count() == before
    shot(page, "activity-edited", tmp_path)
    page.goto(server + "/activites?kind=mission")
    assert page.locator("svg.timeline rect").count() == 1
    assert page.locator("svg.timeline circle").count() == 1  # the activity put in the mission, a dot on its bar
    assert page.locator(f"svg.timeline a[href='{url.removeprefix(server)}'] circle").count() == 1
    shot(page, "activities-timeline", tmp_path)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(url)
    assert no_sideways_scroll(page)
    page.set_viewport_size({"width": 1280, "height": 900})
