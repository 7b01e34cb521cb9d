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
Many reports carry no event our coder finds (a prosecutor "drops" an investigation). Such an article
still joins an earlier one's story when all three hold (:func:`story_by_headline`):
- they were published at most a day apart;
- their headlines share content words (stop words left out, words compared on their first five
  letters so "investigating" meets "investigation"): three or more that make at least
  :data:`MIN_TITLE_SHARE` of the shorter headline's content words, or two that make half of them
  (two shared words are often one name: "Hong Kong", "trade war");
- they share a specific actor: a person named in full, or an actor code finer than a country
  (``SWEJUD``, ``GBRCOP``). A country alone is shared by most of a day's news.
When several stories qualify, the earliest stored one wins, so the result depends only on the order
in which articles arrive.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import sqlite3

from spacy.lang.en.stop_words import STOP_WORDS

from .merge import recount

LOGGER = logging.getLogger(__name__)
__all__ = ["GENERIC_ROOTS", "MAX_DAYS_APART", "MIN_TITLE_SHARE", "MIN_TITLE_WORDS", "TWO_WORD_SHARE",
           "join_other_outlets_story", "story_by_events", "story_by_headline", "title_words"]

#: CAMEO roots that do not tie two articles to one story by themselves: "make public statement" (01) and
#: "appeal" (02) are coded for most political articles, between the same governments, every day.
GENERIC_ROOTS = ("01", "02")
#: headline content words two reports of one story share at least (one shared word is a topic, not a story)
MIN_TITLE_WORDS = 2
#: the share of the shorter headline's content words that three or more shared words make up at least ...
MIN_TITLE_SHARE = 0.3
#: ... and that two shared words make up (two are often one name, "Hong Kong", a topic of many stories)
TWO_WORD_SHARE = 0.5
#: days between the publication of two reports of one story, at most
MAX_DAYS_APART = 1
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


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


def title_words(title: str | None) -> set[str]:
    """The content words of a headline, case-folded, cut to their first five letters; stop words and
    one- or two-letter words (a possessive's "s") left out."""
    return {w[:5] for w in _WORD.findall((title or "").casefold()) if len(w) > 2 and w not in STOP_WORDS}


def _actor_keys(conn: sqlite3.Connection, article_id: str) -> set[str]:
    """The specific actors of an article: people named in full, and codes finer than a country."""
    keys = set()
    for name, kind, code in conn.execute("SELECT name, kind, code FROM actors WHERE article_id = ?", (article_id,)):
        if kind == "person" and len((name or "").split()) >= 2:
            keys.add("person:" + " ".join(name.casefold().split()))
        if code and len(code) > 3:
            keys.add("code:" + code)
    return keys


def _day(published: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((published or "")[:10])
    except ValueError:
        return None


def story_by_headline(conn: sqlite3.Connection, article_id: str) -> str | None:
    """The story of the earliest stored other article with a close headline, date and a shared actor."""
    row = conn.execute("SELECT title, published, rowid FROM articles WHERE id = ?", (article_id,)).fetchone()
    day = _day(row[1]) if row else None
    words = title_words(row[0]) if row else set()
    if day is None or len(words) < MIN_TITLE_WORDS:
        return None
    apart = dt.timedelta(days=MAX_DAYS_APART)
    lo, hi = (day - apart).isoformat(), (day + apart).isoformat()
    actors: set[str] | None = None
    for other_id, title, story in conn.execute(
            "SELECT id, title, story_id FROM articles WHERE published >= ? AND published < ? AND id != ? "
            "AND story_id IS NOT NULL AND story_id != ? ORDER BY rowid", (lo, hi + "\uffff", article_id, article_id)):
        other = title_words(title)
        shared = len(words & other)
        share = shared / max(1, min(len(words), len(other)))
        if shared < MIN_TITLE_WORDS or share < (MIN_TITLE_SHARE if shared > MIN_TITLE_WORDS else TWO_WORD_SHARE):
            continue
        actors = _actor_keys(conn, article_id) if actors is None else actors
        if actors & _actor_keys(conn, other_id):
            return str(story)
    return None


def join_other_outlets_story(conn: sqlite3.Connection, article_id: str) -> str | None:
    """Move an article that is a story of its own into the story it shares a specific event with, or
    else a close headline, day and actor (:func:`story_by_events`, :func:`story_by_headline`).

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
    story = story_by_events(conn, article_id) or story_by_headline(conn, article_id)
    if story is None:
        return None
    conn.execute("UPDATE articles SET story_id = ? WHERE id = ?", (story, article_id))
    conn.execute("UPDATE story_signatures SET story_id = ? WHERE article_id = ?", (story, article_id))
    conn.execute("UPDATE merged_event_links SET story_id = ? WHERE article_id = ?", (story, article_id))
    for (merged_id,) in conn.execute("SELECT DISTINCT merged_id FROM merged_event_links WHERE article_id = ?",
                                     (article_id,)).fetchall():
        recount(conn, merged_id)
    LOGGER.info("article %s joins story %s (a shared event, or headline and actors)", article_id, story)
    return story
