"""The runner's inputs, failure handling and benchmark mode; the reports and the gate (no spaCy)."""

from __future__ import annotations

import gzip
import json

import pytest

from newsevents.errors import EvaluationError, ExtractionError
from newsevents.evaluate import (
    check_thresholds,
    details,
    evaluate_benchmark,
    evaluate_golds,
    is_benchmark_dir,
    oracle_result,
    render_text,
    summary_table,
    to_json,
)
from newsevents.evaluate.gold import load_gold_file
from newsevents.evaluate.runner import raw_document
from tests.evaluate.evalkit import TEXT, actor, make_gold, make_result


def _gold_file(tmp_path, **data):
    path = tmp_path / "g.json"
    path.write_text(json.dumps({"id": "g", "published": "2019-11-19", **data}))
    return load_gold_file(path)


def test_html_input_is_gunzipped_bytes_with_published_date(tmp_path):
    (tmp_path / "p.html.gz").write_bytes(gzip.compress(b"<html><p>Hello</p></html>"))
    raw = raw_document(_gold_file(tmp_path, html_file="p.html.gz"))
    assert (raw.content, raw.media_type, raw.published) == (b"<html><p>Hello</p></html>", "html", "2019-11-19")


def test_text_input_relative_to_gold_file_and_inline_text(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("Plain text.", encoding="utf-8")
    assert raw_document(_gold_file(tmp_path, text_file="sub/a.txt")).content == "Plain text."
    assert raw_document(_gold_file(tmp_path, text="Inline.")).media_type == "text"


def test_missing_input_file_is_an_evaluation_error(tmp_path):
    with pytest.raises(EvaluationError, match="cannot read"):
        raw_document(_gold_file(tmp_path, text_file="nowhere.txt"))


def test_a_failing_article_is_recorded_and_the_run_goes_on():
    golds = [make_gold(actors=[{"codes": ["RUSGOV"], "mentions": ["Putin"]}]), make_gold(quotes=[])]

    def predict(gold):
        if "actors" in gold.parts:
            raise ExtractionError("no article text", source="x")
        return make_result()

    metrics = evaluate_golds(golds, predict).metrics()
    assert metrics["parts"]["actors"]["fn"] == 1
    assert "no article text" in next(iter(metrics["errors"].values()))


def test_benchmark_dir_scores_body_tokens(tmp_path, monkeypatch):
    (tmp_path / "html").mkdir()
    (tmp_path / "html" / "p1.html.gz").write_bytes(gzip.compress(b"<p>one two three</p>"))
    (tmp_path / "html" / "p2.html.gz").write_bytes(b"not gzip at all")
    truth = {"p1": {"articleBody": "one two three", "url": "u"}, "p2": {"articleBody": "four", "url": "u"}}
    (tmp_path / "ground-truth.json").write_text(json.dumps(truth))
    assert is_benchmark_dir(tmp_path)

    import newsevents.extract as extract

    def fake_extract(raw, published=None):
        body = raw.content.decode().replace("<p>", "").replace("</p>", "")
        return make_result(text=body).article

    monkeypatch.setattr(extract, "extract_article", fake_extract)
    row = evaluate_benchmark(tmp_path).metrics()["parts"]["body"]
    assert row["pages"] == 2
    assert row["recall"] == pytest.approx(0.5)  # p2 is not gzip: read as is, scored 0


def test_table_json_and_details_show_every_miss_and_false_positive():
    gold = make_gold(actors=[{"name": "Putin", "codes": ["RUSGOV"], "country": "RUS", "mentions": ["Putin"]}],
                     times=[{"text": "Monday", "value": "2023-10-16"}])
    summary = evaluate_golds([gold], lambda g: make_result(actors=[actor("Sisi", "EGYGOV")]))
    table = render_text(summary_table(summary))
    assert "actors" in table and "times" in table and "0.000" in table
    text = render_text(details(summary))
    assert "miss" in text and "false_positive" in text and "Sisi EGYGOV" in text
    assert "Russian President Vladimir Putin spoke" in text  # the gold mention's sentence
    data = to_json(summary, with_details=True)
    assert data["parts"]["actors"]["fp"] == 1
    assert {f["kind"] for f in data["details"]["t"]} == {"miss", "false_positive"}


def test_gate_passes_floors_and_fails_below_them():
    gold = make_gold(actors=[{"codes": ["RUSGOV"], "country": "RUS", "mentions": ["Putin"]}], events=[],
                     not_events=[{"cameo_root": "19", "evidence": "could escalate into a regional war"}])
    good = evaluate_golds([gold], lambda g: oracle_result(g, TEXT)).metrics()
    floors = {"actors": {"f1": 1.0, "code": 1.0}, "not_events": {"max_violations": 0}, "_comment": "x"}
    assert check_thresholds(good, floors) == []
    bad = evaluate_golds([gold], lambda g: make_result()).metrics()
    failures = check_thresholds(bad, floors)
    assert any(f.startswith("actors.f1 = 0.000 < floor") for f in failures)
    assert "actors.code not measured (floor 1.0)" in failures
    assert check_thresholds(good, {"quotes": {"f1": 0.1}}) == ["quotes.f1 not measured (floor 0.1)"]
    assert check_thresholds({"not_events": {"violations": 2}}, {"not_events": {"max_violations": 1}}) == [
        "not_events.violations = 2 > ceiling 1"]
