"""A crowd the text does not name as the doer of an act (events/crowds.py): "thousands marched in Mombasa" is
Kenya's people (KENCVL), "hundreds of demonstrators fought police in Chittagong" Bangladesh's protesters
(BGDOPP); a country named only as the other party, or beside another, or no place at all, gives the crowd no
country. Sentences written for newsevents (data/crowds.yaml; format and runner in test_nominals.py)."""

from __future__ import annotations

import pytest

from .suite import Case
from .test_nominals import params, run_case


@pytest.mark.parametrize(("case", "places"), params("crowds.yaml"))
def test_crowd_source(nlp, case: Case, places: list[tuple[str, str]]):
    diff = run_case(nlp, case, places)
    assert diff == "", diff


def test_a_crowds_place_phrase_is_read_once(nlp, monkeypatch):
    """A crowd subject whose place gives no country ("in the capital") asks the place rule
    (sources.location_source) once a match: the crowd rule and the place rule after it share its answer."""
    from newsevents.events import code_events, coder, crowds, matcher
    from newsevents.events.sources import location_source

    from .helpers import make_article

    calls = {"place": 0, "match": 0}

    def counted_place(*args, **kwargs):
        calls["place"] += 1
        return location_source(*args, **kwargs)

    def counted_match(*args, **kwargs):
        calls["match"] += 1
        return matcher.match(*args, **kwargs)

    for module in (matcher, crowds):  # wherever the rules look the function up
        monkeypatch.setattr(module, "location_source", counted_place, raising=False)
    monkeypatch.setattr(coder, "match", counted_match)
    text = "Thousands of protesters marched in the capital on Monday."
    code_events(nlp(text), make_article(text), [], [], [])
    assert calls["match"] and calls["place"] == calls["match"], calls
