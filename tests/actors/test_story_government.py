"""The state a bare "the government" is (actors/context.py): the government that summons another state's envoy
is not the envoy's state, though that state leads the story.

The sentences are written for these tests; none is taken from a gold, benchmark or news article.
"""

from __future__ import annotations

import pytest

from .test_shared_roles import _code_of

pytestmark = pytest.mark.slow

_STORY = ("Uganda has rejected Kenya's claims over the island. Ugandan officials said Ugandan police would stay on "
          "the island despite Kenyan protests, and Uganda's president backed them. ")


@pytest.mark.parametrize("last, code", [
    # the government that summons another state's envoy is the other state's, though the envoy's leads the story
    ("The government summoned Ugandan Ambassador Peter Okello on Tuesday, officials said.", "KENGOV"),
    # controls: a government acting on its own people, or on an envoy of no written country, stays the story's
    ("The government arrested Ugandan activists on Tuesday, officials said.", "UGAGOV"),
    ("The government praised the ambassador on Tuesday, officials said.", "UGAGOV"),
])
def test_a_bare_government_is_not_the_state_of_the_envoy_it_deals_with(nlp, last, code) -> None:
    assert _code_of(nlp, _STORY + last, "The government") == code
