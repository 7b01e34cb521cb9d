"""Roles one word gives beyond its noun (actors/shared_roles.py): a side's modifier carries to a joined noun,
and the head of a named front or movement is that body's.

The sentences are written for these tests; none is taken from a gold, benchmark or news article.
"""

from __future__ import annotations

import pytest

from newsevents.actors import resolve_actors
from newsevents.model import Actor, Article

pytestmark = pytest.mark.slow


def _code_of(nlp, text: str, mention: str) -> str | None:
    actors: list[Actor] = resolve_actors(nlp(text), Article(id="t", text=text, published="2023-10-16"))
    found = [a for a in actors if any(m.text == mention for m in a.mentions)]
    return found[0].code if found else None


@pytest.mark.parametrize("text, mention, code", [
    # the side's modifier before the first noun qualifies the joined one
    ("Kenyan police detained 40 opposition activists and officials in Nairobi on Monday.", "officials", "KENOPP"),
    ("Ugandan police arrested opposition leaders and lawmakers in Kampala.", "lawmakers", "UGAOPP"),
    # controls: the joined noun's own modifier, and a noun read alone, keep the state's role
    ("Kenyan police detained 40 opposition activists and government officials in Nairobi.", "government officials",
     "KENGOV"),
    ("Kenyan police detained 40 opposition activists, and Kenyan officials said so.", "Kenyan officials", "KENGOV"),
])
def test_a_side_modifier_carries_to_the_joined_noun(nlp, text, mention, code) -> None:
    assert _code_of(nlp, text, mention) == code


@pytest.mark.parametrize("text, mention, agent", [
    ("A Malian court jailed Oumar Traore, the leader of the Patriotic Front for Democratic Change, for a year.",
     "Oumar Traore", "PTY"),
    ("Egyptian police arrested the Brotherhood's deputy leader Khairat Hassan in Giza.", "Khairat Hassan", "OPP"),
    # control: the leader of a country is its government's
    ("A Malian court jailed Oumar Traore, the leader of the country, for a year.", "Oumar Traore", "GOV"),
])
def test_the_head_of_a_named_front_or_movement_is_that_bodys(nlp, text, mention, agent) -> None:
    code = _code_of(nlp, text, mention) or ""
    assert code[-3:] == agent, code


@pytest.mark.parametrize("text, code", [
    # an unnamed head of the opposition is an office of the story's country, of the opposition's side
    ("KIGALI, Rwanda - A Rwandan court jailed the leader of the opposition for ten years on Monday.", "RWAOPP"),
    ("KIGALI, Rwanda - A Rwandan court jailed the leader of the main opposition for ten years on Monday.", "RWAOPP"),
    # control: an unnamed leader of the country is not guessed
    ("KIGALI, Rwanda - A Rwandan court jailed the leader of the country for ten years on Monday.", None),
])
def test_an_unnamed_head_of_the_opposition_is_the_storys_opposition(nlp, text, code) -> None:
    assert _code_of(nlp, text, "the leader") == code
