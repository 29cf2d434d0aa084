"""More organization forms of French news (own texts ac/ad), on sentences of our own."""

from __future__ import annotations

import pytest

from reseau.names import name_key
from tests.test_org_forms import keys


# -- O1. a state's name heading a page is no organization ------------------------------------

@pytest.mark.parametrize("header", [
    "RÉPUBLIQUE GABONAISE",
    "SIERRA LEONE",
    "CONFÉDÉRATION SUISSE",
    "Confédération Suisse",
    "République Algérienne Démocratique et Populaire",
])
def test_a_state_heading_the_page_is_no_organization(extract, header):
    ex = extract(f"{header}\nMinistère de la Justice\n\nLe 3 avril, le ministre a reçu une délégation à Genève.\n")
    state = {name_key(w) for w in header.split()} | {name_key(header)}
    assert not keys(ex) & state
    assert name_key("Ministère de la Justice") in keys(ex)
