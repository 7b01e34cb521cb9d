"""What a user can set about reading inputs: network safety, size caps, JSON field names."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

USER_AGENT = "newsevents/0.1 (+research)"


@dataclass
class IngestOptions:
    """Options of :func:`newsevents.ingest.iter_inputs`.

    Attributes:
        allow_private: fetch URLs whose host resolves to a private, loopback, link-local or reserved
            address (off by default: a URL list from elsewhere must not reach the local network).
        timeout: seconds before a fetch gives up (connect and each read).
        deadline: seconds one whole fetch may take, redirects and body included (a server that
            drips a byte every few seconds never trips the per-read timeout).
        max_bytes: size cap for one file, one decompressed stream, one fetched page or WARC record.
        max_elements: an HTML page with more elements is refused before parsing (:mod:`.limits`).
        json_text_field, json_html_field, json_url_field, json_title_field, json_date_field: names of
            the fields of JSON/JSONL records; a dotted name (``"article.body"``) reaches into nested objects.
        recursive: read directories recursively.
        follow_feed_links: fetch the link of a feed item that carries only a summary.
        min_feed_words: a feed item's content with at least this many words is taken as the article.
        user_agent: the User-Agent sent with every request.
        max_redirects: redirects followed (each target checked like the first URL).
        transport: an httpx transport (tests pass ``httpx.MockTransport``; None is the network).
        resolver: host -> list of IP addresses (tests pass a fake; None uses the system resolver).
    """

    allow_private: bool = False
    timeout: float = 20
    deadline: float = 60
    max_bytes: int = 20 * 1024 * 1024
    max_elements: int = 100_000
    json_text_field: str = "text"
    json_html_field: str = "html"
    json_url_field: str = "url"
    json_title_field: str = "title"
    json_date_field: str = "published"
    recursive: bool = True
    follow_feed_links: bool = False
    min_feed_words: int = 120
    user_agent: str = USER_AGENT
    max_redirects: int = 5
    transport: Any = None
    resolver: Callable[[str], list[str]] | None = None
