"""Time expressions: the normaliser on its own (fast), then extraction through spaCy."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsevents.model import Article
from newsevents.times import extract_times, normalise, parse_anchor

ANCHOR = date(2019, 11, 19)  # a Tuesday
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


@pytest.mark.parametrize("text, direction, exp", [
    ("October 7", 0, ("2019-10-07", "day")),
    ("Oct. 25, 2019", 0, ("2019-10-25", "day")),
    ("September 11, 2001", 0, ("2001-09-11", "day")),
    ("25 October 2019", 0, ("2019-10-25", "day")),
    ("August 2016", 0, ("2016-08", "month")),
    ("January 2017", 0, ("2017-01", "month")),
    ("2010", 0, ("2010", "year")),
    ("2023-10-16", 0, ("2023-10-16", "day")),
    ("Feb. 14", 1, ("2020-02-14", "day")),
    ("March 21", -1, ("2019-03-21", "day")),
    ("March", -1, ("2019-03", "month")),
    ("early January", 0, ("2020-01", "month")),
    ("June", -1, ("2019-06", "month")),
    ("Tuesday", 0, ("2019-11-19", "day")),
    ("Monday", -1, ("2019-11-18", "day")),
    ("Wednesday", -1, ("2019-11-13", "day")),
    ("Wednesday", 1, ("2019-11-20", "day")),
    ("last Tuesday", 0, ("2019-11-12", "day")),
    ("next Friday", 0, ("2019-11-22", "day")),
    ("yesterday", 0, ("2019-11-18", "day")),
    ("today", 0, ("2019-11-19", "day")),
    ("tomorrow", 0, ("2019-11-20", "day")),
    ("last night", 0, ("2019-11-18", "day")),
    ("last week", 0, ("2019-W46", "week")),
    ("this week", 0, ("2019-W47", "week")),
    ("next week", 0, ("2019-W48", "week")),
    ("this month", 0, ("2019-11", "month")),
    ("earlier this month", 0, ("2019-11", "month")),
    ("last month", 0, ("2019-10", "month")),
    ("next month", 0, ("2019-12", "month")),
    ("this year", 0, ("2019", "year")),
    ("last year", 0, ("2018", "year")),
    ("next year", 0, ("2020", "year")),
    ("in the coming weeks", 0, ("FUTURE_REF", "ref")),
    ("Feb. 30", 0, None),
    ("18 years", 0, None),
])
def test_normalise_with_publication_date(text, direction, exp):
    assert normalise(text, ANCHOR, direction) == exp


@pytest.mark.parametrize("text, exp", [
    ("October 16", ("--10-16", "day")),
    ("June", ("--06", "month")),
    ("Oct. 25, 2019", ("2019-10-25", "day")),
    ("2010", ("2010", "year")),
    ("Tuesday", None),
    ("yesterday", None),
    ("last week", None),
])
def test_normalise_never_invents_a_year(text, exp):
    assert normalise(text, None) == exp


def test_anaphoric_year_follows_the_last_year_named():
    assert normalise("The next year", ANCHOR, last_year=2016) == ("2017", "year")
    assert normalise("the previous year", ANCHOR, last_year=2016) == ("2015", "year")
    assert normalise("the next year", ANCHOR) is None


@pytest.mark.parametrize("published, exp", [
    ("2023-10-16", date(2023, 10, 16)), ("2023-10-16T08:00:00Z", date(2023, 10, 16)), (None, None), ("soon", None),
])
def test_parse_anchor(published, exp):
    assert parse_anchor(published) == exp


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
def test_full_dates_round_trip(day):
    text = f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    assert normalise(text, ANCHOR) == (day.isoformat(), "day")


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)), st.integers(1, 12), st.integers(1, 28),
       st.sampled_from([-1, 0, 1]))
def test_month_day_lands_within_a_year_of_the_anchor_in_the_pointed_direction(anchor, month, day, direction):
    value, granularity = normalise(f"{MONTHS[month - 1]} {day}", anchor, direction)
    found = date.fromisoformat(value)
    assert granularity == "day" and (found.month, found.day) == (month, day)
    assert abs((found - anchor).days) <= 366
    if direction < 0:
        assert found <= anchor
    if direction > 0:
        assert found >= anchor


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)), st.integers(0, 6))
def test_weekday_in_a_past_sentence_is_within_the_last_week(anchor, weekday):
    name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][weekday]
    found = date.fromisoformat(normalise(name, anchor, -1)[0])
    assert found.weekday() == weekday and timedelta(0) <= anchor - found < timedelta(days=7)


def _times(nlp, text, published="2019-11-19"):
    return [(t.text, t.value) for t in extract_times(nlp(text), Article(id="t", text=text, published=published))]


@pytest.mark.parametrize("text, published, exp", [
    ("Earlier on October 16, Ushakov reported that Putin plans a call.", "2023-10-16", [("October 16", "2023-10-16")]),
    ("The conflict began on October 7 with an attack.", "2023-10-16", [("October 7", "2023-10-07")]),
    ("Sentencing is scheduled for Feb. 14.", "2019-11-19", [("Feb. 14", "2020-02-14")]),
    ("He was arrested in April for the March 21 call.", "2019-11-19",
     [("April", "2019-04"), ("March 21", "2019-03-21")]),
    ("A man pleaded guilty Monday to threatening to kill her in March, prosecutors said.", "2019-11-19",
     [("Monday", "2019-11-18"), ("March", "2019-03")]),
    ("The session starts in early January.", "2019-11-19", [("early January", "2020-01")]),
    ("He was convicted in 1998.", "2019-11-19", [("1998", "1998")]),
    ("Israel seized the territories in the 1967 war.", "2019-11-20", [("1967", "1967")]),
    ("The talks may resume soon, officials said.", "2019-11-19", []),
    ("More than 2,000 people marched.", "2019-11-19", []),
    ("Protesters will march on Friday.", "2019-11-19", [("Friday", "2019-11-22")]),
    ("The meeting took place on October 16.", None, [("October 16", "--10-16")]),
    ("Officials met yesterday.", None, []),
])
def test_extract_times(nlp, text, published, exp):
    assert _times(nlp, text, published) == exp


@pytest.mark.parametrize("text, exp", [
    # past tense: the nearest past day (2019-11-19 is a Tuesday)
    ("Rebels ambushed a convoy on Saturday.", "2019-11-16"),
    ("The governor was impeached on Saturday.", "2019-11-16"),
    ("The militia has held the port since Saturday.", "2019-11-16"),
    ("The ministry says the ambush on Saturday killed four soldiers.", "2019-11-16"),
    ("The envoy would have arrived on Saturday but for the storm.", "2019-11-16"),
    # future: the nearest future day
    ("Union leaders said they would strike on Saturday.", "2019-11-23"),
    ("The cabinet announced that it would vote on the budget on Saturday.", "2019-11-23"),
    ("The foreign ministers are to meet in Oslo on Saturday.", "2019-11-23"),
    # the body's simple present is a schedule ...
    ("The negotiations resume in Doha on Saturday.", "2019-11-23"),
    ("Voters elect a new parliament on Saturday.", "2019-11-23"),
])
def test_weekday_follows_the_tense(nlp, text, exp):
    assert _times(nlp, text) == [("Saturday", exp)]


def test_a_headline_present_is_past(nlp):
    """... but a headline's present reports what happened ("Rebels ambush convoy on Saturday")."""
    text = "Rebels ambush army convoy on Saturday\n\nThe attack killed four soldiers, the army said."
    article = Article(id="t", text=text, title="Rebels ambush army convoy on Saturday", published="2019-11-19")
    assert [(t.text, t.value) for t in extract_times(nlp(text), article)] == [("Saturday", "2019-11-16")]


def test_example_article_dates(nlp, example_article_text):
    found = dict(_times(nlp, example_article_text, "2023-10-16"))
    assert found["October 16"] == "2023-10-16" and found["October 7"] == "2023-10-07"


# Relative expressions in sentences of our own (not from any gold article), published on a Thursday.
PUB = "2021-03-18"


@pytest.mark.parametrize("text, exp", [
    ("The minister resigned on Tuesday.", [("Tuesday", "2021-03-16")]),
    ("Rebels shelled the town yesterday.", [("yesterday", "2021-03-17")]),
    ("The two sides met last week in Geneva.", [("last week", "2021-W10")]),
    ("Protests began earlier this month.", [("earlier this month", "2021-03")]),
    ("Elections will be held next month.", [("next month", "2021-04")]),
    ("Fighting has displaced thousands this year.", [("this year", "2021")]),
    ("The treaty was signed in 2010.", [("2010", "2010")]),
    ("He was detained on Oct. 25, 2019, in the capital.", [("Oct. 25, 2019", "2019-10-25")]),
    ("The conflict dates back to the 1990s.", [("1990s", "199")]),
    ("The 1967 war ended in six days.", [("1967", "1967")]),
    ("The dam burst in April last year.", [("April last year", "2020-04")]),
    ("Talks stalled last spring.", [("last spring", "2020-SP")]),
    ("The convoy left two days ago.", [("two days ago", "2021-03-16")]),
    ("The summer of 2019 was calm.", [("summer of 2019", "2019-SU")]),
    ("Prices fall in winter.", []),
    ("“Today we start again,” she told reporters on Wednesday.", [("Wednesday", "2021-03-17")]),
])
def test_relative_expressions_in_sentences(nlp, text, exp):
    found = extract_times(nlp(text), Article(id="t", text=text, published=PUB))
    assert [(t.text.removeprefix("The ").removeprefix("the "), t.value) for t in found] == exp


@pytest.mark.parametrize("text, anchor, exp", [
    ("two days ago", date(2021, 3, 18), ("2021-03-16", "day")),
    ("a week ago", date(2021, 3, 18), ("2021-W10", "week")),
    ("three years ago", date(2021, 3, 18), ("2018", "year")),
    ("two days ago", None, None),
    ("last spring", date(2021, 6, 20), ("2021-SP", "season")),
    ("last winter", date(2021, 1, 10), ("2019-WI", "season")),
    ("this winter", date(2021, 1, 10), ("2020-WI", "season")),
    ("next spring", date(2021, 3, 18), ("2022-SP", "season")),
    ("fall 2010", date(2021, 3, 18), ("2010-FA", "season")),
    ("September this year", date(2021, 3, 18), ("2021-09", "month")),
    ("April last year", None, None),
])
def test_seasons_and_months_of_relative_years(text, anchor, exp):
    assert normalise(text, anchor) == exp
