"""The sentence suite of the named classes, the converted Phoenix patterns and the hand-written
patterns the gold uses (tests/events/data/phoenix_sentences.yaml; format of sentences.yaml)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from newsevents.events import code_events

from .helpers import make_article
from .suite import Case, _expected, _pairs, case_actors, compare

SUITE = Path(__file__).parent / "data" / "phoenix_sentences.yaml"


def load() -> list[Case]:
    raw: list[dict[str, Any]] = yaml.safe_load(SUITE.read_text(encoding="utf-8"))
    return [Case(r["t"], _pairs(r.get("a", "")), [_expected(e) for e in r.get("e", [])], r.get("tags", []),
                 r.get("xfail")) for r in raw]


CASES = load()


def _param(case: Case):
    marks = [pytest.mark.xfail(reason=case.xfail, strict=True)] if case.xfail else []
    return pytest.param(case, marks=marks, id=case.text[:60])


def test_suite_covers_each_part():
    tags = {t for c in CASES for t in c.tags}
    assert {"class", "phoenix", "override", "bare", "gold-used", "neg_control"} <= tags
    assert sum("bare" in c.tags for c in CASES) >= 5  # the verb defaults measured as noise stay out
    assert not any(c.expected for c in CASES if "bare" in c.tags)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_sentence(nlp, case: Case):
    doc = nlp(case.text)
    diff = compare(case, code_events(doc, make_article(case.text), case_actors(case), [], []))
    assert diff == "", diff


def test_converted_patterns_fire_with_their_source(nlp):
    """An event from a converted pattern names its Phoenix source in its rule id."""
    text = "The envoy voiced alarm to Tehran."  # no hand-written pattern fits "voice"
    case = next(c for c in CASES if c.text == text)
    events = code_events(nlp(text), make_article(text), case_actors(case), [], [])
    assert [e.rule.split(":")[0] for e in events] == ["phoenix"]
    assert events[0].confidence < 0.9  # converted patterns are loaded below hand-written confidence
