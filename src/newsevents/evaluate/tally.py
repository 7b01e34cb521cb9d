"""What scoring counts: one part's tallies (:class:`PartScore`) and the findings worth a look.

Kept below both :mod:`.parts` (the per-part scorers, which fill these in) and :mod:`.score` (which
adds them up over articles), so that neither has to import the other.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Finding:
    """One thing a developer should look at: a miss, a false positive, or a wrong secondary value."""

    article_id: str
    part: str
    kind: str  # "miss" | "false_positive" | "wrong" | "not_event"
    item: str
    sentence: str


@dataclass
class PartScore:
    """Counts of one part, and the secondary checks made on matched items (name -> [right, judged])."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    checks: dict[str, list[int]] = field(default_factory=dict)

    def check(self, name: str, correct: bool) -> None:
        """Record one secondary judgement (attribution, bound, normalised value ...)."""
        tally = self.checks.setdefault(name, [0, 0])
        tally[0] += int(correct)
        tally[1] += 1

    def add(self, other: PartScore) -> None:
        """Add another article's counts to these (micro average)."""
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        for name, (right, judged) in other.checks.items():
            tally = self.checks.setdefault(name, [0, 0])
            tally[0] += right
            tally[1] += judged

    @property
    def precision(self) -> float:
        """tp / (tp + fp); with no prediction at all: 1.0 if nothing was expected, else 0.0.

        Scoring "nothing predicted" as precision 0 when gold items exist keeps a broken (empty)
        stage from passing a precision floor.
        """
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 1.0 when the gold lists nothing (an empty list is scored)."""
        return 1.0 if self.tp + self.fn == 0 else self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def accuracy(self, name: str) -> float | None:
        """Share of correct secondary judgements, None when none was made."""
        right, judged = self.checks.get(name, [0, 0])
        return right / judged if judged else None
