"""CAMEO's regional codes (``world_regions`` in data/en/actors/peoples.yaml): a region's adjective before a role
noun, or its counted plural people, is a group of the region (AFR, EUR, WAF ...), while a body's own name and a
state's demonym that begins with the same word win. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.actors import resolve_actors
from newsevents.model import Actor, Article

pytestmark = pytest.mark.slow


def _codes(nlp, text: str, mention: str) -> list[str | None]:
    actors = resolve_actors(nlp(text), Article(id="t", text=text, published="2003-06-01"))
    found: list[Actor] = [a for a in actors if any(m.text == mention for m in a.mentions)]
    return [a.code for a in found]


@pytest.mark.parametrize("text, mention, code", [
    ("African diplomats walked out of the conference hall on Friday.", "African diplomats", "AFRGOV"),
    ("European diplomats protested the expulsion of the reporter.", "European diplomats", "EURGOV"),
    ("West African leaders gave the junta a month to name a civilian premier.", "West African leaders", "WAFGOV"),
    ("Hundreds of Africans queued outside the consulate for visas.", "Hundreds of Africans", "AFRCVL"),
    # controls: a body's name and a state's demonym beginning with the region's word
    ("The African Union sent observers to the vote.", "The African Union", "IGOAFRAFU"),
    ("South African soldiers guarded the polling stations.", "South African soldiers", "ZAFMIL"),
    ("Central African police fired into the crowd.", "Central African police", "CAFCOP"),
])
def test_region_group(nlp, text: str, mention: str, code: str) -> None:
    assert _codes(nlp, text, mention) == [code]


def test_region_names_no_place() -> None:
    """"African" is no country: it never gives a story its country."""
    from newsevents.actors.kb import load_kb
    kb = load_kb()
    assert kb.country_of_word("African") is None and kb.group_of_word("African") == "AFR"
