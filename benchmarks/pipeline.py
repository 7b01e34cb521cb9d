"""Throughput of the whole pipeline against spaCy's bare ``nlp.pipe`` on the same texts, in one run.

    python benchmarks/make_corpus.py /tmp/bench --count 200
    python benchmarks/pipeline.py /tmp/bench [--workers 2] [--json]

Reports, per core: articles/s and words/s of the whole pipeline (extraction to events, in this
process), of the bare spaCy pipeline (``nlp.pipe`` over the extracted texts) and their ratio;
then the local process-pool engine with 1 and 2 workers (steady state: from the first result to
the last, so model loading is not counted): throughput, speed-up, and the peak resident memory of
a worker process.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

from newsevents import nlp
from newsevents.ingest import iter_inputs
from newsevents.model import RawDocument
from newsevents.pipeline import PipelineConfig, process


def load(folder: Path) -> list[RawDocument]:
    return [item for item in iter_inputs([str(folder)]) if isinstance(item, RawDocument)]


def bench_inline(raws: list[RawDocument]) -> dict[str, float]:
    """Whole pipeline vs bare spaCy, both in this process, on the same texts."""
    config = PipelineConfig()
    process(raws[0], config)  # warm: model and knowledge bases loaded before timing
    start = time.perf_counter()
    results = [process(raw, config) for raw in raws]
    pipeline_s = time.perf_counter() - start
    texts = [r.article.text[:nlp.MAX_CHARS] for r in results if "nlp" in r.stages]
    words = sum(len(t.split()) for t in texts)
    start = time.perf_counter()
    for _ in nlp.get_nlp().pipe(texts):
        pass
    bare_s = time.perf_counter() - start
    n = len(raws)
    return {"articles": n, "words": words, "pipeline_articles_s": n / pipeline_s, "pipeline_words_s": words / pipeline_s,
            "spacy_articles_s": len(texts) / bare_s, "spacy_words_s": words / bare_s,
            "ratio_pipeline_to_spacy": bare_s / pipeline_s * n / max(1, len(texts))}


def bench_pool_processes(raws: list[RawDocument], workers: int) -> dict[str, float]:
    """The pool engine in worker processes (``workers`` >= 1, always a pool) and the workers' peak RSS."""
    from newsevents.engines import local

    first = last = 0.0
    count = 0
    for _ in local._run_pool(raws, PipelineConfig(), lambda item: True, workers):
        count += 1
        now = time.perf_counter()
        first = first or now
        last = now
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"workers": workers, "articles_s": (count - 1) / (last - first) if last > first else 0.0,
            "peak_worker_rss_mb_so_far": peak_mb}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--workers", type=int, default=2, help="the larger pool to compare with 1 worker")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    raws = load(args.corpus)
    report = {"inline": bench_inline(raws)}
    one = bench_pool_processes(raws, 1)
    many = bench_pool_processes(raws, args.workers)
    report["pool"] = {"one": one, "many": many, "speedup": many["articles_s"] / one["articles_s"]
                      if one["articles_s"] else 0.0}
    print(json.dumps(report, indent=None if args.json else 2))


if __name__ == "__main__":
    main()
