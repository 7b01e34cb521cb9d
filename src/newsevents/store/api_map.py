"""The query of /api/map: the events that have coordinates, with the filters of /api/events, grouped by point.

Events are grouped by point: many events share a place (a capital, a country's centroid), and the
map draws one mark per point sized by its count. Each point says its precision (``city``,
``admin1``, ``country``) so a country centroid is not read as a city; ``unplaced`` counts the
matching events that have no coordinates, so the map never hides that they exist.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from .api_queries import EventQuery, Where, event_where

GEO_COLUMNS = ("place_lat", "place_lon", "place_precision", "place_basis")


def has_geo(conn: sqlite3.Connection) -> bool:
    """Whether the events table has the coordinate columns (a database written before them lacks
    them until it is next opened for writing, which adds them)."""
    names = {row[1] for row in conn.execute("PRAGMA table_info(events)")}
    return all(c in names for c in GEO_COLUMNS)


def event_points(conn: sqlite3.Connection, query: EventQuery, limit: int) -> dict[str, Any]:
    """Points (lat, lon, precision, place names, event count, countries, mean Goldstein), busiest first,
    at most ``limit`` of them, with the counts of matching events placed and not placed."""
    where = event_where(query)
    total = conn.execute(f"SELECT COUNT(*) FROM events{where.sql()}", where.params).fetchone()[0]
    if not has_geo(conn):
        return {"total": total, "placed": 0, "unplaced": total, "points": []}
    geo = Where(list(where.clauses), list(where.params))
    geo.add("place_lat IS NOT NULL AND place_lon IS NOT NULL")
    placed = conn.execute(f"SELECT COUNT(*) FROM events{geo.sql()}", geo.params).fetchone()[0]
    rows = conn.execute(
        "SELECT ROUND(place_lat, 3) AS lat, ROUND(place_lon, 3) AS lon, place_precision AS precision, "
        "COUNT(*) AS n, GROUP_CONCAT(DISTINCT place) AS places, GROUP_CONCAT(DISTINCT place_country) AS countries, "
        "ROUND(AVG(goldstein), 2) AS goldstein, MIN(date) AS first, MAX(date) AS last "
        f"FROM events{geo.sql()} GROUP BY 1, 2, 3 ORDER BY n DESC, lat, lon LIMIT ?", [*geo.params, limit]).fetchall()
    points = [{**dict(r), "places": sorted((r["places"] or "").split(",")) if r["places"] else [],
               "countries": sorted((r["countries"] or "").split(",")) if r["countries"] else []} for r in rows]
    return {"total": total, "placed": placed, "unplaced": total - placed, "points": points}
