"""First-person plural pronouns inside a quotation whose speaker is a state's official (actors/quoted_we.py).

The sentences are written for these tests; none is taken from a gold, benchmark or news article.
"""

from __future__ import annotations

import pytest

from .test_shared_roles import _code_of

pytestmark = pytest.mark.slow

_STORY = "Norway has condemned the coup in Bolivia. Norwegian officials met on Monday in Oslo. "


@pytest.mark.parametrize("text, code", [
    # an official speaks for the state he serves: "we" in his quotation is his state's government
    ('"We urge the generals to free the ministers," Norwegian Foreign Minister Kari Dahl said.', "NORGOV"),
    ('"We will send two more ships," Norwegian army chief General Odd Berg said.', "NORMIL"),
    # controls: a journalist or a resident speaks for no state; a pronoun outside marks or a speaker by pronoun
    # is left to the pronoun rules
    ('"We saw the soldiers fire on the crowd," a Norwegian journalist said.', None),
    ('"We are afraid of the soldiers," a resident of Oslo said.', None),
    ("Norwegian Foreign Minister Kari Dahl said we would see more talks.", None),
])
def test_we_in_a_quotation_is_the_body_its_official_speaker_serves(nlp, text, code) -> None:
    assert _code_of(nlp, _STORY + text, "We" if text.startswith('"') else "we") == code
