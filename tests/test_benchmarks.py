"""The benchmark scripts still run against the library they measure (a renamed constant once broke
benchmarks/pipeline.py unnoticed). These call each script's measuring function on the bundled sample
corpus and check the report's shape; they time nothing and assert no speed."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_the_pipeline_benchmark_measures_the_sample_corpus() -> None:
    bench = _script("pipeline")
    raws = bench.load(ROOT / "examples" / "corpus")[:3]
    assert raws
    report = bench.bench_inline(raws)
    assert report["articles"] == len(raws) and report["words"] > 0, report
    assert report["ratio_pipeline_to_spacy_cpu"] > 0 and report["parse_share_of_pipeline_cpu"] > 0, report
