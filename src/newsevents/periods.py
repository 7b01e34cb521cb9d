"""The typed date model: a date value as the period of days it covers, and the one date parameter type.

Why: the text values of dates mix granularities (``2019``, ``2019-11``, ``2019-W46``, ``2019-11-20``),
and compared as text they order and filter wrongly (``2019-W46`` sorts after every November day).
Every event, time and count therefore also stores the first and last day of its period
(``date_start``, ``date_end``, ISO ``YYYY-MM-DD``, so text order is date order) and its precision
(``day``, ``week``, ``month``, ``year``). A season (``2019-SU``) is stored as its three months
(precision ``month``), a decade (``199``, the 1990s) as its ten years (precision ``year``).

Filters have one meaning everywhere (CLI, API, dashboard, export): ``since X`` keeps a period that
overlaps X or anything later (``date_end >= X's first day``); ``until X`` keeps a period that overlaps
X or anything earlier (``date_start <= X's last day``). A user's date is an ISO day (``2019-11-20``),
week (``2019-W47``), month (``2019-11``) or year (``2019``); anything else is refused with one line.
Nothing here imports another module of the package but the model (for the precision vocabulary) and
the errors (its message table).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, TypedDict

from .errors import DateParamError, Errors
from .model import Precision

__all__ = [
    "DateParamError", "Period", "PeriodFields", "check_range", "fill_periods", "fill_result_periods",
    "parse_date_param", "period_fields", "period_of",
]

PRECISIONS: tuple[Precision, ...] = ("day", "week", "month", "year")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_DECADE = re.compile(r"^(\d{3})$")
# the first month of each TimeML season code (a winter is filed under the year it begins in)
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass(frozen=True)
class Period:
    """The days a date value covers, both ends inclusive, and how precise the value is."""

    start: date
    end: date
    precision: Precision

    def fields(self) -> PeriodFields:
        """The three stored columns."""
        return {"date_start": self.start.isoformat(), "date_end": self.end.isoformat(),
                "date_precision": self.precision}


class PeriodFields(TypedDict):
    """The stored period columns of an event, time or count; all None for a value with no period."""

    date_start: str | None
    date_end: str | None
    date_precision: Precision | None


def _month_end(year: int, month: int) -> date:
    first_next = date(year + month // 12, month % 12 + 1, 1)
    return first_next - timedelta(days=1)


def period_of(value: str | None) -> Period | None:
    """The period of a stored date value (an ISO day, week, month, year, season or decade; a
    timestamp counts as its day); None for anything else (``--10-16``, ``FUTURE_REF``, None)."""
    if not value:
        return None
    text = value.strip()
    try:
        if len(text) > 10 and _DAY.match(text[:10]) and text[10] in "T ":
            text = text[:10]
        if m := _DAY.match(text):
            day = date(int(m[1]), int(m[2]), int(m[3]))
            return Period(day, day, "day")
        if m := _WEEK.match(text):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return Period(monday, monday + timedelta(days=6), "week")
        if m := _MONTH.match(text):
            year, month = int(m[1]), int(m[2])
            return Period(date(year, month, 1), _month_end(year, month), "month")
        if m := _YEAR.match(text):
            return Period(date(int(m[1]), 1, 1), date(int(m[1]), 12, 31), "year")
        if m := _SEASON.match(text):
            year, first = int(m[1]), _SEASON_START[m[2]]
            last = first + 2
            end = _month_end(year + (last - 1) // 12, (last - 1) % 12 + 1)
            return Period(date(year, first, 1), end, "month")
        if m := _DECADE.match(text):
            decade = int(m[1]) * 10
            return Period(date(decade, 1, 1), date(decade + 9, 12, 31), "year")
    except ValueError:  # 2019-02-30, week 54, month 13
        return None
    return None


def period_fields(value: str | None) -> PeriodFields:
    """``date_start``, ``date_end`` and ``date_precision`` of a value (all None when it has no period)."""
    period = period_of(value)
    return period.fields() if period else {"date_start": None, "date_end": None, "date_precision": None}


def parse_date_param(text: str, name: str = "date") -> Period:
    """A user's date (``--since``, ``?until=``) as a period.

    Raises:
        DateParamError: ``text`` is not an ISO day (YYYY-MM-DD), week (YYYY-Www), month (YYYY-MM)
            or year (YYYY), or names no real day ("2019-02-30").
    """
    raw = (text or "").strip()
    shown = raw if len(raw) <= 40 else raw[:39] + "…"
    if not any(p.match(raw) for p in (_DAY, _WEEK, _MONTH, _YEAR)):
        raise DateParamError(Errors.E181.format(name=name, shown=shown))
    period = period_of(raw)
    if period is None or period.start.year < 1:
        raise DateParamError(Errors.E182.format(name=name, shown=shown))
    return period


def check_range(since: Period | None, until: Period | None) -> None:
    """Refuse a range that nothing can match: ``since`` begins after ``until`` ends.

    Raises:
        DateParamError: since is later than until.
    """
    if since is not None and until is not None and since.start > until.end:
        raise DateParamError(Errors.E183)


def fill_periods(items: Any, value_field: str = "date") -> None:
    """Set the period fields of every item from its text value (``date`` of events and counts,
    ``value`` of times), so a stage need only set the value."""
    for item in items:
        for key, val in period_fields(getattr(item, value_field, None)).items():
            setattr(item, key, val)


def fill_result_periods(result: Any) -> None:
    """Date every count that has no date and set the period fields of the result's events, times
    and counts (an ``ArticleResult``). A count attached to an event takes that event's date (none for
    a background event); a count on its own is a figure as of the article's publication day. A
    historical or hypothetical count keeps the date its own clause gave it, or none."""
    published = (result.article.published or "")[:10] or None
    by_event = {ev.id: ev.date for ev in result.events}
    for count in result.counts:
        if count.date is None and getattr(count, "status", "current") == "current":  # not a flagged figure
            if count.event_id in by_event:
                count.date = by_event[count.event_id]
            elif period_of(published):
                count.date = published
    fill_periods(result.events)
    fill_periods(result.counts)
    fill_periods(result.times, "value")
