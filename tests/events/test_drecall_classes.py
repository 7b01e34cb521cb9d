"""Recall classes from unseen news (session 12, drecall): stones hurled at police, tear gas unleashed on a
crowd, control gained of a town, diplomats thrown out, armed forces defeated. Texts written for newsevents;
each class has a control where the rule must not fire."""

from __future__ import annotations

import pytest

from .helpers import coded_triples

ACTORS = [("Demonstrators", "PERCVL"), ("the riot police", "PERCOP"), ("Riot police", "PERCOP"),
          ("the students", "PEREDU"), ("The rebels", "MLIREB"), ("Gao", "MLIGOV"), ("Warsaw", "POLGOV"),
          ("Belarusian diplomats", "BLRGOV"), ("The Nigerian army", "NGAMIL"), ("Boko Haram fighters", "NGAREB"),
          ("The ruling party", "NGAPTY"), ("the opposition", "NGAOPP")]


def coded(nlp, text: str) -> set[tuple[str | None, str, str | None]]:
    return set(coded_triples(nlp, text, ACTORS))


@pytest.mark.parametrize("text, expected", [
    ("Demonstrators hurled bricks at the riot police near the palace.", ("PERCVL", "145", "PERCOP")),
    ("Riot police unleashed tear gas on the students outside the campus.", ("PERCOP", "175", "PEREDU")),
    ("The rebels gained control of Gao after two days of fighting.", ("MLIREB", "192", "MLIGOV")),
    ("Warsaw threw out three Belarusian diplomats on Friday.", ("POLGOV", "161", "BLRGOV")),
    ("The Nigerian army defeated Boko Haram fighters near the lake.", ("NGAMIL", "190", "NGAREB")),
])
def test_news_wordings_of_known_events(nlp, text, expected):
    assert expected in coded(nlp, text)


@pytest.mark.parametrize("text, code", [
    # an accusation hurled is a word, not a stone (Phoenix HURL ACCUSATION is 111)
    ("Demonstrators hurled insults at the riot police near the palace.", "145"),
    # a campaign unleashed is no tear gas
    ("Riot police unleashed a campaign against the students outside the campus.", "175"),
    # a party beaten at the polls is no armed side (Phoenix DEFEAT GOVERNMENT/CANDIDATE: no code)
    ("The ruling party defeated the opposition in the vote.", "190"),
])
def test_controls_stay_uncoded(nlp, text, code):
    assert all(c != code for _, c, _ in coded(nlp, text))

