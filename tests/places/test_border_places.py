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


@pytest.mark.parametrize("text, country", [
    ("Ukraine's envoy met Poland's envoy. Later the army moved into the Sar Kolah district.", None),
    ("Ukraine's envoy met Ukraine's allies. Later the army moved into the Sar Kolah district.", "UKR"),
])
def test_an_unknown_place_goes_to_no_country_without_a_majority(nlp, text, country):
    """Two countries named as often leave a place no gazetteer knows in neither; one holding most takes it."""
    assert _countries(nlp, text).get("Sar Kolah") == country
