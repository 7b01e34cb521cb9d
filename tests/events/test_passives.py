"""Agentless passives ("two officers were charged Tuesday"): the source stays empty unless a rule
of events/inferred_sides.py names it (an authority the sentence names, a place in the target's country).
Sentences written for newsevents (data/passives.yaml; format and runner in test_nominals.py)."""

from __future__ import annotations

import pytest

from .suite import Case
from .test_nominals import params, run_case


@pytest.mark.parametrize(("case", "places"), params("passives.yaml"))
def test_passive(nlp, case: Case, places: list[tuple[str, str]]):
    diff = run_case(nlp, case, places)
    assert diff == "", diff


def test_no_source_is_never_asserted_with_high_confidence(nlp):
    """An event with an empty source is kept, but below every confidence a user would trust."""
    from newsevents.events import code_events

    from .helpers import make_actors, make_article

    text = "The two guards were charged on Monday and the warden was arrested in May."
    actors = make_actors(text, [("two guards", "USACOP"), ("warden", "USAGOV")])
    events = code_events(nlp(text), make_article(text), actors, [], [])
    assert events and all(e.source_code is None for e in events)
    assert max(e.confidence for e in events) < 0.5


@pytest.mark.parametrize("text, expected", [
    ("Two Ugandan diplomats were expelled from Kenya on Friday.", ("KEN", "161", "UGAGOV")),
    ("Hundreds of Ugandan migrants were deported from Kenya last week.", ("KEN", "174", "UGACVL")),
])
def test_expelled_from_a_country_is_that_countrys_act(nlp, text, expected):
    """The state in an expulsion's "from" phrase is the one that expels (inferred_sides.expelling_state)."""
    from .helpers import coded_triples

    found = coded_triples(nlp, text, [("Ugandan diplomats", "UGAGOV"), ("Ugandan migrants", "UGACVL"),
                                      ("Kenya", "KEN")])
    assert expected in found, found
