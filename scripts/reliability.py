"""Reliability of the event coder's confidence, measured on a gold directory.

Runs the pipeline on every gold article, matches the predicted events to the gold events with the
evaluator's own matching (``evaluate.match.assign`` and ``event_matches``, the rules of
FORMAT.md), and prints, per confidence threshold and per confidence bin, how many events were coded
and what share of them was right. Events matched to an optional gold item (``required: false``)
count neither way, as in ``newsevents evaluate``.

    python scripts/reliability.py ../shared/gold            # the table (markdown)
    python scripts/reliability.py ../shared/gold --events   # also every event, right or wrong
    python scripts/reliability.py ../shared/gold --split wire-   # also per group of articles

Figures measured on gold the coder was tuned on are in-sample: say so where they are quoted
(docs/quality.md).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from newsevents.evaluate import match as m
from newsevents.evaluate.gold import load_gold_dir
from newsevents.evaluate.runner import pipeline_predictor
from newsevents.model import Event

THRESHOLDS = (0.3, 0.5, 0.6, 0.7, 0.8, 0.9)
BINS = ((0.0, 0.3), (0.3, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01))


@dataclass
class Judged:
    """One predicted event and whether the gold holds it."""

    article: str
    event: Event
    right: bool


def judge(gold_dir: Path) -> list[Judged]:
    """Every predicted event of every gold article, judged by the evaluator's matching."""
    predict = pipeline_predictor()
    out: list[Judged] = []
    for gold in load_gold_dir(gold_dir):
        items = gold.parts.get("events")
        if items is None:
            continue
        result = predict(gold)
        text = result.article.text

        def prefer(event: Event, item: dict, text: str = text) -> float:
            return (event.date == item.get("date")) + m.closeness(event.sentence, item.get("evidence"))

        assigned = m.assign(items, result.events, m.event_matches, prefer)
        by_pred = {j: i for i, j in assigned.items()}
        for j, event in enumerate(result.events):
            i = by_pred.get(j)
            if i is not None and items[i].get("required", True) is False:
                continue  # an optional gold item: neither right nor wrong
            out.append(Judged(gold.id, event, i is not None))
    return out


def table(judged: list[Judged]) -> str:
    """The reliability table (markdown): at or above each threshold, and per bin."""
    lines = ["| confidence | events | right | precision |", "| --- | ---: | ---: | ---: |"]
    for t in THRESHOLDS:
        sel = [j for j in judged if j.event.confidence >= t]
        right = sum(j.right for j in sel)
        lines.append(f"| >= {t:.1f} | {len(sel)} | {right} | {right / len(sel):.2f} |" if sel
                     else f"| >= {t:.1f} | 0 | 0 | - |")
    lines += ["", "| bin | events | right | precision |", "| --- | ---: | ---: | ---: |"]
    for lo, hi in BINS:
        sel = [j for j in judged if lo <= j.event.confidence < hi]
        right = sum(j.right for j in sel)
        lines.append(f"| [{lo:.1f}, {min(hi, 1.0):.1f}) | {len(sel)} | {right} | "
                     + (f"{right / len(sel):.2f} |" if sel else "- |"))
    right = [j.event.confidence for j in judged if j.right]
    wrong = [j.event.confidence for j in judged if not j.right]
    if right and wrong:
        lines += ["", f"mean confidence: right {sum(right) / len(right):.3f} ({len(right)}), "
                      f"wrong {sum(wrong) / len(wrong):.3f} ({len(wrong)})"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("--events", action="store_true", help="list every judged event")
    parser.add_argument("--split", metavar="PREFIX", help="also one table for the articles whose id starts with "
                        "PREFIX and one for the others (e.g. wire-)")
    args = parser.parse_args(argv)
    judged = judge(args.gold_dir)
    if args.events:
        for j in sorted(judged, key=lambda j: -j.event.confidence):
            e = j.event
            print(f"{'RIGHT' if j.right else 'wrong'} {e.confidence:.2f} {j.article} {e.source_code} {e.cameo} "
                  f"{e.target_code} {e.mode} [{e.rule}] {' '.join(e.sentence.split())[:140]}")
    print(table(judged))
    if args.split:
        for name, part in ((f"ids starting {args.split}", [j for j in judged if j.article.startswith(args.split)]),
                           ("the other ids", [j for j in judged if not j.article.startswith(args.split)])):
            print(f"\n### {name}\n\n{table(part)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
