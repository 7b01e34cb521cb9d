"""Present an evaluation: a rich table, JSON, and the list of every miss and false positive.

These functions build renderables and data; printing belongs to the CLI (and to the quality-gate
test, which prints the table into the test log).
"""

from __future__ import annotations

import io
from dataclasses import asdict
from typing import Any

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from .score import ALL_PARTS, Summary

_STANDARD = {"precision", "recall", "f1", "tp", "fp", "fn", "pages"}


def _fmt(value: Any) -> str:
    if value is None:
        return "–"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def summary_table(summary: Summary, title: str = "newsevents evaluate") -> Table:
    """One row per scored part: P, R, F1 (micro over articles), counts, and the secondary checks.

    The ``not_events`` row gives, under FP, the events coded as happening inside a ``not_events``
    entry (each is also a false positive of the events row).
    """
    metrics = summary.metrics()
    table = Table(title=f"{title} ({metrics['articles']} articles)")
    for column in ("part", "P", "R", "F1", "TP", "FP", "FN", "checks"):
        table.add_column(column, justify="left" if column in ("part", "checks") else "right")
    for part in ALL_PARTS:
        row = metrics["parts"].get(part)
        if row is None:
            continue
        checks = ", ".join(f"{name} {_fmt(value)}" for name, value in row.items()
                           if name not in _STANDARD and value is not None)
        if part == "body" and row.get("pages"):
            checks = f"over {row['pages']} pages; {checks}".rstrip("; ")
        table.add_row(part, _fmt(row["precision"]), _fmt(row["recall"]), _fmt(row["f1"]),
                      _fmt(row.get("tp")), _fmt(row.get("fp")), _fmt(row.get("fn")), checks)
    if "not_events" in metrics:
        ne = metrics["not_events"]
        table.add_row("not_events", "", "", "", "", str(ne["violations"]), "",
                      f"violations of {ne['listed']} listed")
    if metrics["errors"]:
        shown = list(metrics["errors"].items())[:5]
        more = f" (+{len(metrics['errors']) - 5} more)" if len(metrics["errors"]) > 5 else ""
        table.caption = "pipeline failed on: " + "; ".join(f"{key}: {msg[:100]}" for key, msg in shown) + more
    return table


def details(summary: Summary) -> Group:
    """Every miss, false positive, wrong value and not_events violation, with its sentence."""
    lines: list[Text] = []
    for article in summary.articles:
        if not article.findings and not article.error:
            continue
        lines.append(Text(f"\n== {article.article_id}", style="bold"))
        if article.error:
            lines.append(Text(f"  pipeline failed: {article.error}", style="red"))
        for finding in sorted(article.findings, key=lambda f: (ALL_PARTS.index(f.part), f.kind)):
            lines.append(Text.assemble(("  " + finding.part.ljust(7), "cyan"), (f" {finding.kind:<14} ", "yellow"),
                                       finding.item))
            if finding.sentence:
                lines.append(Text(f"      | {finding.sentence}", style="dim"))
    return Group(*lines)


def to_json(summary: Summary, with_details: bool = False) -> dict[str, Any]:
    """The figures as JSON data, with every finding per article when ``with_details``."""
    data = summary.metrics()
    if with_details:
        data["details"] = {a.article_id: [asdict(f) for f in a.findings] for a in summary.articles}
    return data


def render_text(renderable: Any, width: int = 140) -> str:
    """A rich renderable as plain text (for logs and test output)."""
    buffer = io.StringIO()
    Console(file=buffer, width=width, color_system=None, force_terminal=False).print(renderable)
    return buffer.getvalue()
