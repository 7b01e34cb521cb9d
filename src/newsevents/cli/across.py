"""Commands across articles: export, load (Parquet shards), stories, merged (merged events)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from ..model import EVENT_MODES
from ..store import Store
from ..store.queries import merged_rows, story_rows
from . import cli
from ._filters import CliEventFilter, actor_options
from ._output import emit_rows, err_console, say_empty
from ._progress import progress_bar, progress_wanted
from .dates import PERIOD, check_since_until

# The export's tables, named here so that `export --help` does not import pyarrow (newsevents.export does);
# tests/cli/test_startup.py checks they are newsevents.export's ALL_TABLES and DEFAULT_TABLES.
ALL_TABLES = ("articles", "actors", "events", "quotes", "counts", "merged_events", "merged_event_links", "entities",
              "times", "places", "stories", "ingest_log")
DEFAULT_TABLES = ("articles", "actors", "events", "quotes", "counts", "merged_events", "merged_event_links")

MERGED_COLUMNS = ("id", "date", "source_code", "cameo", "mode", "target_code", "place", "num_mentions",
                  "num_sources", "num_articles", "num_stories", "source_name", "target_name")


@cli.command()
@click.option("--db", default="newsevents.db", show_default=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet", "gdelt"]), default="jsonl",
              show_default=True, help="gdelt: GDELT 2.0 event table (tab-separated, 61 columns, no header).")
@click.option("--out", "-o", required=True, type=click.Path(),
              help="A directory (jsonl/csv/parquet: one file per table) or a file (gdelt).")
@click.option("--table", "tables", multiple=True, type=click.Choice(ALL_TABLES),
              help=f"A table to export; repeatable (default: {', '.join(DEFAULT_TABLES)}).")
@click.option("--header", is_flag=True, help="gdelt only: write GDELT's column names as a first line.")
@actor_options
@click.option("--code", default=None, help="Only events with this CAMEO code prefix (04, 042).")
@click.option("--since", default=None, metavar="DATE", type=PERIOD,
              help="Only events whose date overlaps this day, week, month or year, or is later (as `events`).")
@click.option("--until", default=None, metavar="DATE", type=PERIOD,
              help="Only events whose date overlaps this day, week, month or year, or is earlier.")
@click.option("--mode", type=click.Choice(EVENT_MODES), default=None, help="Only events of this mode.")
@click.option("--limit", default=None, type=click.IntRange(min=1), help="At most this many events (newest first).")
def export(db: str, fmt: str, out: str, tables: tuple[str, ...], header: bool, **filters: Any) -> None:
    """Export the database: tables as JSONL, CSV or Parquet, or merged events as a GDELT 2.0 event file.

    The filters select events exactly as `newsevents events` does; the event tables then keep those
    events (and their merged events), and the other tables keep the rows of their articles.
    """
    from ..export import export_gdelt  # pyarrow: only when exporting

    check_since_until(filters["since"], filters["until"])
    flt = CliEventFilter(**filters) if any(v is not None for v in filters.values()) else None
    if fmt == "gdelt" and flt is not None:
        raise click.UsageError("filters apply to table exports (jsonl, csv, parquet), not to --format gdelt")
    with Store(db, readonly=True) as store:
        if fmt == "gdelt":
            count = export_gdelt(store, out, header=header)
            err_console.print(f"{count} events written to {out}")
            return
        paths = _export_with_progress(store, out, fmt, tables or DEFAULT_TABLES, flt)
    err_console.print("written: " + ", ".join(str(p) for p in paths), highlight=False)


def _export_with_progress(store: Store, out: str, fmt: str, tables: tuple[str, ...],
                          flt: CliEventFilter | None) -> list[Path]:
    """Export the tables, one bar step per table on a terminal (one call otherwise: the filter is applied once)."""
    from ..export import export_tables

    if not progress_wanted():
        return export_tables(store, out, fmt, tables, flt)
    paths: list[Path] = []
    with progress_bar("exporting", len(tables), "tables") as advance:
        for table in tables:
            paths += export_tables(store, out, fmt, [table], flt)
            advance(table)
    return paths


@cli.command()
@click.argument("shard_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--db", default="newsevents.db", show_default=True, type=click.Path(dir_okay=False),
              help="The SQLite database file (created when missing).")
def load(shard_dir: str, db: str) -> None:
    """Merge the Parquet shards of SHARD_DIR (from process_shard, Dask or Spark) into --db.

    Idempotent: inputs already in the database are skipped, so loading twice changes nothing.
    """
    from ..engines.load import load_shards

    with Store(db) as store, progress_bar("loading", None, "inputs", enabled=progress_wanted()) as advance:
        run = load_shards(Path(shard_dir), store, progress=lambda source, status: advance(f"{status}: {source}"))
    err_console.print(f"{run.stored} stored, {run.duplicates} duplicates, {run.skipped} already done, "
                      f"{len(run.errors)} errors")


@cli.command()
@click.option("--db", default="newsevents.db", show_default=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--min-articles", default=2, show_default=True, type=click.IntRange(min=1),
              help="Only stories with at least this many articles.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default=None)
def stories(db: str, min_articles: int, fmt: str | None) -> None:
    """List stories: articles that copy or rewrite one another, or report the same event in other words."""
    with Store(db, readonly=True) as store:
        rows = story_rows(store, min_articles)
        articles = store.row_counts()["articles"] if not rows else 0
    if not rows:  # an empty result says so (on stderr, so piped JSON stays empty)
        err_console.print(f"no stories with at least {min_articles} articles among {articles} articles",
                          highlight=False)
        return
    _emit(rows, fmt, f"{len(rows)} stories")


@cli.command()
@click.option("--db", default="newsevents.db", show_default=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--min-articles", default=1, show_default=True, type=click.IntRange(min=1))
@actor_options
@click.option("--code", default=None, help="CAMEO code prefix: 04 (a whole root) or 042.")
@click.option("--since", default=None, metavar="DATE", type=PERIOD,
              help="Merged events with a report whose date overlaps this day, week, month or year, or is later.")
@click.option("--until", default=None, metavar="DATE", type=PERIOD,
              help="Merged events with a report whose date overlaps this period, or is earlier.")
@click.option("--mode", type=click.Choice(EVENT_MODES), default=None, help="Only events of this mode.")
@click.option("--evidence", is_flag=True, help="Add each merged event's evidence (article:event ids).")
@click.option("--limit", default=None, type=click.IntRange(min=1))
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default=None)
def merged(db: str, fmt: str | None, evidence: bool, min_articles: int, **flt: Any) -> None:
    """List merged events: one row per real event, with mentions, sources and articles reporting it.

    The filters are those of `events` and /api/merged: a merged event is listed when one of its reports
    matches them. Most articles first.
    """
    check_since_until(flt["since"], flt["until"])
    event_filter = CliEventFilter(**flt)
    with Store(db, readonly=True) as store:
        rows = merged_rows(store, event_filter.query(), min_articles, event_filter.limit, evidence)
    if not rows:
        say_empty("merged events", {"min_articles": min_articles, **flt})
        return
    columns = (*MERGED_COLUMNS, "evidence") if evidence else MERGED_COLUMNS
    _emit(rows, fmt, f"{len(rows)} merged events", columns)


def _emit(rows: list[dict[str, Any]], fmt: str | None, title: str, columns: Any = None) -> None:
    fmt = fmt or ("table" if sys.stdout.isatty() else "json")
    emit_rows(rows, fmt, title=title, columns=columns if fmt == "table" else None)
