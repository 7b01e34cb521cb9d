"""Reading and checking gold files."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsevents.errors import EvaluationError
from newsevents.evaluate import load_gold_dir, load_gold_file, parse_gold, score_article
from newsevents.model import Article, ArticleResult


def test_parts_present_are_kept_and_absent_ones_are_not_invented(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"id": "a", "text_file": "a.txt", "quotes": [], "times": [{"text": "Monday"}]}))
    gold = load_gold_file(path)
    assert set(gold.parts) == {"quotes", "times"}
    assert gold.input_path() == (tmp_path / "a.txt").resolve()


def test_id_defaults_to_file_name(tmp_path):
    path = tmp_path / "story.json"
    path.write_text(json.dumps({"text": "Some text."}))
    assert load_gold_file(path).id == "story"


@pytest.mark.parametrize("data, message", [
    ([], "one JSON object"),
    ({"id": "x"}, "exactly one of"),
    ({"text": "t", "text_file": "t.txt"}, "exactly one of"),
    ({"text": "t", "events": {}}, "must be a list"),
    ({"text": "t", "events": [{"source": "RUS", "target": None}]}, "neither cameo"),
    ({"text": "t", "events": [{"source": "RUS", "cameo": "040"}]}, "cameo must be a list of texts"),
    ({"text": "t", "events": [{"source": 3, "cameo": ["040"]}]}, "source must be text or a list"),
    ({"text": "t", "actors": [{"codes": ["RUS"]}]}, "lacks mentions"),
    ({"text": "t", "actors": [{"codes": "RUS", "mentions": ["x"]}]}, "codes must be a list of texts"),
    ({"text": "t", "actors": [{"codes": ["RUS"], "mentions": []}]}, "non-empty list"),
    ({"text": "t", "counts": [{"what": "killed", "value": "3"}]}, "must be a number"),
    ({"text": "t", "quotes": [{"text": " "}]}, "non-empty text"),
    ({"text": "t", "times": [{"text": "x", "required": "no"}]}, "true or false"),
    ({"text": "t", "not_in_body": "Leave a Reply"}, "list of texts"),
    ({"text": "t", "title": True}, "title must be text"),
    ({"text": "t", "not_events": [{"evidence": "x"}]}, "lacks cameo_root"),
])
def test_malformed_gold_is_reported(data, message):
    with pytest.raises(EvaluationError, match=message):
        parse_gold(data)


def test_invalid_json_names_the_file(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text("{not json")
    with pytest.raises(EvaluationError, match="not valid JSON") as info:
        load_gold_file(path)
    assert info.value.source == str(path)


def test_a_folder_without_gold_is_an_error(tmp_path):
    with pytest.raises(EvaluationError, match=r"no \*\.json"):
        load_gold_dir(tmp_path)
    with pytest.raises(EvaluationError, match="not a directory"):
        load_gold_dir(tmp_path / "missing")


_leaf = st.none() | st.booleans() | st.integers(-2, 5) | st.sampled_from(["", "RUS", "040", "x y"])
_value = _leaf | st.lists(_leaf, max_size=3)
_item = st.dictionaries(st.sampled_from(["source", "target", "cameo", "plover", "mentions", "codes", "text", "what",
                                         "value", "required", "cameo_root", "evidence"]), _value, max_size=5)
_field = _value | st.lists(_item, max_size=3)
_keys = st.sampled_from(["id", "text", "text_file", "actors", "events", "quotes", "counts", "times", "places",
                         "not_events", "not_in_body", "title"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(_keys, _field, max_size=6))
def test_any_json_is_accepted_or_refused_with_evaluation_error(data):
    """The reader never fails with anything but EvaluationError, and what it accepts can be scored."""
    try:
        gold = parse_gold(data)
    except EvaluationError:
        return
    score_article(gold, ArticleResult(article=Article(id="x", text="")))


def test_the_shared_gold_files_are_valid(shared_dir):
    golds = load_gold_dir(shared_dir / "gold")
    assert len(golds) >= 9
    for gold in golds:
        path = gold.input_path()
        assert path is None or path.is_file(), gold.id
