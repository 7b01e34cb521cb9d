"""RSS and Atom feeds: one article per item.

An item whose own content (``content:encoded``, Atom ``content``, or a long ``description``)
holds at least ``min_feed_words`` words is taken as the article. Otherwise the item carries only a
teaser: its link is fetched when the user allows it (``follow_feed_links``), and is otherwise
reported as an error naming the link, so nothing is silently dropped.
"""

from __future__ import annotations

import calendar
import logging
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any
from xml.sax import SAXException

import feedparser

from ..errors import Errors, InputError, NewsEventsError
from ..model import RawDocument
from .options import IngestOptions

LOGGER = logging.getLogger(__name__)
_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"\w+")

# follow(link, item_key) -> documents read from the fetched page (injected by the package, to avoid a cycle)
Follower = Callable[[str, RawDocument], Iterator[RawDocument | NewsEventsError]]


def _date(entry: Any) -> str | None:  # entry: feedparser's FeedParserDict (feedparser ships no types)
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC).date().isoformat()


def _content(entry: Any) -> tuple[str, str]:  # entry: as in _date
    """The item's longest body (content or summary) and its media type."""
    candidates = [(c.get("value", ""), c.get("type", "text/html")) for c in entry.get("content", [])]
    if entry.get("summary"):
        detail = entry.get("summary_detail", {})
        candidates.append((entry["summary"], detail.get("type", "text/html")))
    if not candidates:
        return "", "text"
    value, ctype = max(candidates, key=lambda c: len(c[0]))
    return value, ("text" if ctype == "text/plain" else "html")


def _key(source: str, number: int) -> str:
    return f"{source}#item={number}"


def iter_feed(data: bytes, source: str, options: IngestOptions,
              follow: Follower | None = None) -> Iterator[RawDocument | NewsEventsError]:
    """Yield each item of an RSS/Atom feed as a RawDocument (or an error for that item)."""
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    if not parsed.entries:
        if parsed.bozo:
            reason = str(parsed.get("bozo_exception", "not XML")).splitlines()[0]
            yield InputError(Errors.E118.format(reason=reason), source=source)
        elif not parsed.version:
            yield InputError(Errors.E119, source=source)
        return
    if parsed.bozo and isinstance(parsed.get("bozo_exception"), SAXException):  # not encoding notices
        reason = str(parsed.get("bozo_exception", "not XML")).splitlines()[0]
        yield InputError(Errors.E120.format(reason=reason, items=len(parsed.entries)), source=source)
    for number, entry in enumerate(parsed.entries, start=1):
        key = _key(source, number)
        body, media_type = _content(entry)
        words = len(_WORD.findall(_TAG.sub(" ", body)))
        link = entry.get("link")
        raw = RawDocument(source=key, content=body, media_type=media_type, url=link, title=entry.get("title"),
                          published=_date(entry), author=entry.get("author"),
                          metadata={"fragment": True, "feed": source, "feed_item_id": entry.get("id")})
        if words >= options.min_feed_words:
            yield raw
        elif link and options.follow_feed_links and follow is not None:
            yield from follow(link, raw)
        elif link:
            yield InputError(Errors.E121.format(words=words, link=link), source=key)
        else:
            yield InputError(Errors.E122.format(words=words), source=key)
