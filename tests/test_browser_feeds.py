"""« Mes flux » in Chromium on a phone: the account's name leads to it, a new token's two
addresses fit the screen, and the calendar's address opens the calendar without signing in."""

from __future__ import annotations

import urllib.request
from pathlib import Path

import icalendar
import pytest

from tests.test_browser import CHROMIUM, chromium_page, served_sample, shot
from tests.test_phone_width import PHONE, _overflow

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")


def test_my_feeds_on_a_phone_gives_addresses_a_calendar_app_can_open(tmp_path):
    with served_sample(tmp_path, "viewer") as server:
        with chromium_page(server, viewport=PHONE, device_scale_factor=1, is_mobile=True, has_touch=True) as page:
            page.click("header a[href='/mes-flux']")
            page.wait_for_url(server + "/mes-flux")
            page.fill("input[name=name]", "Agenda du téléphone")
            page.click("text=Créer un jeton de flux")
            page.wait_for_selector(".feed-addresses")
            shot(page, "390-mes-flux", tmp_path)
            assert _overflow(page) == 0 and "Agenda du téléphone" in page.inner_text("table")
            atom, ics = (page.input_value(".feed-addresses input >> nth=%d" % n) for n in (0, 1))
            assert atom.startswith(server + "/api/feed.atom?jeton=") and ics.startswith(server + "/api/calendar.ics?jeton=")
            page.goto(server + "/mes-flux")
            assert "Agenda du téléphone" in page.content() and ics.split("=")[1] not in page.content()
        # A calendar app: no cookie, no header, only the address.
        with urllib.request.urlopen(ics, timeout=10) as answer:
            assert answer.status == 200
            assert icalendar.Calendar.from_ical(answer.read()).walk("VEVENT")
