"""Aggregates behind the dashboard: events per day, the actor-pair matrix, top actors, counts over time.

Each one is a single GROUP BY over the events (or counts) table, with the same filters as
/api/events, so a chart and the list under it always agree. Event aggregates count merged events
by default (``unit="merged"``: one real event reported by many articles counts once; the mention
count less :func:`.api_merged.repeats`), or every report (``unit="mentions"``). The covering indexes of
:data:`.api_queries.API_INDEX_SQL` let SQLite answer the unfiltered ones from an index alone.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from .api_merged import repeats
from .api_queries import CountQuery, EventQuery, count_where, event_where, table_exists

ACTOR_COLUMNS = {"name": ("source_name", "target_name"), "code": ("source_code", "target_code")}


def _and(where_sql: str, clause: str) -> str:
    return f"{where_sql} AND {clause}" if where_sql else f" WHERE {clause}"


def timeline(conn: sqlite3.Connection, q: EventQuery, by: str = "quad_class", unit: str = "merged") -> dict[str, Any]:
    """Events per day per QuadClass (``by="quad_class"``) or per CAMEO root (``by="root"``).

    SQL groups by the raw (date, quad_class, cameo) triple, which the ``events_day_kind`` index
    yields in order (no sort); days and keys are folded here. Events dated to a month or a year
    only are left out of the days and counted in ``undated``.
    """
    w = event_where(q)
    sql = f"SELECT date, quad_class, cameo, COUNT(*) AS n FROM events{w.sql()} GROUP BY date, quad_class, cameo"
    cells: dict[tuple[str, Any], int] = {}
    undated = 0
    extra = repeats(conn, q, unit, "date, quad_class, cameo")
    for date, quad, cameo, n in conn.execute(sql, w.params):
        n -= extra.get((date, quad, cameo), 0)
        if not date or len(date) < 10:
            undated += n
            continue
        key = quad if by == "quad_class" else (cameo[:2] if cameo else None)
        cells[(date[:10], key)] = cells.get((date[:10], key), 0) + n
    rows = [{"day": day, "key": key, "n": n} for (day, key), n in sorted(cells.items(), key=lambda kv: (
        kv[0][0], kv[0][1] is None, kv[0][1] or 0))]
    keys = sorted({r["key"] for r in rows}, key=lambda k: (k is None, k or 0))
    return {"by": by, "unit": unit, "keys": keys, "rows": rows, "undated": undated}


def pairs(conn: sqlite3.Connection, q: EventQuery, by: str = "code", limit: int = 100,
          unit: str = "merged") -> dict[str, Any]:
    """The actor-pair matrix: events and mean Goldstein per (source, target), largest first.

    Merged counts only lower the pairs with repeated reports, so the top ``limit`` by merged count
    is among the top ``limit + len(extra)`` by mention count."""
    src, tgt = ACTOR_COLUMNS[by]
    w = event_where(q)
    extra = repeats(conn, q, unit, f"{src}, {tgt}", f"{src} IS NOT NULL AND {tgt} IS NOT NULL")
    sql = (f"SELECT {src} AS source, {tgt} AS target, COUNT(*) AS n, AVG(goldstein) AS goldstein FROM events"
           f"{_and(w.sql(), f'{src} IS NOT NULL AND {tgt} IS NOT NULL')} "
           f"GROUP BY {src}, {tgt} ORDER BY n DESC, source, target LIMIT ?")
    rows = [dict(r) for r in conn.execute(sql, [*w.params, limit + len(extra)])]
    for row in rows:
        row["n"] -= extra.get((row["source"], row["target"]), 0)
        if row["goldstein"] is not None:
            row["goldstein"] = round(row["goldstein"], 2)
    rows.sort(key=lambda r: (-r["n"], r["source"], r["target"]))
    return {"by": by, "unit": unit, "pairs": rows[:limit]}


def top_actors(conn: sqlite3.Connection, q: EventQuery, by: str = "name", limit: int = 20,
               unit: str = "merged") -> dict[str, Any]:
    """Actors with the most events, as source and as target (merged counts: as in :func:`pairs`)."""
    src, tgt = ACTOR_COLUMNS[by]
    w = event_where(q)
    as_src = repeats(conn, q, unit, src, f"{src} IS NOT NULL")
    as_tgt = repeats(conn, q, unit, tgt, f"{tgt} IS NOT NULL")
    part = "SELECT {c} AS actor, COUNT(*) AS n FROM events{w} GROUP BY {c}"
    sql = (
        "SELECT actor, SUM(CASE WHEN side = 's' THEN n ELSE 0 END) AS as_source, "
        "SUM(CASE WHEN side = 't' THEN n ELSE 0 END) AS as_target, SUM(n) AS events FROM ("
        f"SELECT 's' AS side, * FROM ({part.format(c=src, w=_and(w.sql(), f'{src} IS NOT NULL'))}) UNION ALL "
        f"SELECT 't' AS side, * FROM ({part.format(c=tgt, w=_and(w.sql(), f'{tgt} IS NOT NULL'))})"
        ") GROUP BY actor ORDER BY events DESC, actor LIMIT ?"
    )
    rows = [dict(r) for r in conn.execute(sql, [*w.params, *w.params, limit + len(as_src) + len(as_tgt)])]
    for row in rows:
        row["as_source"] -= as_src.get((row["actor"],), 0)
        row["as_target"] -= as_tgt.get((row["actor"],), 0)
        row["events"] = row["as_source"] + row["as_target"]
    rows.sort(key=lambda r: (-r["events"], r["actor"]))
    return {"by": by, "unit": unit, "actors": rows[:limit]}


def counts_timeline(conn: sqlite3.Connection, flt: CountQuery, by: str = "country") -> dict[str, Any]:
    """The largest figure reported per day and per country (or per source site), for a death-toll curve.

    A count is placed on its own day (its event's, else its article's publication day); one dated
    only to a week, month or year, on its article's publication day."""
    key = {"country": "COALESCE(c.about_country, '')", "site": "COALESCE(a.site, '')"}[by]
    w = count_where(flt)
    day = "COALESCE(CASE WHEN c.date_precision = 'day' THEN c.date_start END, substr(a.published, 1, 10))"
    sql = (f"SELECT {day} AS day, {key} AS key, c.what AS what, MAX(c.value) AS value, "
           f"COUNT(*) AS reports FROM counts c JOIN articles a ON a.id = c.article_id"
           f"{_and(w.sql(), f'{day} IS NOT NULL')} GROUP BY day, key, what ORDER BY day, key")
    kinds = [r[0] for r in conn.execute("SELECT DISTINCT what FROM counts ORDER BY what")]
    return {"by": by, "kinds": kinds, "rows": [dict(r) for r in conn.execute(sql, w.params)]}


def overview(conn: sqlite3.Connection) -> dict[str, Any]:
    """Row counts, the event date range and which optional tables (stories) this database has."""
    rows = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("articles", "events", "actors", "quotes", "counts")}
    rows["actor_names"] = conn.execute("SELECT COUNT(DISTINCT name) FROM actors").fetchone()[0]
    # two queries: each is one index lookup, where MIN and MAX together scan the index
    first = conn.execute("SELECT MIN(date_start) FROM events").fetchone()[0]
    last = conn.execute("SELECT MAX(date_end) FROM events").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    return {"rows": rows, "first_date": first, "last_date": last, "schema_version": version,
            "stories": table_exists(conn, "stories")}
