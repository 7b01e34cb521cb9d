"""The spaCy layer: paragraph breaks end sentences, the cached attribute ruler changes nothing,
batch parsing equals one-by-one parsing, and the kept text equals ``doc.text``."""

from __future__ import annotations

import pytest

from newsevents import nlp as N
from newsevents.model import RawDocument
from newsevents.pipeline import process, process_many

TEXTS = [
    "Kenyan police arrest 57 as protesters march\n\nNAIROBI — Police arrested 57 demonstrators on Tuesday.",
    "The minister, who gon na resign, said: “We will not back down.” He left at 5 p.m.",
    "Iran's foreign ministry summoned the British envoy on Monday over the seizure of a tanker.",
    "",
]

pytestmark = pytest.mark.slow


def _attrs(doc):
    return [(t.text, t.tag_, t.pos_, t.lemma_, t.dep_, t.head.i, t.ent_type_, t.is_sent_start) for t in doc]


def test_line_breaks_end_sentences(nlp) -> None:
    doc = N.parse("Talks collapse in Doha\n\nNegotiators left the talks on Sunday.")
    assert [s.text.strip() for s in doc.sents] == ["Talks collapse in Doha", "Negotiators left the talks on Sunday."]


def test_a_paragraphs_first_word_is_not_a_sentence_of_its_own(nlp) -> None:
    """After a one-word headline the parser cut "US" off the body's first sentence."""
    doc = N.parse("Trade\n\nUS economist Jane Roe criticised the tariffs on Monday.\n")
    assert [s.text.strip() for s in doc.sents] == ["Trade", "US economist Jane Roe criticised the tariffs on Monday."]


@pytest.mark.parametrize("text", TEXTS)
def test_cached_ruler_gives_the_rulers_own_annotations(nlp, text: str) -> None:
    ruler = nlp.get_pipe("attribute_ruler")
    fast = ruler.__dict__.get("match")
    assert fast is not None, "the cached matcher is installed on the default pipeline"
    with_cache = _attrs(nlp(text))
    del ruler.match
    try:
        without = _attrs(nlp(text))
    finally:
        ruler.match = fast
    assert with_cache == without


@pytest.mark.parametrize("text", TEXTS)
def test_cached_lemmatizer_gives_the_lemmatizers_own_lemmas(nlp, text: str) -> None:
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert type(lemmatizer).__name__.startswith("Cached"), "the cached lemmatizer is installed"
    cached_class = type(lemmatizer)
    cached = [t.lemma_ for t in nlp(text)]
    lemmatizer.__class__ = cached_class.__mro__[1]
    try:
        stock = [t.lemma_ for t in nlp(text)]
    finally:
        lemmatizer.__class__ = cached_class
    assert cached == stock


def test_parse_many_equals_parse_and_keeps_the_text(nlp) -> None:
    many = list(N.parse_many(TEXTS, batch_size=2))
    assert [_attrs(d) for d in many] == [_attrs(N.parse(t)) for t in TEXTS]
    assert [N.doc_text(d) for d in many] == [d.text for d in many] == TEXTS


def test_process_many_equals_process_and_keeps_failures_in_place(nlp) -> None:
    raws = [RawDocument(source=f"t{i}.txt", content=t, published="2024-07-03") for i, t in enumerate(TEXTS)]
    results = process_many(raws, batch_size=2)
    assert len(results) == len(raws)
    for raw, got in zip(raws, results, strict=True):
        try:
            want = process(raw)
        except Exception as err:  # noqa: BLE001 - the failure itself is what is compared
            assert type(got) is type(err) and got.source == raw.source
        else:
            assert got == want
