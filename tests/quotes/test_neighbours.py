"""Attribution by a bare sentence next to the quote ("“...” Holmes testified.")."""

from __future__ import annotations

import pytest

from newsevents.model import Article
from newsevents.quotes import extract_quotes


def _found(nlp, text):
    doc = nlp(text)
    return [(q.speaker_name, q.cue, q.text) for q in extract_quotes(doc, Article(id="t", text=text), [])]


@pytest.mark.parametrize("text, exp", [
    # the attribution follows as a sentence of its own
    ("The ferry stopped on Monday.\n“The harbour will reopen next week.” Holmes testified.",
     [("Holmes", "testified", "The harbour will reopen next week.")]),
    # ... or precedes it, with only a date beside the verb
    ("The ferry stopped on Monday. Holmes testified on Tuesday. “The harbour will reopen next week.”",
     [("Holmes", "testified", "The harbour will reopen next week.")]),
    # a sentence that reports nothing said is no attribution
    ("Holmes described the flood. “The harbour will reopen next week.”", []),
    # a sentence with its own report attributes only that report
    ("“The harbour will reopen next week.” Holmes said the bridge was safe.",
     [("Holmes", "said", "the bridge was safe")]),
    # a paragraph break cuts the tie
    ("“The harbour will reopen next week.”\nHolmes testified.", []),
])
def test_attribution_in_the_next_or_previous_sentence(nlp, text, exp):
    assert _found(nlp, text) == exp


@pytest.mark.parametrize("text, exp", [
    ("Readers wrote to us.\n“Our town needs a new bridge and a school.” ― Maria Okafor",
     [("Maria Okafor", "―", "Our town needs a new bridge and a school.")]),
    # a closing mark typed for the opening one; a description after the signed name
    ("Readers wrote to us.\n”We have waited for ten years.” — Tom Banda, a farmer near the river.",
     [("Tom Banda", "—", "We have waited for ten years.")]),
    # letters pages sign on a line of their own
    ("Letters this week.\n\n“The new bridge was worth every penny we paid for it.”\n\n— Tom Banda,\n",
     [("Tom Banda", "—", "The new bridge was worth every penny we paid for it.")]),
    # a dash followed by more of the sentence is no signature
    ("“The road is closed” — and nobody knows for how long.", []),
])
def test_signature_line_names_the_speaker(nlp, text, exp):
    assert _found(nlp, text) == exp


def test_name_beside_a_cue_without_subject(nlp):
    from newsevents.quotes.speaker import name_beside

    doc = nlp("“We will reopen the bridge,” Police Chief Ana Ruiz said Monday.")
    said = next(t for t in doc if t.text == "said")
    assert name_beside(said, [(1, 26)]).text == "Ruiz"
    doc = nlp("“We will reopen the bridge,” said Ana Ruiz, a nurse.")
    said = next(t for t in doc if t.text == "said")
    assert name_beside(said, [(1, 26)]).text == "Ruiz"
    doc = nlp("“We will reopen the bridge,” said Thursday the mayor.")
    said = next(t for t in doc if t.text == "said")
    assert name_beside(said, [(1, 26)]) is None


def test_a_subject_inside_the_quote_is_skipped_for_the_next_one(nlp):
    from newsevents.quotes.speaker import subject_of

    doc = nlp("Tom Banda said it.")
    said = doc[2]
    assert subject_of(said, []).text == "Banda"
    assert subject_of(said, [(0, 9)]) is None  # the only subject lies in a quote: none
