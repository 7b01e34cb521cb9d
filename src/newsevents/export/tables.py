"""Table exports: JSONL, CSV and Parquet of the database's tables, streamed in batches.

Why three formats: JSONL keeps nested values (an actor's mentions) as JSON, CSV opens in any
spreadsheet or R, Parquet keeps column types and loads fast into pandas, Arrow, DuckDB or Spark.
Each file is written under a temporary name and renamed, so a reader never sees half a file.
Columns are the database's columns, in its order; a value we do not have is empty (null), never
invented.
"""

from __future__ import annotations

import csv
import json
import logging
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import StoreError
from ..store import Store

LOGGER = logging.getLogger(__name__)
FORMATS = ("jsonl", "csv", "parquet")
DEFAULT_TABLES = ("articles", "actors", "events", "quotes", "counts", "merged_events", "merged_event_links")
ALL_TABLES = (*DEFAULT_TABLES, "entities", "times", "places", "stories", "ingest_log")
#: columns that hold JSON text in the database; JSONL decodes them to nested values.
JSON_COLUMNS = frozenset({"mentions", "resolved_by", "notes", "stages"})
_ARROW = {"INTEGER": pa.int64(), "REAL": pa.float64(), "BLOB": pa.binary()}
BATCH = 5000


def table_columns(store: Store, table: str) -> list[tuple[str, pa.DataType]]:
    """``(name, arrow type)`` of a table's (or view's) columns, from SQLite's declared types."""
    if table not in ALL_TABLES:
        raise StoreError(f"unknown table {table!r}; choose from {', '.join(ALL_TABLES)}", source=str(store.path))
    info = store.conn.execute(f"PRAGMA table_info({table})").fetchall()
    out = []
    for row in info:
        decl = (row["type"] or "").upper()
        # view columns computed by COUNT() have no declared type
        arrow = _ARROW.get(decl, pa.int64() if row["name"].startswith(("n_", "num_")) else pa.string())
        out.append((row["name"], arrow))
    return out


def iter_rows(store: Store, table: str) -> Iterator[dict[str, Any]]:
    """Every row of ``table`` in storage order, as dicts of the database's values."""
    names = [n for n, _ in table_columns(store, table)]
    order = " ORDER BY id" if table == "stories" else " ORDER BY rowid"
    cur = store.conn.execute(f"SELECT {', '.join(chr(34) + n + chr(34) for n in names)} FROM {table}{order}")
    while batch := cur.fetchmany(BATCH):
        for row in batch:
            yield dict(zip(names, tuple(row), strict=True))


def export_tables(store: Store, out_dir: str | Path, fmt: str, tables: Sequence[str] = DEFAULT_TABLES) -> list[Path]:
    """Write each of ``tables`` to ``out_dir/<table>.<fmt>``; returns the files written."""
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; choose from {', '.join(FORMATS)}", source=str(out_dir))
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    writer = {"jsonl": _write_jsonl, "csv": _write_csv, "parquet": _write_parquet}[fmt]
    paths = []
    for table in tables:
        path = out / f"{table}.{fmt}"
        tmp = path.with_name(f".{path.name}.tmp")
        try:
            count = writer(store, table, tmp)
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)  # a failed write leaves no half file behind
        LOGGER.info("exported %d rows of %s to %s", count, table, path)
        paths.append(path)
    return paths


def decode_json_columns(row: dict[str, Any]) -> dict[str, Any]:
    """A row with its JSON-text columns turned into lists/dicts (how JSONL carries them)."""
    return {k: json.loads(v) if k in JSON_COLUMNS and isinstance(v, str) else v for k, v in row.items()}


def _write_jsonl(store: Store, table: str, path: Path) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as fh:
        for row in iter_rows(store, table):
            fh.write(json.dumps(decode_json_columns(_plain(row)), ensure_ascii=False) + "\n")
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


def _write_csv(store: Store, table: str, path: Path) -> int:
    names = [n for n, _ in table_columns(store, table)]
    count = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(names)
        for row in iter_rows(store, table):
            writer.writerow(["" if v is None else neutralise_formula(v) for v in _plain(row).values()])
            count += 1
    return count


def _write_parquet(store: Store, table: str, path: Path) -> int:
    schema = pa.schema(table_columns(store, table))
    count = 0
    with pq.ParquetWriter(path, schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in iter_rows(store, table):
            batch.append(row)
            if len(batch) >= BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count += len(batch)
                batch = []
        if batch or count == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    """Bytes (story signatures) as hex, so text formats can carry them."""
    return {k: v.hex() if isinstance(v, bytes) else v for k, v in row.items()}
