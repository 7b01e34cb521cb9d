"""The typed date model: periods of stored values, the date parameter type, migration 5 of old databases."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from newsevents.errors import StoreError
from newsevents.periods import DateParamError, parse_date_param, period_of
from newsevents.store import Store
from newsevents.store.periods import add_period_columns
from newsevents.store.schema import MIGRATIONS
from tests.handmade import make_result


@pytest.mark.parametrize("value, start, end, precision", [
    ("2019-11-20", "2019-11-20", "2019-11-20", "day"),
    ("2019-11-20T08:30:00Z", "2019-11-20", "2019-11-20", "day"),
    ("2019-W46", "2019-11-11", "2019-11-17", "week"),
    ("2020-W01", "2019-12-30", "2020-01-05", "week"),   # an ISO week can start in the year before
    ("2019-11", "2019-11-01", "2019-11-30", "month"),
    ("2020-02", "2020-02-01", "2020-02-29", "month"),
    ("2019-12", "2019-12-01", "2019-12-31", "month"),
    ("2019", "2019-01-01", "2019-12-31", "year"),
    ("2019-SU", "2019-06-01", "2019-08-31", "month"),
    ("2019-WI", "2019-12-01", "2020-02-29", "month"),
    ("199", "1990-01-01", "1999-12-31", "year"),
])
def test_period_of_values(value: str, start: str, end: str, precision: str) -> None:
    period = period_of(value)
    assert period is not None
    assert (period.start.isoformat(), period.end.isoformat(), period.precision) == (start, end, precision)


@pytest.mark.parametrize("value", [None, "", "--10-16", "FUTURE_REF", "PAST_REF", "2019-13", "2019-02-30",
                                   "2019-W54", "20/11/2019"])
def test_values_without_a_period(value: str | None) -> None:
    assert period_of(value) is None


@pytest.mark.parametrize("text", ["2019-11-20", "2019-W47", "2019-11", "2019"])
def test_date_parameters_accepted(text: str) -> None:
    assert parse_date_param(text).start <= parse_date_param(text).end


@pytest.mark.parametrize("text", ["20/11/2019", "yesterday", "2019-11-31", "2019-13", "19", "2019-1-5", "",
                                  "2019-11-20T00:00", "2019-SU", "x" * 500])
def test_date_parameters_refused_in_one_line(text: str) -> None:
    with pytest.raises(DateParamError) as err:
        parse_date_param(text, "since")
    message = str(err.value)
    assert "\n" not in message and message.startswith(f"{err.value.code} since:") and len(message) < 160
    assert err.value.code in ("E181", "E182")


def _old_database(path: Path) -> None:
    """A database as schema version 4 left it: no period columns, no count dates."""
    with Store(path) as store:
        store.write_result(make_result("Police arrested protesters.", [
            {"cameo": "173", "date": "2019-W46"}, {"cameo": "190", "date": "2019-11"},
            {"cameo": "042", "date": "2019-11-20"}, {"cameo": "111", "date": None}]))
    conn = sqlite3.connect(path)
    for name in ("events_period_order", "events_period_end", "counts_period"):
        conn.execute(f"DROP INDEX {name}")
    for table in ("events", "times", "counts"):
        for column in ("date_start", "date_end", "date_precision"):
            conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    conn.execute("ALTER TABLE counts DROP COLUMN date")
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()


def test_migration_fills_old_databases_and_is_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _old_database(path)
    with Store(path, readonly=True) as store:  # a read-only open brings the file up to date first
        rows = store.query("SELECT date, date_start, date_end, date_precision FROM events ORDER BY id")
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert rows == [
        {"date": "2019-W46", "date_start": "2019-11-11", "date_end": "2019-11-17", "date_precision": "week"},
        {"date": "2019-11", "date_start": "2019-11-01", "date_end": "2019-11-30", "date_precision": "month"},
        {"date": "2019-11-20", "date_start": "2019-11-20", "date_end": "2019-11-20", "date_precision": "day"},
        {"date": None, "date_start": None, "date_end": None, "date_precision": None},
    ]
    conn = sqlite3.connect(path)
    before = conn.execute("SELECT * FROM events ORDER BY id").fetchall()
    add_period_columns(conn)  # again: nothing to add, nothing to change
    conn.commit()
    assert conn.execute("SELECT * FROM events ORDER BY id").fetchall() == before
    conn.close()


def test_migration_refused_on_a_read_only_file_says_why(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.db"
    _old_database(path)

    def cannot_write(self: Store) -> int:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(Store, "migrate", cannot_write)  # what a read-only file or directory does
    with pytest.raises(StoreError, match="schema version 4, this version of newsevents needs") as err:
        Store(path, readonly=True)
    assert "\n" not in str(err.value)


def test_new_results_store_their_periods(tmp_path: Path) -> None:
    with Store(tmp_path / "t.db") as store:
        store.write_result(make_result("The army shelled the town.", [{"cameo": "195", "date": "2019-W46"}]))
        row = store.query("SELECT date_start, date_end, date_precision FROM events")[0]
    assert (date.fromisoformat(row["date_start"]).weekday(), row["date_end"], row["date_precision"]) == (
        0, "2019-11-17", "week")
