"""Read queries over the event database that the CLI and the API share.

Every value a user gives is a bound parameter; only column names chosen here reach the SQL text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import Store

EVENT_COLUMNS = (
    "article_id", "id", "date", "source_code", "source_name", "cameo", "plover", "mode",
    "target_code", "target_name", "goldstein", "quad_class", "place", "place_country",
    "confidence", "rule", "trigger", "sentence",
)


@dataclass
class EventFilter:
    """Filters of ``newsevents events`` (and the API's /events).

    Attributes:
        actor: matches an actor code prefix (``RUS``, ``RUSGOV``) or a case-insensitive name part.
        code: a CAMEO code prefix: ``04`` is the whole root, ``042`` one code.
        since / until: ISO dates, inclusive, on the event date.
    """

    actor: str | None = None
    code: str | None = None
    since: str | None = None
    until: str | None = None
    mode: str | None = None
    limit: int | None = None


def event_rows(store: Store, flt: EventFilter) -> list[dict[str, Any]]:
    """Events matching ``flt``, newest first, as plain dicts."""
    where, params = [], []
    if flt.actor:
        where.append("(source_code LIKE ? OR target_code LIKE ? OR source_name LIKE ? OR target_name LIKE ?)")
        params += [f"{flt.actor.upper()}%", f"{flt.actor.upper()}%", f"%{flt.actor}%", f"%{flt.actor}%"]
    if flt.code:
        where.append("cameo LIKE ?")
        params.append(f"{flt.code}%")
    if flt.since:
        where.append("date >= ?")
        params.append(flt.since)
    if flt.until:
        where.append("date <= ?")
        params.append(flt.until)
    if flt.mode:
        where.append("mode = ?")
        params.append(flt.mode)
    sql = f"SELECT {', '.join(EVENT_COLUMNS)} FROM events"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY date DESC, article_id, id"
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
            "FROM events ORDER BY confidence DESC, date DESC LIMIT ?", (top,)),
        "events_by_mode": store.query("SELECT mode, COUNT(*) AS n FROM events GROUP BY mode ORDER BY n DESC"),
        "counts": store.query(
            "SELECT what, bound, value, about, about_country, evidence FROM counts ORDER BY value DESC LIMIT ?",
            (top,)),
        "top_speakers": store.query(
            "SELECT speaker_name, speaker_code, COUNT(*) AS quotes FROM quotes WHERE speaker_name IS NOT NULL "
            "GROUP BY speaker_name, speaker_code ORDER BY quotes DESC LIMIT ?", (top,)),
        "ingest": store.query("SELECT status, COUNT(*) AS n FROM ingest_log GROUP BY status ORDER BY status"),
        "errors": store.query(
            "SELECT source, code, message FROM ingest_log WHERE status = 'error' ORDER BY seq DESC LIMIT ?", (top,)),
    }
