"""A denial that names no target takes the accuser the article reported before (events/answers.py).
Texts written for newsevents."""

from __future__ import annotations

import pytest

from newsevents.events import code_events

from .helpers import make_actors, make_article

ACTORS = [("Chad", "TCD"), ("Chadian officials", "TCDGOV"), ("Sudan", "SDN"), ("Niger", "NER"),
          ("Amnesty International", "NGOHRI"), ("rebels", "TCDREB")]


def denial_targets(nlp, text: str) -> list[str | None]:
    events = code_events(nlp(text), make_article(text), make_actors(text, ACTORS), [], [])
    return [e.target_code for e in events if e.cameo == "016"]


@pytest.mark.parametrize("text, expected", [
    # the accuser of the denier's country, reported before
    ("Sudan accused Chad of arming the rebels on Monday. Chad denied the charge on Tuesday.", ["SDN"]),
    # an accusation of the denier's government counts for the country, and a group may accuse too
    ("Amnesty International accused Chadian officials of torturing detainees. Chadian officials rejected "
     "the accusations.", ["NGOHRI"]),
    # the nearest accuser wins
    ("Niger accused Chad of closing the border. Sudan also accused Chad of arming the rebels. Chad denied "
     "the claims.", ["SDN"]),
    # an accusation aimed at another party is no accusation of the denier
    ("Sudan accused Niger of arming the rebels. Chad denied the charge.", [None]),
    # an accusation reported only after the denial is not the one it answers
    ("Chad denied the charge on Tuesday. Later, Sudan accused Chad of arming the rebels.", [None]),
    # a denial with its own target keeps it
    ("Sudan accused Chad of arming the rebels. Chad denied Niger's claims.", ["NER"]),
])
def test_a_denial_answers_the_accuser(nlp, text, expected):
    assert denial_targets(nlp, text) == expected
