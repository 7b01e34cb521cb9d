"""Classes of session 14 (helper cb7): a place that stands for its state as the target of an act imposed on it.

A territory of one state after a noun of blockade or siege ("a blockade on the Gaza Strip", "its siege of
Gaza") is the place blockaded, as a town after "air strikes on" is the place struck (places/usage.yaml's
strike_nouns), so the place's state fills the act's target slot (191). A country named in the gazetteer
at last ("Bosnia", "Yugoslavia") is that country as a place. Texts written for newsevents; each class has
controls where the rule must not fire. A town struck whose country its own phrase names ("air strikes on
Raqqa in Syria") is that country's, as one in a country named elsewhere in the story is. Peacekeepers (or a
deployment) arriving in a country are deployed there (074; senses.yaml's peace_arrivers).
"""

from __future__ import annotations

import pytest

from newsevents.model import RawDocument
from newsevents.pipeline import process_many


def coded(text: str) -> set[tuple[str | None, str, str | None]]:
    [result] = process_many([RawDocument(source="t", content=text, media_type="text")])
    return {(e.source_code, e.cameo, e.target_code) for e in result.events}


@pytest.mark.slow  # the whole pipeline: the places stage holds the place blockaded
@pytest.mark.parametrize("text, expected", [
    # a territory of one state after a noun of blockade or siege: that state is the target
    ("Egypt imposed a blockade on the Gaza Strip on Sunday.", ("EGY", "191", "PSE")),
    ("Jordan tightened its siege of the West Bank last week.", ("JOR", "191", "PSE")),
    ("Turkey reimposed its blockade on Gaza after the talks.", ("TUR", "191", "PSE")),
])
def test_a_territory_blockaded_is_its_states(text, expected):
    assert expected in coded(text)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # control: a ban or sanctions on a thing or a practice name no state
    "The council imposed a ban on smoking in bars on Monday.",
    "Canada imposed sanctions on steel from several countries.",
    # control: a blockade of a company is no place's
    "Activists ended their blockade of ExxonMobil on Tuesday.",
])
def test_an_act_on_a_thing_has_no_place_target(text):
    assert not {e for e in coded(text) if e[2] is not None and e[1][:2] in ("16", "17", "19")}


@pytest.mark.slow  # the whole pipeline: the places stage holds the town struck
@pytest.mark.parametrize("text, expected, absent", [
    # a town struck, with its country named in its own phrase: the country is the target
    ("Russian jets carried out air strikes on Raqqa in Syria on Sunday.", ("RUSMIL", "195", "SYR"), None),
    ("Iranian drones carried out attacks on Erbil in Iraq on Tuesday.", ("IRNMIL", "190", "IRQ"), None),
    # control: a state's strikes on its own town are on someone the sentence does not name
    ("Syrian jets carried out air strikes on Raqqa in Syria on Sunday.", None, ("SYRMIL", "195", "SYR")),
])
def test_a_town_struck_in_a_named_country_is_that_countrys(text, expected, absent):
    found = coded(text)
    assert (expected is None or expected in found) and absent not in found


@pytest.mark.slow  # the whole pipeline: the actors stage resolves the forces
@pytest.mark.parametrize("text, expected", [
    # peacekeepers, or a deployment, that arrive in a country are deployed there (074), not visiting (042)
    ("Bangladeshi peacekeeping troops arrived in Liberia on Tuesday.", ("BGDMIL", "074", "LBR")),
    ("A deployment of 200 Kenyan soldiers arrived in Haiti on Tuesday.", ("KENMIL", "074", "HTI")),
    # control: other troops, and a leader, arriving are a visit
    ("French troops arrived in Bosnia on Monday.", ("FRAMIL", "042", "BIH")),
    ("The Indian prime minister arrived in Dhaka on Monday.", ("INDGOV", "042", "BGD")),
])
def test_peacekeepers_arriving_are_deployed(text, expected):
    found = coded(text)
    assert expected in found and not {e for e in found if e[0] == expected[0] and e[1][:2] in ("04", "07")
                                      and e != expected}
