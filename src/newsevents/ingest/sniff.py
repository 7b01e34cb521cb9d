"""What kind of input a blob of bytes is, by its content first and its name second.

A file named ``.txt`` that holds HTML is HTML; an ``.xml`` that holds RSS is a feed; a ``.json``
that holds one record per line is JSONL. The name decides only when the content does not.
"""

from __future__ import annotations

import re

from .decode import GZIP_MAGIC

KINDS = ("gzip", "warc", "feed", "html", "json", "jsonl", "text")

_FEED = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML = re.compile(rb"<(!doctype html|html|head|body|article|div|p|meta|title|main|section)[\s>/]", re.IGNORECASE)
# The XML prolog a feed may open with: the declaration, then any run of comments, processing
# instructions (``<?xml-stylesheet ...?>``) and a DOCTYPE (RSS 0.91 names its DTD; an internal subset
# in brackets is allowed), in any order and with whitespace between.
_XML_PROLOG = re.compile(
    rb"^\s*(?:<\?xml\s[^>]*\?>\s*)?(?:(?:<!--.*?-->|<\?[^>]*\?>|<!DOCTYPE\s+[^\[>]*(?:\[.*?\]\s*)?>)\s*)*",
    re.DOTALL | re.IGNORECASE)
_BY_SUFFIX = {".html": "html", ".htm": "html", ".xhtml": "html", ".json": "json", ".jsonl": "jsonl",
              ".ndjson": "jsonl", ".warc": "warc", ".rss": "feed", ".atom": "feed", ".xml": "feed", ".txt": "text"}


def _strip_bom(data: bytes) -> bytes:
    return data[3:] if data.startswith(b"\xef\xbb\xbf") else data


def sniff(data: bytes, name: str = "") -> str:
    """The kind of ``data``: one of :data:`KINDS` ("text" when nothing more specific fits)."""
    if data.startswith(GZIP_MAGIC):
        return "gzip"
    head = _strip_bom(data[:4096]).lstrip()
    if head.startswith(b"WARC/"):
        return "warc"
    prolog = _XML_PROLOG.match(head) if head.startswith(b"<") else None
    after_decl = head[prolog.end():] if prolog else b""
    if after_decl and _FEED.match(after_decl):
        return "feed"
    if head.startswith((b"{", b"[")):
        first_line = head.split(b"\n", 1)[0].strip()
        if head.startswith(b"{") and first_line.endswith(b"}") and b"\n{" in head:
            return "jsonl"
        return "json"
    if _HTML.search(head[:2048]) and head.startswith(b"<"):
        return "html"
    by_name = _BY_SUFFIX.get(_suffix(name), "text")
    if by_name == "html" and b"<" not in head[:512]:
        return "text"
    # a .json/.warc/.rss whose content is none of those still goes to that reader, which says what is wrong
    return by_name


def _suffix(name: str) -> str:
    name = name.lower().removesuffix(".gz")
    dot = name.rfind(".")
    return name[dot:] if dot > name.rfind("/") else ""
