"""Hand-built ArticleResults and a scratch Store for tests that need no NLP (aggregate, export)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from newsevents.model import Actor, Article, ArticleResult, Event, content_id
from newsevents.store import Store


def make_result(text: str, events: list[dict], *, site: str | None = None, url: str | None = None,
                published: str | None = "2024-10-16", actors: list[Actor] | None = None) -> ArticleResult:
    """An ArticleResult for ``text`` with events given as dicts of Event fields (id and article id filled in)."""
    article = Article(id=content_id(text), text=text, title=text.split("\n", 1)[0], url=url, site=site,
                      published=published, source=url or f"mem:{content_id(text)}")
    evs = [Event(id=f"E{i + 1}", article_id=article.id, **fields) for i, fields in enumerate(events)]
    for actor in actors or []:
        actor.article_id = article.id
    return ArticleResult(article=article, events=evs, actors=actors or [], stages=["extract", "events"])


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store(tmp_path / "t.db") as db:
        yield db


@pytest.fixture
def result_factory() -> Callable[..., ArticleResult]:
    return make_result
