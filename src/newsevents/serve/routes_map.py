"""GET /api/map: the events that have coordinates, with the filters of /api/events, for the map page.

The query is :func:`newsevents.store.api_map.event_points`; this module only declares the endpoint.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from ..store.api_map import event_points
from .routes_read import Conn, Events

router = APIRouter()


@router.get("/map", summary="Events with coordinates, grouped by point (same filters as /api/events)")
def event_map(conn: Conn, query: Events,
              limit: Annotated[int, Query(ge=1, le=20_000, description="Most points returned (busiest first).")]
              = 2000) -> dict[str, Any]:
    """Points (lat, lon, precision, place names, event count, countries, mean Goldstein), busiest first."""
    return event_points(conn, query, limit)
