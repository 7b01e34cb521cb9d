"""Output helpers of the CLI: JSON that is pretty on a terminal and JSONL when piped, tables, CSV."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Sequence
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

err_console = Console(stderr=True)


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
        Console().print(make_table(rows, columns, title))


def make_table(rows: Iterable[dict[str, Any]], columns: Sequence[str], title: str | None = None) -> Table:
    """A rich table of ``rows`` restricted to ``columns`` (long cells are folded by rich)."""
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
