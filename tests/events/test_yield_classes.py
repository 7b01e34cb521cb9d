"""Yielding in news text (CAMEO 08, session 12): a protest or strike called off after talks or a deal with a
side yields to that side. Texts written for newsevents; each class has controls where the rule must not
fire."""

from __future__ import annotations

import pytest

from .helpers import coded_triples

ACTORS = [("The head of the Lakeland government", "LKLGOV"), ("The teachers' union", "LKLLAB"),
          ("the teachers' union", "LKLLAB"), ("Lakeland", "LKL"),
          ("the Lakeland government", "LKLGOV"), ("the ministry of Lakeland", "LKLGOV"), ("Marovia", "MRV")]


def easings(nlp, text: str) -> set[tuple[str | None, str, str | None]]:
    return {(s, c, t) for s, c, t in coded_triples(nlp, text, ACTORS) if c.startswith("08")}


@pytest.mark.parametrize("text, expected", [
    ("The teachers' union called off its strike after talks with the Lakeland government.",
     ("LKLLAB", "082", "LKLGOV")),
    ("The teachers' union said on Friday it had called off the planned walkout after a meeting with the "
     "ministry of Lakeland.", ("LKLLAB", "082", "LKLGOV")),
    ("The teachers' union suspended its boycott following an agreement with the Lakeland government.",
     ("LKLLAB", "082", "LKLGOV")),
])
def test_dissent_called_off_after_talks_yields_to_the_other_side(nlp, text, expected):
    assert expected in easings(nlp, text)


@pytest.mark.parametrize("text", [
    # talks held somewhere, or an act of the other side, name no side talked with
    "The teachers' union called off its strike after a meeting in the capital.",
    # air strikes suspended are no dissent eased
    "Lakeland suspended its strikes after talks with Marovia.",
    # talks after which the strike goes on
    "The teachers' union continued its strike after talks with the Lakeland government.",
])
def test_no_yielding_to_a_side_without_talks_with_it(nlp, text):
    assert not [t for t in easings(nlp, text) if t[2] is not None]


@pytest.mark.parametrize("text, expected", [
    # a leader's resignation yields to the demand for a change of leadership (Phoenix RESIGN [083])
    ("The head of the Lakeland government resigned on Monday after weeks of protests.", ("LKLGOV", "0831", None)),
])
def test_a_resignation_yields(nlp, text, expected):
    assert expected in easings(nlp, text)


@pytest.mark.parametrize("text", [
    # resigning from a party, or a resignation of years ago, is no yielding of the day
    "The head of the Lakeland government resigned from the ruling party.",
    "The head of the Lakeland government resigned in 2018 and now teaches law.",
])
def test_no_resignation_yielding_from_a_party_or_the_past(nlp, text):
    assert not [t for t in easings(nlp, text) if t[1] == "0831"]
