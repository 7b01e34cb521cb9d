"""A bare given name after the full name ("Abiy Ahmed ... Abiy said") is that person (coref.given_name_spans)."""

from __future__ import annotations

import pytest

from newsevents.actors import resolve_actors
from newsevents.actors.coref import given_name_spans
from newsevents.actors.kb import load_kb
from newsevents.actors.mentions import named_spans
from newsevents.model import Actor, Article

pytestmark = pytest.mark.slow


def _actors(nlp, text: str) -> list[Actor]:
    return resolve_actors(nlp(text), Article(id="t", text=text, published="2024-03-01"))


def _holder(actors: list[Actor], text: str, word: str) -> Actor | None:
    at = text.rindex(word)
    return next((a for a in actors if any(m.start == at and m.text == word for m in a.mentions)), None)


@pytest.mark.parametrize("text, word, full", [
    ("Ethiopian Defence Minister Tesfaye Gebremariam visited the border town on Sunday. "
     "Tesfaye later told soldiers that the army would stay.", "Tesfaye", "Tesfaye Gebremariam"),
    ("Thai opposition leader Somchai Wattanakul addressed a rally in Bangkok. "
     "The crowd cheered when Somchai denounced the army.", "Somchai", "Somchai Wattanakul"),
    # a given name spaCy reads as a facility (FAC) on its own
    ("Ethiopian Prime Minister Abiy Ahmed spoke on Monday. The visit comes days after Abiy visited Eritrea and "
     "signed a pact on resuming ties.", "Abiy", "Abiy Ahmed"),
])
def test_given_name_is_the_person_named_before(nlp, text, word, full):
    actors = _actors(nlp, text)
    holder = _holder(actors, text, word)
    assert holder is not None and any(m.text == full for m in holder.mentions)


@pytest.mark.parametrize("text, word", [
    # two people of that given name: unclear which one
    ("Sudanese general Osman Bakheit met Chadian envoy Osman Deby in Khartoum. The talks were long, Osman said.",
     "Osman"),
    # the word is a country's name as well
    ("Coach Chad Wilkins arrived in N'Djamena. Officials said Chad signed the accord.", "Chad"),
    # the word is another person's surname too
    ("Kenyan minister Samuel Tesfaye met Tesfaye Gebremariam. Later Tesfaye left.", "Tesfaye"),
    # a facility named after the person, its kind after the name
    ("Ethiopian Prime Minister Abiy Ahmed spoke on Monday. The visit comes days after Abiy stadium reopened.", "Abiy"),
])
def test_given_name_left_alone(nlp, text, word):
    doc = nlp(text)
    kb = load_kb()
    found = given_name_spans(doc, named_spans(doc, kb), kb)
    assert not any(s.span.text == word for s in found)
