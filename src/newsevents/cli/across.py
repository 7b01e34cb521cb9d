"""Commands across articles: export, load (Parquet shards), stories, merged (merged events)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from ..engines.load import load_shards
from ..export import ALL_TABLES, DEFAULT_TABLES, export_gdelt, export_tables
from ..store import Store
from ..store.queries import EventFilter
from . import cli
from ._output import emit_rows, err_console

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
@click.option("--actor", default=None, help="Only events of this actor (as `events --actor`), and their articles.")
@click.option("--code", default=None, help="Only events with this CAMEO code prefix (04, 042).")
@click.option("--since", default=None, metavar="DATE", help="Only events on or after this date (as `events`).")
@click.option("--until", default=None, metavar="DATE", help="Only events on or before this date (as `events`).")
@click.option("--mode", default=None, help="Only events of this mode: did, intend, threaten, ...")
@click.option("--limit", default=None, type=click.IntRange(min=1), help="At most this many events (newest first).")
def export(db: str, fmt: str, out: str, tables: tuple[str, ...], header: bool, **filters: Any) -> None:
    """Export the database: tables as JSONL, CSV or Parquet, or merged events as a GDELT 2.0 event file.

    The filters select events exactly as `newsevents events` does; the event tables then keep those
    events (and their merged events), and the other tables keep the rows of their articles.
    """
    flt = EventFilter(**filters) if any(v is not None for v in filters.values()) else None
    if fmt == "gdelt" and flt is not None:
        raise click.UsageError("filters apply to table exports (jsonl, csv, parquet), not to --format gdelt")
    with Store(db, readonly=True) as store:
        if fmt == "gdelt":
            count = export_gdelt(store, out, header=header)
            err_console.print(f"{count} events written to {out}")
            return
        paths = export_tables(store, out, fmt, tables or DEFAULT_TABLES, flt)
    err_console.print("written: " + ", ".join(str(p) for p in paths), highlight=False)


@cli.command()
@click.argument("shard_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--db", default="newsevents.db", show_default=True, type=click.Path(dir_okay=False),
              help="The SQLite database file (created when missing).")
def load(shard_dir: str, db: str) -> None:
    """Merge the Parquet shards of SHARD_DIR (from process_shard, Dask or Spark) into --db.

    Idempotent: inputs already in the database are skipped, so loading twice changes nothing.
    """
    with Store(db) as store:
        run = load_shards(Path(shard_dir), store)
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
        rows = store.query(
            "SELECT s.id, s.n_articles, s.n_sites, s.first_published, s.title, "
            "(SELECT group_concat(a.id, ' ') FROM articles a WHERE a.story_id = s.id) AS articles "
            "FROM stories s WHERE s.n_articles >= ? ORDER BY s.n_articles DESC, s.id", (min_articles,))
        articles = store.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] if not rows else 0
    if not rows:  # an empty result says so (on stderr, so piped JSON stays empty)
        err_console.print(f"no stories with at least {min_articles} articles among {articles} articles",
                          highlight=False)
        return
    _emit(rows, fmt, f"{len(rows)} stories")


@cli.command()
@click.option("--db", default="newsevents.db", show_default=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--min-articles", default=1, show_default=True, type=click.IntRange(min=1))
@click.option("--code", default=None, help="CAMEO code prefix: 04 (a whole root) or 042.")
@click.option("--actor", default=None, help="Source or target actor code prefix (RUS, RUSGOV).")
@click.option("--evidence", is_flag=True, help="Add each merged event's evidence (article:event ids).")
@click.option("--limit", default=None, type=click.IntRange(min=1))
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default=None)
def merged(db: str, fmt: str | None, evidence: bool, **flt: Any) -> None:
    """List merged events: one row per real event, with mentions, sources and articles reporting it."""
    with Store(db, readonly=True) as store:
        rows = store.query(*_merged_sql(**flt))
        if evidence:
            for row in rows:
                links = store.query("SELECT article_id, event_id FROM merged_event_links WHERE merged_id = ? "
                                    "ORDER BY rowid", (row["id"],))
                row["evidence"] = " ".join(f"{r['article_id']}:{r['event_id']}" for r in links)
    columns = (*MERGED_COLUMNS, "evidence") if evidence else MERGED_COLUMNS
    _emit(rows, fmt, f"{len(rows)} merged events", columns)


def _merged_sql(min_articles: int, code: str | None, actor: str | None, limit: int | None) -> tuple[str, list[Any]]:
    where: list[str] = ["num_articles >= ?"]
    params: list[Any] = [min_articles]
    if code:
        where.append("cameo LIKE ?")
        params.append(f"{code}%")
    if actor:
        where.append("(source_code LIKE ? OR target_code LIKE ?)")
        params += [f"{actor.upper()}%"] * 2
    sql = f"SELECT * FROM merged_events WHERE {' AND '.join(where)} ORDER BY num_articles DESC, num_mentions DESC, id"
    if limit:
        sql += " LIMIT ?"
        params.append(limit)
    return sql, params


def _emit(rows: list[dict[str, Any]], fmt: str | None, title: str, columns: Any = None) -> None:
    fmt = fmt or ("table" if sys.stdout.isatty() else "json")
    emit_rows(rows, fmt, title=title, columns=columns if fmt == "table" else None)
