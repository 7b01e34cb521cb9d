"""A report's own weekday: "said on Friday it would ..." dates the report, not what it announces.

Sentences written for this project; 2019-11-19 is a Tuesday. The time of these sentences stands after
the reporting verb and before the reported clause's subject (no "that" between), where the parser may
hang it on the reported clause; its tense must be the report's (a past day), not the future of "would".
"""

from __future__ import annotations

import pytest

from newsevents.model import Article
from newsevents.periods import period_of
from newsevents.times import extract_times


def _times(nlp, text: str, published: str = "2019-11-19") -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in extract_times(nlp(text), Article(id="t", text=text, published=published))]


@pytest.mark.parametrize("text, exp", [
    # the report's day: the nearest past Friday
    ("Egypt said on Friday it would condemn the decision.", "2019-11-15"),
    ("Officials said Friday they would meet again.", "2019-11-15"),
    ("The minister said on Friday that the army would withdraw.", "2019-11-15"),
    ("The rebels announced on Friday they would release the hostages.", "2019-11-15"),
    ("Russia said on Friday it had shot down a drone.", "2019-11-15"),
    # the announced act's day, after "that" or after the reported subject: the nearest future Friday
    ("The minister said that on Friday the army would withdraw.", "2019-11-22"),
    ("The minister said the army would withdraw on Friday.", "2019-11-22"),
    ("The unions said they would strike on Friday.", "2019-11-22"),
])
def test_a_reports_own_weekday_takes_the_reports_tense(nlp, text: str, exp: str) -> None:
    assert _times(nlp, text) == [("Friday", exp)]


def test_times_carry_their_period(nlp) -> None:
    text = "Police arrested 30 people last week, and the trial opens in December."
    found = extract_times(nlp(text), Article(id="t", text=text, published="2019-11-19"))
    assert [(t.value, t.date_start, t.date_end, t.date_precision) for t in found] == [
        ("2019-W46", "2019-11-11", "2019-11-17", "week"), ("2019-12", "2019-12-01", "2019-12-31", "month")]
    assert all(period_of(t.value) is not None for t in found)
