"""``newsevents evaluate`` end to end on a tiny gold folder (runs the real pipeline)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from newsevents.cli_evaluate import evaluate

GOLD = {
    "id": "tiny",
    "text": "Russian President Vladimir Putin met Egyptian President Abdel Fattah el-Sisi in Cairo on Monday.",
    "published": "2023-10-18",
    "times": [{"text": "Monday", "value": "2023-10-16"}],
    "places": [{"text": "Cairo", "country": "EGY"}],
    "quotes": [],
}


def test_evaluate_prints_json_and_details(tmp_path, nlp):
    (tmp_path / "tiny.json").write_text(json.dumps(GOLD))
    result = CliRunner().invoke(evaluate, [str(tmp_path), "--json", "--details"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["articles"] == 1
    assert set(data["parts"]) == {"times", "places", "quotes"}  # absent parts are not scored
    assert data["parts"]["quotes"]["fn"] == 0
    assert "tiny" in data["details"]


def test_evaluate_prints_a_table(tmp_path, nlp):
    (tmp_path / "tiny.json").write_text(json.dumps(GOLD))
    result = CliRunner().invoke(evaluate, [str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "times" in result.output and "places" in result.output and "F1" in result.output


def test_malformed_gold_is_an_evaluation_error(tmp_path):
    (tmp_path / "bad.json").write_text(json.dumps({"id": "bad"}))
    result = CliRunner().invoke(evaluate, [str(tmp_path)])
    assert result.exit_code != 0
    assert "E600" in str(result.exception)
