"""Table exports: every format carries the same rows (the database's plus global ids, the article's URL and
real dates); codes stay text; Parquet is partitioned by month with Arrow lists; filters are the events command's."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from newsevents.errors import StoreError
from newsevents.export import ALL_TABLES, export_rows, export_tables
from newsevents.store import Store
from newsevents.store.queries import EventFilter

TABLES = [t for t in ALL_TABLES if t != "ingest_log"]  # ingest_log has timestamps; covered below


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _parquet_rows(path: Path) -> list[dict]:
    files = sorted(path.rglob("*.parquet")) if path.is_dir() else [path]
    rows = [r for f in files for r in pq.read_table(f).to_pylist()]
    return rows


def _as_text(value):
    if isinstance(value, bytes):
        return value.hex()
    return value.isoformat() if isinstance(value, dt.date) else value


@pytest.mark.parametrize("table", TABLES)
def test_jsonl_holds_every_database_column_and_value(filled: Store, tmp_path: Path, table: str) -> None:
    [path] = export_tables(filled, tmp_path, "jsonl", [table])
    rows = _jsonl(path)
    order = " ORDER BY id" if table == "stories" else " ORDER BY rowid"
    db = [dict(r) for r in filled.conn.execute(f"SELECT * FROM {table}{order}")]
    assert len(rows) == len(db)
    for got, want in zip(rows, db, strict=True):
        for key, value in want.items():
            if table == "articles" and key == "article_id":
                assert key not in got  # always empty in the database: left out
            elif key in ("mentions", "resolved_by", "notes", "stages") and value is not None:
                assert got[key] == json.loads(value)
            elif key in ("sentence", "evidence") and value is not None:
                assert got[key] == value.strip()
            else:
                assert got[key] == _as_text(value), key


def _key(row: dict) -> str:
    return json.dumps(row, sort_keys=True)


@pytest.mark.parametrize("table", TABLES)
def test_parquet_and_csv_hold_what_jsonl_holds(filled: Store, tmp_path: Path, table: str) -> None:
    [jpath] = export_tables(filled, tmp_path / "j", "jsonl", [table])
    expected = _jsonl(jpath)
    [ppath] = export_tables(filled, tmp_path / "p", "parquet", [table])
    got = [{k: _as_text(v) for k, v in r.items()} for r in _parquet_rows(ppath)]
    assert sorted(got, key=_key) == sorted(expected, key=_key)  # partitions regroup rows by month
    [cpath] = export_tables(filled, tmp_path / "c", "csv", [table])
    with cpath.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    flat = [{k: "" if v is None else (json.dumps(v, ensure_ascii=False) if isinstance(v, list) else str(v))
             for k, v in r.items()} for r in expected]
    assert rows == flat


def test_event_rows_carry_global_ids_article_and_dates(filled: Store, tmp_path: Path) -> None:
    [path] = export_tables(filled, tmp_path, "jsonl", ["events"])
    rows = _jsonl(path)
    assert len({r["global_id"] for r in rows}) == len(rows) == 3
    first = rows[0]
    assert first["global_id"] == f"{first['article_id']}:{first['id']}"
    assert first["url"] == "https://www.nation.africa/a" and first["published"] == "2024-10-16"
    assert first["published_date"] == "2024-10-16"
    assert (first["date_start"], first["date_end"], first["date_precision"]) == ("2024-10-15", "2024-10-15", "day")
    assert first["cameo"] == "173" and isinstance(first["cameo"], str)
    assert rows[2]["site"] == "The Standard"


def test_count_rows_point_to_their_event_by_global_id(filled: Store) -> None:
    [count] = list(export_rows(filled, "counts"))
    assert count["global_id"].endswith(":C1") and count["event_global_id"] is None
    links = list(export_rows(filled, "merged_event_links"))
    assert {link["event_global_id"] for link in links} == {r["global_id"] for r in export_rows(filled, "events")}


def test_parquet_is_partitioned_by_month_with_typed_columns(filled: Store, tmp_path: Path) -> None:
    paths = export_tables(filled, tmp_path, "parquet")
    assert [p.name for p in paths] == [
        "articles", "actors.parquet", "events", "quotes.parquet", "counts", "merged_events",
        "merged_event_links.parquet"]
    assert sorted(p.parent.name for p in (tmp_path / "events").rglob("*.parquet")) == ["month=2024-10"]
    # the hand-built count has no date of its own: it is a figure as of the publication day
    assert sorted(p.parent.name for p in (tmp_path / "counts").rglob("*.parquet")) == ["month=2024-10"]
    events = pq.read_table(tmp_path / "events")  # a Hive dataset: the month is a partition column
    assert events.schema.field("date_start").type == pa.date32()
    assert events.schema.field("cameo").type == pa.string()
    assert events.column("month").to_pylist() == ["2024-10"] * 3
    actors = pq.read_table(tmp_path / "actors.parquet")
    assert actors.schema.field("mentions").type == pa.list_(pa.struct(
        [("text", pa.string()), ("start", pa.int64()), ("end", pa.int64()), ("resolved_by", pa.string())]))
    assert actors.column("mentions").to_pylist()[0] == [{"text": "Police", "start": 0, "end": 6,
                                                         "resolved_by": "ner"}]
    assert actors.schema.field("resolved_by").type == pa.list_(pa.string())
    merged = pq.read_table(tmp_path / "merged_events").to_pylist()
    assert [(m["num_mentions"], m["num_articles"], m["num_sources"]) for m in merged] == [(3, 2, 2)]
    assert not list(tmp_path.glob(".*.tmp"))


def test_undated_rows_go_to_their_own_partition(store: Store, result_factory, tmp_path: Path) -> None:
    undated = dict(cameo="042", source_code="USA", target_code="FRA", sentence="x", rule="t")
    store.write_result(result_factory("An undated visit was made.", [undated], published=None))
    export_tables(store, tmp_path, "parquet", ["events"])
    [part] = list((tmp_path / "events").rglob("*.parquet"))
    assert part.parent.name == "month=undated"
    assert pq.read_table(part).column("cameo").to_pylist() == ["042"]


def test_empty_table_keeps_its_columns(store: Store, tmp_path: Path) -> None:
    [path] = export_tables(store, tmp_path, "parquet", ["events"])
    table = pq.read_table(path)
    assert table.num_rows == 0 and "cameo" in table.column_names and "global_id" in table.column_names


def test_export_again_replaces_the_partitions(filled: Store, tmp_path: Path) -> None:
    export_tables(filled, tmp_path, "parquet", ["events"])
    export_tables(filled, tmp_path, "parquet", ["events"], EventFilter(code="99"))
    assert pq.read_table(tmp_path / "events").num_rows == 0


def test_filters_select_events_as_the_events_command_does(filled: Store, result_factory, tmp_path: Path) -> None:
    visit = dict(cameo="042", source_code="USAGOV", source_name="US", target_code="FRAGOV", target_name="France",
                 date="2024-11-02", sentence="The US delegation visited Paris.", rule="t")
    filled.write_result(result_factory("The US delegation visited Paris.", [visit], url="https://e.example/v"))
    export_tables(filled, tmp_path, "jsonl", ALL_TABLES, EventFilter(code="04"))
    events = _jsonl(tmp_path / "events.jsonl")
    assert [(e["cameo"], e["source_code"]) for e in events] == [("042", "USAGOV")]
    assert [a["url"] for a in _jsonl(tmp_path / "articles.jsonl")] == ["https://e.example/v"]
    assert _jsonl(tmp_path / "counts.jsonl") == [] and _jsonl(tmp_path / "merged_events.jsonl") == []
    export_tables(filled, tmp_path, "jsonl", ["events"], EventFilter(actor="KEN", since="2024-10-15"))
    assert {e["cameo"] for e in _jsonl(tmp_path / "events.jsonl")} == {"173"}


@pytest.mark.parametrize("fmt, tables", [("xml", ["events"]), ("csv", ["sqlite_master"])])
def test_bad_format_or_table(store: Store, tmp_path: Path, fmt: str, tables: list[str]) -> None:
    with pytest.raises(StoreError):
        export_tables(store, tmp_path, fmt, tables)
