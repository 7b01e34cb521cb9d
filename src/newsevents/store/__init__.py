"""The embedded event database: SQLite in WAL mode, one transaction per article, idempotent.

Why SQLite: it needs no server, a reader (the dashboard) can read while an ingest writes (WAL), and
one transaction per article means an interrupted ingest (Ctrl-C, kill -9) leaves every article
either fully stored or absent. Articles are keyed by a hash of their text, so storing the same
article twice changes nothing; the ingest log remembers which inputs are done, so a resumed run
skips them without re-parsing.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from ..errors import Errors, NewsEventsError, StoreError
from ..model import Article, ArticleResult, result_from_dict, to_dict
from ..periods import fill_result_periods
from .names import printable
from .schema import ITEM_TABLES, MIGRATIONS, columns

LOGGER = logging.getLogger(__name__)
T = TypeVar("T")
DONE_STATUSES = ("stored", "duplicate")
__all__ = ["DONE_STATUSES", "Store"]


#: Seconds SQLite waits for another writer's lock per attempt, and how many attempts a write makes.
BUSY_TIMEOUT = 30.0
BUSY_ATTEMPTS = 3


def _is_busy(err: sqlite3.Error) -> bool:
    text = str(err).lower()
    return isinstance(err, sqlite3.OperationalError) and ("locked" in text or "busy" in text)


#: Columns that hold a list or dict as JSON text (in SQLite and in Parquet shards alike).
JSON_FIELDS = frozenset({"mentions", "resolved_by", "notes", "stages"})


def _cell(value: Any) -> Any:
    """A Python value as SQLite stores it: lists and dicts as JSON text."""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value


def encode_row(obj: Any, article_id: str) -> dict[str, Any]:
    """One model object as a table row: lists and dicts as JSON text, the article id filled in."""
    data = to_dict(obj)
    if not data.get("article_id"):
        data["article_id"] = article_id
    return {k: _cell(v) for k, v in data.items()}


def decode_row(row: dict[str, Any]) -> dict[str, Any]:
    """A table row back as model-object fields: the JSON columns parsed."""
    return {k: json.loads(v) if k in JSON_FIELDS and isinstance(v, str) else v for k, v in row.items()}


class Store:
    """A newsevents database file. Use as a context manager, or call :meth:`close`."""

    def __init__(self, path: str | Path, *, readonly: bool = False, busy_timeout: float = BUSY_TIMEOUT) -> None:
        self.path = Path(path)
        self.busy_timeout = busy_timeout
        try:
            if readonly:
                # as_uri percent-encodes '#', '?' and '%': a raw "file:odd#name.db" would open "odd" instead
                uri = self.path.resolve().as_uri() + "?mode=ro"
                self.conn = sqlite3.connect(uri, uri=True, timeout=busy_timeout, isolation_level=None,
                                            check_same_thread=False)
                self._catch_up(uri)
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.conn = sqlite3.connect(self.path, timeout=busy_timeout, isolation_level=None,
                                            check_same_thread=False)
                self.conn.execute("PRAGMA journal_mode=WAL")
                self.conn.execute("PRAGMA synchronous=NORMAL")
                self.migrate()
        except (sqlite3.Error, OSError) as err:
            raise StoreError(Errors.E501.format(err=err), source=printable(str(path))) from err
        self.conn.row_factory = sqlite3.Row

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection (a WAL checkpoint happens on the last close)."""
        self.conn.close()

    # -- schema ---------------------------------------------------------------------------------
    def migrate(self) -> int:
        """Apply the migrations this file has not seen yet; returns the schema version."""
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
            if isinstance(step, str):
                self.conn.executescript(f"BEGIN;\n{step}\nPRAGMA user_version={number};\nCOMMIT;")
            else:
                self.conn.execute("BEGIN IMMEDIATE")
                try:
                    step(self.conn)
                    self.conn.execute(f"PRAGMA user_version={number}")
                    self.conn.execute("COMMIT")
                except BaseException:
                    self._rollback()
                    raise
            LOGGER.info("migrated %s to schema version %d", self.path, number)
        return len(MIGRATIONS)

    def _catch_up(self, uri: str) -> None:
        """A read-only open of a database older than this code: migrate it once through a writable
        connection (reads need the newer columns), then read as before.

        Raises:
            StoreError: the file cannot be written, so it cannot be brought up to date.
        """
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version == 0 or version >= len(MIGRATIONS):
            return
        self.conn.close()
        try:
            Store(self.path, busy_timeout=self.busy_timeout).close()
        except StoreError as err:
            raise StoreError(Errors.E502.format(version=version, needed=len(MIGRATIONS), reason=err.message),
                             source=printable(str(self.path))) from err
        self.conn = sqlite3.connect(uri, uri=True, timeout=self.busy_timeout, isolation_level=None,
                                    check_same_thread=False)

    # -- writing --------------------------------------------------------------------------------
    def source_done(self, source: str) -> bool:
        """True when ``source`` was already stored (or found a duplicate) by an earlier run."""
        row = self.conn.execute(
            "SELECT 1 FROM ingest_log WHERE source = ? AND status IN (?, ?) LIMIT 1", (printable(source),
                                                                                     *DONE_STATUSES)
        ).fetchone()
        return row is not None

    def done_sources(self) -> set[str]:
        """Every source already stored or found a duplicate (one query, for resuming big batches)."""
        rows = self.conn.execute("SELECT DISTINCT source FROM ingest_log WHERE status IN (?, ?)", DONE_STATUSES)
        return {r[0] for r in rows}

    def done_keys(self) -> set[str]:
        """Every input identity (:func:`newsevents.ingest.identity.input_key`) already stored or a duplicate."""
        rows = self.conn.execute("SELECT DISTINCT input_key FROM ingest_log WHERE input_key IS NOT NULL "
                                 "AND status IN (?, ?)", DONE_STATUSES)
        return {r[0] for r in rows}

    def write_result(self, result: ArticleResult, source: str | None = None, key: str | None = None) -> str:
        """Store one article and all that was extracted from it, atomically.

        Returns ``"stored"``, or ``"duplicate"`` when an article with the same content hash is
        already in the database (then nothing else changes but the ingest log). ``key`` is the
        input's identity, what a later run compares to skip it.

        Raises:
            StoreError: the write failed, or another process held the write lock through every
                attempt (each waits ``busy_timeout`` seconds); the database is unchanged.
        """
        article = result.article
        source = printable(source or article.source or article.id)
        fill_result_periods(result)  # a result built without the pipeline (a test, an old shard) gets its periods

        def write() -> str:
            status = "duplicate" if self._insert_article(article, result.stages) == 0 else "stored"
            if status == "stored":
                for table in ITEM_TABLES:
                    self._insert_items(table, getattr(result, table), article.id)
            self.conn.execute("INSERT INTO ingest_log(source, status, article_id, input_key) VALUES (?, ?, ?, ?)",
                              (source, status, article.id, key))
            return status

        return self.transaction(write, what=f"store article {article.id}", source=source)

    def transaction(self, work: Callable[[], T], *, what: str, source: str) -> T:
        """Run ``work`` in one write transaction; a busy database is waited for and retried, then one error.

        Raises:
            StoreError: ``work`` failed (rolled back), or the write lock stayed taken for every attempt.
        """
        for attempt in range(1, BUSY_ATTEMPTS + 1):
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                value = work()
                self.conn.execute("COMMIT")
                return value
            except sqlite3.Error as err:
                self._rollback()
                if not _is_busy(err):
                    raise StoreError(Errors.E503.format(what=what, err=err), source=source) from err
                LOGGER.info("%s: database busy (attempt %d of %d)", source, attempt, BUSY_ATTEMPTS)
                time.sleep(min(1.0, 0.05 * 2 ** attempt))
        raise StoreError(Errors.E504.format(what=what, attempts=BUSY_ATTEMPTS, seconds=self.busy_timeout),
                         source=source)

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            try:
                self.conn.execute("ROLLBACK")
            except sqlite3.Error as err:  # the connection already ended the transaction itself
                LOGGER.debug("rollback: %s", err)

    def _insert_article(self, article: Article, stages: Sequence[str]) -> int:
        row = encode_row(article, article.id)
        row.pop("article_id", None)
        row["stages"] = json.dumps(list(stages))
        names = ", ".join(f'"{k}"' for k in row)
        marks = ", ".join("?" for _ in row)
        cur = self.conn.execute(
            f"INSERT INTO articles ({names}) VALUES ({marks}) ON CONFLICT(id) DO NOTHING", tuple(row.values())
        )
        return cur.rowcount

    def _insert_items(self, table: str, items: Sequence[Any], article_id: str) -> None:
        if not items:
            return
        cls, _ = ITEM_TABLES[table]
        names = [name for name, _ in columns(cls)]
        quoted = ", ".join('"' + n + '"' for n in names)
        sql = f"INSERT OR IGNORE INTO {table} ({quoted}) VALUES ({', '.join('?' for _ in names)})"
        rows = [encode_row(item, article_id) for item in items]
        self.conn.executemany(sql, [tuple(r.get(n) for n in names) for r in rows])

    def log_error(self, error: NewsEventsError | Exception, source: str | None = None) -> None:
        """Record a failed input in the ingest log (its own tiny transaction)."""
        source = printable(source or getattr(error, "source", None) or "<unknown>")
        code = getattr(error, "code", "E000")
        message = printable(getattr(error, "message", None) or str(error))
        self.transaction(lambda: self.conn.execute(
            "INSERT INTO ingest_log(source, status, code, message) VALUES (?, 'error', ?, ?)", (source, code, message)
        ), what="log an error", source=source)

    # -- reading --------------------------------------------------------------------------------
    def row_counts(self) -> dict[str, int]:
        """Rows per table (articles, every item table, ingest log)."""
        tables = ["articles", *ITEM_TABLES, "ingest_log"]
        return {t: self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}

    def article_ids(self) -> list[str]:
        """Ids of every stored article, in ingest order."""
        return [r[0] for r in self.conn.execute("SELECT id FROM articles ORDER BY rowid")]

    def load_result(self, article_id: str) -> ArticleResult:
        """Rebuild one article's full :class:`ArticleResult` from its rows."""
        row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise StoreError(Errors.E505.format(article_id=article_id), source=str(self.path))
        article = {k: row[k] for k in row.keys() if k not in ("stages", "story_id", "ingested_at")}  # noqa: SIM118 - a sqlite3.Row iterates its values
        article["notes"] = json.loads(article.get("notes") or "[]")
        data: dict[str, Any] = {"article": article, "stages": json.loads(row["stages"] or "[]")}
        for table in ITEM_TABLES:
            data[table] = [decode_row(dict(r)) for r in self.conn.execute(
                f"SELECT * FROM {table} WHERE article_id = ? ORDER BY rowid", (article_id,))]
        return result_from_dict(data)

    def iter_results(self) -> Iterator[ArticleResult]:
        """Every stored article's result, in ingest order."""
        for article_id in self.article_ids():
            yield self.load_result(article_id)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Run a read query with bound parameters; rows as dicts."""
        return [dict(r) for r in self.conn.execute(sql, tuple(params))]
