"""The CLI's date option types: one validation for every date a user types (newsevents.periods).

A bad date is one line on stderr and exit status 1 (a ``ClickException``, not click's usage
error, which would print the usage and a hint around it), never a silent empty or full result.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import click

from ..errors import DateParamError
from ..periods import Period, check_range, parse_date_param

__all__ = ["PERIOD", "PUBLISHED", "check_since_until"]


class PeriodType(click.ParamType[str | Period | None]):
    """An ISO day, week, month or year (``--since``, ``--until``); the value stays the text typed."""

    name = "date"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str | Period | None:
        if value is None or isinstance(value, Period):
            return value
        option = param.opts[0] if param is not None and param.opts else "date"
        try:
            parse_date_param(str(value), option)
        except DateParamError as err:
            raise click.ClickException(str(err)) from err
        return str(value).strip()


class PublishedType(click.ParamType[str | None]):
    """A publication date: an ISO day (``2019-11-20``) or timestamp (``2019-11-20T08:30:00Z``)."""

    name = "date"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str | None:
        if value is None:
            return value
        text = str(value).strip()
        option = param.opts[0] if param is not None and param.opts else "date"
        try:
            (date if len(text) <= 10 else datetime).fromisoformat(text)
        except ValueError:
            shown = text if len(text) <= 40 else text[:39] + "…"
            raise click.ClickException(
                f"{option}: {shown!r} is not a date; use YYYY-MM-DD or an ISO timestamp") from None
        return text


PERIOD = PeriodType()
PUBLISHED = PublishedType()


def check_since_until(since: str | None, until: str | None) -> None:
    """Refuse ``--since`` later than ``--until`` (nothing could match) in one line.

    Raises:
        click.ClickException: since begins after until ends.
    """
    try:
        check_range(parse_date_param(since, "--since") if since else None,
                    parse_date_param(until, "--until") if until else None)
    except DateParamError as err:
        raise click.ClickException(f"{err.code} --since must not be after --until") from None
