"""warm_up: every stage built once per process, then the long-lived objects frozen out of the GC's scans."""

from __future__ import annotations

import gc

import pytest

from newsevents import pipeline
from newsevents.pipeline import PipelineConfig, warm_up

pytestmark = pytest.mark.slow


def test_warm_up_freezes_once_per_configuration(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "_WARM", set())
    calls = []
    real = pipeline.process
    monkeypatch.setattr(pipeline, "process", lambda raw, config: calls.append(raw.source) or real(raw, config))
    warm_up(PipelineConfig())
    assert calls == ["<warm-up>"]
    assert gc.get_freeze_count() > 100_000, "the model and knowledge bases are out of the collector's scans"
    warm_up(PipelineConfig())
    assert calls == ["<warm-up>"], "a second call with the same configuration does nothing"
    warm_up(PipelineConfig(all_entities=True))
    assert calls == ["<warm-up>", "<warm-up>"]
