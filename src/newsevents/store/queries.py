"""Read queries over the event database that the CLI and the API share.

Every value a user gives is a bound parameter; only column names chosen here reach the SQL text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from . import Store
from .api_merged import merged_where
from .api_queries import EVENT_COLUMNS, EVENT_ORDER, EventQuery, event_where, table_exists

__all__ = ["EVENT_COLUMNS", "EventFilter", "event_rows", "merged_rows", "not_english_articles", "story_rows",
           "summary"]


@dataclass
class EventFilter:
    """Filters of ``newsevents events``: the same builder (:func:`.api_queries.event_where`) as /api/events.

    Attributes:
        actor: matches an actor code prefix (``RUS``, ``RUSGOV``) or a case-insensitive name part.
        code: a CAMEO code prefix: ``04`` is the whole root, ``042`` one code.
        since / until: ISO day, week, month or year: periods overlapping ``since`` or later,
            ``until`` or earlier (:mod:`newsevents.periods`).
    """

    actor: str | None = None
    code: str | None = None
    since: str | None = None
    until: str | None = None
    mode: str | None = None
    limit: int | None = None

    def query(self) -> EventQuery:
        """The API's filter object for these options."""
        return EventQuery(actor_or_name=self.actor, cameo=self.code, since=self.since, until=self.until,
                          mode=self.mode)


def event_rows(store: Store, flt: EventFilter) -> list[dict[str, Any]]:
    """Events matching ``flt``, newest first (the API's order), as plain dicts.

    Raises:
        DateParamError: since/until is no ISO day, week, month or year.
    """
    where = event_where(flt.query())
    sql = f"SELECT {', '.join(EVENT_COLUMNS)} FROM events{where.sql()} ORDER BY {EVENT_ORDER}"
    params = list(where.params)
    if flt.limit:
        sql += " LIMIT ?"
        params.append(int(flt.limit))
    return store.query(sql, params)


def summary(store: Store, top: int = 10) -> dict[str, Any]:
    """What a database holds: row counts, top actors, events per CAMEO root, counts, failures."""
    return {
        "rows": store.row_counts(),
        "languages": store.query("SELECT language, COUNT(*) AS n FROM articles GROUP BY language ORDER BY n DESC"),
        "top_actors": store.query(
            "SELECT name, code, COUNT(*) AS articles FROM actors WHERE code IS NOT NULL "
            "GROUP BY name, code ORDER BY articles DESC, name LIMIT ?", (top,)),
        "events_by_root": store.query(
            "SELECT substr(cameo, 1, 2) AS root, COUNT(*) AS n FROM events GROUP BY root ORDER BY root"),
        "top_events": store.query(
            "SELECT date, source_name, source_code, cameo, mode, target_name, target_code, trigger, confidence "
            "FROM events ORDER BY confidence DESC, date_start DESC LIMIT ?", (top,)),
        "events_by_mode": store.query("SELECT mode, COUNT(*) AS n FROM events GROUP BY mode ORDER BY n DESC"),
        "counts": store.query(  # current figures only: historical and hypothetical ones are not tolls of now
            "SELECT what, bound, value, about, about_country, date, evidence FROM counts "
            "WHERE COALESCE(status, 'current') = 'current' ORDER BY value DESC LIMIT ?", (top,)),
        "top_speakers": store.query(
            "SELECT speaker_name, speaker_code, COUNT(*) AS quotes FROM quotes WHERE speaker_name IS NOT NULL "
            "GROUP BY speaker_name, speaker_code ORDER BY quotes DESC LIMIT ?", (top,)),
        "ingest": store.query("SELECT status, COUNT(*) AS n FROM ingest_log GROUP BY status ORDER BY status"),
        "errors": store.query(
            "SELECT source, code, message FROM ingest_log WHERE status = 'error' ORDER BY seq DESC LIMIT ?", (top,)),
    }


def story_rows(store: Store, min_articles: int) -> list[dict[str, Any]]:
    """Stories of at least ``min_articles`` articles, largest first, each with its article ids
    (``articles``, space-separated)."""
    return store.query(
        "SELECT s.id, s.n_articles, s.n_sites, s.first_published, s.title, "
        "(SELECT group_concat(a.id, ' ') FROM articles a WHERE a.story_id = s.id) AS articles "
        "FROM stories s WHERE s.n_articles >= ? ORDER BY s.n_articles DESC, s.id", (min_articles,))


def merged_rows(store: Store, query: EventQuery, min_articles: int = 1, limit: int | None = None,
                evidence: bool = False) -> list[dict[str, Any]]:
    """Merged events with a report matching ``query``, by the filter builder of /api/merged; most articles
    and mentions first. Empty when the database has no merged events table.

    With ``evidence``, each row also holds its reports as ``article_id:event_id`` (space-separated, in the
    order they were linked), read in one query for all rows.
    """
    if not table_exists(store.conn, "merged_events"):
        return []
    where = merged_where(query, min_articles)
    sql = f"SELECT m.* FROM merged_events m{where.sql()} ORDER BY m.num_articles DESC, m.num_mentions DESC, m.id"
    params = list(where.params)
    if limit:
        sql += " LIMIT ?"
        params.append(limit)
    rows = store.query(sql, params)
    if evidence and rows:
        links: dict[int, list[str]] = {row["id"]: [] for row in rows}
        for link in store.query("SELECT merged_id, article_id, event_id FROM merged_event_links "
                                "WHERE merged_id IN (SELECT value FROM json_each(?)) ORDER BY merged_id, rowid",
                                (json.dumps(list(links)),)):
            links[link["merged_id"]].append(f"{link['article_id']}:{link['event_id']}")
        for row in rows:
            row["evidence"] = " ".join(links[row["id"]])
    return rows


def not_english_articles(store: Store) -> int:
    """Articles stored with a language other than English: the pipeline stores them but codes nothing in them."""
    return int(store.conn.execute("SELECT COUNT(*) FROM articles WHERE language IS NOT NULL AND language != 'en'")
               .fetchone()[0])
