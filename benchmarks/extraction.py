"""Score newsevents' HTML body extraction on the article-extraction benchmark.

Usage (from the repository root, with ../shared beside it)::

    .venv/bin/python benchmarks/extraction.py [--bench DIR] [--json OUT] [--worst N]

The benchmark (181 real pages, ``html/<id>.html.gz`` and ``ground-truth.json`` with each page's
``articleBody``) is scored as its authors score it: per page, precision and recall of the
extracted body's lower-cased 4-word shingles against the gold body's; precision and recall are
averaged over pages and F1 is taken of the two means (``newsevents.extract.score``). Scores over
single tokens (bag of words) are printed too. Pages per second counts the whole extraction
(parsing, metadata, chrome removal) on one core.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

from newsevents.extract.html import extract_html
from newsevents.extract.score import aggregate, token_prf

DEFAULT_BENCH = Path(__file__).resolve().parents[1].parent / "shared" / "bench" / "article-extraction"


def run(bench: Path) -> tuple[dict[str, dict], float]:
    """Extract every page of the benchmark; returns per-page results and the seconds spent extracting."""
    truth = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    results: dict[str, dict] = {}
    spent = 0.0
    for page_id, item in sorted(truth.items()):
        html = gzip.decompress((bench / "html" / f"{page_id}.html.gz").read_bytes()).decode("utf-8")
        start = time.perf_counter()
        found = extract_html(html, item.get("url"))
        spent += time.perf_counter() - start
        gold = item.get("articleBody", "")
        results[page_id] = {"method": found.method, "body": found.body,
                            "shingle4": token_prf(found.body, gold, n=4), "token": token_prf(found.body, gold)}
    return results, spent


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print precision, recall, F1 and pages per second."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="the benchmark folder")
    parser.add_argument("--json", type=Path, help="write the per-page scores and bodies here")
    parser.add_argument("--worst", type=int, default=0, help="list the N pages with the lowest F1")
    args = parser.parse_args(argv)
    if not (args.bench / "ground-truth.json").is_file():
        print(f"benchmark not found: {args.bench}", file=sys.stderr)
        return 2
    results, spent = run(args.bench)
    print(f"pages: {len(results)}   pages/second: {len(results) / spent:.1f}")
    for key, label in (("shingle4", "4-word shingles (published metric)"), ("token", "single tokens")):
        precision, recall, f1 = aggregate(r[key] for r in results.values())
        print(f"{label:<36} precision {precision:.4f}  recall {recall:.4f}  F1 {f1:.4f}")
    methods: dict[str, int] = {}
    for r in results.values():
        methods[r["method"]] = methods.get(r["method"], 0) + 1
    print("methods:", ", ".join(f"{k} {v}" for k, v in sorted(methods.items())))
    for page_id, r in sorted(results.items(), key=lambda kv: kv[1]["shingle4"][2])[:args.worst]:
        print(f"  {page_id[:12]}  P {r['shingle4'][0]:.3f} R {r['shingle4'][1]:.3f} F1 {r['shingle4'][2]:.3f}"
              f"  {r['method']}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
