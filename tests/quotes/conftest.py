"""A test-only way to build actors from (surface, code, kind) triples, found in the text by position."""

from __future__ import annotations

import re

import pytest

from newsevents.model import Actor, Mention


def build_actors(text: str, triples: list[tuple[str, str, str]]) -> list[Actor]:
    """One actor per triple, with a mention at every whole-word occurrence of the surface form."""
    actors = []
    for n, (surface, code, kind) in enumerate(triples, 1):
        mentions = [Mention(text=surface, start=m.start(), end=m.end())
                    for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text)]
        actors.append(Actor(id=f"A{n}", article_id="t", name=surface, kind=kind, code=code, mentions=mentions))
    return actors


@pytest.fixture
def make_actors():
    """The :func:`build_actors` helper, as a fixture."""
    return build_actors
