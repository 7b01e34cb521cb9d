"""The progress bar of long commands: total, rate and time left, on stderr, only when a person watches.

As the field's tools do (pip, cargo, rich's own default), nothing is drawn when stderr is not a terminal
(piped, redirected, CI logs) or when the command was asked for quiet or machine output. rich is imported
only when a bar is drawn, so the commands' ``--help`` stays quick.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._output import LazyConsole, err_console

if TYPE_CHECKING:
    from rich.console import Console

# Input files that may hold many articles each: a bar counting files would finish before the work does
_MANY_PER_FILE = (".jsonl", ".json", ".warc", ".gz", ".xml", ".rss", ".atom", ".arc", ".zip")


def _real_console(console: LazyConsole | Console) -> Console:
    """The rich Console behind ``console`` (the CLI's lazy one, or a real one a test puts in its place)."""
    return console.get() if isinstance(console, LazyConsole) else console


def progress_wanted(quiet: bool = False) -> bool:
    """Whether to draw a bar: stderr is a terminal and the user did not ask for quiet output."""
    return not quiet and sys.stderr.isatty()


def _no_progress(note: str = "") -> None:
    """``advance`` when no bar is drawn."""


@contextmanager
def progress_bar(description: str, total: int | None, unit: str = "inputs",
                 enabled: bool = True) -> Iterator[Callable[[str], None]]:
    """A bar showing done/total, rate per second, elapsed and remaining time; yields ``advance(note)``.

    With ``total=None`` (not known in advance) the bar pulses and shows the count and the rate only.
    When ``enabled`` is false, ``advance`` does nothing and nothing is printed.
    """
    if not enabled:
        yield _no_progress
        return
    from rich.markup import escape
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TaskProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.table import Column

    if total:  # known total: done/total, percentage, rate, elapsed and time left
        columns: tuple[Any, ...] = (
            SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(bar_width=12), MofNCompleteColumn(),
            TextColumn(unit), TaskProgressColumn(), TextColumn("{task.fields[rate]}"), TimeElapsedColumn(),
            TextColumn("eta"), TimeRemainingColumn())
    else:  # unknown total (feeds, WARC, URLs): a count, the rate and the elapsed time
        columns = (SpinnerColumn(), TextColumn("[bold]{task.description}"), TextColumn("{task.completed}"),
                   TextColumn(unit), TextColumn("{task.fields[rate]}"), TimeElapsedColumn())
    # the note (the last input) takes the room left and is cut first on a narrow terminal
    columns += (TextColumn("{task.fields[note]}", table_column=Column(ratio=1, no_wrap=True, overflow="ellipsis")),)
    console = _real_console(err_console)
    with Progress(*columns, console=console, transient=True, expand=True) as bar:
        task = bar.add_task(description, total=total, note="", rate="")

        def advance(note: str = "") -> None:
            bar.update(task, advance=1, note=escape(note[:32]))
            speed = bar.tasks[task].speed
            bar.update(task, rate=f"{speed:.1f}/s" if speed else "")

        yield advance


def count_input_files(specs: tuple[str, ...]) -> int | None:
    """The number of input files when each holds one article (HTML, text), else None (the total is unknown).

    URLs, standard input, feeds, JSONL and WARC files give no total: their article count is known only
    once they are read.
    """
    total = 0
    for spec in specs:
        path = Path(spec).expanduser()
        if spec == "-" or "://" in spec or not path.exists():
            return None
        files = [p for p in path.rglob("*") if p.is_file()] if path.is_dir() else [path]
        if any(p.name.lower().endswith(_MANY_PER_FILE) for p in files):
            return None
        total += len(files)
    return total or None
