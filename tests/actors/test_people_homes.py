"""Peoples that live in one state (``people_homes`` in data/en/actors/peoples.yaml): as a modifier of a role
noun they give that state ("Tamil rebels" LKAREB, as the Phoenix dictionaries code the Tamil Tigers), their
plurals after a count are its civilians, their leaders are no government, and a state written beside them wins.
Peoples spread over several states (Kurds, Hutus, Pashtuns) get no country. CAMEO's regional codes
(``world_regions``) work the same way for a region's adjective ("African diplomats" AFRGOV). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from newsevents.actors import resolve_actors
from newsevents.model import Actor, Article

pytestmark = pytest.mark.slow


def _codes(nlp, text: str, mention: str) -> list[str | None]:
    actors = resolve_actors(nlp(text), Article(id="t", text=text, published="2005-03-01"))
    found: list[Actor] = [a for a in actors if any(m.text == mention for m in a.mentions)]
    return [a.code for a in found]


@pytest.mark.parametrize("text, mention, code", [
    # a role noun after a people of one state: that state and the role
    ("Tamil rebels shelled a navy base overnight.", "Tamil rebels", "LKAREB"),
    ("Police said Chechen fighters had crossed into the valley.", "Chechen fighters", "RUSREB"),
    ("Aid workers counted forty thousand Rohingya refugees at the camp.", "thousand Rohingya refugees", "MMRREF"),
    ("The army rounded up several hundred Tamil civilian refugees near the lagoon.",
     "several hundred Tamil civilian refugees", "LKAREF"),
    ("Uighur activists accused the authorities of torture.", "Uighur activists", "CHNOPP"),
    # a people's leaders are its own civilians, not the state's government
    ("Igbo leaders asked the president to pardon the detained separatists.", "Igbo leaders", "NGACVL"),
    # a region's police keep the state, as the Phoenix dictionaries code a region's bodies
    ("Basque police detained two suspects near the harbour.", "Basque police", "ESPCOP"),
    # counted plurals: the state's civilians
    ("Thousands of Tamils marched to the district office.", "Thousands of Tamils", "LKACVL"),
    # a bare plural of such a people where it acts: the state's civilians, not the state
    ("The Uighurs rejected the new rules, their elders said.", "The Uighurs", "CHNCVL"),
    # a state written beside the people wins over the people's home
    ("Indian Tamil politicians condemned the executions.", "Indian Tamil politicians", "INDPTY"),
])
def test_people_home(nlp, text: str, mention: str, code: str) -> None:
    assert _codes(nlp, text, mention) == [code]


@pytest.mark.parametrize("text, mention", [
    # controls: peoples of several states get no country, and a people names no state's army
    ("Hutu militias burned a village near the lake.", "Hutu militias"),
    ("Pashtun elders met the governor on Monday.", "Pashtun elders"),
    ("Chechen forces surrounded the village at dawn.", "Chechen forces"),
    ("Chechen officials denied that the convoy had been hit.", "Chechen officials"),
])
def test_no_home(nlp, text: str, mention: str) -> None:
    assert all(code is None or code[:3] not in ("RWA", "BDI", "AFG", "PAK", "RUS") for code in _codes(nlp, text,
                                                                                                      mention))


def test_region_beats_people() -> None:
    """"Tamil Nadu" is an Indian state (regions.tsv), never Sri Lanka's Tamils."""
    from newsevents.actors.kb import load_kb
    kb = load_kb()
    assert kb.group_of_word("Tamil Nadu") == "IND" and kb.group_of_word("Tamil") == "LKA"
    assert kb.country_of_word("Tamil") is None  # a people names no place


@pytest.mark.parametrize("text, mention, code", [
    ("African diplomats walked out of the conference hall on Friday.", "African diplomats", "AFRGOV"),
    ("European diplomats protested the expulsion of the reporter.", "European diplomats", "EURGOV"),
    ("West African leaders gave the junta a month to name a civilian premier.", "West African leaders", "WAFGOV"),
    ("Hundreds of Africans queued outside the consulate for visas.", "Hundreds of Africans", "AFRCVL"),
    # controls: a body's name and a state's demonym beginning with the region's word
    ("The African Union sent observers to the vote.", "The African Union", "IGOAFRAFU"),
    ("South African soldiers guarded the polling stations.", "South African soldiers", "ZAFMIL"),
    ("Central African police fired into the crowd.", "Central African police", "CAFCOP"),
])
def test_region_group(nlp, text: str, mention: str, code: str) -> None:
    assert _codes(nlp, text, mention) == [code]


def test_region_names_no_place() -> None:
    """"African" is no country: it never gives a story its country."""
    from newsevents.actors.kb import load_kb
    kb = load_kb()
    assert kb.country_of_word("African") is None and kb.group_of_word("African") == "AFR"


@pytest.mark.parametrize("text, mention, code", [
    # Russia's federal subjects (regions.tsv ru_region, from the Phoenix country dictionary's RUS place names): a
    # title of one of them is Russia's, as a US state's governor is the USA's
    ("Gunmen tried to kill the deputy governor of the Sverdlovsk region, Ivan Petrov, on Monday.",
     "Ivan Petrov", "RUSGOV"),
    ("The governor of Tatarstan, Ivan Petrov, accused the police of negligence.", "Ivan Petrov", "RUSGOV"),
])
def test_russian_region_title(nlp, text: str, mention: str, code: str) -> None:
    assert _codes(nlp, text, mention) == [code]


def test_russian_region_names() -> None:
    """Names of a region that are as often a person's ("Vladimir", "Kirov") are not listed: a lone first name or
    surname must not become Russia."""
    from newsevents.actors.kb import load_kb
    kb = load_kb()
    assert kb.country_of_word("Tyumen") == "RUS" and kb.country_of_word("Dagestan") == "RUS"
    assert kb.country_of_word("Vladimir") is None and kb.country_of_word("Kirov") is None
