"""Bodies named by their kind (the Phoenix state bodies of kb.py): sentences
written for these tests, each rule with a control where it must not fire."""

from __future__ import annotations

import pytest

from newsevents.actors import load_kb, resolve_actors
from newsevents.model import Actor, Article

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
