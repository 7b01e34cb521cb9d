"""``newsevents evaluate`` end to end on a tiny gold folder (runs the real pipeline)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from newsevents.cli.evaluate import evaluate
from newsevents.errors import EvaluationError

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
    assert isinstance(result.exception, EvaluationError) and str(result.exception).startswith("E609 ")


def test_evaluate_progress_bar_counts_gold_articles(monkeypatch):
    """The runner tells the CLI the number of gold articles before the first one runs; the bar shows it."""
    import io
    from contextlib import ExitStack

    from rich.console import Console

    from newsevents.cli import _progress
    from newsevents.cli.evaluate import bar_progress

    screen = io.StringIO()
    monkeypatch.setattr(_progress, "err_console", Console(file=screen, force_terminal=True, width=160))
    with ExitStack() as stack:
        progress = bar_progress(stack, enabled=True)
        for done, article in enumerate(["", "a1", "a2"]):
            progress(done, 3, article)
    shown = screen.getvalue()
    assert "evaluating" in shown and "2/3" in shown and "articles" in shown


def test_evaluate_runner_reports_progress_without_printing(capsys):
    from newsevents.evaluate.gold import parse_gold
    from newsevents.evaluate.runner import _empty, evaluate_golds

    golds = [parse_gold(dict(GOLD, id=name)) for name in ("a", "b")]
    calls = []
    summary = evaluate_golds(golds, _empty, lambda done, total, art: calls.append((done, total, art)))
    assert len(summary.articles) == 2
    assert calls == [(0, 2, ""), (1, 2, "a"), (2, 2, "b")]
    assert capsys.readouterr() == ("", "")


def test_evaluate_json_draws_no_bar(tmp_path, monkeypatch, nlp):
    import io

    from rich.console import Console

    import newsevents.cli.evaluate as cli_evaluate
    from newsevents.cli import _progress

    screen = io.StringIO()
    monkeypatch.setattr(_progress, "err_console", Console(file=screen, force_terminal=True, width=160))
    monkeypatch.setattr(cli_evaluate, "progress_wanted", lambda quiet=False: not quiet)  # as if on a terminal
    (tmp_path / "tiny.json").write_text(json.dumps(GOLD))
    result = CliRunner().invoke(evaluate, [str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    assert "evaluating" not in screen.getvalue()
