"""Body extraction scores: token precision/recall/F1, leaked site chrome, the title.

Token scores follow the article-extraction benchmark's usual measure (bags of lower-cased word
tokens), computed by the extraction stage's scorer, :func:`newsevents.extract.score.token_prf`.
"""

from __future__ import annotations

from typing import NamedTuple

from ..extract.score import aggregate, token_prf
from .match import norm

__all__ = ["PRF", "body_prf", "leaked_chrome", "mean_prf", "title_correct", "token_prf"]


class PRF(NamedTuple):
    """Precision, recall and F1 of one comparison."""

    precision: float
    recall: float
    f1: float


def body_prf(predicted: str | None, gold: str | None) -> PRF:
    """Token precision, recall and F1 of an extracted body, by the extraction stage's own scorer.

    One implementation of the measure lives in :mod:`newsevents.extract.score` so that the
    extraction benchmark and ``newsevents evaluate`` can never disagree.
    """
    return PRF(*token_prf(predicted or "", gold or ""))


def mean_prf(scores: list[PRF]) -> PRF:
    """Mean precision and recall over pages, and F1 of the two means (the benchmark's average)."""
    return PRF(*aggregate(scores))


def leaked_chrome(body: str, not_in_body: list[str]) -> list[str]:
    """The ``not_in_body`` strings that survived extraction (case-, quote- and space-insensitive)."""
    text = norm(body)
    return [snippet for snippet in not_in_body if norm(snippet) and norm(snippet) in text]


def title_correct(predicted: str | None, gold: str) -> bool:
    """The extracted title equals the gold title once case, quotes and spacing are folded."""
    return norm(predicted) == norm(gold)
