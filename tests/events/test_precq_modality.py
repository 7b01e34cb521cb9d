"""Modality words found by judging every event on unseen political news (session 14, helper precq).

Texts are written for these tests; none is taken from a gold, benchmark or searched article.
"""

from __future__ import annotations

import pytest

from .helpers import coded_triples

NGA = [("Nigerian gangs", "NGACRM"), ("foreign oil workers", "LAB"), ("Nigerian police", "NGACOP"),
       ("Nigerian protesters", "NGAOPP")]


@pytest.mark.parametrize("text", [
    # "increasingly" tells of a trend over many acts, not of one event
    "Nigerian gangs have increasingly kidnapped foreign oil workers for ransom.",
    "Increasingly, foreign oil workers have been kidnapped by Nigerian gangs.",
    "Nigerian police have increasingly arrested Nigerian protesters in Lagos.",
])
def test_a_trend_is_no_event(nlp, text):
    assert not coded_triples(nlp, text, NGA)


@pytest.mark.parametrize("text, triple", [
    ("Nigerian gangs kidnapped two foreign oil workers near Warri on Friday.", ("NGACRM", "181", "LAB")),
    ("Nigerian police arrested 40 Nigerian protesters in Lagos on Monday.", ("NGACOP", "173", "NGAOPP")),
    # the adverb on an adjective leaves the act alone
    ("Nigerian police arrested Nigerian protesters at an increasingly tense rally in Lagos.",
     ("NGACOP", "173", "NGAOPP")),
])
def test_one_act_still_codes(nlp, text, triple):
    assert triple in coded_triples(nlp, text, NGA)
