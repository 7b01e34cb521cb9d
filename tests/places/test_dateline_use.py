"""Places: a name is a dateline's when it lies among the place words the one grammar reads
(newsevents.datelines); made-up lines, a blank tokenizer (no parse needed)."""

from __future__ import annotations

import pytest
import spacy

from newsevents.places import _dateline

pytestmark = pytest.mark.slow  # the conftest counts any spaCy Doc as the pipeline


def _span(text: str, name: str) -> spacy.tokens.Span:
    doc = spacy.blank("en")(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    return span


@pytest.mark.parametrize(("text", "name"), [
    ("TARVOS, Freedonia (Wire) — The port reopened.", "TARVOS"),
    ("TARVOS, Freedonia (Wire) — The port reopened.", "Freedonia"),
    ("TARVOS -- The port reopened on Friday.", "TARVOS"),  # the double hyphen of older wires
    ("Headline\nKELMA/TARVOS (Wire) - The port reopened.", "TARVOS"),
    ("TARVOS: The port reopened on Friday.", "TARVOS"),
])
def test_a_name_in_a_dateline_is_located(text: str, name: str) -> None:
    assert _dateline(_span(text, name))


@pytest.mark.parametrize(("text", "name"), [
    ("Freedonia's envoy: talks will resume in May", "Freedonia"),  # a headline before a colon
    ("The port of Tarvos reopened — traders said.", "Tarvos"),  # not at the line's start
    ("TARVOS, Freedonia (Wire) — Officials in Kelma said the port reopened.", "Kelma"),  # the body
])
def test_a_name_outside_a_dateline_is_not(text: str, name: str) -> None:
    assert not _dateline(_span(text, name))
