"""Sides named by a phrase of circumstance on the clause's verb (events/circumstances.py): a meeting
that dates the act ("X signed the deal after talks with Y") is the subject's; harm suffered "in
clashes with X" was done by X. Texts written for newsevents; each class has controls."""

from __future__ import annotations

import pytest

from .helpers import coded_triples

ACTORS = [("Oman's foreign minister", "OMNGOV"), ("The Omani foreign minister", "OMNGOV"),
          ("the Chilean president", "CHLGOV"), ("Chilean farmers", "CHLCVL"), ("Nepali protesters", "NPLOPP"),
          ("Nepali police", "NPLCOP"), ("Nepali soldiers", "NPLMIL"), ("Maoist rebels", "NPLREB"),
          ("Nepali villagers", "NPLCVL")]


def triples(nlp, text: str) -> set[tuple[str | None, str, str | None]]:
    return set(coded_triples(nlp, text, ACTORS))


@pytest.mark.parametrize("text", [
    "Oman's foreign minister announced a port agreement after talks with the Chilean president.",
    "Following a meeting with the Chilean president, Oman's foreign minister praised the new trade rules.",
    "The Omani foreign minister said after consultations with the Chilean president that the port would open.",
])
def test_meeting_before_the_act_is_the_subjects(nlp, text):
    assert ("OMNGOV", "040", "CHLGOV") in {(s, c[:3], t) for s, c, t in triples(nlp, text)}


@pytest.mark.parametrize("text", [
    # a meeting ahead of the act has not taken place; an act after a protest says nothing of who protested
    "Oman's foreign minister will announce a port agreement ahead of talks with the Chilean president.",
    "Oman's foreign minister praised the new trade rules after a protest by Chilean farmers.",
])
def test_no_meeting_of_the_subject(nlp, text):
    assert not {(s, t) for s, c, t in triples(nlp, text) if c.startswith("04")} & {("OMNGOV", "CHLGOV")}
    assert not {s for s, c, _ in triples(nlp, text) if c.startswith("14")} & {"OMNGOV"}


@pytest.mark.parametrize("text, doer", [
    ("Two Nepali soldiers were killed in fierce fighting with Maoist rebels.", "NPLREB"),
    ("Three Nepali villagers were killed during clashes with Nepali police.", "NPLCOP"),
    ("Four Maoist rebels were wounded in a gunfight with Nepali soldiers.", "NPLMIL"),
])
def test_harm_in_a_fight_is_the_other_sides(nlp, text, doer):
    assert doer in {s for s, c, t in triples(nlp, text) if c[:2] in ("18", "19") and t != doer}


@pytest.mark.parametrize("text", [
    # harm in something else than the fight (an accident after it); an agentless passive with no fight
    "Two Nepali soldiers were killed in a road accident after clashes with Maoist rebels.",
    "Two Nepali villagers were killed in the district on Tuesday.",
])
def test_no_fight_partner(nlp, text):
    assert not {s for s, c, _ in triples(nlp, text) if c[:2] in ("18", "19")} & {"NPLCOP", "NPLREB"}
