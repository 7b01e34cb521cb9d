"""Sense rules found by judging every event on unseen political news (session 13, helper precp).

Texts are written for these tests; none is taken from a gold, benchmark or searched article.
"""

from __future__ import annotations

import pytest

from .helpers import coded_triples

BOL = [("Bolivian president", "BOLGOV"), ("Bolivian government", "BOLGOV"), ("Peruvian congress", "PERLEG"),
       ("Peruvian television", "PERMED"), ("Peruvian farmers", "PERAGR")]


@pytest.mark.parametrize("text", [
    "The Bolivian president gave a speech to the Peruvian congress in March.",
    "The Bolivian president gave a long address to the Peruvian farmers in Cusco.",
])
def test_giving_a_speech_somewhere_is_no_yielding(nlp, text):
    """"give in to X" (080) needs its bare particle: an "in" that heads a date or a place is a
    preposition of the giving, so nothing was yielded."""
    assert not [c for c in coded_triples(nlp, text, BOL) if c[1].startswith("08")]


@pytest.mark.parametrize("text", [
    "The Bolivian government gave in to the demands of Peruvian farmers.",
    "The Bolivian government finally gave in to Peruvian farmers in May.",
])
def test_giving_in_still_yields(nlp, text):
    assert ("BOLGOV", "080", "PERAGR") in coded_triples(nlp, text, BOL)


ECU = [("Ecuadorian senator", "ECULEG"), ("Volunteers", "ECUCVL"), ("Supporters", "ECUCVL"),
       ("Ecuadorian students", "ECUEDU"), ("government", "ECUGOV")]


@pytest.mark.parametrize("text", [
    "Volunteers campaigned for the Ecuadorian senator at a get-out-the-vote rally in Quito.",
    "Supporters of the Ecuadorian senator gathered at a voter rally in Quito.",
])
def test_a_rally_to_bring_out_voters_is_no_protest(nlp, text):
    """A rally named for the vote (a "voter rally", a "get-out-the-vote" one, the words inside the
    hyphenated modifier included) is campaigning, not a demonstration (14)."""
    assert not [c for c in coded_triples(nlp, text, ECU) if c[1].startswith("14")]


def test_a_rally_against_the_government_is_still_a_protest(nlp):
    text = "Ecuadorian students held a rally against the government in Quito."
    assert [c for c in coded_triples(nlp, text, ECU) if c[1].startswith("14") and c[0] == "ECUEDU"]
