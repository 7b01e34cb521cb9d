"""The pandas and DuckDB snippets of docs/exports.md, run as written against an export of a small corpus:
pandas reads every CSV/Parquet export with the documented snippet and no type surprises."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from pandas.api import types as ptypes

from newsevents.export import export_tables
from newsevents.export.tables import DEFAULT_TABLES
from newsevents.model import Count
from newsevents.store import Store

DOC = Path(__file__).resolve().parents[2] / "docs" / "exports.md"


def _snippets() -> list[str]:
    text = DOC.read_text(encoding="utf-8")
    section = text[text.index("## Reading an export"):]
    section = section[:section.index("\n## ", 1)] if "\n## " in section[1:] else section
    return re.findall(r"```python\n(.*?)```", section, flags=re.S)


@pytest.fixture
def exported(filled: Store, result_factory, tmp_path: Path, monkeypatch) -> dict:
    """The filled corpus plus a week-dated event with a dated count, exported as CSV and Parquet under out/."""
    week = dict(cameo="042", source_code="USAGOV", source_name="US", target_code="FRAGOV", target_name="France",
                date="2024-W44", quad_class=1, goldstein=1.9, sentence="A visit.\n\n", rule="t")
    res = result_factory("The US delegation visited Paris that week.", [week], url="https://e.example/v")
    res.counts = [Count(id="C1", article_id=res.article.id, what="killed", value=3, bound="exact", evidence="x",
                        start=0, end=1, date="1994", status="historical", event_id="E1")]
    filled.write_result(res)
    for fmt in ("csv", "parquet"):
        export_tables(filled, tmp_path / "out", fmt, DEFAULT_TABLES)
    monkeypatch.chdir(tmp_path)
    space: dict = {}
    pytest.importorskip("duckdb")
    for code in _snippets():
        exec(compile(code, str(DOC), "exec"), space)  # the documented snippet, run as written
    return space


def test_the_doc_has_the_snippets() -> None:
    assert len(_snippets()) >= 3


def _typed_like_the_database(frame: pd.DataFrame) -> None:
    assert ptypes.is_string_dtype(frame["cameo"]) and set(frame["cameo"]) == {"173", "042"}
    assert ptypes.is_string_dtype(frame["global_id"]) and ptypes.is_string_dtype(frame["source_code"])
    for column in ("date_start", "date_end", "published_date"):
        assert ptypes.is_datetime64_any_dtype(frame[column]), column
    assert str(frame["quad_class"].dtype) == "Int64" and frame["quad_class"].isna().sum() == 0
    assert ptypes.is_float_dtype(frame["goldstein"])
    assert str(frame["sentence_start"].dtype) == "Int64"
    week = frame[frame["cameo"] == "042"].iloc[0]
    assert (week["date_start"], week["date_end"]) == (pd.Timestamp("2024-10-28"), pd.Timestamp("2024-11-03"))
    assert week["date_precision"] == "week" and week["sentence"] == "A visit."


def test_pandas_reads_the_parquet_export_with_its_types(exported: dict) -> None:
    events = exported["events"]
    assert len(events) == 4
    _typed_like_the_database(events)
    assert isinstance(events["month"].dtype, pd.CategoricalDtype)
    assert set(events["month"].astype(str)) == {"2024-10"}
    counts = exported["counts"]
    assert ptypes.is_datetime64_any_dtype(counts["date_start"]) and str(counts["value"].dtype) == "Int64"
    assert list(exported["current"]["what"]) == ["arrested"]  # the historical count is left out


def _unit_free(frame: pd.DataFrame) -> dict[str, str]:
    """Column dtypes, with every datetime64 unit alike (ms from Parquet, us from CSV: both dates)."""
    return {k: "datetime" if ptypes.is_datetime64_any_dtype(v) else str(v) for k, v in frame.dtypes.items()}


def test_pandas_reads_the_csv_export_with_its_types(exported: dict) -> None:
    events = exported["events_csv"]
    _typed_like_the_database(events)
    parquet = exported["events"].drop(columns="month")
    assert list(events.columns) == list(parquet.columns)
    assert _unit_free(events) == _unit_free(parquet)
    csv_rows = events.sort_values("global_id").to_dict("records")
    parquet_rows = parquet.sort_values("global_id").to_dict("records")
    # CSV has one empty cell for an empty text and a missing value; both read back as missing
    assert [{k: None if pd.isna(v) else v for k, v in r.items()} for r in csv_rows] == \
        [{k: None if pd.isna(v) or v == "" else v for k, v in r.items()} for r in parquet_rows]


def test_duckdb_reads_the_partitioned_parquet(exported: dict) -> None:
    per_month = exported["per_month"]
    assert per_month.to_dict("records") == [{"month": "2024-10", "root": "04", "n": 1},
                                            {"month": "2024-10", "root": "17", "n": 3}]
