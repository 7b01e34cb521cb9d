"""The SQLite schema, derived from the data model so the two cannot drift apart.

Every item table has the columns of its dataclass (lists and dicts stored as JSON text), keyed by
``(article_id, id)`` or ``(article_id, start, end)``. Migrations are numbered SQL scripts applied
in order and recorded in ``PRAGMA user_version``; later features add a migration, never edit one.
"""

from __future__ import annotations

import dataclasses
import sqlite3
import types
import typing
from collections.abc import Callable
from typing import Any

from ..model import Actor, Article, Count, Entity, Event, Place, Quote, TimeExpression
from .periods import add_period_columns

# table name -> (dataclass, primary key columns)
ITEM_TABLES: dict[str, tuple[type, tuple[str, ...]]] = {
    "entities": (Entity, ("article_id", "start", "end", "label")),
    "actors": (Actor, ("article_id", "id")),
    "events": (Event, ("article_id", "id")),
    "quotes": (Quote, ("article_id", "id")),
    "counts": (Count, ("article_id", "id")),
    "times": (TimeExpression, ("article_id", "start", "end")),
    "places": (Place, ("article_id", "start", "end")),
}

INDEXES = {
    "events": ["cameo", "source_code", "target_code", "date", "plover", "mode"],
    "actors": ["code", "country", "name"],
    "quotes": ["speaker_code"],
    "counts": ["what", "about_country"],
    "places": ["country"],
}


def _sql_type(tp: Any) -> str:
    """SQLite column affinity for a dataclass field type (JSON text for lists and dicts)."""
    args = [a for a in typing.get_args(tp) if a is not type(None)]
    if isinstance(tp, types.UnionType) or typing.get_origin(tp) is typing.Union:
        tp = args[0] if args else str
    origin = typing.get_origin(tp) or tp
    if origin in (list, dict):
        return "TEXT"  # JSON
    return {int: "INTEGER", float: "REAL", bool: "INTEGER"}.get(origin, "TEXT")


def columns(cls: type) -> list[tuple[str, str]]:
    """``(name, sql type)`` for each field of ``cls`` (the article id column comes first)."""
    hints = typing.get_type_hints(cls)
    cols = [(f.name, _sql_type(hints[f.name])) for f in dataclasses.fields(cls)]
    if "article_id" not in {name for name, _ in cols}:
        cols.insert(0, ("article_id", "TEXT"))
    return cols


def _item_table_sql(name: str, cls: type, key: tuple[str, ...]) -> str:
    cols = ",\n  ".join(f'"{col}" {typ}' for col, typ in columns(cls))
    keys = ", ".join(f'"{k}"' for k in key)
    return f'CREATE TABLE IF NOT EXISTS {name} (\n  {cols},\n  PRIMARY KEY ({keys})\n);'


def _article_table_sql() -> str:
    cols = ",\n  ".join(f'"{col}" {typ}' + (" PRIMARY KEY" if col == "id" else "") for col, typ in columns(Article))
    return (
        f"CREATE TABLE IF NOT EXISTS articles (\n  {cols},\n  stages TEXT,\n  story_id TEXT,\n"
        "  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))\n);"
    )


def _migration_1() -> str:
    parts = [_article_table_sql()]
    parts += [_item_table_sql(name, cls, key) for name, (cls, key) in ITEM_TABLES.items()]
    parts.append(
        "CREATE TABLE IF NOT EXISTS ingest_log (\n"
        "  seq INTEGER PRIMARY KEY AUTOINCREMENT,\n"
        "  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),\n"
        "  source TEXT NOT NULL,\n  status TEXT NOT NULL,\n  article_id TEXT,\n  code TEXT,\n  message TEXT\n);"
    )
    parts.append("CREATE INDEX IF NOT EXISTS ingest_log_source ON ingest_log(source, status);")
    parts.append("CREATE INDEX IF NOT EXISTS articles_published ON articles(published);")
    for table, cols in INDEXES.items():
        parts += [f'CREATE INDEX IF NOT EXISTS {table}_{c} ON {table}("{c}");' for c in cols]
    return "\n".join(parts)


# Across articles (aggregate/): story dedup index, merged events and their evidence links, and the
# high-water mark of aggregated articles. ``stories`` is a view, so it cannot disagree with articles.
_MIGRATION_2_ACROSS = """
CREATE TABLE IF NOT EXISTS story_signatures (
  article_id TEXT PRIMARY KEY,
  story_id TEXT NOT NULL,
  signature BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS story_signatures_story ON story_signatures(story_id);
CREATE TABLE IF NOT EXISTS story_bands (
  band INTEGER NOT NULL,
  key BLOB NOT NULL,
  article_id TEXT NOT NULL,
  PRIMARY KEY (band, key, article_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS articles_story ON articles(story_id);
CREATE VIEW IF NOT EXISTS stories AS
  SELECT a.story_id AS id, COUNT(*) AS n_articles, COUNT(DISTINCT a.site) AS n_sites,
         MIN(a.published) AS first_published, MAX(a.published) AS last_published,
         (SELECT f.title FROM articles f WHERE f.id = a.story_id) AS title
  FROM articles a WHERE a.story_id IS NOT NULL GROUP BY a.story_id;
CREATE TABLE IF NOT EXISTS merged_events (
  id INTEGER PRIMARY KEY,
  merge_key TEXT NOT NULL,
  date TEXT, cameo TEXT NOT NULL, mode TEXT NOT NULL,
  source_code TEXT, source_name TEXT, source_country TEXT, source_role TEXT,
  target_code TEXT, target_name TEXT, target_country TEXT, target_role TEXT,
  place TEXT, place_country TEXT, place_kind TEXT, place_lat REAL, place_lon REAL,
  goldstein REAL, quad_class INTEGER, is_root INTEGER,
  num_mentions INTEGER NOT NULL DEFAULT 0, num_sources INTEGER NOT NULL DEFAULT 0,
  num_articles INTEGER NOT NULL DEFAULT 0, num_stories INTEGER NOT NULL DEFAULT 0,
  first_article_id TEXT, first_url TEXT, first_added TEXT
);
CREATE INDEX IF NOT EXISTS merged_events_key ON merged_events(merge_key);
CREATE INDEX IF NOT EXISTS merged_events_cameo ON merged_events(cameo);
CREATE INDEX IF NOT EXISTS merged_events_date ON merged_events(date);
CREATE TABLE IF NOT EXISTS merged_event_links (
  merged_id INTEGER NOT NULL REFERENCES merged_events(id),
  article_id TEXT NOT NULL,
  event_id TEXT NOT NULL,
  site TEXT, story_id TEXT, is_root INTEGER,
  sentence TEXT, sentence_start INTEGER, sentence_end INTEGER,
  PRIMARY KEY (article_id, event_id)
);
CREATE INDEX IF NOT EXISTS merged_event_links_merged ON merged_event_links(merged_id);
CREATE TABLE IF NOT EXISTS aggregated (
  article_rowid INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL UNIQUE
);
"""

# Migration 3: the indexes the REST API's filters and aggregates rely on (kept under 100 ms at 100k events).
API_INDEX_SQL = """
CREATE INDEX IF NOT EXISTS events_date_order ON events(date, article_id, id);
CREATE INDEX IF NOT EXISTS events_day_kind ON events(date, quad_class, cameo);
CREATE INDEX IF NOT EXISTS events_pair ON events(source_code, target_code, goldstein);
CREATE INDEX IF NOT EXISTS events_pair_name ON events(source_name, target_name, goldstein);
CREATE INDEX IF NOT EXISTS events_target_name ON events(target_name);
CREATE INDEX IF NOT EXISTS events_place_country ON events(place_country);
CREATE INDEX IF NOT EXISTS events_place_nocase ON events(place COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS actors_name_facets ON actors(name, code, country, kind, role, qid, article_id);
CREATE INDEX IF NOT EXISTS quotes_speaker_name ON quotes(speaker_name);
CREATE INDEX IF NOT EXISTS counts_event ON counts(article_id, event_id);
CREATE INDEX IF NOT EXISTS articles_site ON articles(site);
"""

# Migration 4: the ingest log remembers each input's content identity (ingest/identity.py), the resume key;
# the source name alone skipped new content published under an old name.
INPUT_KEY_SQL = """
ALTER TABLE ingest_log ADD COLUMN input_key TEXT;
CREATE INDEX IF NOT EXISTS ingest_log_input_key ON ingest_log(input_key, status);
"""


def add_missing_columns(conn: sqlite3.Connection) -> None:
    """Migration 6: add each dataclass field an item table lacks (the place coordinates, precision and
    basis of events, the precision and ADM1 code of places). Migration 1 is derived from the live
    dataclasses, so a field added later is there in a new file but not in an older one; this brings
    the older file level, whichever it is, and changes nothing when run again."""
    for table, (cls, _) in ITEM_TABLES.items():
        have = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        for name, typ in columns(cls):
            if name not in have:
                conn.execute(f'ALTER TABLE {table} ADD COLUMN "{name}" {typ}')


# Migration n is MIGRATIONS[n - 1]: an SQL script, or a function of the connection run in one
# transaction (migration 5, store/periods.py: the typed date columns; 6: columns of later fields).
# Append, never edit.
MIGRATIONS: list[str | Callable[[sqlite3.Connection], None]] = [
    _migration_1(), _MIGRATION_2_ACROSS, API_INDEX_SQL, INPUT_KEY_SQL, add_period_columns, add_missing_columns]
