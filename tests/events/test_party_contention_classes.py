"""Verbal onslaughts between political rivals (CAMEO 111), session 13 helper parties: retorts ("hit back at"),
"rounded on", "laid into", a jab taken ("took a swipe at", ``@verbal_jab``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from .helpers import coded_triples

PAIRS = [("Senator Ortiz", "USALEG"), ("the governor", "USAGOV")]


@pytest.mark.parametrize("text", [
    "Senator Ortiz hit back at the governor over the school budget.",
    "Senator Ortiz rounded on the governor during the hearing.",
    "Senator Ortiz laid into the governor over the water contracts.",
    "Senator Ortiz took a swipe at the governor in her speech.",
    "Senator Ortiz took potshots at the governor on the radio.",
    "Senator Ortiz swiped at the governor on Friday.",
])
def test_a_verbal_onslaught_on_a_rival_is_criticism(nlp, text):
    assert ("USALEG", "111", "USAGOV") in coded_triples(nlp, text, PAIRS)


@pytest.mark.parametrize("text", [
    "Senator Ortiz took the governor's seat at the table.",
    "Senator Ortiz took a break at the governor's residence.",
])
def test_other_senses_are_no_criticism(nlp, text):
    assert not [c for c in coded_triples(nlp, text, PAIRS) if c[1] == "111"]

