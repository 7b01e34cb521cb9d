"""Verbal onslaughts between political rivals (CAMEO 111), session 13 helper parties: retorts ("hit back at"),
"rounded on", "laid into", a jab taken ("took a swipe at", ``@verbal_jab``), an attack launched in words
("a scathing attack on", senses.yaml ``@verbal_attack_marks``). Sentences written for these tests."""

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



@pytest.mark.parametrize("text, code", [
    ("Senator Ortiz launched a scathing attack on the governor over the budget.", "111"),
    ("Senator Ortiz launched a thinly-veiled attack on the governor at the rally.", "111"),
])
def test_an_attack_in_words_is_criticism(nlp, text, code):
    assert [c[1] for c in coded_triples(nlp, text, PAIRS) if c[0] == "USALEG"] == [code]


def test_an_armed_attack_stays_fighting(nlp):
    pairs = [("Chadian rebels", "TCDREB"), ("the Chadian army", "TCDMIL")]
    found = coded_triples(nlp, "Chadian rebels launched a surprise attack on the Chadian army.", pairs)
    assert ("TCDREB", "190", "TCDMIL") in found and not [c for c in found if c[1] == "111"]
