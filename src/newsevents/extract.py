"""SCAFFOLD: replaced by the ingest/extract work (issue 3)."""
from __future__ import annotations
from .model import Article, RawDocument, content_id

def extract_article(raw: RawDocument, published: str | None = None) -> Article:
    text = raw.content.decode("utf-8") if isinstance(raw.content, bytes) else raw.content
    return Article(id=content_id(text), text=text, title=text.split("\n", 1)[0], published=raw.published or published, source=raw.source)
