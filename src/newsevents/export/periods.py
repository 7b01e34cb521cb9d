"""Stored date columns as dates, so exports carry real date columns.

The period a date value covers (its first and last day and precision) is the store's:
:func:`newsevents.periods.period_of`, one reading for the database, the filters and the exports.
"""

from __future__ import annotations

import re
from datetime import date

__all__ = ["as_date"]

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


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
