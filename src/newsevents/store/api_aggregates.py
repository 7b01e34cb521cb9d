"""Aggregates behind the dashboard: events per day, the actor-pair matrix, top actors, counts over time.

Each one is a single GROUP BY over the events (or counts) table, with the same filters as
/api/events, so a chart and the list under it always agree. The covering indexes of
:data:`.api_queries.API_INDEX_SQL` let SQLite answer the unfiltered ones from an index alone.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from .api_queries import CountQuery, EventQuery, count_where, event_where, table_exists

ACTOR_COLUMNS = {"name": ("source_name", "target_name"), "code": ("source_code", "target_code")}


def _and(where_sql: str, clause: str) -> str:
    return f"{where_sql} AND {clause}" if where_sql else f" WHERE {clause}"


def timeline(conn: sqlite3.Connection, q: EventQuery, by: str = "quad_class") -> dict[str, Any]:
    """Events per day per QuadClass (``by="quad_class"``) or per CAMEO root (``by="root"``).

    SQL groups by the raw (date, quad_class, cameo) triple, which the ``events_day_kind`` index
    yields in order (no sort); days and keys are folded here. Events dated to a month or a year
    only are left out of the days and counted in ``undated``.
    """
    w = event_where(q)
    sql = f"SELECT date, quad_class, cameo, COUNT(*) AS n FROM events{w.sql()} GROUP BY date, quad_class, cameo"
    cells: dict[tuple[str, Any], int] = {}
    undated = 0
    for date, quad, cameo, n in conn.execute(sql, w.params):
        if not date or len(date) < 10:
            undated += n
            continue
        key = quad if by == "quad_class" else (cameo[:2] if cameo else None)
        cells[(date[:10], key)] = cells.get((date[:10], key), 0) + n
    rows = [{"day": day, "key": key, "n": n} for (day, key), n in sorted(cells.items(), key=lambda kv: (
        kv[0][0], kv[0][1] is None, kv[0][1] or 0))]
    keys = sorted({r["key"] for r in rows}, key=lambda k: (k is None, k or 0))
    return {"by": by, "keys": keys, "rows": rows, "undated": undated}


def pairs(conn: sqlite3.Connection, q: EventQuery, by: str = "code", limit: int = 100) -> dict[str, Any]:
    """The actor-pair matrix: events and mean Goldstein per (source, target), largest first."""
    src, tgt = ACTOR_COLUMNS[by]
    w = event_where(q)
    sql = (f"SELECT {src} AS source, {tgt} AS target, COUNT(*) AS n, AVG(goldstein) AS goldstein FROM events"
           f"{_and(w.sql(), f'{src} IS NOT NULL AND {tgt} IS NOT NULL')} "
           f"GROUP BY {src}, {tgt} ORDER BY n DESC, source, target LIMIT ?")
    rows = [dict(r) for r in conn.execute(sql, [*w.params, limit])]
    for row in rows:
        if row["goldstein"] is not None:
            row["goldstein"] = round(row["goldstein"], 2)
    return {"by": by, "pairs": rows}


def top_actors(conn: sqlite3.Connection, q: EventQuery, by: str = "name", limit: int = 20) -> dict[str, Any]:
    """Actors with the most events, as source and as target."""
    src, tgt = ACTOR_COLUMNS[by]
    w = event_where(q)
    part = "SELECT {c} AS actor, COUNT(*) AS n FROM events{w} GROUP BY {c}"
    sql = (
        "SELECT actor, SUM(CASE WHEN side = 's' THEN n ELSE 0 END) AS as_source, "
        "SUM(CASE WHEN side = 't' THEN n ELSE 0 END) AS as_target, SUM(n) AS events FROM ("
        f"SELECT 's' AS side, * FROM ({part.format(c=src, w=_and(w.sql(), f'{src} IS NOT NULL'))}) UNION ALL "
        f"SELECT 't' AS side, * FROM ({part.format(c=tgt, w=_and(w.sql(), f'{tgt} IS NOT NULL'))})"
        ") GROUP BY actor ORDER BY events DESC, actor LIMIT ?"
    )
    rows = [dict(r) for r in conn.execute(sql, [*w.params, *w.params, limit])]
    return {"by": by, "actors": rows}


def counts_timeline(conn: sqlite3.Connection, flt: CountQuery, by: str = "country") -> dict[str, Any]:
    """The largest figure reported per day and per country (or per source site), for a death-toll curve."""
    key = {"country": "COALESCE(c.about_country, '')", "site": "COALESCE(a.site, '')"}[by]
    w = count_where(flt)
    sql = (f"SELECT substr(a.published, 1, 10) AS day, {key} AS key, c.what AS what, MAX(c.value) AS value, "
           f"COUNT(*) AS reports FROM counts c JOIN articles a ON a.id = c.article_id"
           f"{_and(w.sql(), 'a.published IS NOT NULL')} GROUP BY day, key, what ORDER BY day, key")
    kinds = [r[0] for r in conn.execute("SELECT DISTINCT what FROM counts ORDER BY what")]
    return {"by": by, "kinds": kinds, "rows": [dict(r) for r in conn.execute(sql, w.params)]}


def overview(conn: sqlite3.Connection) -> dict[str, Any]:
    """Row counts, the event date range and which optional tables (stories) this database has."""
    rows = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("articles", "events", "actors", "quotes", "counts")}
    rows["actor_names"] = conn.execute("SELECT COUNT(DISTINCT name) FROM actors").fetchone()[0]
    first, last = conn.execute("SELECT MIN(date_start), MAX(date_end) FROM events").fetchone()
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    return {"rows": rows, "first_date": first, "last_date": last, "schema_version": version,
            "stories": table_exists(conn, "stories")}
