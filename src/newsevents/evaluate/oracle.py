"""The predictions a perfect system would make for a gold file.

Used to check gold files themselves (a gold file scored against its own oracle must reach 1.0:
an item that cannot be matched by its own answer is a gold error) and to test the quality gate
with a known-good prediction set that is then deliberately broken.
"""

from __future__ import annotations

from typing import Any

from ..model import Actor, Article, ArticleResult, Count, Event, Mention, Place, Quote, TimeExpression
from .gold import GoldArticle


def _first(value: Any) -> str | None:
    return value[0] if isinstance(value, list) and value else value if isinstance(value, str) else None


def _actors(gold: GoldArticle) -> list[Actor]:
    actors = []
    for i, item in enumerate(gold.parts.get("actors", []), start=1):
        code = _first(item.get("codes"))
        actors.append(Actor(id=f"A{i}", article_id=gold.id, name=item.get("name") or item["mentions"][0],
                            kind=item.get("kind", "person"), country=item.get("country"), code=code,
                            mentions=[Mention(text=t, start=0, end=0, resolved_by="oracle") for t in item["mentions"]]))
    return actors


def _events(gold: GoldArticle) -> list[Event]:
    events = []
    for i, item in enumerate(gold.parts.get("events", []), start=1):
        events.append(Event(id=f"E{i}", article_id=gold.id, cameo=_first(item.get("cameo")) or "",
                            plover=item.get("plover"), source_code=_first(item.get("source")),
                            target_code=_first(item.get("target")), mode=item.get("mode") or "did",
                            date=item.get("date"), sentence=item.get("evidence", ""), rule="oracle"))
    return events


def _quotes(gold: GoldArticle) -> list[Quote]:
    return [Quote(id=f"Q{i}", article_id=gold.id, text=item["text"], start=0, end=0, kind=item.get("kind", "direct"),
                  speaker_name=item.get("speaker"), speaker_code=_first(item.get("speaker_codes")))
            for i, item in enumerate(gold.parts.get("quotes", []), start=1)]


def _counts(gold: GoldArticle) -> list[Count]:
    return [Count(id=f"C{i}", article_id=gold.id, what=item["what"], value=item["value"],
                  bound=item.get("bound") or "exact", evidence=item.get("evidence", ""), start=0, end=0)
            for i, item in enumerate(gold.parts.get("counts", []), start=1)]


def oracle_result(gold: GoldArticle, text: str = "") -> ArticleResult:
    """An ArticleResult holding exactly the gold answers (offsets are 0: the oracle reads no text)."""
    article = Article(id=gold.id, text=text or gold.body or "", title=gold.title, published=gold.published)
    return ArticleResult(
        article=article, actors=_actors(gold), events=_events(gold), quotes=_quotes(gold), counts=_counts(gold),
        times=[TimeExpression(text=t["text"], start=0, end=0, value=t.get("value"), article_id=gold.id)
               for t in gold.parts.get("times", [])],
        places=[Place(text=p["text"], start=0, end=0, country=p.get("country"), article_id=gold.id)
                for p in gold.parts.get("places", [])],
        stages=["oracle"],
    )
