"""Migration 5: the typed date columns (``date_start``, ``date_end``, ``date_precision``) on events,
times and counts, filled in for databases written before them (see :mod:`newsevents.periods`).

Why Python and not an SQL script: a database created since the columns joined the data model has
them from migration 1 (its tables are derived from the dataclasses), one created before has not,
so columns are added only where missing; and a week value (``2019-W46``) has no SQLite date
function. Each step checks before it acts, so running it again changes nothing.
"""

from __future__ import annotations

import sqlite3

from ..periods import period_of

# table -> the column holding the text value whose period is stored
PERIOD_VALUE = {"events": "date", "times": "value", "counts": "date"}
PERIOD_COLUMNS = ("date_start", "date_end", "date_precision")

# The indexes the date filters and the newest-first order use.
PERIOD_INDEX_SQL = """
CREATE INDEX IF NOT EXISTS events_period_order ON events(date_start, date_end DESC, article_id, id);
CREATE INDEX IF NOT EXISTS events_period_end ON events(date_end);
CREATE INDEX IF NOT EXISTS counts_period ON counts(date_start, date_end);
"""


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def add_period_columns(conn: sqlite3.Connection) -> None:
    """Add the missing date columns, date undated counts, fill every missing period, add the indexes.

    Counts written before they carried a date take their event's date when attached to one (a
    background event's count stays undated), else the article's publication day, as new ones do.
    """
    for table in PERIOD_VALUE:
        have = _columns(conn, table)
        wanted = (*PERIOD_COLUMNS, "date") if table == "counts" else PERIOD_COLUMNS
        for column in wanted:
            if column not in have:
                conn.execute(f'ALTER TABLE {table} ADD COLUMN "{column}" TEXT')
    conn.execute(
        "UPDATE counts SET date = CASE WHEN event_id IS NOT NULL AND EXISTS (SELECT 1 FROM events e "
        "WHERE e.article_id = counts.article_id AND e.id = counts.event_id) THEN (SELECT e.date FROM events e "
        "WHERE e.article_id = counts.article_id AND e.id = counts.event_id) ELSE (SELECT substr(a.published, 1, 10) "
        "FROM articles a WHERE a.id = counts.article_id) END WHERE date IS NULL")
    for table, value in PERIOD_VALUE.items():
        fill_table(conn, table, value)
    for statement in filter(None, (s.strip() for s in PERIOD_INDEX_SQL.split(";"))):
        conn.execute(statement)  # one by one: executescript would commit the migration's transaction


def fill_table(conn: sqlite3.Connection, table: str, value: str) -> int:
    """Set the period of every row of ``table`` that has a value and no precision yet; rows changed."""
    rows = conn.execute(f'SELECT rowid, "{value}" FROM {table} WHERE "{value}" IS NOT NULL '
                        "AND date_precision IS NULL").fetchall()
    updates = [(p.start.isoformat(), p.end.isoformat(), p.precision, rowid)
               for rowid, text in rows if (p := period_of(text)) is not None]
    conn.executemany(f"UPDATE {table} SET date_start = ?, date_end = ?, date_precision = ? WHERE rowid = ?",
                     updates)
    return len(updates)

