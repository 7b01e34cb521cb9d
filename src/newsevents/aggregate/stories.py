"""Stories across outlets: articles that report the same event in their own words are one story.

Why: shingles (dedup.py) only catch copies and light rewrites. Two outlets writing up the same
signing, arrest or attack share few word 5-grams, yet an analyst counts them as one story. Their
coded events are what they share. An article that found no near-copy joins the story of an earlier
article with which it reports a *specific* merged event:
- the same source and target actor codes, different from each other, the same CAMEO code and mode,
  a date, and compatible places (what merging already requires, see merge.py);
- the event is not one of the everyday kinds that many unrelated articles share on a given day
  (statements and appeals, :data:`GENERIC_ROOTS`);
- the event is in the lead paragraph of at least one of the two articles, so it is what that article
  is about, not a background sentence.
When several stories qualify, the earliest stored one wins, so the result depends only on the order
in which articles arrive.
"""

from __future__ import annotations

import logging
import sqlite3

from .merge import recount

LOGGER = logging.getLogger(__name__)
__all__ = ["GENERIC_ROOTS", "join_story_by_events"]

#: CAMEO roots that do not tie two articles to one story by themselves: "make public statement" (01) and
#: "appeal" (02) are coded for most political articles, between the same governments, every day.
GENERIC_ROOTS = ("01", "02")


def story_by_events(conn: sqlite3.Connection, article_id: str) -> str | None:
    """The story of the earliest stored other article reporting a specific event of ``article_id``, if any."""
    marks = ", ".join("?" for _ in GENERIC_ROOTS)
    row = conn.execute(
        "SELECT oa.story_id FROM merged_event_links l "
        "JOIN merged_events m ON m.id = l.merged_id "
        "JOIN merged_event_links o ON o.merged_id = l.merged_id AND o.article_id != l.article_id "
        "JOIN articles oa ON oa.id = o.article_id "
        "WHERE l.article_id = ? AND m.source_code IS NOT NULL AND m.target_code IS NOT NULL "
        f"AND m.source_code != m.target_code AND m.date IS NOT NULL AND substr(m.cameo, 1, 2) NOT IN ({marks}) "
        "AND (l.is_root = 1 OR o.is_root = 1) AND oa.story_id IS NOT NULL AND oa.story_id != ? "
        "ORDER BY oa.rowid LIMIT 1", (article_id, *GENERIC_ROOTS, article_id)).fetchone()
    return str(row[0]) if row else None


def join_story_by_events(conn: sqlite3.Connection, article_id: str) -> str | None:
    """Move an article that is a story of its own into the story it shares a specific event with.

    Must run inside the caller's transaction, after the article's events were merged. Updates the
    article, its signature row, its evidence links and the story counts of its merged events.
    Returns the story joined, or None.
    """
    current = conn.execute("SELECT story_id FROM articles WHERE id = ?", (article_id,)).fetchone()
    if current is None or current[0] not in (None, article_id):
        return None  # already in another article's story (a near-copy)
    others = conn.execute("SELECT COUNT(*) FROM articles WHERE story_id = ? AND id != ?",
                          (article_id, article_id)).fetchone()[0]
    if others:
        return None  # later articles already joined this one's story: keep it whole
    story = story_by_events(conn, article_id)
    if story is None:
        return None
    conn.execute("UPDATE articles SET story_id = ? WHERE id = ?", (story, article_id))
    conn.execute("UPDATE story_signatures SET story_id = ? WHERE article_id = ?", (story, article_id))
    conn.execute("UPDATE merged_event_links SET story_id = ? WHERE article_id = ?", (story, article_id))
    for (merged_id,) in conn.execute("SELECT DISTINCT merged_id FROM merged_event_links WHERE article_id = ?",
                                     (article_id,)).fetchall():
        recount(conn, merged_id)
    LOGGER.info("article %s joins story %s (a shared event)", article_id, story)
    return story
