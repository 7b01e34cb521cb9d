"""The period a date value covers, so exports can carry real date columns.

Event and count dates are written as precisely as the article gives them: a day (``2019-11-17``),
an ISO week (``2019-W46``), a month (``2019-11``), a year (``2019``), a decade (``199``, the
1990s, as the times stage writes it). An analyst's tools need dates, so each value becomes the
first and last day it covers and the precision; a value with no year (``--10-16``) or one we do
not read gives no period, never a guessed one.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["Period", "as_date", "period"]

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")


@dataclass(frozen=True)
class Period:
    """The first and last day a date value covers, and its precision (day, week, month, year, decade)."""

    start: date
    end: date
    precision: str


def period(value: str | None) -> Period | None:
    """The :class:`Period` of an ISO-style date value, or None when it has no year or is not read.

    >>> period("2019-W46")
    Period(start=datetime.date(2019, 11, 11), end=datetime.date(2019, 11, 17), precision='week')
    >>> period("--10-16") is None
    True
    """
    text = (value or "").strip()
    try:
        if m := _DAY.match(text):
            day = date(int(m[1]), int(m[2]), int(m[3]))
            return Period(day, day, "day")
        if m := _WEEK.match(text):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return Period(monday, monday + timedelta(days=6), "week")
        if m := _MONTH.match(text):
            year, month = int(m[1]), int(m[2])
            return Period(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), "month")
        if m := _YEAR.match(text):
            return Period(date(int(m[1]), 1, 1), date(int(m[1]), 12, 31), "year")
        if m := _DECADE.match(text):
            first = int(m[1]) * 10
            return Period(date(max(first, 1), 1, 1), date(first + 9, 12, 31), "decade")
    except ValueError:  # month 13, week 60, day 31 of a short month: not a date
        return None
    return None


def as_date(value: object) -> date | None:
    """A stored date column's value (``2019-11-17`` text, or a date) as a date; None otherwise."""
    if isinstance(value, date):
        return value
    if isinstance(value, str) and (m := _DAY.match(value.strip())):
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    return None
