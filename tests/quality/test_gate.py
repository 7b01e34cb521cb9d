"""The quality gate: the scores on ../shared/gold and on the extraction benchmark must not fall
below the floors of thresholds.json; a deliberately broken prediction set must fail the gate."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from newsevents.evaluate import (
    check_thresholds,
    evaluate_benchmark,
    evaluate_gold_dir,
    evaluate_golds,
    load_gold_dir,
    load_thresholds,
    oracle_result,
    render_text,
    summary_table,
)
from newsevents.model import ArticleResult, Event

THRESHOLDS = load_thresholds(Path(__file__).with_name("thresholds.json"))
PARTS = ("actors", "events", "quotes", "counts", "times", "places")


def _verdict(metrics: dict, floors: dict, table: str) -> str:
    failures = check_thresholds(metrics, floors)
    failures += [f"pipeline failed on {key}: {msg}" for key, msg in metrics.get("errors", {}).items()]
    return "" if not failures else "quality gate failed:\n  " + "\n  ".join(failures) + "\n" + table


def test_gold_scores_meet_the_floors(shared_dir, nlp, gate_tables):
    summary = evaluate_gold_dir(shared_dir / "gold")
    table = render_text(summary_table(summary, title="../shared/gold"))
    gate_tables.append(table)
    verdict = _verdict(summary.metrics(), THRESHOLDS["gold"], table)
    assert not verdict, verdict


def test_sample_gold_scores_meet_the_floors(nlp, gate_tables):
    """The project's own hand-annotated sample articles: a gate that runs even without ../shared."""
    summary = evaluate_gold_dir(Path(__file__).resolve().parents[1] / "data" / "gold")
    table = render_text(summary_table(summary, title="tests/data/gold"))
    gate_tables.append(table)
    verdict = _verdict(summary.metrics(), THRESHOLDS["sample_gold"], table)
    assert not verdict, verdict


def test_polnear_dev_quotes_meet_the_floors(shared_dir, nlp, gate_tables):
    """PolNeAR's public dev split (quotes only): the attribution rules must not fall back."""
    summary = evaluate_gold_dir(shared_dir / "gold-quotes" / "polnear-dev")
    table = render_text(summary_table(summary, title="../shared/gold-quotes/polnear-dev"))
    gate_tables.append(table)
    verdict = _verdict(summary.metrics(), THRESHOLDS["polnear_dev"], table)
    assert not verdict, verdict


@pytest.mark.slow  # the extraction benchmark: a whole corpus of pages
def test_extraction_benchmark_meets_the_floors(shared_dir, gate_tables):
    summary = evaluate_benchmark(shared_dir / "bench" / "article-extraction")
    table = render_text(summary_table(summary, title="../shared/bench/article-extraction"))
    gate_tables.append(table)
    verdict = _verdict(summary.metrics(), THRESHOLDS["article_extraction"], table)
    assert not verdict, verdict


# ------------------------------------------------------------------ the gate must catch a broken stage
def _break(part: str, result: ArticleResult, gold) -> None:
    """Damage one part of a perfect prediction the way a broken stage would."""
    if part == "actors":
        for actor in result.actors:
            actor.code = (actor.code or "XXX")[:3] + "XXX"  # every role wrong
    elif part == "events":
        for event in result.events:
            event.mode = "intend" if event.mode == "did" else "did"  # happened <-> intended swapped
    elif part == "counts":
        for count in result.counts:
            count.value += 1
    elif part == "body":
        result.article.text = "\n".join(gold.not_in_body or [])  # nothing but site chrome
    elif part == "not_events":
        result.events += [Event(id=f"N{i}", article_id=gold.id, cameo=str(ne["cameo_root"]) + "0",
                                sentence=ne["evidence"], trigger=ne["evidence"].split()[0], rule="broken")
                          for i, ne in enumerate(gold.not_events)]
    else:
        setattr(result, part, [])  # the stage returns nothing


@pytest.fixture(scope="module")
def golds(shared_dir):
    return load_gold_dir(shared_dir / "gold")


def _strict_floors() -> dict:
    floors: dict = {part: {"precision": 0.99, "recall": 0.99} for part in PARTS}
    floors["body"] = {"chrome": 0.99}
    floors["not_events"] = {"max_violations": 0}
    return floors


def test_perfect_predictions_pass_the_repository_floors(golds):
    metrics = evaluate_golds(golds, oracle_result).metrics()
    assert check_thresholds(metrics, _strict_floors()) == []
    assert check_thresholds(metrics, THRESHOLDS["gold"]) == []


@pytest.mark.parametrize("part", [*PARTS, "body", "not_events"])
def test_a_broken_stage_fails_the_gate(golds, part):
    def broken(gold):
        result = copy.deepcopy(oracle_result(gold))
        _break(part, result, gold)
        return result

    metrics = evaluate_golds(golds, broken).metrics()
    failures = check_thresholds(metrics, _strict_floors())
    # a not_events violation is also a false positive of the events row: it is counted twice
    expected = (part, "events") if part == "not_events" else (part,)
    assert failures and all(f.split(".")[0] in expected for f in failures), failures
    # and the repository's own floors catch it wherever they are above zero
    floors = THRESHOLDS["gold"].get(part, {})
    if any(value > 0 for key, value in floors.items() if not key.startswith("max_")) or part == "not_events":
        assert check_thresholds(metrics, {part: floors}), f"thresholds.json does not catch a broken {part} stage"
