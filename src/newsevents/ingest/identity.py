"""The identity of an input: what a resumed or repeated ingest compares, instead of the input's name.

A source name (``/abs/feed.xml#item=3``, ``<stdin>``, ``data.jsonl#line=7``) says where an input
was read, not what it holds: a re-polled feed numbers its new items from 1 again, two different
articles piped to standard input share one name, and a file rewritten in place keeps its name.
Keying the resume on the name therefore skipped new content as "already done". The key is the
content's hash, and for a feed item its guid (or link) plus that hash, so that new content under an
old name is processed and the same content under two names is processed once.
"""

from __future__ import annotations

import hashlib

from ..model import RawDocument

KEY_PREFIX = "sha256:"


def input_key(raw: RawDocument) -> str:
    """The resume key of ``raw``: a hash of its content, with the feed item's guid or link when it has one."""
    digest = hashlib.sha256()
    item_id = raw.metadata.get("feed_item_id") or (raw.url if raw.metadata.get("feed") else None)
    if item_id:
        digest.update(str(item_id).encode("utf-8", "surrogatepass") + b"\0")
    content = raw.content
    digest.update(content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass"))
    return KEY_PREFIX + digest.hexdigest()
