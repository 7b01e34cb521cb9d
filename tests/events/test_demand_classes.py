"""Demands of news text (CAMEO 10, session 12): pressing for another side to act, and a demand upheld or
repeated, are made on the subject of the clause they ask for. Texts written for newsevents; each class
has controls where the rule must not fire."""

from __future__ import annotations

import pytest

from .helpers import coded_triples

ACTORS = [("Lakeland", "LKL"), ("Marovia", "MRV"), ("The rebels", "MRVREB"), ("The EU", "IGOEU"), ("Ghana", "GHA"),
          ("Togo", "TGO")]


def demands(nlp, text: str) -> set[tuple[str | None, str, str | None]]:
    return {(s, c[:2], t) for s, c, t in coded_triples(nlp, text, ACTORS) if c.startswith("10")}


@pytest.mark.parametrize("text, expected", [
    # "pushing/pressing for Y to V": the parser's "for" clause gives the infinitive its subject
    ("Lakeland is pushing for Marovia to reopen the border crossings.", ("LKL", "10", "MRV")),
    ("The EU pressed hard for Marovia to hold the vote on time.", ("IGOEU", "10", "MRV")),
    # a demand upheld or repeated, with its content clause on the noun
    ("The rebels insisted on their demand that Marovia free all political prisoners.", ("MRVREB", "10", "MRV")),
    ("Lakeland on Monday reiterated its demands that Marovia should withdraw its troops.", ("LKL", "10", "MRV")),
    ("The EU renewed its demand that Marovia end the state of emergency.", ("IGOEU", "10", "MRV")),
    # "X demanded Y to V" (as "ordered Y to V")
    ("Ghana on Tuesday demanded Togo to hand over the two suspects.", ("GHA", "10", "TGO")),
])
def test_a_demand_on_the_subject_of_the_clause_asked_for(nlp, text, expected):
    assert expected in demands(nlp, text)


@pytest.mark.parametrize("text", [
    # a clause on an object the pattern does not name is that object's content, no demand
    "Lakeland pushed the claim that Marovia had lied about the border.",
    "The EU reiterated its view that Marovia should talk to the rebels.",
    # pushing for a thing, not for another side's act, names no one pressed
    "Lakeland is pushing for a trade deal in the region.",
    # a demand of an answer, or of a thing, names no one asked to act
    "Ghana demanded to know why Togo had closed the border.",
    "Ghana demanded compensation to be paid to the families in Togo.",
    # a demand that did not happen
    "Lakeland did not renew its demand that Marovia pay compensation.",
])
def test_no_demand_on_a_side_not_asked_to_act(nlp, text):
    assert not [t for t in demands(nlp, text) if t[2] in ("MRV", "TGO")]


@pytest.mark.parametrize("text", [
    # "told X to V" orders the act: X has not done it (a verb of reporting that is one of object control)
    "Ghana told Togo to release the two hostages by Friday.",
    "Ghana told Togo to resign from the regional council and to withdraw its troops.",
])
def test_an_act_one_is_told_to_do_is_not_done(nlp, text):
    assert not [t for t in coded_triples(nlp, text, ACTORS) if t[0] == "TGO"]


def test_an_act_told_to_reporters_is_done(nlp):
    assert ("TGO", "0841", None) in set(coded_triples(nlp, "Togo released the two hostages, Ghana told reporters.",
                                                      ACTORS))
