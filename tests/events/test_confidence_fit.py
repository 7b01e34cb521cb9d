"""The confidence as a product of named factors (events/confidence.py ``features``/``factors``) and the
fit that re-sets them from judged events (scripts/fit_confidence.py).

Texts are written for these tests; none is taken from a gold, benchmark or searched article.
"""

from __future__ import annotations

import importlib.util
import json
import math
import sys
from pathlib import Path

import numpy as np
import pytest

from newsevents.events.confidence import DEFAULTS, factors, settings

REPO = Path(__file__).resolve().parents[2]
SPEC = importlib.util.spec_from_file_location("fit_confidence", REPO / "scripts" / "fit_confidence.py")
assert SPEC is not None and SPEC.loader is not None
fitc = importlib.util.module_from_spec(SPEC)
sys.modules["fit_confidence"] = fitc
SPEC.loader.exec_module(fitc)


def _features(**changes):
    """The evidence of a plain event: a verb pattern, both sides on their head words, asserted."""
    f = {"kind": "verb", "bare": False, "pattern_confidence": 1.0, "origin": "verbs.yaml", "id": "verb:173:arrest-_",
         "generated": False, "pattern_code": "173", "source_how": "head", "target_how": "head",
         "match_source_how": "subj", "match_target_how": "slot", "penalty": 0.0, "mode": "did", "mode_reason": "",
         "reported": False, "reported_prediction": False, "words": 12, "countryless_source": False,
         "countryless_target": False, "same_side": False, "source_code": "KENCOP", "target_code": "KENOPP",
         "trigger_lemma": "arrest", "trigger_pos": "VERB"}
    return {**f, **changes}


def _names(f, cfg):
    return [name for name, _ in factors(f, cfg)]


def test_each_factor_is_named_by_its_key_in_the_data():
    cfg = settings({})
    assert _names(_features(), cfg) == ["verb", "pattern", "source_found:head", "target_found:head"]
    names = _names(_features(target_how=None, mode="commit", same_side=True, reported=True, words=80), cfg)
    assert {"no_target", "mode", "same_side", "reported", "very_long_sentence"} <= set(names)
    assert "long_sentence" not in names  # one length factor, the longest that applies


def test_a_factor_takes_its_value_from_the_data():
    no_target = dict(factors(_features(target_how=None), settings({"confidence": {"no_target": 0.3}})))
    assert no_target["no_target"] == 0.3
    assert dict(factors(_features(target_how=None), settings({})))["no_target"] == DEFAULTS["no_target"]


def _rows(n_each: int):
    """Judged rows on 40 pages: events with a target right 9 times in 10, without one right half the time."""
    rows = []
    for i in range(n_each):
        for has_target, right in ((True, i % 10 != 0), (False, i % 2 == 0)):
            rows.append({"set": "t", "page": f"p{i % 40}", "sentence": f"s{i}-{has_target}", "confidence": 0.5,
                         "verdict": "right" if right else "wrong",
                         "features": _features(target_how="head" if has_target else None)})
    return rows


def test_the_fit_finds_how_much_a_missing_target_costs():
    cfg = settings({"confidence": {"no_target": 0.9}})
    rows = _rows(200)
    keys = ["no_target"]
    x, offset, penalty, y, w = fitc.design(rows, cfg, keys)
    start = np.log([fitc.current(cfg, k) for k in keys])
    fitted = math.exp(fitc.fit(x, offset, penalty, y, w, start, shrink=0.0)[0])
    # P(right | no target) / P(right | target) = 0.5 / 0.9 on these rows (the verb factor, 0.95, is kept)
    assert abs(fitted * 0.95 - 0.5) < 0.03
    pulled = math.exp(fitc.fit(x, offset, penalty, y, w, start, shrink=1000.0)[0])
    assert fitted < pulled <= 0.9  # the pull keeps a factor near its current value


def test_the_folds_keep_each_page_whole():
    rows = _rows(120)
    folds = fitc.folds_by_page(rows, 5, seed=3)
    by_page: dict[str, set[int]] = {}
    for row, fold in zip(rows, folds, strict=True):
        by_page.setdefault(row["page"], set()).add(fold)
    assert all(len(f) == 1 for f in by_page.values())
    assert len(set(folds)) == 5


def test_a_sentence_coded_many_times_counts_once():
    rows = _rows(10)
    rows += [{**rows[0], "page": "p0", "sentence": "crowded"} for _ in range(4)]
    _, _, _, _, w = fitc.design(rows, settings({}), ["no_target"])
    assert list(w[-4:]) == [0.25] * 4 and w[0] == 1.0


@pytest.mark.slow  # codes a page with the whole pipeline
def test_collected_events_carry_their_evidence_and_verdict(tmp_path):
    """``collect`` pairs each coded event with the evidence its confidence was computed from: the
    product of the factors less the penalty gives the confidence the event was coded with."""
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text("Kenyan police arrested the opposition leader in Nairobi on Monday.\n",
                                 encoding="utf-8")
    first = fitc.collect([pages], {}, "t")
    assert first and all(r["verdict"] is None for r in first)
    store = {first[0]["key"]: {"key": first[0]["key"], "verdict": "right"}}
    rows = fitc.collect([pages], store, "t")
    assert rows[0]["verdict"] == "right"
    from newsevents.events.lexicon import load_lexicon

    cfg = settings(load_lexicon().modality)
    for row in rows:
        product = math.prod(v for _, v in factors(row["features"], cfg)) - row["features"]["penalty"]
        assert abs(round(max(0.05, min(1.0, product)), 3) - row["confidence"]) < 1e-9
        json.dumps(row)  # plain data, written as JSON lines
