"""Bodies named by their kind (newsevents.actors.backrefs and the Phoenix state bodies of kb.py): sentences
written for these tests, each rule with a control where it must not fire."""

from __future__ import annotations

import pytest

from newsevents.actors import load_kb, resolve_actors
from newsevents.model import Actor, Article
from newsevents.pipeline import process_text

pytestmark = pytest.mark.slow


def _holders(nlp, text: str, mention: str) -> list[str | None]:
    actors: list[Actor] = resolve_actors(nlp(text), Article(id="t", text=text, published="2022-01-10"))
    return [a.code for a in actors if any(m.text == mention for m in a.mentions)]


def test_phoenix_state_bodies_are_actor_nouns():
    """Phoenix GOV phrases ending in a body noun become actor nouns; phrases that go on past "of"/"for" (an
    office, "head of government") do not, and nothing already listed is overwritten."""
    nouns = load_kb().actor_nouns
    assert {"junta", "military junta", "ruling party", "regime", "interim government"} <= set(nouns)
    assert nouns["ruling party"].agent == "GOV" and nouns["junta"].kind == "organization"
    assert "head of government" not in nouns and "ministry of local government" not in nouns
    assert nouns["government"].kind == "organization"


@pytest.mark.parametrize("text,mention,code", [
    ("OUAGADOUGOU, Burkina Faso - The junta postponed the elections by two years.", "The junta", "BFAGOV"),
    ("HARARE, Zimbabwe - The ruling party expelled three of its lawmakers on Monday.", "The ruling party", "ZWEGOV"),
])
def test_state_body_takes_the_story_country(nlp, text, mention, code):
    assert _holders(nlp, text, mention) == [code]


@pytest.mark.parametrize("text,mention,code", [
    ("The Islamist movement Hamas rejected the ceasefire plan. The movement said it wanted guarantees.",
     "The movement", "PSEREB"),
    ("The military alliance NATO held drills in Estonia on Tuesday. The alliance said 5,000 troops took part.",
     "The alliance", "IGOWSTNAT"),
])
def test_description_refers_back_to_the_one_body(nlp, text, mention, code):
    assert _holders(nlp, text, mention) == [code]


@pytest.mark.parametrize("text,mention", [
    # a body of another kind only: a party is no armed group
    ("Fatah called a general strike on Monday. The group of lawyers filed a petition.", "The group of lawyers"),
    # too far back: more than the last few sentences
    ("NATO met in Brussels. Ministers spoke. Talks lasted hours. Reporters waited. Nobody left. "
     "The alliance later issued a statement.", "The alliance"),
])
def test_description_without_one_body_nearby_is_left_alone(nlp, text, mention):
    assert _holders(nlp, text, mention) == []


def test_back_reference_gives_the_event_its_source():
    """"The bloc imposed sanctions on Mali" after the bloc was named: the sanctions have ECOWAS as its source."""
    text = ("Sanctions: what we know so far\n\nABUJA, Nigeria - The regional bloc ECOWAS met on Sunday after the coup "
            "in Mali. The bloc imposed sanctions on Mali.")
    result = process_text(text, published="2021-05-30")
    sources = {e.source_code for e in result.events}
    assert "IGOWAFWAS" in sources
