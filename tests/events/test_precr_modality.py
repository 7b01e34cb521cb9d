"""Modes found by judging every event of fresh political news (session 15, helper precr).

Texts are written for these tests; none is taken from a gold, benchmark or searched article. Each class
has a sentence where the rule must act and a control where it must not.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsevents.events import code_events

from .helpers import coded_triples, make_actors, make_article

PER = [("Peru's foreign minister", "PERGOV"), ("Peruvian foreign minister", "PERGOV"), ("Chile", "CHL")]
IRN = [("Iran", "IRN"), ("Israel", "ISR"), ("Israeli aircraft", "ISRMIL"), ("Hezbollah fighters", "LBNREB")]


def _modes(nlp: Any, text: str, pairs: list[tuple[str, str]]) -> list[tuple[str | None, str, str | None, str]]:
    events = code_events(nlp(text), make_article(text), make_actors(text, pairs), [], [])
    return [(e.source_code, e.cameo, e.target_code, e.mode) for e in events]


@pytest.mark.parametrize("text", [
    # what would befall any missile fired at a country is no particular firing
    "Iran vowed to shoot down any and all missiles fired at Israeli aircraft.",
    "Israel says any rockets fired at Israel by Hezbollah fighters will be met with force.",
])
def test_a_firing_at_any_one_is_no_event(nlp, text):
    assert not [c for c in coded_triples(nlp, text, IRN) if c[1].startswith("19")]


def test_missiles_fired_at_a_side_stay_an_attack(nlp):
    found = coded_triples(nlp, "The rockets fired at Israel by Hezbollah fighters hit a school.", IRN)
    assert any(c[1].startswith("19") and c[2] == "ISR" for c in found)


@pytest.mark.parametrize("text, mode", [
    # a headline whose subject carries the infinitive ("X to visit Y") announces a plan
    ("Peru's foreign minister to visit Chile in bid to settle sea dispute", "intend"),
    # controls: the visit done, and a ranked noun that tells who did it
    ("Peru's foreign minister visited Chile on Monday to settle the sea dispute.", "did"),
    ("The first Peruvian foreign minister to visit Chile in a decade", "did"),
])
def test_headline_plan_on_the_subject(nlp, text, mode):
    found = [m for s, c, t, m in _modes(nlp, text, PER) if s == "PERGOV" and t == "CHL" and c.startswith(("04", "036"))]
    assert found and all(m == mode for m in found)
