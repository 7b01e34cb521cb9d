"""Precision census: code every event of a folder of real pages, draw a seeded random sample, judge by reading.

Gold sets measure recall and precision on articles someone annotated; a census measures precision on
pages nobody tuned on, the way a new user meets the coder. Two steps:

    python benchmarks/census.py draw ../shared/bench/article-extraction/html ../shared/gold-quotes/polnear-dev \\
        --exclude-gold ../shared/gold --sample 60 --seed 20261206 -o census.jsonl
    # a person (or several) reads each drawn event and sets "verdict" to "right" or "wrong" (and a "why")
    python benchmarks/census.py score census.jsonl

``draw`` prints how many pages were read and how many events were coded in all, and writes one JSON
line per drawn event (its article, sentence, code, actors, mode, confidence, rule) with an empty
``verdict``. ``score`` prints precision with a 95% Wilson interval, overall and by confidence band, so
the census also checks the calibration table of docs/quality.md. The seed is written into every line.

Verdicts outlive a machine: ``record`` keeps each judged event's key (page, code, sides, mode and a hash of
its sentence -- never the article's text) and its verdict in ``benchmarks/census_verdicts.jsonl``, and
``carry`` fills a new draw's verdicts from it, so a census re-done after a change reads only the events the
change made or altered:

    python benchmarks/census.py record judged.jsonl      # after reading
    python benchmarks/census.py carry census.jsonl -o census.jsonl   # after the next draw
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from newsevents.ingest import iter_inputs
from newsevents.model import RawDocument
from newsevents.pipeline import PipelineConfig, process_many

BANDS = ((0.8, 1.01), (0.5, 0.8), (0.0, 0.5))
VERDICTS = Path(__file__).with_name("census_verdicts.jsonl")
WHY_CLASSES = ("sides", "sense", "no-event", "mode", "date")  # what a "wrong" verdict's reason is filed under


def gold_inputs(gold_dir: Path) -> set[str]:
    """File names of the pages a gold directory annotates: they are in-sample, so the census leaves them out."""
    names: set[str] = set()
    for path in gold_dir.glob("*.json"):
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        for key in ("html_file", "text_file"):
            if isinstance(gold, dict) and gold.get(key):
                names.add(Path(gold[key]).name)
    return names


def code_pages(folders: list[Path], exclude: set[str]) -> tuple[int, list[dict[str, Any]]]:
    """Run the pipeline on every page of ``folders`` whose name is not in ``exclude``; return (pages
    read, event rows)."""
    files = sorted(p for folder in folders for p in folder.iterdir() if p.is_file() and p.name not in exclude)
    raws = [item for item in iter_inputs([str(p) for p in files]) if isinstance(item, RawDocument)]
    rows: list[dict[str, Any]] = []
    for raw, result in zip(raws, process_many(raws, PipelineConfig()), strict=True):
        if not isinstance(result, Exception):
            rows.extend(_event_row(raw.source, result.article.title, event) for event in result.events)
    return len(raws), rows


def _event_row(source: str, title: str | None, event: Any) -> dict[str, Any]:
    return {"page": Path(source).name, "path": source, "title": title, "event": event.id, "cameo": event.cameo,
            "plover": event.plover,
            "source": event.source_code, "source_name": event.source_name, "target": event.target_code,
            "target_name": event.target_name, "mode": event.mode, "date": event.date,
            "confidence": round(event.confidence, 3), "rule": event.rule, "trigger": event.trigger,
            "sentence": " ".join(event.sentence.split())}


def wilson(right: int, total: int, z: float = 1.96) -> tuple[float, float]:
    """The 95% Wilson score interval of a proportion: honest for the small samples a census reads."""
    if total == 0:
        return (0.0, 0.0)
    p = right / total
    centre = (p + z * z / (2 * total)) / (1 + z * z / total)
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / (1 + z * z / total)
    return (max(0.0, centre - half), min(1.0, centre + half))


def score(rows: Iterable[dict[str, Any]]) -> list[str]:
    """Lines of the census table: precision overall and per confidence band, over judged rows only."""
    judged = [r for r in rows if r.get("verdict") in ("right", "wrong")]
    lines = ["| events | judged | right | precision | 95% interval |", "| --- | --- | --- | --- | --- |"]
    groups = [("all", judged)] + [(f"confidence {lo:.1f}-{min(hi, 1.0):.1f}",
                                   [r for r in judged if lo <= r["confidence"] < hi]) for lo, hi in BANDS]
    for name, group in groups:
        right = sum(r["verdict"] == "right" for r in group)
        low, high = wilson(right, len(group))
        precision = f"{right / len(group):.2f}" if group else "-"
        lines.append(f"| {name} | {len(group)} | {right} | {precision} | {low:.2f}-{high:.2f} |")
    return lines


def event_key(row: dict[str, Any]) -> str:
    """What makes two coded events the same for a judge: page, code, sides, mode and sentence. The sentence
    enters as a hash, so the verdict store holds no article text."""
    sentence = hashlib.sha1(" ".join(str(row["sentence"]).split()).encode("utf-8")).hexdigest()[:16]
    return "|".join(str(row.get(k)) for k in ("page", "cameo", "source", "target", "mode")) + "|" + sentence


def why_class(why: str) -> str | None:
    """The class a judge's reason names first ("sides: the target is ..." -> "sides"), or None."""
    low = why.lower()
    found = [(low.find(c), c) for c in WHY_CLASSES if c in low]
    return min(found)[1] if found else None


def read_rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()] \
        if path.exists() else []


def record(judged: list[dict[str, Any]], store: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The store with every judged row's verdict added or replaced (a later reading wins)."""
    by_key = {r["key"]: r for r in store}
    for row in judged:
        if row.get("verdict") in ("right", "wrong"):
            by_key[event_key(row)] = {"key": event_key(row), "verdict": row["verdict"],
                                      "why": why_class(row.get("why") or "") if row["verdict"] == "wrong" else None}
    return sorted(by_key.values(), key=lambda r: r["key"])


def carry(rows: list[dict[str, Any]], store: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    """``rows`` with the stored verdict of every event judged before; and how many were carried."""
    by_key = {r["key"]: r for r in store}
    out, carried = [], 0
    for row in rows:
        known = by_key.get(event_key(row))
        if known and not row.get("verdict"):
            row = {**row, "verdict": known["verdict"], "why": known.get("why") or "", "carried": True}
            carried += 1
        out.append(row)
    return out, carried


def _write_rows(path: Path, rows: list[dict[str, Any]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    draw = sub.add_parser("draw", help="code the pages and draw a seeded sample of events to judge")
    draw.add_argument("folders", type=Path, nargs="+", help="folders of pages (HTML, text, JSON records)")
    draw.add_argument("--exclude-gold", type=Path, help="a gold directory whose pages are left out")
    draw.add_argument("--sample", type=int, default=60)
    draw.add_argument("--seed", type=int, default=20261206)
    draw.add_argument("-o", "--output", type=Path, required=True)
    draw.add_argument("--all-events", type=Path, help="also write every coded event here (JSONL)")
    judge = sub.add_parser("score", help="precision of a judged census file")
    judge.add_argument("file", type=Path)
    keep = sub.add_parser("record", help="add a judged file's verdicts to the verdict store")
    keep.add_argument("file", type=Path)
    keep.add_argument("--verdicts", type=Path, default=VERDICTS)
    fill = sub.add_parser("carry", help="fill a drawn file's verdicts from the verdict store")
    fill.add_argument("file", type=Path)
    fill.add_argument("--verdicts", type=Path, default=VERDICTS)
    fill.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args(argv)
    if args.command == "score":
        print("\n".join(score(read_rows(args.file))))
        return 0
    if args.command == "record":
        store = record(read_rows(args.file), read_rows(args.verdicts))
        _write_rows(args.verdicts, store)
        print(f"{len(store)} verdicts in {args.verdicts}", file=sys.stderr)
        return 0
    if args.command == "carry":
        rows, carried = carry(read_rows(args.file), read_rows(args.verdicts))
        _write_rows(args.output, rows)
        print(f"{carried} of {len(rows)} verdicts carried; {len(rows) - carried} to read", file=sys.stderr)
        return 0
    exclude = gold_inputs(args.exclude_gold) if args.exclude_gold else set()
    pages, rows = code_pages(args.folders, exclude)
    left_out = sum((folder / name).exists() for folder in args.folders for name in exclude)
    print(f"{pages} pages read ({left_out} gold pages left out), {len(rows)} events coded", file=sys.stderr)
    if args.all_events:
        args.all_events.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    drawn = random.Random(args.seed).sample(rows, min(args.sample, len(rows)))
    with args.output.open("w", encoding="utf-8") as out:
        for row in drawn:
            out.write(json.dumps({**row, "seed": args.seed, "verdict": "", "why": ""}) + "\n")
    print(f"{len(drawn)} events drawn with seed {args.seed} into {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
