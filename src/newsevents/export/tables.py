"""Table exports: JSONL, CSV and Parquet of the database's tables, streamed in batches.

Why three formats: JSONL keeps nested values (an actor's mentions) as JSON, CSV opens in any
spreadsheet or R, Parquet keeps column types and loads fast into pandas, Arrow, DuckDB or Spark.
Rows have the analysis shape of :mod:`.shape` (global ids, the article's URL on each event, real
date columns). Codes stay text in every format; a CSV file comes with ``<table>.csv.json``, the
``pandas.read_csv`` arguments that read it with its types (codes as text, dates as dates). Parquet
keeps nested lists as Arrow lists, and dated tables are partitioned by month
(``events/month=2019-11/part-0.parquet``; ``month=undated`` for rows without a date). Each file is
written under a temporary name and renamed, so a reader never sees half a file. A value we do not
have is empty (null), never invented.
"""

from __future__ import annotations

import csv
import json
import logging
import os
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import Errors, StoreError
from ..store import Store
from ..store.queries import EventFilter
from .shape import ALL_TABLES, JSON_COLUMNS, Column, Selection, export_columns, export_rows, select_events

LOGGER = logging.getLogger(__name__)
FORMATS = ("jsonl", "csv", "parquet")
DEFAULT_TABLES = ("articles", "actors", "events", "quotes", "counts", "merged_events", "merged_event_links")
__all__ = ["ALL_TABLES", "DEFAULT_TABLES", "FORMATS", "JSON_COLUMNS", "PARTITION_COLUMN", "arrow_schema",
           "csv_read_options", "decode_json_columns", "export_tables", "neutralise_formula"]
#: the date column each partitioned table is split on, by month, in Parquet
PARTITION_COLUMN = {"events": "date_start", "counts": "date_start", "merged_events": "date_start",
                    "articles": "published_date"}
UNDATED = "undated"
BATCH = 5000
_MENTION = pa.struct([("text", pa.string()), ("start", pa.int64()), ("end", pa.int64()),
                      ("resolved_by", pa.string())])
_ARROW = {"text": pa.string(), "int": pa.int64(), "float": pa.float64(), "date": pa.date32(),
          "bytes": pa.binary(), "list": pa.list_(pa.string()), "mentions": pa.list_(_MENTION)}
_PANDAS = {"text": "string", "int": "Int64", "float": "Float64", "bytes": "string", "list": "string",
           "mentions": "string"}


def export_tables(store: Store, out_dir: str | Path, fmt: str, tables: Sequence[str] = DEFAULT_TABLES,
                  flt: EventFilter | None = None) -> list[Path]:
    """Write each of ``tables`` under ``out_dir``; returns the files (or Parquet directories) written.

    ``flt`` selects events as the ``events`` command does; then the event tables keep the matching
    events, merged events and links, and every other table keeps the rows of their articles.
    """
    if fmt not in FORMATS:
        raise StoreError(Errors.E507.format(fmt=fmt, formats=", ".join(FORMATS)), source=str(out_dir))
    for table in tables:
        export_columns(store, table)  # an unknown table fails before anything is written
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    sel = select_events(store, flt) if flt is not None else None
    paths = []
    for table in tables:
        partitioned = fmt == "parquet" and table in PARTITION_COLUMN
        path = out / (table if partitioned else f"{table}.{fmt}")
        tmp = path.with_name(f".{path.name}.tmp")
        try:
            if partitioned:
                count = _write_partitioned(store, table, tmp, sel)
            else:
                count = {"jsonl": _write_jsonl, "csv": _write_csv, "parquet": _write_parquet}[fmt](
                    store, table, tmp, sel)
            _replace(tmp, path)
            if fmt == "csv":
                (out / f"{table}.csv.json").write_text(json.dumps(csv_read_options(store, table), indent=1) + "\n",
                                                       encoding="utf-8")
        finally:  # a failed write leaves no half file behind
            shutil.rmtree(tmp, ignore_errors=True) if tmp.is_dir() else tmp.unlink(missing_ok=True)
        LOGGER.info("exported %d rows of %s to %s", count, table, path)
        paths.append(path)
    return paths


def _replace(tmp: Path, path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    os.replace(tmp, path)


def csv_read_options(store: Store, table: str) -> dict[str, Any]:
    """The ``pandas.read_csv`` keyword arguments that read ``<table>.csv`` with its types."""
    cols = export_columns(store, table)
    return {"dtype": {c.name: _PANDAS[c.kind] for c in cols if c.kind != "date"},
            "parse_dates": [c.name for c in cols if c.kind == "date"],
            "keep_default_na": False, "na_values": [""]}


def arrow_schema(cols: list[Column]) -> pa.Schema:
    """The Arrow schema of exported columns (dates as date32, lists as Arrow lists)."""
    return pa.schema([(c.name, _ARROW[c.kind]) for c in cols])


def decode_json_columns(row: dict[str, Any]) -> dict[str, Any]:
    """A row with its JSON-text columns turned into lists/dicts (how JSONL carries them)."""
    return {k: json.loads(v) if k in JSON_COLUMNS and isinstance(v, str) else v for k, v in row.items()}


def _text(value: Any) -> Any:
    """A value as JSONL and CSV carry it: dates in ISO form, bytes (story signatures) as hex."""
    if isinstance(value, bytes):
        return value.hex()
    return value.isoformat() if hasattr(value, "isoformat") else value


def _write_jsonl(store: Store, table: str, path: Path, sel: Selection | None) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as fh:
        for row in export_rows(store, table, sel):
            fh.write(json.dumps({k: _text(v) for k, v in row.items()}, ensure_ascii=False) + "\n")
            count += 1
    return count


#: A spreadsheet reads a cell that starts with one of these as a formula (OWASP "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def neutralise_formula(value: Any) -> Any:
    """A text cell that a spreadsheet would run as a formula, prefixed with ``'`` (OWASP's advice); others as given.

    Titles, quotes and sentences come from the articles, so from whoever wrote the page: a title
    ``=HYPERLINK("http://evil.example", "click")`` must reach a spreadsheet as text. Numbers are not
    text cells and stay as they are (a Goldstein score of -2.0 is still a number).
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list):  # nested values stay JSON text in a CSV cell
        return neutralise_formula(json.dumps(value, ensure_ascii=False))
    return neutralise_formula(_text(value))


def _write_csv(store: Store, table: str, path: Path, sel: Selection | None) -> int:
    names = [c.name for c in export_columns(store, table)]
    count = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(names)
        for row in export_rows(store, table, sel):
            writer.writerow([_csv_cell(v) for v in row.values()])
            count += 1
    return count


def _write_parquet(store: Store, table: str, path: Path, sel: Selection | None) -> int:
    schema = arrow_schema(export_columns(store, table))
    count = 0
    with pq.ParquetWriter(path, schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in export_rows(store, table, sel):
            batch.append(row)
            if len(batch) >= BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count += len(batch)
                batch = []
        if batch or count == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count


def _write_partitioned(store: Store, table: str, directory: Path, sel: Selection | None) -> int:
    """A Hive-partitioned dataset: ``month=YYYY-MM/part-0.parquet`` by the table's partition date.

    The month is the directory's name, not a column of the files (as Hive, Spark, pyarrow and DuckDB
    expect); an empty table is one empty file, so its columns are still there.
    """
    schema = arrow_schema(export_columns(store, table))
    key = PARTITION_COLUMN[table]
    directory.mkdir(parents=True)
    writers: dict[str, pq.ParquetWriter] = {}
    batches: dict[str, list[dict[str, Any]]] = {}
    count = 0

    def flush(month: str) -> None:
        if month not in writers:
            (directory / f"month={month}").mkdir()
            writers[month] = pq.ParquetWriter(directory / f"month={month}" / "part-0.parquet", schema)
        writers[month].write_table(pa.Table.from_pylist(batches.pop(month), schema=schema))

    try:
        for row in export_rows(store, table, sel):
            day = row.get(key)
            month = day.strftime("%Y-%m") if day is not None else UNDATED
            batches.setdefault(month, []).append(row)
            count += 1
            if len(batches[month]) >= BATCH:
                flush(month)
        for month in list(batches):
            flush(month)
        if count == 0:
            pq.write_table(pa.Table.from_pylist([], schema=schema), directory / "part-0.parquet")
    finally:
        for writer in writers.values():
            writer.close()
    return count
