"""Where events happened: the clause's place, else the sentence's, else the dateline, with the basis saying which."""

from __future__ import annotations

import pytest

from newsevents.pipeline import process_text

pytestmark = pytest.mark.slow


def _events(text):
    result = process_text(text, published="2024-10-16")
    return {e.trigger: (e.place, e.place_country, e.place_precision, e.place_basis, e.place_lat is not None)
            for e in result.events}


def test_clause_place_comes_first() -> None:
    found = _events("Kenyan police arrested 40 protesters in Mombasa on Tuesday.")
    assert found["arrested"] == ("Mombasa", "KEN", "city", "clause", True)


def test_dateline_when_the_sentence_names_no_place() -> None:
    text = "NAIROBI, Kenya (AP) — Kenyan police arrested 40 protesters on Tuesday."
    found = _events(text)
    # the dateline shares the first sentence but is read as the dateline, at its finest name
    assert found["arrested"] == ("NAIROBI", "KEN", "city", "dateline", True)


def test_sentence_place_when_the_clause_has_none() -> None:
    # the place is in a clause of its own ("a rally that began in ..."), the only scene the sentence names
    found = _events("Kenyan police arrested 40 protesters on Tuesday after a rally that began in Mombasa.")
    assert found["arrested"] == ("Mombasa", "KEN", "city", "sentence", True)


def test_clause_place_before_sentence_place() -> None:
    found = _events("Kenyan police, who had flown in from Nairobi, arrested 40 protesters in Mombasa.")
    assert found["arrested"][:4] == ("Mombasa", "KEN", "city", "clause")


def test_a_modifier_is_not_the_events_place() -> None:
    text = "Kenyan police arrested a Texas man on Tuesday."
    found = _events(text)
    assert found and all(v[3] is None for v in found.values())


def test_no_place_at_all_leaves_the_event_unplaced() -> None:
    found = _events("Kenyan police arrested 40 protesters on Tuesday.")
    assert found and all(v == (None, None, None, None, False) for v in found.values())


def test_a_local_authoritys_place_places_its_event() -> None:
    # "Nakuru police officers" act in Nakuru: the modifier of a local authority may place the event
    # (the dateline gives the police their country: an actor takes none from the other side of its verb)
    found = _events("NAKURU, Kenya — Nakuru police officers arrested 30 students on Monday.")
    assert found["arrested"][:2] == ("Nakuru", "KEN") and found["arrested"][3] == "sentence"
