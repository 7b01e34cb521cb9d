"""The ISO 8601 value of one matched time expression: absolute dates as written, and dates relative to
the publication date (the anchor) in the direction the sentence points (see :mod:`times.tense`)."""

from __future__ import annotations

import logging
import re
from datetime import date, timedelta
from typing import Any

from .calendar import Calendar, load_calendar

LOGGER = logging.getLogger(__name__)
_LEADING_DIGITS = re.compile(r"\d+")


def parse_anchor(published: str | None) -> date | None:
    """The publication date of an ISO 8601 string (a timestamp keeps its date part), or None."""
    if not published:
        return None
    try:
        return date.fromisoformat(published.strip()[:10])
    except ValueError:
        LOGGER.debug("publication date %r is not ISO 8601; relative times are not resolved", published)
        return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _pick(candidates: list[Any], anchor: Any, direction: int, distance: Any) -> Any:
    """The candidate the sentence points at: the last on/before, the first on/after, or the nearest."""
    if direction < 0:
        before = [c for c in candidates if c <= anchor]
        return max(before) if before else None
    if direction > 0:
        after = [c for c in candidates if c >= anchor]
        return min(after) if after else None
    return min(candidates, key=lambda c: (distance(c), c > anchor))


def _month_day(month: int, day: int, anchor: date | None, direction: int) -> tuple[str, str] | None:
    if anchor is None:
        return (f"--{month:02d}-{day:02d}", "day") if _safe_date(2000, month, day) else None
    cands = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := _safe_date(y, month, day))]
    chosen = _pick(cands, anchor, direction, lambda c: abs((c - anchor).days)) if cands else None
    return (chosen.isoformat(), "day") if chosen else None


def _month_only(month: int, anchor: date | None, direction: int) -> tuple[str, str] | None:
    if anchor is None:
        return f"--{month:02d}", "month"
    here = anchor.year * 12 + anchor.month - 1
    cands = [y * 12 + month - 1 for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    chosen = _pick(cands, here, direction, lambda c: abs(c - here))
    return (f"{chosen // 12}-{chosen % 12 + 1:02d}", "month") if chosen is not None else None


def _weekday(weekday: int, anchor: date | None, direction: int, shift: int | None) -> tuple[str, str] | None:
    """The date of a weekday; ``shift`` is its modifier's (-1 "last", +1 "next", 0 "this", None: none)."""
    if anchor is None:
        return None
    back = (anchor.weekday() - weekday) % 7
    if shift == -1:
        back = back or 7
    elif shift == 1 or (direction > 0 and shift != -1):
        ahead = (weekday - anchor.weekday()) % 7 or (7 if shift == 1 else 0)
        return (anchor + timedelta(days=ahead)).isoformat(), "day"
    return (anchor - timedelta(days=back)).isoformat(), "day"


def _relative(shift: int, unit: str, anchor: date | None) -> tuple[str, str] | None:
    if anchor is None:
        return None
    if unit == "week":
        year, week, _ = (anchor + timedelta(weeks=shift)).isocalendar()
        return f"{year}-W{week:02d}", "week"
    if unit == "month":
        index = anchor.year * 12 + anchor.month - 1 + shift
        return f"{index // 12}-{index % 12 + 1:02d}", "month"
    return f"{anchor.year + shift}", "year"


def normalise(text: str, anchor: date | None = None, direction: int = 0, *,
              calendar: Calendar | None = None, last_year: int | None = None) -> tuple[str, str] | None:
    """The ISO value and granularity of one time expression, or None when it cannot be resolved.

    Args:
        text: the expression as written ("Oct. 25, 2019", "last week", "Tuesday").
        anchor: the publication date; None keeps only what the text itself gives.
        direction: -1 when the sentence looks back, +1 forward, 0 when unknown (nearest date).
        calendar: the calendar words (default: the shipped file).
        last_year: the last year the article named before this expression ("the next year").
    """
    cal = calendar or load_calendar()
    match = cal.pattern.fullmatch(text.strip())
    return match_value(match, cal, anchor, direction, last_year) if match else None


def _day_number(text: str) -> int:
    """The day a matched day group names ("21st" is 21): the group's pattern always starts with digits."""
    digits = _LEADING_DIGITS.match(text)
    assert digits is not None, f"a day group without digits: {text!r}"
    return int(digits[0])


def match_value(m: re.Match[str], cal: Calendar, anchor: date | None, direction: int,
           last_year: int | None) -> tuple[str, str] | None:
    """The ISO value and granularity of a match of the calendar's pattern (its named groups say which
    kind of expression it is), or None when the anchor it needs is missing or the date does not exist."""
    g = m.groupdict()
    if g["m5"]:  # "April last year"
        shift = cal.grammar.year_modifiers[g["yrel"].lower()]
        return (f"{anchor.year + shift}-{cal.months[g['m5'].lower()]:02d}", "month") if anchor else None
    if g["agon"]:
        n = int(g["agon"]) if g["agon"].isdigit() else cal.ago_numbers[g["agon"].lower()]
        unit = cal.unit_codes[g["agounit"].lower()]
        if unit == "day":
            return ((anchor - timedelta(days=n)).isoformat(), "day") if anchor else None
        return _relative(-n, unit, anchor)
    if g["decade"]:  # "the 1990s": the TimeML decade value
        return g["decade"], "decade"
    if g["s1"] or g["s2"]:
        return _season(cal, g, anchor)
    month = cal.months.get((g["m1"] or g["m2"] or g["m3"] or g["m4"] or "").lower())
    day = _day_number(g["d1"] or g["d2"]) if (g["d1"] or g["d2"]) else None
    year = g["y1"] or g["y2"] or g["y3"]
    if g["iso"]:
        return (g["iso"], "day") if _safe_date(*map(int, g["iso"].split("-"))) else None
    if g["vague"]:
        return cal.vague[re.sub(r"\s+", " ", g["vague"].lower())], "ref"
    if month and day:
        if year:
            found = _safe_date(int(year), month, day)
            return (found.isoformat(), "day") if found else None
        return _month_day(month, day, anchor, direction)
    if month and year:
        return f"{int(year)}-{month:02d}", "month"
    if g["anaph"]:
        word = re.split(r"\s+", g["anaph"].strip())[-2].lower()  # "the next year": the word before the unit
        shift = cal.grammar.anaphora[word]
        yearly = cal.unit_codes.get(g["aunit"].lower()) == "year"
        return (f"{last_year + shift}", "year") if last_year and yearly else None
    if g.get("wd2"):  # "lundi dernier": the modifier after the weekday
        after = cal.grammar.weekday_modifiers_after[re.sub(r"\s+", " ", g["wmod2"].lower())]
        return _weekday(cal.weekdays[g["wd2"].lower()], anchor, direction, after)
    if g["wd"]:
        before = cal.grammar.weekday_modifiers[g["wmod"].lower()] if g["wmod"] else None
        return _weekday(cal.weekdays[g["wd"].lower()], anchor, direction, before)
    if g["deictic"]:
        offset = cal.days[re.sub(r"\s+", " ", g["deictic"].lower())]
        return ((anchor + timedelta(days=offset)).isoformat(), "day") if anchor else None
    if g["rel"]:
        return _relative(cal.modifiers[re.sub(r"\s+", " ", g["rel"].lower())], cal.unit_codes[g["unit"].lower()],
                         anchor)
    if month:
        return _month_only(month, anchor, direction)
    return (g["y4"], "year") if g["y4"] else None


def _season(cal: Calendar, g: dict[str, Any], anchor: date | None) -> tuple[str, str] | None:
    """"the summer of 2019" -> 2019-SU; "last spring" -> the latest spring over before publication,
    "next winter" the first to begin after it, "this fall" the one of the publication year (a
    winter is filed under the year it begins in, as TimeML does)."""
    code, first = cal.seasons[(g["s1"] or g["s2"]).lower()]
    if g["sy"]:
        return f"{int(g['sy'])}-{code}", "season"
    if anchor is None:
        return None
    here = anchor.year * 12 + anchor.month - 1
    starts = {y: y * 12 + first - 1 for y in range(anchor.year - 2, anchor.year + 2)}
    shift = cal.season_modifiers[g["smod"].lower()]
    if shift < 0:
        year = max(y for y, s in starts.items() if s + 3 <= here)
    elif shift > 0:
        year = min(y for y, s in starts.items() if s > here)
    else:  # the season under way, else the one of the publication year
        year = next((y for y, s in starts.items() if s <= here < s + 3), anchor.year)
    return f"{year}-{code}", "season"
