"""Unnamed actors a careful coder reads: a state's treasury, a body of its government (roles.yaml actor_nouns), coded
with the country of its own words or the story's, as "the interior ministry" is; a count standing alone for people as
an act's object ("police arrested dozens"), civilians of the one country its clause names (actors/phrases.py,
``crowd_count_nouns``); a person titled "Minister for <portfolio>", titled as "Minister of <portfolio>" is
(actors/roles.py, ``portfolio_prepositions``).

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
    # a count alone as an act's object is civilians of the one country its clause names
    ("Norwegian police arrested dozens in Bergen on Tuesday.", "dozens", "NORCVL"),
    ("The police detained hundreds outside the Norwegian parliament.", "hundreds", "NORCVL"),
    # controls: a count of a noun written with it, money, and a count as the subject are left to other rules
    ("Norwegian police seized dozens of rifles in Bergen.", "dozens", None),
    ("The Norwegian government spent millions on the police.", "millions", None),
    ("Dozens gathered outside the Norwegian parliament.", "Dozens", None),
    # control: two countries in the clause (whose people they are is unclear), and none (the story's country may
    # be the attacker's)
    ("Norwegian police arrested dozens in Stockholm on Tuesday.", "dozens", None),
    ("The police arrested dozens on Tuesday.", "dozens", None),
    # "Minister for X" is a title as "Minister of X" is: the person is the story's state official
    ("Minister for Fisheries Kari Dahl fined the shipping firm.", "Minister for Fisheries Kari Dahl", "NORGOV"),
    ("Minister for Home Affairs Kari Dahl fined the shipping firm.", "Kari Dahl", "NORGOV"),
    # control: "for" after a verb is no part of a title
    ("Norwegian voters voted for Kari Dahl on Monday.", "voted for Kari Dahl", None),
])
def test_an_actor_named_by_its_kind_is_read_as_a_careful_coder_reads_it(nlp, text, mention, code) -> None:
    assert _code_of(nlp, _STORY + text, mention) == code
