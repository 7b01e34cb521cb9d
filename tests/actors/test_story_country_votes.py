"""The story's country for a bare role noun (actors/context.py) when the article names two countries as often
as each other: the tie goes to the country named first in the text (a story's lead names its subject), not to
whichever kind of word (a name before a demonym) was counted first; people counted over many countries ("40
people in 11 countries") take no story country at all.

The sentences are written for these tests; none is taken from a gold, benchmark or news article.
"""

from __future__ import annotations

import pytest

from .test_shared_roles import _code_of

pytestmark = pytest.mark.slow

# Chad first named by its demonym, then Sudan by name, each twice; "the rebels" is in a clause naming neither
_TIED = ("Chadian troops crossed the border on Monday. Chadian officials said Sudan had been warned and Sudan "
         "had not answered. Later the rebels burned a market, a witness said.")
# control: Sudan named three times, Chad twice: Sudan leads the story though named later
_LED = ("Chadian troops crossed the border on Monday. Chadian officials said Sudan had been warned and Sudan "
        "had not answered. Sudan sent more troops. Later the rebels burned a market, a witness said.")


@pytest.mark.parametrize("text, code", [
    (_TIED, "TCDREB"),
    (_LED, "SDNREB"),
])
def test_a_tie_of_countries_goes_to_the_one_named_first(nlp, text, code) -> None:
    assert _code_of(nlp, text, "the rebels") == code


_STORY = "Canada said on Monday it would act. Canadian officials met in Ottawa. "


@pytest.mark.parametrize("last, code", [
    # people counted over many countries are of no one country: no actor, not the story's country
    ("Canada banned 52 people in 9 countries from entering, officials said.", None),
    ("Canada deported 300 people from several nations, officials said.", None),
    # controls: people of no such count take the story's country; "states" are a country's own
    ("Canada banned 52 people in 9 provinces from travelling, officials said.", "CANCVL"),
])
def test_people_counted_over_many_countries_get_no_story_country(nlp, last, code) -> None:
    mention = next(w for w in ("52 people", "300 people") if w in last)
    assert _code_of(nlp, _STORY + last, mention) == code
