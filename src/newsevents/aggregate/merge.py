"""Event merging across articles: one real event reported by many articles is one merged event.

Why: analysts count events, not sentences. GDELT collapses reports whose coded attributes agree
into one row with NumMentions (every report, several per article possible), NumSources
(distinct outlets) and NumArticles (distinct documents). We do the same, keep every report as an
evidence link (article id, event id, sentence), and update only the merged events an arriving
article touches, so the merge is incremental.

Two events merge when source actor code, target actor code, CAMEO code, mode (a denied or
threatened attack is not an attack) and date agree, and their places are compatible: the same
country and place name where both are known (an unknown place is compatible with any). An event
without a date (neither its own nor the article's) is never merged across articles.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True)
class PlaceSig:
    """The place of an event as far as known: ISO3 country and a case-folded name."""

    country: str | None
    name: str | None

    def compatible(self, other: PlaceSig) -> bool:
        """Whether two events may be the same event as far as their places tell."""
        if self.country and other.country and self.country != other.country:
            return False
        return not (self.name and other.name and self.name != other.name)

    def agreement(self, other: PlaceSig) -> int:
        """How much two compatible places agree (2 same name, 1 same country, 0 unknown)."""
        return 2 * bool(self.name and self.name == other.name) + bool(self.country and self.country == other.country)


def site_of(site: str | None, url: str | None) -> str | None:
    """The outlet of an article: its site name, else its URL's host without ``www.``; None if unknown."""
    if site:
        return site.strip().casefold()
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def lead_end(text: str) -> int:
    """End offset of the lead paragraph: the first line of at least ten words that ends a sentence.

    Headlines, datelines and bylines are short or unpunctuated, so they are passed over. GDELT's
    IsRootEvent marks events found in this paragraph.
    """
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if len(stripped.split()) >= 10 and stripped[-1:] in ".!?\"'”’":
            return offset + len(line)
        offset += len(line) + 1
    return 0


def merge_article(conn: sqlite3.Connection, article_id: str) -> list[int]:
    """Attach every event of ``article_id`` to a merged event, creating those that are new.

    Must run inside the caller's transaction. Returns the ids of the merged events touched
    (their counts are recomputed from their links).
    """
    article = conn.execute("SELECT id, text, url, site, source, published, story_id FROM articles WHERE id = ?",
                           (article_id,)).fetchone()
    if article is None:
        return []
    site = site_of(article["site"], article["url"])
    lead = lead_end(article["text"] or "")
    touched: list[int] = []
    for event in conn.execute("SELECT * FROM events WHERE article_id = ? ORDER BY rowid", (article_id,)).fetchall():
        if not event["cameo"]:
            continue
        merged_id = _find_or_create(conn, event, article)
        conn.execute(
            "INSERT OR REPLACE INTO merged_event_links(merged_id, article_id, event_id, site, story_id, is_root, "
            "sentence, sentence_start, sentence_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (merged_id, article_id, event["id"], site, article["story_id"], int(event["sentence_start"] < lead),
             event["sentence"], event["sentence_start"], event["sentence_end"]))
        touched.append(merged_id)
    for merged_id in dict.fromkeys(touched):
        recount(conn, merged_id)
    return list(dict.fromkeys(touched))


def merge_key(event: sqlite3.Row | dict[str, Any], published: str | None, article_id: str) -> str:
    """The attributes that must agree exactly for two events to merge, as one string."""
    date = (event["date"] or published or "")[:10]
    if not date:
        date = f"undated:{article_id}"
    return "|".join([event["source_code"] or "", event["target_code"] or "", event["cameo"], event["mode"] or "did",
                     date])


def _place(event: sqlite3.Row) -> PlaceSig:
    has_basis = "place_basis" in event.keys()  # noqa: SIM118 - a Row's "in" looks at values, not names
    if has_basis and event["place_basis"] == "dateline":
        # where the story was filed, not where the event was: two outlets' datelines differ
        return PlaceSig(country=None, name=None)
    name = (event["place"] or "").strip().casefold() or None
    return PlaceSig(country=event["place_country"] or None, name=name)


def _find_or_create(conn: sqlite3.Connection, event: sqlite3.Row, article: sqlite3.Row) -> int:
    key = merge_key(event, article["published"], article["id"])
    place = _place(event)
    best: tuple[int, int, int] | None = None  # (agreement, articles, -id)
    for row in conn.execute("SELECT id, place, place_country, num_articles FROM merged_events WHERE merge_key = ?",
                            (key,)):
        other = _place(row)
        if place.compatible(other):
            rank = (place.agreement(other), row["num_articles"], -row["id"])
            best = max(best, rank) if best else rank
    if best is not None:
        merged_id = -best[2]
        _fill_place(conn, merged_id, event, article["id"])
        return merged_id
    return _create(conn, key, event, article)


def _actor(conn: sqlite3.Connection, article_id: str, actor_id: str | None) -> dict[str, Any]:
    if not actor_id:
        return {}
    row = conn.execute("SELECT country, role FROM actors WHERE article_id = ? AND id = ?",
                       (article_id, actor_id)).fetchone()
    return dict(row) if row else {}


def _place_detail(conn: sqlite3.Connection, article_id: str, place: str | None) -> dict[str, Any]:
    if not place:
        return {}
    row = conn.execute("SELECT kind, lat, lon, geonameid FROM places WHERE article_id = ? AND (text = ? OR name = ?) "
                       "ORDER BY start LIMIT 1", (article_id, place, place)).fetchone()
    return dict(row) if row else {}


def _create(conn: sqlite3.Connection, key: str, event: sqlite3.Row, article: sqlite3.Row) -> int:
    src = _actor(conn, article["id"], event["source_actor"])
    tgt = _actor(conn, article["id"], event["target_actor"])
    geo = _place_detail(conn, article["id"], event["place"])
    added = conn.execute("SELECT ingested_at FROM articles WHERE id = ?", (article["id"],)).fetchone()[0]
    cur = conn.execute(
        "INSERT INTO merged_events(merge_key, date, cameo, mode, source_code, source_name, source_country, "
        "source_role, target_code, target_name, target_country, target_role, place, place_country, place_kind, "
        "place_lat, place_lon, goldstein, quad_class, first_article_id, first_url, first_added) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (key, (event["date"] or article["published"] or "")[:10] or None, event["cameo"], event["mode"] or "did",
         event["source_code"], event["source_name"], src.get("country"), src.get("role"),
         event["target_code"], event["target_name"], tgt.get("country"), tgt.get("role"),
         event["place"], event["place_country"], geo.get("kind"), geo.get("lat"), geo.get("lon"),
         event["goldstein"], event["quad_class"], article["id"], article["url"] or article["source"], added))
    assert cur.lastrowid is not None, "an INSERT sets lastrowid"
    return cur.lastrowid


def _fill_place(conn: sqlite3.Connection, merged_id: int, event: sqlite3.Row, article_id: str) -> None:
    """A merged event whose place was unknown takes the first known place a later report gives."""
    if not event["place"] and not event["place_country"]:
        return
    row = conn.execute("SELECT place, place_country FROM merged_events WHERE id = ?", (merged_id,)).fetchone()
    if row["place"] or (row["place_country"] and not event["place"]):
        return
    geo = _place_detail(conn, article_id, event["place"])
    conn.execute("UPDATE merged_events SET place = ?, place_country = COALESCE(place_country, ?), place_kind = ?, "
                 "place_lat = ?, place_lon = ? WHERE id = ?",
                 (event["place"], event["place_country"], geo.get("kind"), geo.get("lat"), geo.get("lon"), merged_id))


def recount(conn: sqlite3.Connection, merged_id: int) -> None:
    """Counts from the links: an article without a known outlet counts as an outlet of its own."""
    conn.execute(
        "UPDATE merged_events SET "
        "num_mentions = (SELECT COUNT(*) FROM merged_event_links WHERE merged_id = :id), "
        "num_articles = (SELECT COUNT(DISTINCT article_id) FROM merged_event_links WHERE merged_id = :id), "
        "num_sources = (SELECT COUNT(DISTINCT COALESCE(site, 'article:' || article_id)) "
        "               FROM merged_event_links WHERE merged_id = :id), "
        "num_stories = (SELECT COUNT(DISTINCT COALESCE(story_id, article_id)) "
        "               FROM merged_event_links WHERE merged_id = :id), "
        "is_root = (SELECT MAX(is_root) FROM merged_event_links WHERE merged_id = :id) "
        "WHERE id = :id", {"id": merged_id})
