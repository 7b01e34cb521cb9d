"""The queries of /api/stories: story clusters and the merged events their articles report (schema migration 2,
aggregate/), answered when the database has them.

A database written before that migration, or read by an older version, lacks the ``stories`` view;
the endpoints then answer an empty page with ``"available": false`` rather than an error, so the
dashboard can hide the Stories tab.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from .api_queries import Page, Where, paged, table_exists

STORY_COLUMNS = "id, n_articles, n_sites, first_published, last_published, title"


def story_page(conn: sqlite3.Connection, page: Page) -> dict[str, Any]:
    """Stories with the most articles first (``available`` tells whether the database has stories)."""
    if not table_exists(conn, "stories"):
        return {"available": False, "total": 0, "limit": page.limit, "offset": page.offset, "items": []}
    out = paged(conn, STORY_COLUMNS, "stories", Where(), "n_articles DESC, last_published DESC, id", page)
    return {"available": True, **out}


def story_detail(conn: sqlite3.Connection, story_id: str) -> dict[str, Any] | None:
    """One story, its articles, and the merged events its articles report (when merged events exist)."""
    if not table_exists(conn, "stories"):
        return None
    row = conn.execute(f"SELECT {STORY_COLUMNS} FROM stories WHERE id = ?", (story_id,)).fetchone()
    if row is None:
        return None
    story = dict(row)
    story["articles"] = [dict(r) for r in conn.execute(
        "SELECT id, title, url, published, site FROM articles WHERE story_id = ? ORDER BY published, rowid",
        (story_id,))]
    story["merged_events"] = []
    if table_exists(conn, "merged_event_links"):
        story["merged_events"] = [dict(r) for r in conn.execute(
            "SELECT m.id, m.date, m.cameo, m.mode, m.source_code, m.source_name, m.target_code, m.target_name, "
            "m.goldstein, m.quad_class, m.num_articles, m.num_sources FROM merged_events m "
            "WHERE m.id IN (SELECT merged_id FROM merged_event_links WHERE story_id = ?) "
            "ORDER BY m.date, m.id LIMIT 500", (story_id,))]
    return story
