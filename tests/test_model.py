"""The shared data model: ids, round trips through dicts, the JSON Schema in docs/."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from newsevents import model as m

SCHEMA = Path(__file__).resolve().parents[1] / "docs" / "schema" / "article-result.schema.json"


def sample_result() -> m.ArticleResult:
    text = "Russia condemned the strike on Kyiv on Tuesday."
    aid = m.content_id(text)
    article = m.Article(id=aid, text=text, title="T", published="2024-03-05", language="en")
    actor = m.Actor(id="A1", article_id=aid, name="Russia", kind="country", country="RUS", code="RUS",
                    mentions=[m.Mention("Russia", 0, 6, "kb")], resolved_by=["kb"])
    event = m.Event(id="E1", article_id=aid, cameo="111", source_actor="A1", source_code="RUS", mode="did",
                    goldstein=-2.0, quad_class=3, sentence=text, sentence_end=len(text), trigger="condemned",
                    trigger_start=7, trigger_end=16, rule="verb:condemn", confidence=0.8)
    return m.ArticleResult(article=article, actors=[actor], events=[event],
                           times=[m.TimeExpression("Tuesday", 39, 46, "2024-03-05", "day", aid)],
                           places=[m.Place("Kyiv", 31, 35, "UKR", article_id=aid)], stages=["extract"])


def test_content_id_is_stable_and_content_based() -> None:
    assert m.content_id("abc") == m.content_id("abc")
    assert m.content_id("abc") != m.content_id("abd")
    assert len(m.content_id("x")) == 20


def test_result_round_trips_through_dict() -> None:
    result = sample_result()
    again = m.result_from_dict(json.loads(json.dumps(m.to_dict(result))))
    assert again == result
    assert again.events[0].cameo_root == "11"
    assert isinstance(again.actors[0].mentions[0], m.Mention)


def test_schema_validates_real_model_output_and_rejects_bad() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text())
    doc = m.to_dict(sample_result())
    jsonschema.validate(doc, schema)
    doc["events"][0]["cameo"] = "ATTACK"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, schema)


@pytest.mark.parametrize("cls", [m.Article, m.Entity, m.Mention, m.Actor, m.Event, m.Quote, m.Count,
                                 m.TimeExpression, m.Place])
def test_schema_documents_every_field(cls: type) -> None:
    schema = json.loads(SCHEMA.read_text())
    documented = set(schema["$defs"][cls.__name__]["properties"])
    assert documented == {f.name for f in dataclasses.fields(cls)}
