"""A country named only as what an area borders is no evidence of where an unknown place lies (places stage).
Texts are written for these tests."""

from __future__ import annotations

import pytest

from newsevents.model import Article
from newsevents.places import extract_places


def _countries(nlp, text):
    return {p.text: p.country for p in extract_places(nlp(text), Article(id="t", text=text), [])}


@pytest.mark.parametrize("text, country", [
    ("Iranian drones hit smugglers in the desert areas bordering Iraq. Later the army moved into the Sar Kolah "
     "district.", None),
    ("Iranian drones hit smugglers in the desert near the border with Iraq. Later the army moved into the Sar Kolah "
     "district.", None),
    ("Iranian drones hit smugglers in the desert of Iraq. Later the army moved into the Sar Kolah district.", "IRQ"),
])
def test_a_bordered_country_does_not_place_an_unknown_district(nlp, text, country):
    assert _countries(nlp, text).get("Sar Kolah") == country
