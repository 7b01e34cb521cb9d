"""The actor rules read the words of data/<lang>/actors/grammar.yaml (issue 18): adding a language means adding
data, not editing stage code. A word added to a class changes a result. (That no rule writes a word in code is
tests/test_language_scan.py's scan of every stage module.)
"""

from __future__ import annotations

import dataclasses

import pytest

from newsevents.actors import pronouns
from newsevents.actors.furniture import furniture_spans
from newsevents.actors.kb import load_kb
from newsevents.actors.pronouns import Antecedent, resolve_pronouns
from newsevents.actors.words import ActorWords, actor_words
from newsevents.nlp import parse


def test_every_class_has_words_in_english_and_a_list_in_french() -> None:
    english, french = actor_words("en"), actor_words("fr")
    empty = {name for name in ActorWords.__dataclass_fields__ if not getattr(english, name)}
    assert empty == {"thing_pronouns"}  # English "he" and "she" never stand for things
    assert isinstance(french, ActorWords)  # a class missing from the French file raises E448 here


def _with(name: str, words: frozenset[str]) -> ActorWords:
    """The English record with one class replaced."""
    return dataclasses.replace(actor_words("en"), **{name: words})


def test_a_word_added_to_the_byline_class_makes_its_lines_page_furniture() -> None:
    text = ("Talks resume in Geneva\n\nFrom Jane Doe in Geneva and Paul Roe in Bern.\n\n"
            "The two delegations met on Monday to resume talks.\n")
    kb = load_kb()
    line = (text.index("From"), text.index("From") + len("From Jane Doe in Geneva and Paul Roe in Bern."))
    assert furniture_spans(text, kb) == []
    added = dataclasses.replace(kb, words=_with("byline_words", kb.words.byline_words | {"from"}))
    assert furniture_spans(text, added) == [line]


@pytest.mark.slow
def test_the_pronoun_classes_are_read_from_the_data(monkeypatch: pytest.MonkeyPatch) -> None:
    """"She" is tied to the one woman named before it while the class lists it, and to no one without it."""
    doc = parse("Maria Lopez arrived in Lima on Monday. She said the talks had gone well.")
    person = Antecedent("person:0", "person", 0, len("Maria Lopez"), "female")
    assert [(doc.text[s:e], key) for s, e, key in resolve_pronouns(doc, [person])] == [("She", "person:0")]
    without = _with("female_pronouns", actor_words("en").female_pronouns - {"she"})
    monkeypatch.setattr(pronouns, "actor_words", lambda lang: without)
    pronouns._pronouns.cache_clear()
    try:
        assert resolve_pronouns(doc, [person]) == []
    finally:
        pronouns._pronouns.cache_clear()
