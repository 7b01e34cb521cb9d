"""The embedded store: idempotent writes, atomic articles, the ingest log, round trips."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsevents.errors import InputError, StoreError
from newsevents.store import Store
from newsevents.store.queries import EventFilter, event_rows, summary
from tests.test_model import sample_result


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store(tmp_path / "t.db") as s:
        yield s


def test_write_is_idempotent_by_content_hash(store: Store) -> None:
    result = sample_result()
    assert store.write_result(result, "a.txt") == "stored"
    before = store.row_counts()
    assert store.write_result(sample_result(), "copy-of-a.txt") == "duplicate"
    after = store.row_counts()
    assert after["ingest_log"] == before["ingest_log"] + 1
    unlogged = {k: v for k, v in after.items() if k != "ingest_log"}
    assert unlogged == {k: v for k, v in before.items() if k != "ingest_log"}
    assert store.source_done("a.txt") and store.source_done("copy-of-a.txt") and not store.source_done("b.txt")


def test_load_result_round_trips(store: Store) -> None:
    result = sample_result()
    store.write_result(result, "a.txt")
    assert store.load_result(result.article.id) == result
    assert list(store.iter_results()) == [result]


def test_wal_mode_and_schema_version(store: Store) -> None:
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] >= 1


def test_failed_write_leaves_nothing_half_stored(store: Store) -> None:
    result = sample_result()
    store.conn.execute("CREATE TRIGGER boom BEFORE INSERT ON events BEGIN SELECT RAISE(ABORT, 'boom'); END")
    with pytest.raises(StoreError):
        store.write_result(result, "a.txt")
    counts = store.row_counts()
    assert counts["articles"] == 0 and counts["actors"] == 0 and counts["ingest_log"] == 0


def test_errors_are_logged_with_their_source(store: Store) -> None:
    store.log_error(InputError("empty file", source="bad.txt"))
    rows = store.query("SELECT source, status, code, message FROM ingest_log")
    assert rows == [{"source": "bad.txt", "status": "error", "code": "E100", "message": "empty file"}]
    assert not store.source_done("bad.txt")


def test_event_filters_bind_values(store: Store) -> None:
    store.write_result(sample_result(), "a.txt")
    assert len(event_rows(store, EventFilter(actor="RUS"))) == 1
    assert len(event_rows(store, EventFilter(code="11"))) == 1
    assert event_rows(store, EventFilter(code="04")) == []
    assert event_rows(store, EventFilter(actor="'; DROP TABLE events; --")) == []
    assert store.row_counts()["events"] == 1
    info = summary(store)
    assert info["events_by_root"] == [{"root": "11", "n": 1}]


def test_readonly_store_cannot_write(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    Store(path).close()
    with Store(path, readonly=True) as ro, pytest.raises(sqlite3.OperationalError):
        ro.conn.execute("INSERT INTO ingest_log(source, status) VALUES ('x', 'error')")


def test_unopenable_database_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        Store(tmp_path / "missing" / "dir.db", readonly=True)
