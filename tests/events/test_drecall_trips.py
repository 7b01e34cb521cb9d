"""A meeting that a trip was made for (session 12, drecall): "flew to Y to meet Z" reports the meeting,
with the trip's own mode; a trip made for another purpose stays what was meant. Texts written for
newsevents."""

from __future__ import annotations

import pytest

from .helpers import coded_triples

ACTORS = [("The Chilean envoy", "CHLGOV"), ("Peruvian officials", "PERGOV"), ("Peru", "PERGOV")]


def codes(nlp, text: str) -> set[tuple[str | None, str, str | None]]:
    return set(coded_triples(nlp, text, ACTORS))


@pytest.mark.parametrize("text", [
    "The Chilean envoy flew to Lima on Monday to meet Peruvian officials.",
    "The Chilean envoy arrived in Lima on Tuesday to hold talks with Peruvian officials.",
])
def test_a_trip_for_a_meeting_reports_the_meeting(nlp, text):
    assert ("CHLGOV", "040", "PERGOV") in codes(nlp, text)


@pytest.mark.parametrize("text, code", [
    # a trip made to attack is what was meant, not done
    ("The Chilean envoy flew to Lima on Monday to attack Peruvian officials.", "190"),
    # "will fly to Y to meet Z": the meeting has the trip's future, never a meeting held
    ("The Chilean envoy will fly to Lima next week to meet Peruvian officials.", "040"),
])
def test_other_purposes_and_trips_to_come_are_no_meeting(nlp, text, code):
    assert all(c != code for _, c, _ in codes(nlp, text))
