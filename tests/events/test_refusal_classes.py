"""Rejections and refusals of news text (CAMEO 12, session 12): a request turned down is coded by what
it asked for, refugees a state will not take in are 1223. Texts written for newsevents; each class
has controls where the rule must not fire."""

from __future__ import annotations

import pytest

from .helpers import coded_triples

ACTORS = [("Lakeland", "LKL"), ("The Lakeland government", "LKLGOV"), ("the Lakeland government", "LKLGOV"),
          ("The President of Lakeland", "LKLGOV"), ("Marovia", "MRV"), ("The UN", "IGOUNO"), ("the UN", "IGOUNO"),
          ("The EU", "IGOEU"), ("the EU", "IGOEU"), ("The rebels", "MRVREB"), ("he", "LKLGOV")]


def rejections(nlp, text: str) -> set[tuple[str | None, str, str | None]]:
    return {(s, c, t) for s, c, t in coded_triples(nlp, text, ACTORS) if c.startswith("12")}


@pytest.mark.parametrize("text, expected", [
    # whose request is named is the target; unnamed, the refusal stands alone (targetless_codes)
    ("Lakeland rejected the EU's calls for a truce on Sunday.", ("LKL", "1246", "IGOEU")),
    ("Lakeland on Monday rejected calls for a ceasefire in the north.", ("LKL", "1246", None)),
    # a leader's refusal to resign is coded on his own country (domestic_rule_codes; codebook 1231: KEN -> KEN)
    ("The President of Lakeland dismissed calls for his resignation.", ("LKLGOV", "1231", "LKL")),
    ("The Lakeland government rebuffed demands for the release of the two journalists.", ("LKLGOV", "1243", None)),
    ("Lakeland rejected a request for UN peacekeepers in the border zone.", ("LKL", "1224", None)),
    ("The UN rejected Marovia's request for peacekeeping troops.", ("IGOUNO", "1224", "MRV")),
])
def test_a_request_turned_down_is_coded_by_what_it_asked_for(nlp, text, expected):
    assert expected in rejections(nlp, text)


@pytest.mark.parametrize("text, code", [
    # a call welcomed or made is no rejection
    ("Lakeland welcomed calls for a ceasefire in the north.", "1246"),
    ("The EU renewed its calls for the release of the two journalists.", "1243"),
    # a proposal turned down is no request for a truce (127, 120), nor are calls for talks a truce
    ("Lakeland rejected calls for talks with the rebels.", "1246"),
    ("Lakeland rejected calls for a new investigation.", "1246"),
])
def test_no_refusal_of_what_was_not_asked(nlp, text, code):
    assert not [t for t in rejections(nlp, text) if t[1] == code]


@pytest.mark.parametrize("text, expected", [
    # refugees a state will not (refuses to) take in: 1223, from where they came if said
    ("Lakeland says it will not accept any more refugees.", ("LKL", "1223", None)),
    ("Lakeland refused to take in migrants.", ("LKL", "1223", None)),
    ("The Lakeland government will not admit more asylum seekers, its interior minister said.",
     ("LKLGOV", "1223", None)),
])
def test_refugees_not_taken_in(nlp, text, expected):
    assert expected in rejections(nlp, text)


@pytest.mark.parametrize("text", [
    # refugees taken in are coded only with the country they came from: a count of them is no act of the day
    "Lakeland has taken in 5,000 migrants since 2015.",
    "Lakeland accepted 800 refugees last year.",
])
def test_refugees_taken_in_from_nowhere_named_are_no_event(nlp, text):
    assert not [t for t in coded_triples(nlp, text, ACTORS) if t[1].startswith(("03", "07", "12"))]


@pytest.mark.parametrize("text", [
    # a verdict or an appeal not accepted is no refusal of refugees
    "Lakeland refused to accept the verdict on the refugees.",
    "The court did not accept the appeal of the migrants.",
    # a refusal that did not happen
    "Lakeland did not refuse to accept refugees.",
])
def test_no_refugee_refusal_without_refugees_refused(nlp, text):
    assert not [t for t in coded_triples(nlp, text, ACTORS) if t[1] == "1223"]


@pytest.mark.parametrize("text", [
    # a leader who says he will not resign rejects the call for a change of leadership (1231)
    "The President of Lakeland said on Sunday that he would not resign despite the protests.",
    "The President of Lakeland will not resign, his office said.",
    "The President of Lakeland has refused to step down.",
])
def test_a_leader_who_will_not_resign(nlp, text):
    # on the leader's own country (domestic_rule_codes; codebook 1231: KEN -> KEN)
    assert ("LKLGOV", "1231", "LKL") in rejections(nlp, text)


@pytest.mark.parametrize("text", [
    # a resignation that did not happen, or that is only expected, is no refusal
    "The President of Lakeland did not resign after the vote.",
    "The President of Lakeland is not expected to resign.",
    # stepping in is no stepping down
    "The President of Lakeland refused to step in to end the strike.",
])
def test_no_refused_resignation_without_a_refusal(nlp, text):
    assert not [t for t in rejections(nlp, text) if t[1] == "1231"]


def test_the_resignation_others_call_for_is_not_theirs(nlp):
    # the infinitive on "calls" is what was asked for, not an act of the callers, refused
    text = "The President of Lakeland rejected calls from the rebels to resign."
    assert not [t for t in coded_triples(nlp, text, ACTORS) if t[0] == "MRVREB"]
