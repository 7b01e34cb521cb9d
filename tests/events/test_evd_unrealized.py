"""Acts that did not take place (session 12, evd): an act someone was kept from ("blocked X from
delivering aid", "was kept from entering", "refrained from attacking") and an event noun whose own
words say it never happened ("an aborted rally", "a thwarted attack", "a called-off summit"). An
attempt that was foiled was made all the same (CAMEO 185). Texts written for newsevents."""

from __future__ import annotations

import pytest

from .helpers import coded_triples

ACTORS = [("Chad", "TCD"), ("Niger", "NER"), ("Nigerien troops", "NERMIL"), ("Chadian refugees", "TCDREF"),
          ("the Chadian opposition", "TCDOPP"), ("the Chadian president", "TCDGOV"), ("Boko Haram", "NGAREB")]


def codes(nlp, text: str) -> set[str]:
    return {c for _, c, _ in coded_triples(nlp, text, ACTORS)}


@pytest.mark.parametrize("text, root", [
    ("Chad blocked Niger from sending food aid to Chadian refugees on Monday.", "07"),
    ("Niger was blocked from sending food aid to Chadian refugees, officials said.", "07"),
    ("Chad kept Niger from sending food aid to Chadian refugees.", "07"),
    ("Chad obstructed Niger from sending food aid to Chadian refugees.", "07"),
    ("Nigerien troops refrained from attacking Chad during the standoff.", "19"),
    ("Niger discouraged Boko Haram from attacking Chad last year.", "19"),
])
def test_an_act_kept_from_happening_is_not_coded(nlp, text, root):
    assert not any(c.startswith(root) for c in codes(nlp, text))


@pytest.mark.parametrize("text, root", [
    ("Niger sent food aid to Chadian refugees on Monday.", "07"),
    ("Nigerien troops kept attacking Chad during the standoff.", "19"),
    ("Nigerien troops returned from attacking Chad on Sunday.", "19"),
])
def test_controls_an_act_done_stays(nlp, text, root):
    assert any(c.startswith(root) for c in codes(nlp, text))


@pytest.mark.parametrize("text, root", [
    ("Thousands turned out for the Chadian opposition's aborted rally in Ndjamena.", "14"),
    ("Thousands turned out for the Chadian opposition's called-off rally in Ndjamena.", "14"),
    ("Boko Haram's thwarted attack on Chad alarmed the region.", "19"),
    ("Boko Haram's would-be attack on Chad alarmed the region.", "19"),
    ("Niger's postponed summit with Chad was the talk of the capital.", "04"),
])
def test_an_event_noun_that_never_happened_is_not_coded(nlp, text, root):
    assert not any(c.startswith(root) for c in codes(nlp, text))


@pytest.mark.parametrize("text, code", [
    ("Thousands turned out for the Chadian opposition's rally in Ndjamena.", "14"),
    ("Boko Haram's attack on Chad alarmed the region.", "19"),
    # an assassination attempt that is foiled is CAMEO's 185 all the same
    ("Boko Haram's foiled assassination attempt on the Chadian president alarmed the region.", "185"),
])
def test_controls_an_event_noun_that_happened_stays(nlp, text, code):
    assert any(c.startswith(code) for c in codes(nlp, text))


def test_an_event_noun_after_a_past_vow_took_place(nlp):
    # the attackers do not threaten: their attack took place (Chad's vowed revenge may threaten them)
    found = coded_triples(nlp, "Chad vowed revenge after attacks on its troops by Boko Haram.", ACTORS)
    assert not any(c.startswith("13") and s == "NGAREB" for s, c, _ in found)


def test_control_a_vowed_attack_stays_a_threat(nlp):
    found = coded_triples(nlp, "Chad vowed attacks on Boko Haram after the rainy season.", ACTORS)
    assert not any(c.startswith("19") for _, c, _ in found)
