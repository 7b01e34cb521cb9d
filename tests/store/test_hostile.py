"""The store under hostile conditions (issue 16.3): odd names, a held write lock, two aggregating processes."""

from __future__ import annotations

import dataclasses
import sqlite3
import threading
from pathlib import Path

import pytest

from newsevents import aggregate
from newsevents.errors import InputError, StoreError
from newsevents.model import ArticleResult, content_id
from newsevents.store import Store
from newsevents.store.names import printable
from tests.test_model import sample_result


def _result(n: int) -> ArticleResult:
    """``sample_result`` with its own text (so its own id): article ``n``."""
    base = sample_result()
    text = base.article.text + f" Report number {n}."
    aid = content_id(text)
    article = dataclasses.replace(base.article, id=aid, text=text)
    return dataclasses.replace(base, article=article, actors=[dataclasses.replace(a, article_id=aid)
                                                              for a in base.actors],
                               events=[dataclasses.replace(e, article_id=aid) for e in base.events],
                               times=[], places=[])


def test_a_file_name_that_is_not_utf8_is_stored_and_logged(tmp_path: Path) -> None:
    name = "/in/caf\udce9-\udcff.txt"  # how Python hands over the bytes b"caf\xe9-\xff" of a Latin-1 file name
    with Store(tmp_path / "n.db") as store:
        assert store.write_result(_result(1), name, key="k1") == "stored"
        store.log_error(InputError("empty input", source=name))
        sources = [r["source"] for r in store.query("SELECT source FROM ingest_log ORDER BY seq")]
    assert sources == ["/in/caf\\xe9-\\xff.txt"] * 2
    assert printable("plain/été.txt") == "plain/été.txt"


def test_a_database_name_with_a_hash_opens_that_file_read_only(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    with Store("odd#name.db") as store:
        store.write_result(_result(1), "a.txt")
    with Store("odd#name.db", readonly=True) as reader:
        assert reader.query("SELECT COUNT(*) AS n FROM articles")[0]["n"] == 1
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("odd#name.db")) == []


def test_a_write_lock_held_throughout_is_one_store_error(tmp_path: Path) -> None:
    path = tmp_path / "busy.db"
    with Store(path, busy_timeout=0.05) as store:
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(StoreError, match="locked by another process"):
                store.write_result(_result(1), "a.txt")
            assert not store.conn.in_transaction
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        assert store.write_result(_result(1), "a.txt") == "stored"  # the store is usable afterwards


def test_a_write_lock_released_in_time_is_waited_for(tmp_path: Path) -> None:
    path = tmp_path / "wait.db"
    with Store(path, busy_timeout=0.1) as store:
        holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        holder.execute("BEGIN IMMEDIATE")
        timer = threading.Timer(0.15, lambda: holder.execute("ROLLBACK"))
        timer.start()
        try:
            assert store.write_result(_result(1), "a.txt") == "stored"
        finally:
            timer.join()
            holder.close()


def test_two_aggregators_never_take_the_same_article(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "agg.db"
    with Store(path) as writer:
        for n in range(4):
            writer.write_result(_result(n), f"{n}.txt")
    first, second = Store(path), Store(path)
    failures: list[BaseException] = []
    real_merge = aggregate.merge_article
    started: list[threading.Thread] = []

    def other() -> None:
        try:
            aggregate.update(second)
        except BaseException as err:  # noqa: BLE001 - reported by the assertion below
            failures.append(err)

    def merge_and_race(conn, article_id):  # while the first holds the lock, the second reads its work list
        if not started:
            started.append(threading.Thread(target=other))
            started[0].start()
            started[0].join(0.3)
        return real_merge(conn, article_id)

    monkeypatch.setattr(aggregate, "merge_article", merge_and_race)
    try:
        aggregate.update(first)
        started[0].join(30)
    finally:
        first.close()
        second.close()
    assert failures == []
    with Store(path, readonly=True) as store:
        assert store.query("SELECT COUNT(*) AS n FROM aggregated")[0]["n"] == 4
