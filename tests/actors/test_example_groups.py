"""'militant groups such as al-Shabaab', 'armed groups including Boko Haram': the plural stands for the one named
group it gives as example (backrefs._example_groups)."""

from __future__ import annotations

import pytest

from newsevents.actors import resolve_actors
from newsevents.model import Actor, Article

pytestmark = pytest.mark.slow


def _actor_of(nlp, text: str, mention: str) -> Actor | None:
    actors = resolve_actors(nlp(text), Article(id="t", text=text, published="2024-03-01"))
    return next((a for a in actors if any(m.text == mention for m in a.mentions)), None)


@pytest.mark.parametrize("text, mention, group", [
    ("Armed groups including Boko Haram raided three villages in Borno last week.", "Armed groups", "Boko Haram"),
    ("Militant groups such as al-Shabaab have ambushed convoys on that road.", "Militant groups", "al-Shabaab"),
])
def test_plural_with_one_named_example_is_that_group(nlp, text, mention, group):
    actor = _actor_of(nlp, text, mention)
    assert actor is not None and any(m.text == group for m in actor.mentions)


@pytest.mark.parametrize("text, mention", [
    # two named examples: the plural is neither one
    ("Armed groups including Boko Haram and al-Shabaab recruit children, the report said.", "Armed groups"),
    # the example is a country, not a group
    ("Militant groups such as those in Nigeria recruit children, the report said.", "Militant groups"),
])
def test_plural_with_no_single_named_group_is_left_alone(nlp, text, mention):
    assert _actor_of(nlp, text, mention) is None
