"""Across articles: stories (near-copies by dedup, other outlets' reports of the same event by stories)
and merged events (merge), kept up to date.

Both are derived from stored articles, so they are computed after each article is stored, in
one transaction per article that also records the article in ``aggregated``. An ingest killed
between storing an article and aggregating it loses nothing: the next :func:`update` finds the
articles stored after the last aggregated one and catches up. Articles are only ever appended
(content-hash ids, no deletes), so "pending" is "rowid above the high-water mark": one indexed
lookup, however big the database.
"""

from __future__ import annotations

import logging

from ..store import Store
from .dedup import DedupConfig, assign_story, signature, similarity
from .merge import merge_article, merge_key, site_of
from .stories import join_other_outlets_story

LOGGER = logging.getLogger(__name__)
__all__ = [
    "DedupConfig",
    "assign_story",
    "join_other_outlets_story",
    "merge_article",
    "merge_key",
    "pending",
    "signature",
    "similarity",
    "site_of",
    "update",
]


def pending(store: Store) -> list[tuple[int, str]]:
    """``(rowid, id)`` of stored articles not yet aggregated, in storage order."""
    mark = store.conn.execute("SELECT COALESCE(MAX(article_rowid), 0) FROM aggregated").fetchone()[0]
    return [(r[0], r[1]) for r in store.conn.execute(
        "SELECT rowid, id FROM articles WHERE rowid > ? ORDER BY rowid", (mark,))]


def update(store: Store, config: DedupConfig | None = None) -> int:
    """Assign stories and merge events for every article stored since the last call.

    Returns the number of articles aggregated. Each article is one transaction, so an
    interruption leaves every article either fully aggregated or still pending. The next pending
    article is chosen inside that transaction (under the write lock), so two processes
    aggregating the same database never take the same article.

    Raises:
        StoreError: a write failed, or the database stayed locked by another process.
    """
    config = config or DedupConfig()
    done = 0
    while store.transaction(lambda: _aggregate_next(store, config), what="aggregate articles",
                            source=str(store.path)):
        done += 1
    return done


def _aggregate_next(store: Store, config: DedupConfig) -> bool:
    """Within a write transaction: aggregate the first pending article; False when none is pending."""
    conn = store.conn
    row = conn.execute("SELECT rowid, id, text FROM articles WHERE rowid > "
                       "(SELECT COALESCE(MAX(article_rowid), 0) FROM aggregated) ORDER BY rowid LIMIT 1").fetchone()
    if row is None:
        return False
    rowid, article_id, text = row[0], row[1], row[2] or ""
    assign_story(conn, article_id, text, config)
    merge_article(conn, article_id)
    join_other_outlets_story(conn, article_id)  # other outlets' reports of the same event, in other words
    conn.execute("INSERT INTO aggregated(article_rowid, article_id) VALUES (?, ?)", (rowid, article_id))
    return True
