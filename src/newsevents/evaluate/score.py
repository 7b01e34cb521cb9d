"""Scores: true/false positives and misses per part, micro-averaged over articles.

:func:`score_article` is a pure function of one :class:`~newsevents.evaluate.gold.GoldArticle` and
one :class:`~newsevents.model.ArticleResult` (no spaCy, no files), so every rule can be tested on
hand-made predictions. :func:`summarise` adds articles up: counts are summed before precision and
recall are computed (micro average); body token precision and recall are averaged over the
articles that give a reference body, and F1 is taken of the two means (as the extraction
benchmark does).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import ArticleResult
from .body import PRF, body_prf, leaked_chrome, mean_prf, title_correct
from .gold import PARTS, GoldArticle
from .parts import PART_SCORERS
from .tally import Finding, PartScore

BODY = "body"
ALL_PARTS = (BODY, *PARTS)


@dataclass
class BodyScore:
    """Body extraction of one article: tokens against a reference body, leaked chrome, title."""

    tokens: PRF | None = None
    chrome_leaked: int = 0
    chrome_total: int = 0
    title: bool | None = None


@dataclass
class ArticleScore:
    """Everything scored on one article; ``parts`` holds only the parts its gold annotates."""

    article_id: str
    parts: dict[str, PartScore] = field(default_factory=dict)
    body: BodyScore | None = None
    not_event_violations: int = 0
    not_events_listed: int = 0
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None


def _score_body(gold: GoldArticle, result: ArticleResult, score: ArticleScore) -> None:
    if gold.body is None and gold.not_in_body is None and gold.title is None:
        return
    text = result.article.text
    body = BodyScore(tokens=body_prf(text, gold.body) if gold.body is not None else None)
    if gold.not_in_body is not None:
        leaked = leaked_chrome(text, gold.not_in_body)
        # an article the pipeline failed on proves nothing about chrome: every string counts as leaked
        body.chrome_leaked = len(gold.not_in_body) if score.error else len(leaked)
        body.chrome_total = len(gold.not_in_body)
        score.findings += [Finding(gold.id, BODY, "false_positive", f"chrome left in body: {s!r}", "")
                           for s in leaked]
    if gold.title is not None:
        body.title = title_correct(result.article.title, gold.title)
        if not body.title:
            score.findings.append(Finding(gold.id, BODY, "wrong", f"title {result.article.title!r}",
                                          f"gold title: {gold.title!r}"))
    score.body = body


def score_article(gold: GoldArticle, result: ArticleResult, error: str | None = None) -> ArticleScore:
    """Compare one article's predictions with its gold answers.

    Args:
        gold: the checked gold file.
        result: what the pipeline extracted (any list may be empty: a stage not built yet).
        error: why the pipeline failed on this article, if it did (then ``result`` is empty).
    """
    score = ArticleScore(article_id=gold.id, error=error)
    _score_body(gold, result, score)
    for part, items in gold.parts.items():
        part_score = PartScore()
        score.findings += PART_SCORERS[part](gold, items, result, part_score)
        score.parts[part] = part_score
    if "events" in gold.parts or gold.not_events:
        violations = PART_SCORERS["not_events"](gold, gold.not_events, result, PartScore())
        score.not_event_violations = len(violations)
        score.not_events_listed = len(gold.not_events)
        score.findings += violations
    return score


@dataclass
class Summary:
    """An evaluation over many articles: per-article scores and their micro-averaged totals."""

    articles: list[ArticleScore]
    parts: dict[str, PartScore] = field(default_factory=dict)
    body_tokens: list[PRF] = field(default_factory=list)
    chrome: list[int] = field(default_factory=lambda: [0, 0])
    titles: list[int] = field(default_factory=lambda: [0, 0])
    not_event_violations: int = 0
    not_events_listed: int = 0

    def metrics(self) -> dict[str, Any]:
        """The figures as plain JSON data: ``{part: {precision, recall, f1, tp, fp, fn, <check>...}}``."""
        out: dict[str, Any] = {"articles": len(self.articles), "parts": {}}
        if self.body_tokens or self.chrome[1] or self.titles[1]:
            out["parts"][BODY] = _body_metrics(self)
        for name in PARTS:
            if name in self.parts:
                part = self.parts[name]
                row: dict[str, Any] = {"precision": part.precision, "recall": part.recall, "f1": part.f1,
                                       "tp": part.tp, "fp": part.fp, "fn": part.fn}
                row.update({check: part.accuracy(check) for check in sorted(part.checks)})
                out["parts"][name] = row
        if "events" in self.parts or self.not_events_listed:
            out["not_events"] = {"violations": self.not_event_violations, "listed": self.not_events_listed}
        out["errors"] = {a.article_id: a.error for a in self.articles if a.error}
        return out


def _body_metrics(summary: Summary) -> dict[str, Any]:
    row: dict[str, Any] = {"precision": None, "recall": None, "f1": None, "pages": len(summary.body_tokens)}
    if summary.body_tokens:
        row.update(mean_prf(summary.body_tokens)._asdict())
    leaked, total = summary.chrome
    row["chrome"] = None if not total else 1 - leaked / total
    right, judged = summary.titles
    row["title"] = None if not judged else right / judged
    return row


def summarise(articles: list[ArticleScore]) -> Summary:
    """Add the articles' counts up (micro average) and average body token scores over pages."""
    summary = Summary(articles=articles)
    for article in articles:
        for name, part in article.parts.items():
            summary.parts.setdefault(name, PartScore()).add(part)
        summary.not_event_violations += article.not_event_violations
        summary.not_events_listed += article.not_events_listed
        body = article.body
        if body is not None:
            if body.tokens is not None:
                summary.body_tokens.append(body.tokens)
            summary.chrome[0] += body.chrome_leaked
            summary.chrome[1] += body.chrome_total
            if body.title is not None:
                summary.titles[0] += int(body.title)
                summary.titles[1] += 1
    return summary
