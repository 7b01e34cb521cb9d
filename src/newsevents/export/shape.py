"""The rows an analyst gets: the database's columns plus what analysis needs, typed once for every format.

Why a shape of its own: the database keeps each table normalised (an event knows its article's id,
not its URL) and stores dates as written ("2019-W46"). An analyst joining, filtering and counting
in pandas or DuckDB needs each row to stand alone. So every exported row adds:

- ``global_id``: ``article_id:id``, unique across the database (a bare ``E1`` is unique only
  within its article); counts add ``event_global_id`` and merged-event links ``event_global_id``.
- on events, counts and quotes: the article's ``url``, ``site``, ``published`` and ``published_date``.
- on every dated table: ``date_start``, ``date_end`` (real dates) and ``date_precision``, from the
  ``date`` value (:mod:`.periods`), unless the database already stores them.

Codes (``cameo``, actor codes) stay text everywhere. Sentences lose surrounding blank lines.
The always-empty ``article_id`` of ``articles`` (its id is ``id``) is left out.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..errors import Errors, StoreError
from ..periods import period_of
from ..store import Store
from ..store.queries import EventFilter, event_rows
from .periods import as_date

__all__ = ["ALL_TABLES", "Column", "Selection", "export_columns", "export_rows", "select_events"]

ALL_TABLES = ("articles", "actors", "events", "quotes", "counts", "merged_events", "merged_event_links",
              "entities", "times", "places", "stories", "ingest_log")
#: columns that hold JSON text in the database: lists of text, or an actor's mentions
JSON_COLUMNS = frozenset({"mentions", "resolved_by", "notes", "stages"})
#: tables whose rows get ``global_id`` (their ids are unique only within an article)
GLOBAL_ID_TABLES = frozenset({"actors", "events", "quotes", "counts"})
#: tables whose rows get the article's URL, site and publication date
WITH_ARTICLE = frozenset({"events", "quotes", "counts"})
#: tables whose ``date`` value becomes date_start / date_end / date_precision
DATED = frozenset({"events", "counts", "merged_events"})
_STRIPPED = frozenset({"sentence", "evidence"})
_KINDS = {"INTEGER": "int", "REAL": "float", "BLOB": "bytes"}
BATCH = 5000


@dataclass(frozen=True)
class Column:
    """An exported column: its name and kind (text, int, float, date, bytes, list, mentions)."""

    name: str
    kind: str


@dataclass
class Selection:
    """What an event filter keeps: the events, their articles, merged events and stories."""

    events: set[tuple[str, str]] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    merged: set[int] = field(default_factory=set)
    stories: set[str] = field(default_factory=set)


def _db_columns(store: Store, table: str) -> list[tuple[str, str]]:
    if table not in ALL_TABLES:
        raise StoreError(Errors.E506.format(table=table, tables=", ".join(ALL_TABLES)), source=str(store.path))
    out = []
    for row in store.conn.execute(f"PRAGMA table_info({table})").fetchall():
        name, decl = row["name"], (row["type"] or "").upper()
        kind = _KINDS.get(decl, "int" if name.startswith(("n_", "num_")) else "text")  # COUNT() view columns
        if name in JSON_COLUMNS:
            kind = "mentions" if name == "mentions" else "list"
        out.append((name, kind))
    return out


def export_columns(store: Store, table: str) -> list[Column]:
    """The exported columns of ``table``, in order: global ids, the database's, then the added ones."""
    db = _db_columns(store, table)
    names = {n for n, _ in db}
    cols = [Column("global_id", "text")] if table in GLOBAL_ID_TABLES else []
    if table == "counts":
        cols.append(Column("event_global_id", "text"))
    if table == "merged_event_links":
        cols.append(Column("event_global_id", "text"))
    for name, kind in db:
        if table == "articles" and name == "article_id":
            continue
        cols.append(Column(name, "date" if name in ("date_start", "date_end") else kind))
    if table in DATED and "date_start" not in names:
        cols += [Column("date_start", "date"), Column("date_end", "date"), Column("date_precision", "text")]
    if table in WITH_ARTICLE:
        cols += [Column("url", "text"), Column("site", "text"), Column("published", "text")]
    if table in WITH_ARTICLE or table == "articles":
        cols.append(Column("published_date", "date"))
    return cols


def select_events(store: Store, flt: EventFilter) -> Selection:
    """The events the ``events`` command would list for ``flt`` (its own filter), and what they touch."""
    sel = Selection()
    for row in event_rows(store, flt):
        sel.events.add((row["article_id"], row["id"]))
        sel.articles.add(row["article_id"])
    for merged_id, article_id, event_id in store.conn.execute(
            "SELECT merged_id, article_id, event_id FROM merged_event_links"):
        if (article_id, event_id) in sel.events:
            sel.merged.add(merged_id)
    for story_id, article_id in store.conn.execute("SELECT story_id, id FROM articles"):
        if article_id in sel.articles and story_id:
            sel.stories.add(story_id)
    return sel


def _kept(table: str, row: dict[str, Any], sel: Selection | None) -> bool:
    if sel is None:
        return True
    if table == "events":
        return (row["article_id"], row["id"]) in sel.events
    if table == "merged_event_links":
        return (row["article_id"], row["event_id"]) in sel.events
    if table == "merged_events":
        return row["id"] in sel.merged
    if table == "stories":
        return row["id"] in sel.stories
    if table == "articles":
        return row["id"] in sel.articles
    return row.get("article_id") in sel.articles


def _published_date(value: Any) -> date | None:
    return as_date(value) if isinstance(value, str) else None


def _shape(table: str, row: dict[str, Any], cols: list[Column]) -> dict[str, Any]:
    """One database row in the exported shape (JSON decoded, dates as dates, ids added)."""
    aid = row.get("article_id")
    if table in GLOBAL_ID_TABLES:
        row["global_id"] = f"{aid}:{row['id']}"
    if table == "counts":
        row["event_global_id"] = f"{aid}:{row['event_id']}" if row.get("event_id") else None
    if table == "merged_event_links":
        row["event_global_id"] = f"{aid}:{row['event_id']}"
    kinds = {c.name: c.kind for c in cols}
    if table in DATED and "date_precision" in kinds and "date_start" not in row:
        found = period_of(row.get("date"))
        row["date_start"], row["date_end"] = (found.start, found.end) if found else (None, None)
        row["date_precision"] = found.precision if found else None
    if "published_date" in kinds:
        row["published_date"] = _published_date(row.get("published"))
    out = {}
    for col in cols:
        value = row.get(col.name)
        if col.kind in ("list", "mentions") and isinstance(value, str):
            value = json.loads(value)
        elif col.kind == "date":
            value = as_date(value)
        elif col.name in _STRIPPED and isinstance(value, str):
            value = value.strip()
        out[col.name] = value
    return out


def export_rows(store: Store, table: str, sel: Selection | None = None) -> Iterator[dict[str, Any]]:
    """Every row of ``table`` (those ``sel`` keeps) in storage order, in the exported shape."""
    cols = export_columns(store, table)
    db = [n for n, _ in _db_columns(store, table)]
    select = ", ".join(f't."{n}"' for n in db)
    source = f"{table} t"
    if table in WITH_ARTICLE:
        select += ", a.url AS url, a.site AS site, a.published AS published"
        source += " LEFT JOIN articles a ON a.id = t.article_id"
    order = "t.id" if table == "stories" else "t.rowid"
    cur = store.conn.execute(f"SELECT {select} FROM {source} ORDER BY {order}")
    names = db + (["url", "site", "published"] if table in WITH_ARTICLE else [])
    while batch := cur.fetchmany(BATCH):
        for values in batch:
            row = dict(zip(names, tuple(values), strict=True))
            if _kept(table, row, sel):
                yield _shape(table, row, cols)
