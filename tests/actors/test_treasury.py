"""A state's treasury is a body of its government (roles.yaml actor_nouns), coded with the country of its own
words or the story's, as "the interior ministry" is.

The sentences are written for these tests; none is taken from a gold, benchmark or news article.
"""

from __future__ import annotations

import pytest

from .test_shared_roles import _code_of

pytestmark = pytest.mark.slow

_STORY = "Norway has condemned the coup in Bolivia. Norwegian officials met on Monday in Oslo. "


@pytest.mark.parametrize("text, mention, code", [
    # a state's treasury is a body of its government, of its own country word or the story's
    ("Norway's Treasury fined the shipping firm on Monday.", "Norway's Treasury", "NORGOV"),
    ("The Norwegian Treasury fined the shipping firm on Monday.", "The Norwegian Treasury", "NORGOV"),
    ("The Treasury fined the shipping firm on Monday.", "The Treasury", "NORGOV"),
    # control: treasury bonds and yields are no actor
    ("Treasury yields fell on Monday after the vote.", "Treasury", None),
])
def test_a_treasury_is_a_body_of_its_government(nlp, text, mention, code) -> None:
    assert _code_of(nlp, _STORY + text, mention) == code
