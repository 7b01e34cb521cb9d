"""Make a benchmark corpus: the articles of a directory (default examples/corpus), repeated to N files.

    python benchmarks/make_corpus.py OUT_DIR [--source DIR] [--count 200]

Each article is read with newsevents' own readers (HTML, JSONL, feeds, text) and written as one
plain-text file; articles are repeated round-robin until there are ``--count`` files.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from newsevents.extract import extract_article
from newsevents.ingest import iter_inputs
from newsevents.model import RawDocument

REPO = Path(__file__).resolve().parents[1]


def make_corpus(source: Path, out: Path, count: int) -> list[Path]:
    """Write ``count`` article texts from ``source`` into ``out``; returns the files written."""
    texts = []
    for item in iter_inputs([str(source)]):
        if isinstance(item, RawDocument):
            try:
                article = extract_article(item)
            except Exception:  # noqa: BLE001 - a benchmark corpus just leaves out what cannot be read
                continue
            if article.language in (None, "en"):
                texts.append(article.text if not article.title else f"{article.title}\n\n{article.text}")
    if not texts:
        raise SystemExit(f"no English articles found in {source}")
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = out / f"{i:05d}.txt"
        path.write_text(texts[i % len(texts)], encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--source", type=Path, default=REPO / "examples" / "corpus")
    parser.add_argument("--count", type=int, default=200)
    args = parser.parse_args()
    print(f"{len(make_corpus(args.source, args.out, args.count))} files in {args.out}")


if __name__ == "__main__":
    main()
