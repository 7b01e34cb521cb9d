"""Merged events behind the API: one real event reported by many articles is counted once.

Why: the aggregate stage (:mod:`newsevents.aggregate.merge`) links every coded report (an ``events``
row) to one ``merged_events`` row; an analyst counting events wants those, not sentences (two
outlets reporting one phone call are one call). The filters stay those of /api/events
(:func:`.api_queries.event_where`, the one filter builder): a merged event matches when at least
one of its reports matches. The aggregates count distinct merged events per group: the mention count
less the matching reports beyond the first of their merged event (:func:`repeats`); a report the
aggregate stage has not linked yet (or a database that never ran it) counts as an event of its own.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from .api_queries import EventQuery, Page, Where, event_where, paged, table_exists

UNITS = ("merged", "mentions")
LINKS = "merged_event_links"

MERGED_COLUMNS = (
    "m.id, m.date, m.cameo, m.mode, m.source_code, m.source_name, m.source_country, m.target_code, m.target_name, "
    "m.target_country, m.place, m.place_country, m.goldstein, m.quad_class, m.is_root, m.num_mentions, "
    "m.num_sources, m.num_articles, m.num_stories, m.first_article_id, m.first_url"
)


# Reports of merged events that have more than one: the only ones a merged count can differ on.
# Materialized first and joined to events by their key (CROSS JOIN keeps this order), so the cost
# follows the number of repeated reports, not the size of the events table.
REPEATED = ("WITH d AS MATERIALIZED (SELECT l.merged_id AS mid, l.article_id AS link_article, l.event_id AS link_event "
            f"FROM merged_events m CROSS JOIN {LINKS} l ON l.merged_id = m.id WHERE m.num_mentions > 1) ")


def repeats(conn: sqlite3.Connection, q: EventQuery, unit: str, columns: str,
            also: str = "") -> dict[tuple[Any, ...], int]:
    """Per group of ``columns``: the matching reports beyond the first of their merged event.

    A merged count is the mention count minus these (``COUNT(*) - COUNT(DISTINCT merged id)`` over
    the repeated reports only), which keeps every aggregate on its fast mention query. Empty for
    ``unit="mentions"`` and for a database without merged events. ``also``: extra SQL conditions
    of the caller's query (e.g. both actors known), so both count the same reports.
    """
    if unit == "mentions" or not table_exists(conn, "merged_events"):
        return {}
    w = event_where(q)
    clauses = [*w.clauses, also] if also else w.clauses
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    sql = (f"{REPEATED}SELECT {columns}, COUNT(*) - COUNT(DISTINCT d.mid) AS n FROM d CROSS JOIN events "
           f"ON d.link_article = events.article_id AND d.link_event = events.id{where} GROUP BY {columns}")
    return {tuple(r[:-1]): r[-1] for r in conn.execute(sql, w.params) if r[-1]}


def merged_where(q: EventQuery, min_articles: int = 1) -> Where:
    """The WHERE clause over ``merged_events m``: a report matching ``q`` (the one event filter builder)
    and at least ``min_articles`` articles; shared by /api/merged and ``newsevents merged``."""
    inner = event_where(q)
    where = Where()
    if inner.clauses:
        where.add(f"m.id IN (SELECT l.merged_id FROM (SELECT article_id AS aid, id AS eid FROM events{inner.sql()}) e "
                  f"JOIN {LINKS} l ON l.article_id = e.aid AND l.event_id = e.eid)", *inner.params)
    if min_articles > 1:
        where.add("m.num_articles >= ?", min_articles)
    return where


def merged_page(conn: sqlite3.Connection, q: EventQuery, page: Page, min_articles: int = 1) -> dict[str, Any]:
    """Merged events with a report matching ``q`` (and at least ``min_articles`` articles), newest first."""
    if not table_exists(conn, "merged_events"):
        return {"available": False, "total": 0, "limit": page.limit, "offset": page.offset, "items": []}
    where = merged_where(q, min_articles)
    out = paged(conn, MERGED_COLUMNS, "merged_events m", where, "m.date IS NULL, m.date DESC, m.num_articles DESC, "
                "m.id DESC", page)
    out["available"] = True
    return out


def merged_detail(conn: sqlite3.Connection, merged_id: int) -> dict[str, Any] | None:
    """One merged event with its reports (article, event id, site, sentence), in the order they arrived."""
    if not table_exists(conn, "merged_events"):
        return None
    row = conn.execute(f"SELECT {MERGED_COLUMNS} FROM merged_events m WHERE m.id = ?", (merged_id,)).fetchone()
    if row is None:
        return None
    reports = conn.execute(
        f"SELECT l.article_id, l.event_id, l.site, l.sentence, a.title, a.url, a.published FROM {LINKS} l "
        "LEFT JOIN articles a ON a.id = l.article_id WHERE l.merged_id = ? ORDER BY l.rowid", (merged_id,))
    return {**dict(row), "reports": [dict(r) for r in reports]}


def facets(conn: sqlite3.Connection, limit: int = 300) -> dict[str, Any]:
    """The distinct values the dashboard's drop-down filters offer, most frequent first.

    Each list is ``[{"value", "n"}]`` from the data itself, so a drop-down never offers a value
    that matches nothing; codes and places are capped at ``limit`` (the commonest ones).
    """
    def values(sql: str, *params: Any) -> list[dict[str, Any]]:
        return [{"value": r[0], "n": r[1]} for r in conn.execute(sql, params) if r[0] not in (None, "")]

    top = "GROUP BY v ORDER BY n DESC, v LIMIT ?"
    codes = ("SELECT v, SUM(n) AS n FROM (SELECT source_code AS v, COUNT(*) AS n FROM events GROUP BY v "
             "UNION ALL SELECT target_code AS v, COUNT(*) AS n FROM events GROUP BY v) ")
    roots: dict[str, int] = {}
    quads: dict[int, int] = {}
    # one ordered pass over the covering (date, quad_class, cameo) index (no sort) serves roots and QuadClasses
    kinds = "SELECT quad_class, cameo, COUNT(*) FROM events GROUP BY date, quad_class, cameo"
    for quad, cameo, n in conn.execute(kinds):
        if cameo:
            roots[cameo[:2]] = roots.get(cameo[:2], 0) + n
        if quad is not None:
            quads[quad] = quads.get(quad, 0) + n
    return {
        "roots": [{"value": k, "n": v} for k, v in sorted(roots.items())],
        "plover": values(f"SELECT plover AS v, COUNT(*) AS n FROM events {top}", limit),
        "modes": values(f"SELECT mode AS v, COUNT(*) AS n FROM events {top}", limit),
        "quad_classes": [{"value": k, "n": v} for k, v in sorted(quads.items())],
        "countries": values(f"SELECT place_country AS v, COUNT(*) AS n FROM events {top}", limit),
        "actor_codes": values(codes + top, limit),
        "sites": values(f"SELECT site AS v, COUNT(*) AS n FROM articles {top}", limit),
        "count_kinds": values(f"SELECT what AS v, COUNT(*) AS n FROM counts {top}", limit),
        "count_statuses": values("SELECT COALESCE(status, 'current') AS v, COUNT(*) AS n FROM counts GROUP BY v "
                                 "ORDER BY n DESC"),
        "count_countries": values(f"SELECT about_country AS v, COUNT(*) AS n FROM counts {top}", limit),
    }
