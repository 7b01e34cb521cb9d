"""Recall classes of reduced relations, coercion and verbal conflict (CAMEO 10-17) from unseen news
(session 14, recall5). Texts written for newsevents; each class has a control where the rule must not fire."""

from __future__ import annotations

import pytest

from .helpers import coded_triples

ACTORS = [("Colombian rebels", "COLREB"), ("the Colombian government", "COLGOV"),
          ("The Syrian opposition", "SYROPP"), ("the Syrian government", "SYRGOV")]
# (the parser hangs "of" of "walked out of", "pulled out of" on "out": matcher reads it as the verb's)


def coded(nlp, text: str) -> set[tuple[str | None, str, str | None]]:
    return set(coded_triples(nlp, text, ACTORS))


@pytest.mark.parametrize("text, expected", [
    # a side that leaves talks halts them (164): the other side of the talks is the target
    ("Colombian rebels withdrew from the negotiations with the Colombian government.", ("COLREB", "164", "COLGOV")),
    ("The Syrian opposition quit the talks with the Syrian government on Monday.", ("SYROPP", "164", "SYRGOV")),
    ("The Syrian opposition abandoned the dialogue with the Syrian government.", ("SYROPP", "164", "SYRGOV")),
    ("Colombian rebels walked out of the talks with the Colombian government.", ("COLREB", "164", "COLGOV")),
    ("Colombian rebels pulled out of peace talks with the Colombian government.", ("COLREB", "164", "COLGOV")),
    ("The Syrian opposition walked away from the negotiations with the Syrian government.",
     ("SYROPP", "164", "SYRGOV")),
])
def test_news_wordings_of_known_events(nlp, text, expected):
    assert expected in coded(nlp, text)


@pytest.mark.parametrize("text, code", [
    # leaving a town while talks go on halts no talks
    ("Colombian rebels withdrew from the village during talks with the Colombian government.", "164"),
    ("Colombian rebels pulled out of the town after talks with the Colombian government.", "164"),
])
def test_controls_stay_uncoded(nlp, text, code):
    assert all(c != code for _, c, _ in coded(nlp, text))
