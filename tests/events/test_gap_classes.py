"""Recall classes of unseen news that the coder missed (session 12), each from events a careful coder
lists on real pages. Texts written for newsevents; each class has a control where it must not fire."""

from __future__ import annotations

import pytest

from .helpers import coded_triples

ACTORS = [("Chile", "CHL"), ("Peru", "PER"), ("the OAS", "IGOOAS"), ("OAS", "IGOOAS")]


def triples(nlp, text: str) -> set[tuple[str | None, str, str | None]]:
    return set(coded_triples(nlp, text, ACTORS))


def doers(nlp, text: str) -> set[tuple[str | None, str]]:
    return {(s, c) for s, c, _ in coded_triples(nlp, text, ACTORS)}


@pytest.mark.parametrize("text", [
    # a denial of what a that-clause says, or of a claim "this" points back to (016, accuser unnamed)
    "Chile denied that its navy had entered Peruvian waters.",
    "Chile denies this.",
])
def test_denial_of_a_clause_is_coded(nlp, text):
    assert ("CHL", "016", None) in triples(nlp, text)


@pytest.mark.parametrize("text", [
    # a denial not made, or "deny" of refusing someone something
    "Chile did not deny that its navy had entered Peruvian waters.",
    "Chile denied Peru access to the port.",
    "Chile's court denied him bail.",
])
def test_no_denial(nlp, text):
    assert ("CHL", "016") not in doers(nlp, text)


@pytest.mark.parametrize("text", [
    # a call for a body's meeting appeals to it to meet (026), the body in an "of" phrase or a modifier
    "Chile called for an emergency meeting of the OAS on Friday.",
    "Chile requested an urgent session of the OAS.",
    "Chile called for an emergency OAS meeting.",
])
def test_call_for_a_body_to_meet(nlp, text):
    assert ("CHL", "026", "IGOOAS") in triples(nlp, text)


@pytest.mark.parametrize("text", [
    # a meeting with someone is the caller's own (036), no appeal to a body
    "Chile called for an urgent meeting with Peru.",
    "Chile requested an urgent meeting with Peru.",
])
def test_meeting_with_someone_is_no_call_on_a_body(nlp, text):
    assert ("CHL", "026", "PER") not in triples(nlp, text)


def test_accusation_of_unnamed_critics(nlp):
    # critics who are no actor (the possessor is not who they are): the accusation stands without a target
    assert ("CHL", "112", None) in triples(nlp, "Chile accused its detractors of spreading lies.")


def test_accusation_of_a_named_party_keeps_it(nlp):
    found = triples(nlp, "Chile accused Peru of spreading lies.")
    assert ("CHL", "112", "PER") in found and ("CHL", "112", None) not in found


def test_missiles_into_the_sea_are_a_show_of_force(nlp):
    # missiles fired into the sea hit no one: a show of force (150), not an attack
    assert ("PER", "150", None) in triples(nlp, "Peru fired two missiles into the sea on Friday.")


@pytest.mark.parametrize("text", [
    # missiles fired into a country, or at something in the sea, attack it
    "Peru fired two missiles into Chile on Friday.",
    "Peru fired two missiles into the sea at a cargo ship.",
])
def test_missiles_at_someone_are_no_show_of_force(nlp, text):
    assert ("PER", "150") not in doers(nlp, text)


@pytest.mark.parametrize("text, code", [
    # two sides that agree to strengthen cooperation each intend to cooperate with the other (030)
    ("Chile and Peru agreed to strengthen cooperation on fisheries.", "030"),
    # a prisoner swap between two sides: each released the other's people (0841 both ways)
    ("The prisoner swap between Chile and Peru took place on Friday.", "0841"),
])
def test_each_side_acts_on_the_other(nlp, text, code):
    assert {("CHL", code, "PER"), ("PER", code, "CHL")} <= triples(nlp, text)


@pytest.mark.parametrize("text, code", [
    # cooperation strengthened is done, not intended; urged on another side it is no one's intent
    ("Chile and Peru strengthened cooperation on fisheries.", "030"),
    ("Chile urged Peru to strengthen cooperation on fisheries.", "030"),
    # a swap only called for, or a fight between the two, is no release
    ("The OAS called for a prisoner exchange between Chile and Peru.", "0841"),
    ("The fighting between Chile and Peru continued.", "0841"),
])
def test_neither_side_acts(nlp, text, code):
    assert not {("CHL", code), ("PER", code)} & doers(nlp, text)


@pytest.mark.parametrize("text", [
    # a channel of speech censored or cut off is a restriction of political freedoms (1721)
    "Peru blocked access to several news websites on Monday.",
    "Peru censored searches for the name of the opposition leader.",
    "Peru shut down the internet in two southern provinces.",
])
def test_censorship_is_coded(nlp, text):
    assert ("PER", "1721") in doers(nlp, text)


@pytest.mark.parametrize("text", [
    # access to a road or a port is no channel of speech
    "Peru blocked access to the port on Monday.",
    "Peru blocked the main road to the border.",
    "Peru blocked access to the crash site.",
])
def test_blocked_place_is_no_censorship(nlp, text):
    assert ("PER", "1721") not in doers(nlp, text)
