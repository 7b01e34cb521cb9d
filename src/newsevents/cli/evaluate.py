"""``newsevents evaluate``: score the pipeline against gold answers (a thin shell over ``evaluate``)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path

import click

from ._progress import progress_bar, progress_wanted


def bar_progress(stack: ExitStack, enabled: bool) -> Callable[[int, int, str], None]:
    """The runner's progress callback drawing a bar of gold articles (total known from the first call,
    made before any article is run); the bar is closed with ``stack``, before the table is printed."""
    advance: Callable[[str], None] | None = None

    def progress(done: int, total: int, article_id: str) -> None:
        nonlocal advance
        if advance is None:
            advance = stack.enter_context(progress_bar("evaluating", total, "articles", enabled=enabled))
        if done:
            advance(article_id)

    return progress


@click.command("evaluate", context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON instead of a table.")
@click.option("--details", "show_details", is_flag=True,
              help="Also list every miss, false positive and wrong value with its sentence.")
@click.option("--model", default=None, metavar="NAME|PATH",
              help="An installed spaCy pipeline (default: the shipped one).")
def evaluate(gold_dir: Path, as_json: bool, show_details: bool, model: str | None) -> None:
    """Run the pipeline on every gold article of GOLD_DIR and print precision, recall and F1 per part.

    GOLD_DIR holds one JSON gold file per article (docs/evaluation.md), or is an article-extraction
    benchmark (html/*.html.gz beside ground-truth.json), whose body extraction is scored. On a terminal
    a progress bar counts the articles (not with --json).
    """
    from ..evaluate import details, evaluate_path, summary_table, to_json  # spaCy: only when evaluating

    with ExitStack() as stack:  # a bar on a terminal only, never with --json
        summary = evaluate_path(gold_dir, model=model, progress=bar_progress(stack, progress_wanted(as_json)))
    if as_json:
        sys.stdout.write(json.dumps(to_json(summary, with_details=show_details), ensure_ascii=False, indent=2) + "\n")
        return
    from rich.console import Console

    console = Console()
    console.print(summary_table(summary, title=f"newsevents evaluate {gold_dir}"))
    if show_details:
        console.print(details(summary))
