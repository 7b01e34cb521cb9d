"""The event filter options shared by ``events``, ``export`` and ``merged``, with the API's meaning.

``--actor-code`` is a CAMEO actor code *prefix*, in any case, on either side (``RUS`` matches RUS,
RUSGOV, RUSMIL); ``--actor-name`` is a case-insensitive *part* of either actor's name. /api/events
answers ``actor=`` and ``actor_name=`` with the same clause (:func:`newsevents.store.api_queries.event_where`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import click

from ..store.api_queries import EventQuery
from ..store.queries import EventFilter

CODE_HELP = "Actor code prefix on either side, any case: RUS matches RUS, RUSGOV, RUSMIL."
NAME_HELP = "A case-insensitive part of either actor's name: 'zelen' matches Volodymyr Zelensky."
EITHER_HELP = "Either an actor code prefix or a part of a name (--actor-code or --actor-name, whichever matches)."


@dataclass
class CliEventFilter(EventFilter):
    """:class:`EventFilter` with the separate code and name filters of the API."""

    actor_code: str | None = None
    actor_name: str | None = None

    def query(self) -> EventQuery:
        return replace(super().query(), actor=self.actor_code or None, actor_name=self.actor_name or None)


def actor_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--actor-code``, ``--actor-name`` and the older ``--actor`` (either one)."""
    for option in reversed([
        click.option("--actor-code", default=None, metavar="PREFIX", help=CODE_HELP),
        click.option("--actor-name", default=None, metavar="TEXT", help=NAME_HELP),
        click.option("--actor", default=None, metavar="CODE|NAME", help=EITHER_HELP),
    ]):
        func = option(func)
    return func
