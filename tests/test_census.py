"""The precision census script (benchmarks/census.py): its interval, its table and its draw."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import census  # a script beside the package, put on the path above


def test_wilson_interval_is_inside_zero_one_and_around_the_proportion():
    low, high = census.wilson(8, 10)
    assert 0.0 <= low < 0.8 < high <= 1.0
    assert census.wilson(0, 0) == (0.0, 0.0)
    assert census.wilson(50, 50)[1] == pytest.approx(1.0)


def test_score_counts_only_judged_rows_and_splits_by_confidence():
    rows = [{"verdict": "right", "confidence": 0.9}, {"verdict": "wrong", "confidence": 0.9},
            {"verdict": "right", "confidence": 0.6}, {"verdict": "", "confidence": 0.3}]
    table = census.score(rows)
    assert "| all | 3 | 2 | 0.67 |" in table[2]
    assert table[3].startswith("| confidence 0.8-1.0 | 2 | 1 | 0.50 |")
    assert table[5].startswith("| confidence 0.0-0.5 | 0 | 0 | - |")


def test_gold_inputs_names_the_annotated_pages(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps({"html_file": "../pages/x.html.gz"}))
    (tmp_path / "b.json").write_text(json.dumps({"text_file": "b.txt"}))
    (tmp_path / "broken.json").write_text("{")
    assert census.gold_inputs(tmp_path) == {"x.html.gz", "b.txt"}


def test_draw_codes_pages_and_writes_a_seeded_sample(tmp_path, nlp):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "one.txt").write_text("Talks in Ankara\n\nGreek officials met Turkish diplomats in Ankara on Monday.\n")
    (pages / "skip.txt").write_text("Skipped\n\nFrance condemned the attack on Tuesday.\n")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "g.json").write_text(json.dumps({"text_file": "skip.txt"}))
    out = tmp_path / "drawn.jsonl"
    assert census.main(["draw", str(pages), "--exclude-gold", str(gold), "--sample", "5", "--seed", "7",
                        "-o", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert rows, "the sentence about a meeting codes an event"
    assert {row["page"] for row in rows} == {"one.txt"}
    assert all(row["seed"] == 7 and row["verdict"] == "" for row in rows)


def test_record_and_carry_keep_verdicts_by_key_without_the_text(tmp_path):
    judged = [{"page": "p.html", "cameo": "042", "source": "FRA", "target": "DEU", "mode": "did",
               "sentence": "France's president visited Berlin.", "verdict": "right", "why": ""},
              {"page": "p.html", "cameo": "140", "source": "USA", "target": None, "mode": "did",
               "sentence": "He spoke at a rally.", "verdict": "wrong", "why": "sense: a campaign rally"},
              {"page": "p.html", "cameo": "010", "source": "X", "target": None, "mode": "did",
               "sentence": "Unread.", "verdict": "", "why": ""}]
    store = census.record(judged, [])
    assert [(r["verdict"], r["why"]) for r in store] == [("right", None), ("wrong", "sense")]  # sorted by key
    assert "rally" not in json.dumps(store) and "Berlin" not in json.dumps(store)  # no article text kept
    # a new draw: the visit again (spacing differs), the rally coded with another target, a new event
    drawn = [{**judged[0], "sentence": "France's  president visited\nBerlin.", "verdict": "", "why": ""},
             {**judged[1], "target": "USAGOV", "verdict": "", "why": ""}]
    rows, carried = census.carry(drawn, store)
    assert carried == 1 and rows[0]["verdict"] == "right" and rows[0]["carried"] is True
    assert rows[1]["verdict"] == ""  # another event: read again


def test_why_class_takes_the_first_class_named():
    assert census.why_class("sides: target should be Iraq, not a sense error") == "sides"
    assert census.why_class("no-event (hypothetical)") == "no-event"
    assert census.why_class("unclear") is None
