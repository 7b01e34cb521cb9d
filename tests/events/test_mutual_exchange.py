"""Co-subjects that exchange captives release each other's people (modality.yaml mutual_exchange_codes):
"X and Y swapped prisoners" is two releases, one each way, as the noun "the prisoner swap between X and Y"
is. Texts written for newsevents; the controls are two sides freeing people nobody names, and a trade
of goods."""

from __future__ import annotations

import pytest

from .helpers import coded_triples

ACTORS = [("Chile", "CHL"), ("Peru", "PER"), ("Bolivia", "BOL")]


def triples(nlp, text: str) -> set[tuple[str | None, str, str | None]]:
    return set(coded_triples(nlp, text, ACTORS))


@pytest.mark.parametrize("text", [
    "Chile and Peru exchanged prisoners at the border crossing on Sunday.",
    "Chile and Peru swapped detainees in a deal brokered by the church.",
    "Chile and Peru traded prisoners of war at dawn.",
])
def test_an_exchange_of_captives_is_a_release_each_way(nlp, text):
    found = triples(nlp, text)
    assert ("CHL", "0841", "PER") in found and ("PER", "0841", "CHL") in found


@pytest.mark.parametrize("text, absent", [
    # each side frees people the sentence does not name: neither frees the other
    ("Chile and Peru released prisoners on Monday to mark the holiday.", ("CHL", "0841", "PER")),
    # goods traded are commerce, not captives
    ("Chile and Peru traded goods worth two billion dollars last year.", ("CHL", "0841", "PER")),
])
def test_no_exchange_without_captives_exchanged(nlp, text, absent):
    assert absent not in triples(nlp, text)
