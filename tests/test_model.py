"""The shared data model: ids, round trips through dicts, the JSON Schema in docs/."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Literal, get_args, get_origin, get_type_hints

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


@pytest.mark.parametrize("cls, name, vocabulary", [
    (m.Actor, "kind", get_args(m.ActorKind)), (m.Event, "mode", get_args(m.EventMode)),
    (m.Quote, "kind", get_args(m.QuoteKind)), (m.Count, "bound", get_args(m.CountBound)),
    (m.Event, "date_precision", get_args(m.Precision)), (m.Count, "date_precision", get_args(m.Precision)),
    (m.TimeExpression, "date_precision", get_args(m.Precision)),
    (m.Event, "place_precision", get_args(m.GeoPrecision)), (m.Place, "precision", get_args(m.GeoPrecision)),
    (m.Event, "place_basis", get_args(m.PlaceBasis)), (m.Count, "status", get_args(m.CountStatusValue)),
])
def test_schema_lists_the_model_vocabularies(cls: type, name: str, vocabulary: tuple[str, ...]) -> None:
    """The schema's enums are the model's Literal types: a value the code cannot emit is not documented."""
    schema = json.loads(SCHEMA.read_text())
    enum = schema["$defs"][cls.__name__]["properties"][name]["enum"]
    assert [v for v in enum if v is not None] == list(vocabulary)


def test_every_enum_of_the_schema_is_a_literal_of_the_model() -> None:
    """No vocabulary is documented that the model does not type (and mypy holds the code to it)."""
    schema = json.loads(SCHEMA.read_text())
    enums = [(cls, name, prop) for cls, spec in schema["$defs"].items()
             for name, prop in spec.get("properties", {}).items() if "enum" in prop]
    assert len(enums) >= 11
    for cls, name, prop in enums:
        hint = get_type_hints(getattr(m, cls))[name]
        literal = hint if get_origin(hint) is Literal else next(  # X or X | None
            (arg for arg in get_args(hint) if get_origin(arg) is Literal), None)
        values = list(get_args(literal)) if literal is not None else []
        assert values and values == [v for v in prop["enum"] if v is not None], f"{cls}.{name}"


def test_in_vocabulary_types_a_known_word_and_refuses_others() -> None:
    assert m.in_vocabulary("more_than", m.COUNT_BOUNDS) == "more_than"
    assert m.in_vocabulary("at_least", m.COUNT_BOUNDS) is None
    assert m.in_vocabulary(None, m.ACTOR_KINDS) is None


def test_data_files_naming_a_word_outside_a_vocabulary_are_refused(tmp_path: Path) -> None:
    """The readers of the actor nouns and the number words type their vocabulary words through the model,
    so a kind or bound the model does not know stops the load instead of reaching a record."""
    from newsevents.actors.kb import load_kb
    from newsevents.counts.numbers import load_numbers
    from newsevents.errors import KnowledgeBaseError

    nouns = tmp_path / "nouns.yaml"
    nouns.write_text("actor_nouns:\n  vigilantes: {agent: REB, kind: militia}\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="militia"):
        load_kb([nouns])
    numbers = tmp_path / "numbers.yaml"
    numbers.write_text("units: {one: 1}\ntens: {}\nscales: {}\nvague:\n  heaps: [100, at_least]\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="at_least"):
        load_numbers(str(numbers))
    numbers.write_text("units: {one: 1}\ntens: {}\nscales: {}\nvague:\n  heaps: [100, more_than]\n", encoding="utf-8")
    assert load_numbers(str(numbers)).vague["heaps"] == (100, "more_than")
