"""Precision classes of a census on unseen pages (session 14, helper modal2).

Texts are written for these tests; none is taken from a gold, benchmark or searched article.
"""

from __future__ import annotations

import pytest

from .helpers import coded_triples

SIDES = [("Russia", "RUS"), ("Ukrainian sailors", "UKR"), ("Ukraine", "UKR"), ("Turkey", "TUR"),
         ("Sudanese generals", "SDNMIL"), ("the detained premier", "SDNGOV")]


@pytest.mark.parametrize("text", [
    # a modal on the first of two coordinated verbs governs the second
    "Russia should pull back its warships and release the Ukrainian sailors.",
    "Sudanese generals must hand over power and immediately free the detained premier.",
    "Russia may withdraw its warships and release the Ukrainian sailors next week.",
])
def test_a_shared_modal_blocks_the_second_verb(nlp, text):
    assert not [t for t in coded_triples(nlp, text, SIDES) if t[1].startswith("084")]


FORCES = [("Syrian troops", "SYRMIL"), ("Turkish soldiers", "TURMIL"), ("Kurdish fighters", "KURREB")]


@pytest.mark.parametrize("text", [
    # allies firing or attacking together do not attack each other
    "Syrian troops and Turkish soldiers fired rockets near the border on Monday.",
    "Syrian troops and Turkish soldiers opened fire near the border crossing.",
])
def test_one_way_attackers_are_no_foes(nlp, text):
    assert ("SYRMIL", "190", "TURMIL") not in coded_triples(nlp, text, FORCES)
    assert ("SYRMIL", "193", "TURMIL") not in coded_triples(nlp, text, FORCES)


@pytest.mark.parametrize("text, triple", [
    # a verb that is mutual in meaning still codes the co-subjects both ways
    ("Syrian troops and Turkish soldiers clashed near the border on Monday.", ("TURMIL", "190", "SYRMIL")),
    ("Syrian troops and Turkish soldiers exchanged fire near the border on Monday.", ("TURMIL", "193", "SYRMIL")),
    # a named target still stands
    ("Syrian troops and Turkish soldiers fired rockets at Kurdish fighters.", ("TURMIL", "190", "KURREB")),
])
def test_mutual_fights_stay(nlp, text, triple):
    assert triple in coded_triples(nlp, text, FORCES)


TRAVELLERS = [("The Chadian army chief", "TCDMIL"), ("N'Djamena", "TCD"), ("Niamey", "NER"),
              ("the Chadian president", "TCDGOV")]


def test_a_trip_home_is_no_visit(nlp):
    text = "The Chadian army chief arrived in N'Djamena on Tuesday."
    assert not [t for t in coded_triples(nlp, text, TRAVELLERS) if t[1].startswith("04")]


@pytest.mark.parametrize("text, triple", [
    # the second verb with its own subject and tense is its own clause
    ("Russia must pull back its warships, and Turkey has released the Ukrainian sailors.", ("TUR", "0841", "UKR")),
    ("Russia pulled back its warships and released the Ukrainian sailors.", ("RUS", "0841", "UKR")),
    # a trip abroad, or to an actor of one's own country, is still a visit
    ("The Chadian army chief arrived in Niamey on Tuesday.", ("TCDMIL", "042", "NER")),
    ("The Chadian army chief visited the Chadian president on Tuesday.", ("TCDMIL", "042", "TCDGOV")),
])
def test_controls_still_code(nlp, text, triple):
    assert triple in coded_triples(nlp, text, [*SIDES, *TRAVELLERS])


def _with_capital(nlp, text: str, capital: str, code: str) -> list[tuple[str | None, str, str | None]]:
    """Events of ``text`` where a capital is read as its government and found as a place."""
    from newsevents.events import code_events
    from newsevents.model import Place

    from .helpers import make_actors, make_article

    start = text.index(capital)
    place = Place(capital, start, start + len(capital), country=code[:3], kind="city")
    pairs = [("The Chadian opposition leader", "TCDOPP"), (capital, code)]
    events = code_events(nlp(text), make_article(text), make_actors(text, pairs), [], [place])
    return [(e.source_code, e.cameo, e.target_code) for e in events]


def test_a_return_to_ones_capital_is_no_visit(nlp):
    text = "The Chadian opposition leader arrived in N'Djamena on Tuesday."
    assert not [t for t in _with_capital(nlp, text, "N'Djamena", "TCDGOV") if t[1].startswith("04")]


def test_a_trip_to_a_foreign_capital_is_a_visit(nlp):
    text = "The Chadian opposition leader arrived in Niamey on Tuesday."
    assert ("TCDOPP", "042", "NERGOV") in _with_capital(nlp, text, "Niamey", "NERGOV")


LEADERS = [("Kenyan President Ruto", "KENGOV"), ("Ugandan leader Museveni", "UGAGOV")]


@pytest.mark.parametrize("text, planned, done", [
    # the newswire headline infinitive is a plan ...
    ("Kenyan President Ruto to meet Ugandan leader Museveni", "036", "040"),
    # ... and a past verb is the act
    ("Kenyan President Ruto met Ugandan leader Museveni on Monday.", "040", "036"),
])
def test_a_headline_infinitive_is_a_plan(nlp, text, planned, done):
    triples = coded_triples(nlp, text, LEADERS)
    assert ("KENGOV", planned, "UGAGOV") in triples
    assert ("KENGOV", done, "UGAGOV") not in triples
