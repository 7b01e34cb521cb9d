"""Round trips: what the JSONL, CSV and Parquet exports hold reads back as the database's rows."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from newsevents.errors import StoreError
from newsevents.export import ALL_TABLES, DEFAULT_TABLES, decode_json_columns, export_tables, iter_rows
from newsevents.store import Store

TABLES = [t for t in ALL_TABLES if t != "ingest_log"]  # ingest_log has timestamps; covered below


def _db(store: Store, table: str) -> list[dict]:
    return list(iter_rows(store, table))


@pytest.mark.parametrize("table", TABLES)
def test_parquet_round_trip(filled: Store, tmp_path: Path, table: str) -> None:
    [path] = export_tables(filled, tmp_path, "parquet", [table])
    assert pq.read_table(path).to_pylist() == _db(filled, table)


@pytest.mark.parametrize("table", TABLES)
def test_jsonl_round_trip(filled: Store, tmp_path: Path, table: str) -> None:
    [path] = export_tables(filled, tmp_path, "jsonl", [table])
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    expected = [decode_json_columns({k: v.hex() if isinstance(v, bytes) else v for k, v in r.items()})
                for r in _db(filled, table)]
    assert rows == expected


@pytest.mark.parametrize("table", TABLES)
def test_csv_round_trip(filled: Store, tmp_path: Path, table: str) -> None:
    [path] = export_tables(filled, tmp_path, "csv", [table])
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    expected = [{k: "" if v is None else (v.hex() if isinstance(v, bytes) else str(v)) for k, v in r.items()}
                for r in _db(filled, table)]
    assert rows == expected


def test_exports_hold_the_hand_built_values(filled: Store, tmp_path: Path) -> None:
    paths = export_tables(filled, tmp_path, "parquet")
    assert [p.name for p in paths] == [f"{t}.parquet" for t in DEFAULT_TABLES]
    merged = pq.read_table(tmp_path / "merged_events.parquet").to_pylist()
    assert [(m["num_mentions"], m["num_articles"], m["num_sources"]) for m in merged] == [(3, 2, 2)]
    actors = json.loads((export_tables(filled, tmp_path, "jsonl", ["actors"])[0]).read_text().splitlines()[0])
    assert actors["mentions"] == [{"text": "Police", "start": 0, "end": 6, "resolved_by": "ner"}]
    assert not list(tmp_path.glob(".*.tmp"))


def test_empty_table_keeps_its_columns(store: Store, tmp_path: Path) -> None:
    [path] = export_tables(store, tmp_path, "parquet", ["events"])
    table = pq.read_table(path)
    assert table.num_rows == 0 and "cameo" in table.column_names


@pytest.mark.parametrize("fmt, tables", [("xml", ["events"]), ("csv", ["sqlite_master"])])
def test_bad_format_or_table(store: Store, tmp_path: Path, fmt: str, tables: list[str]) -> None:
    with pytest.raises(StoreError):
        export_tables(store, tmp_path, fmt, tables)
