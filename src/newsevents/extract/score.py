"""Scoring an extracted body against a gold body, as the article-extraction benchmark does.

Tokens are lower-cased word tokens (``\\w+``, Unicode); punctuation and whitespace do not count.
With ``n=1`` the score compares bags of tokens; with ``n=4`` (the benchmark's published figures)
bags of 4-token shingles, so word order and duplicated blocks count too. A page's precision and
recall are tp/(tp+fp) and tp/(tp+fn) over those bags. :func:`aggregate` averages precision and
recall over pages and takes F1 of the two means, as the benchmark's own evaluation does.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable

_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens of ``text``."""
    return _TOKEN.findall((text or "").lower())


def _bag(text: str, n: int) -> Counter[str | tuple[str, ...]]:
    """The text's word tokens (n=1) or n-token shingles, with their counts."""
    toks = tokens(text)
    if n == 1:
        return Counter(toks)
    return Counter(tuple(toks[i:i + n]) for i in range(max(1, len(toks) - n + 1)) if toks)


def token_prf(predicted: str, gold: str, *, n: int = 1) -> tuple[float, float, float]:
    """Precision, recall and F1 of ``predicted`` against ``gold`` over word tokens (or n-token shingles).

    Two empty texts score 1.0 each; an empty prediction against a non-empty gold scores 0.0.
    """
    pred, true = _bag(predicted, n), _bag(gold, n)
    tp = sum((pred & true).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    precision = 1.0 if fp == fn == 0 else (tp / (tp + fp) if tp + fp else 0.0)
    recall = 1.0 if fp == fn == 0 else (tp / (tp + fn) if tp + fn else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def aggregate(scores: Iterable[tuple[float, float, float]]) -> tuple[float, float, float]:
    """Mean precision and mean recall over pages, and the F1 of those two means."""
    scores = list(scores)
    if not scores:
        return 0.0, 0.0, 0.0
    precision = statistics.mean(s[0] for s in scores)
    recall = statistics.mean(s[1] for s in scores)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
