"""Evidence segments: the sentence cut at the trigger and actor spans, whatever the offsets say."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsevents.serve.evidence import evidence_spans, segments


@given(st.text(max_size=60), st.lists(st.tuples(st.integers(0, 70), st.integers(0, 70),
                                                st.sampled_from(["trigger", "source", "target"])), max_size=6))
def test_segments_always_rebuild_the_sentence(sentence: str, raw: list[tuple[int, int, str]]) -> None:
    spans = [(a, b, k) for a, b, k in raw if a < b <= len(sentence)]
    out = segments(sentence, spans)
    assert "".join(s["text"] for s in out) == sentence
    assert all(s["text"] for s in out) or sentence == ""


@pytest.mark.parametrize("event, text, exp", [
    # offsets right: used as they are
    ({"sentence": "Russia attacked Kyiv.", "sentence_start": 4, "trigger": "attacked", "trigger_start": 11,
      "trigger_end": 19}, "Hi. Russia attacked Kyiv.", [(7, 15, "trigger")]),
    # sentence offset stale: the sentence is found in the text, the trigger offset re-based
    ({"sentence": "Russia attacked Kyiv.", "sentence_start": 0, "trigger": "attacked", "trigger_start": 11,
      "trigger_end": 19}, "Hi. Russia attacked Kyiv.", [(7, 15, "trigger")]),
    # offsets outside the sentence: the trigger's words are searched instead
    ({"sentence": "Russia attacked Kyiv.", "sentence_start": 4, "trigger": "attacked", "trigger_start": 400,
      "trigger_end": 408}, "Hi. Russia attacked Kyiv.", [(7, 15, "trigger")]),
    # actor names without mentions are searched in the sentence
    ({"sentence": "Russia attacked Kyiv.", "sentence_start": 4, "trigger": "", "source_name": "Russia",
      "target_name": "Ukraine"}, "Hi. Russia attacked Kyiv.", [(0, 6, "source")]),
])
def test_evidence_spans(event: dict, text: str, exp: list) -> None:
    assert evidence_spans(event, {}, text) == exp
