"""Body extraction scores: token precision/recall/F1, leaked site chrome, the title.

Token scores follow the article-extraction benchmark's usual measure: the extracted body and the
reference body as bags of lower-cased word tokens, compared by multiset intersection.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from .match import norm

_TOKEN = re.compile(r"\w+", re.UNICODE)


class PRF(NamedTuple):
    """Precision, recall and F1 of one comparison."""

    precision: float
    recall: float
    f1: float


def tokens(text: str | None) -> list[str]:
    """Lower-cased word tokens (punctuation and whitespace dropped)."""
    return _TOKEN.findall((text or "").lower())


def token_prf(predicted: str | None, gold: str | None) -> PRF:
    """Bag-of-tokens precision, recall and F1 of ``predicted`` against ``gold``.

    Two empty texts agree perfectly; an empty prediction of a non-empty body scores 0.
    """
    have, want = Counter(tokens(predicted)), Counter(tokens(gold))
    if not have and not want:
        return PRF(1.0, 1.0, 1.0)
    common = sum((have & want).values())
    if common == 0:
        return PRF(0.0, 0.0, 0.0)
    precision, recall = common / sum(have.values()), common / sum(want.values())
    return PRF(precision, recall, 2 * precision * recall / (precision + recall))


def leaked_chrome(body: str, not_in_body: list[str]) -> list[str]:
    """The ``not_in_body`` strings that survived extraction (case-, quote- and space-insensitive)."""
    text = norm(body)
    return [snippet for snippet in not_in_body if norm(snippet) and norm(snippet) in text]


def title_correct(predicted: str | None, gold: str) -> bool:
    """The extracted title equals the gold title once case, quotes and spacing are folded."""
    return norm(predicted) == norm(gold)
