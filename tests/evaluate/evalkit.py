"""Builders of hand-made gold articles and predictions for the evaluation tests (no spaCy, no files)."""

from __future__ import annotations

from typing import Any

from newsevents.evaluate import GoldArticle, parse_gold
from newsevents.model import Actor, Article, ArticleResult, Event, Mention

TEXT = (
    "Russian President Vladimir Putin spoke with Egyptian President Sisi on Monday. "
    "Officials fear the conflict could escalate into a regional war. "
    "Hamas fighters attacked Israel on October 7, killing more than 1,400 people in Gaza."
)


def make_gold(**parts: Any) -> GoldArticle:
    """A gold article over :data:`TEXT` with the given parts."""
    return parse_gold({"id": "t", "text": TEXT, "published": "2023-10-16", **parts})


def make_result(text: str = TEXT, **lists: Any) -> ArticleResult:
    """An ArticleResult over ``text`` holding the given predictions."""
    return ArticleResult(article=Article(id="t", text=text, title=None), **lists)


def actor(name: str, code: str | None, country: str | None = None, mentions: tuple[str, ...] = (),
          ident: str = "A1") -> Actor:
    """A predicted actor; its mentions default to its name."""
    texts = mentions or (name,)
    return Actor(id=ident, article_id="t", name=name, kind="person", code=code,
                 country=country if country is not None else (code or "")[:3] or None,
                 mentions=[Mention(text=t, start=0, end=len(t)) for t in texts])


def event(cameo: str, source: str | None, target: str | None, mode: str = "did", **kw: Any) -> Event:
    """A predicted event."""
    return Event(id=kw.pop("id", "E1"), article_id="t", cameo=cameo, source_code=source, target_code=target,
                 mode=mode, **kw)
