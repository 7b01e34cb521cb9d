"""Codebook classes of session 13 (helper cbx2): an armed group's surrender that names no one it yielded to
is coded on its own state (0874, the codebook's Ugandan rebels: UGA -> UGA); "the Bush administration", "the
Maduro regime" with no date is its leader's country's government (the codebook's 1011: USA -> CHN); failing to
reach agreement halts negotiations (164); a territory of one state fills a slot as its name does (191).
Texts written for newsevents; each class has controls where the rule must not fire."""

from __future__ import annotations

import pytest

from newsevents.model import RawDocument
from newsevents.pipeline import process_many


def coded(text: str) -> set[tuple[str | None, str, str | None]]:
    [result] = process_many([RawDocument(source="t", content=text, media_type="text")])
    return {(e.source_code, e.cameo, e.target_code) for e in result.events}


@pytest.mark.slow  # the whole pipeline: the actors stage resolves the demonyms
@pytest.mark.parametrize("text, expected", [
    # an armed group's surrender with no one named: to its own state
    ("About forty Colombian guerrillas surrendered on Tuesday in a remote province.", ("COLREB", "0874", "COLGOV")),
    ("Chechen rebels laid down their weapons on Sunday.", ("RUSREB", "0874", "RUSGOV")),
    # control: whom they surrendered to is named, and stays the target
    ("Fifty Sierra Leonean rebels surrendered to United Nations peacekeepers on Friday.",
     ("SLEREB", "0874", "IGOUNO")),
    # control: a foreign force in the sentence: whom they yielded to is a guess, none inferred
    ("Several Taliban fighters surrendered as American troops advanced on the town.", ("AFGREB", "0874", None)),
    # control: a state's army yields to an enemy the sentence does not name, not to its own state
    ("Hundreds of Iraqi soldiers surrendered on Friday.", ("IRQMIL", "0874", None)),
])
def test_an_armed_groups_surrender_is_coded_on_its_own_state(text, expected):
    found = coded(text)
    assert expected in found and not {e for e in found if e[:2] == expected[:2] and e != expected}


@pytest.mark.slow  # the whole pipeline: the actors stage resolves the leader's body
@pytest.mark.parametrize("text, expected", [
    # a listed leader's surname on a body of government, no article date: his country's government
    ("The Obama administration criticized Iran on Monday.", ("USAGOV", "111", "IRN")),
    ("The Mubarak regime arrested two opposition leaders on Monday.", ("EGYGOV", "173", "EGYOPP")),
    # control: two listed bearers of the surname, of two countries: whose body it is stays unknown
    ("The Maliki government criticized Iran on Monday.", (None, "111", "IRN")),
])
def test_a_leaders_body_is_his_countrys_government(text, expected):
    found = coded(text)
    sourced = {e for e in found if e[0] is not None}
    assert expected in found if expected[0] else not sourced


@pytest.mark.slow  # the whole pipeline: the actors stage resolves the country names
@pytest.mark.parametrize("text, expected", [
    # sides that failed to settle with each other ended a negotiation without agreement (164, both ways)
    ("Serbia failed to reach an agreement with Kosovo on Monday.", {("SRB", "164", "XKX")}),
    ("Serbia and Kosovo failed to agree on a border deal on Monday.", {("SRB", "164", "XKX"), ("XKX", "164", "SRB")}),
    # control: a treaty not ratified was negotiated already; no halted negotiation
    ("The Serbian parliament failed to ratify the agreement with Kosovo.", set()),
    # control: no other side named: whose negotiation failed is unknown
    ("Serbia failed to reach agreement on the budget.", set()),
])
def test_a_failure_to_reach_agreement_halts_negotiations(text, expected):
    assert {e for e in coded(text) if e[1].startswith("16")} == expected


@pytest.mark.slow  # the whole pipeline: the places stage holds the territory
@pytest.mark.parametrize("text, expected, absent", [
    # a territory of one state (the gazetteer's regions with a country) fills a slot as a country's name does
    ("Jordan reimposed a siege in the West Bank on Tuesday.", ("JOR", "191", "PSE"), None),
    ("Turkey sent medical aid to the Gaza Strip on Friday.", ("TUR", "070", "PSE"), None),
    # control: where an arrest took place is no one arrested
    ("Jordanian police arrested two men in the West Bank on Tuesday.", None, ("JORCOP", "173", "PSE")),
])
def test_a_territory_of_one_state_stands_for_it_in_a_slot(text, expected, absent):
    found = coded(text)
    assert (expected is None or expected in found) and absent not in found
