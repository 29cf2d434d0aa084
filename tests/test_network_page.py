"""The network page in a real browser (Debian's Chromium through Playwright) against
``reseau serve``: zoom and pan buttons, « Trouver », the month slider, readable labels, and
the table of strongest ties that a screen reader reads."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.test_browser import CHROMIUM, chromium_page, served_sample, shot, wait_until

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with served_sample(tmp_path_factory.mktemp("network"), "viewer") as base:
        yield base


@pytest.fixture(scope="module")
def page(server):
    with chromium_page(server) as page:
        yield page


def _drawn(page) -> None:
    page.wait_for_selector("#graph canvas")
    wait_until(page, "window.reseauGraph && window.reseauGraph.nodes().length > 0")


def test_the_network_opens_on_twelve_months_with_readable_names_and_a_table_of_ties(server, page, tmp_path):
    answer = page.goto(server + "/reseau")
    # No inline script: the Content-Security-Policy would refuse it.
    assert page.evaluate("Array.from(document.scripts).every(s => s.src)")
    assert "script-src 'self'" in answer.headers["content-security-policy"]
    _drawn(page)
    # The last twelve months of the register, up to its latest activity (the conference the
    # bulletin announces for May 2024), which hold the meetings of October 2023.
    assert page.input_value("form.filters input[name=end]") == "2024-05"
    assert page.input_value("form.filters input[name=start]") == "2023-06"
    time.sleep(0.3)  # label sizes follow the zoom at the next frame
    sizes = page.evaluate("window.reseauGraph.nodes('.named').map(n => parseFloat(n.renderedStyle('font-size')))")
    assert sizes and min(sizes) >= 11, sizes
    # The strongest tie first, in a table a screen reader reads (caption, column headers).
    assert page.locator("#ties caption").inner_text().startswith("Les liens les plus forts")
    assert page.locator("#ties th[scope=col]").count() == 4
    rows = [row.locator("td").all_inner_texts() for row in page.locator("#ties tbody tr").all()]
    counts = [int(r[2]) for r in rows]
    assert counts == sorted(counts, reverse=True) and counts[0] >= 3, rows
    labels = page.evaluate("window.reseauGraph.nodes().map(n => n.data('label'))")
    assert rows[0][0] in labels and rows[0][1] in labels and rows[0][3].startswith("2023-"), rows[0]
    assert page.locator("#ties tbody tr").first.locator("a").count() == 2  # both open their profiles
    shot(page, "reseau-12-mois", tmp_path)


def test_zoom_pan_and_find(server, page, tmp_path):
    page.goto(server + "/reseau")
    _drawn(page)
    zoom = page.evaluate("window.reseauGraph.zoom()")
    page.click("button[data-zoom=in]")
    assert page.evaluate("window.reseauGraph.zoom()") > zoom * 1.3
    page.click("button[data-zoom=out]")
    page.click("button[data-zoom=out]")
    assert page.evaluate("window.reseauGraph.zoom()") < zoom
    pan = page.evaluate("window.reseauGraph.pan().x")
    page.click("button[data-pan=left]")
    assert page.evaluate("window.reseauGraph.pan().x") > pan + 50
    page.click("button[data-zoom=fit]")

    page.fill("#find-name", "claire dubuc")  # accents and case do not matter
    page.press("#find-name", "Enter")
    wait_until(page, "document.getElementById('find-status').textContent.includes('voisins')")
    time.sleep(0.6)  # the centring is animated
    where = page.evaluate("""(() => { const n = window.reseauGraph.$('.found'); const p = n.renderedPosition();
        const box = document.getElementById('graph'); return [n.data('label'), p.x - box.clientWidth / 2, p.y - box.clientHeight / 2]; })()""")
    assert where[0] == "Claire Dubuc" and abs(where[1]) < 12 and abs(where[2]) < 12, where
    neighbours = page.evaluate("window.reseauGraph.$('.found').neighborhood('node').map(n => n.data('label'))")
    assert "APU" in neighbours
    assert page.evaluate("window.reseauGraph.nodes('.near').length") == len(neighbours) + 1
    assert page.evaluate("window.reseauGraph.nodes('.faded').length") == page.evaluate("window.reseauGraph.nodes().length") - len(neighbours) - 1
    assert "APU" in page.inner_text("#find-status")
    time.sleep(0.3)
    sizes = page.evaluate("window.reseauGraph.nodes('.near').map(n => parseFloat(n.renderedStyle('font-size')))")
    assert min(sizes) >= 11, sizes
    shot(page, "reseau-trouver", tmp_path)

    page.fill("#find-name", "Personne Inconnue")
    page.press("#find-name", "Enter")
    wait_until(page, "document.getElementById('find-status').textContent.includes('Personne Inconnue')")
    assert page.evaluate("window.reseauGraph.nodes('.faded').length") == 0


def test_the_slider_shows_the_network_at_an_earlier_month(server, page, tmp_path):
    page.goto(server + "/reseau")
    _drawn(page)
    before = page.evaluate("window.reseauGraph.nodes().length")
    rows_before = page.locator("#ties tbody tr").count()
    page.focus("#when")
    page.keyboard.press("Home")  # the register's first dated month
    first = page.get_attribute("#when", "data-first")
    wait_until(page, f"location.search.includes('end={first}')")
    assert page.inner_text("#when-label") == first
    wait_until(page, f"window.reseauGraph.nodes().length < {before}")
    assert page.locator("#ties tbody tr").count() < rows_before
    shot(page, "reseau-mai-2023", tmp_path)
