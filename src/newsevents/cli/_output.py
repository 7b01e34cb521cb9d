"""Output helpers of the CLI: JSON that is pretty on a terminal and JSONL when piped, tables, CSV."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table


class LazyConsole:
    """A rich ``Console`` on stderr, created on first use: ``--help`` and quiet commands never import rich."""

    def __init__(self) -> None:
        self._console: Console | None = None

    def get(self) -> Console:
        """The console itself (for rich objects that need a real one, like a progress bar)."""
        if self._console is None:
            from rich.console import Console

            self._console = Console(stderr=True)
        return self._console

    def print(self, *objects: Any, **kwargs: Any) -> None:
        self.get().print(*objects, **kwargs)


err_console = LazyConsole()


def stdout_console() -> Console:
    """A rich console on stdout (tables, summaries)."""
    from rich.console import Console

    return Console()


def stdout_is_terminal() -> bool:
    """Whether a person reads stdout (pretty output) or a program does (compact JSONL)."""
    return sys.stdout.isatty()


def emit_json(doc: Any, pretty: bool | None = None) -> None:
    """One JSON document on stdout: indented on a terminal, one line when piped."""
    pretty = stdout_is_terminal() if pretty is None else pretty
    text = json.dumps(doc, ensure_ascii=False, indent=2 if pretty else None, default=str)
    sys.stdout.write(text + "\n")


def emit_rows(rows: Sequence[dict[str, Any]], fmt: str, title: str | None = None,
              columns: Sequence[str] | None = None) -> None:
    """Rows as a table (rich), JSON lines, or CSV on stdout."""
    columns = list(columns or (rows[0].keys() if rows else []))
    if fmt == "json":
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        from ..export.tables import neutralise_formula  # pyarrow: imported only for CSV output

        writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows({k: neutralise_formula(v) for k, v in row.items()} for row in rows)
    else:
        stdout_console().print(make_table(rows, columns, title))


def make_table(rows: Iterable[dict[str, Any]], columns: Sequence[str], title: str | None = None) -> Table:
    """A rich table of ``rows`` restricted to ``columns`` (long cells are folded by rich)."""
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title, show_lines=False, header_style="bold")
    for col in columns:
        table.add_column(col, overflow="fold", max_width=60)
    for row in rows:
        # Text, not str: a cell (a title, a file name) holding "[/x]" is shown as written, never parsed as markup
        table.add_row(*(Text("" if row.get(c) is None else str(row.get(c))) for c in columns))
    return table


def say_empty(what: str, filters: dict[str, Any]) -> None:
    """An empty result says so: one line on stderr naming the filters (stdout stays empty for pipes)."""
    given = [f"--{k.replace('_', '-')} {v}" for k, v in filters.items() if v not in (None, False, ())]
    err_console.print(f"no {what} match " + (" ".join(given) if given else "(the database has none)"),
                      markup=False, highlight=False, soft_wrap=True)
