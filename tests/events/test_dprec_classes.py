"""Precision classes from real news read in session 12 (helper dprec): words in another sense, sides taken
from the wrong phrase. Texts are written for these tests; none is taken from a gold, benchmark or searched
article.
"""

from __future__ import annotations

import pytest

from .helpers import coded_triples


@pytest.mark.parametrize("text, pairs, kept", [
    ("Tehran intervened in the conflict in 2013 at the request of the Iraqi government.",
     [("Tehran", "IRNGOV"), ("Iraqi government", "IRQGOV")], False),
    ("Cairo intervened militarily in the conflict on the side of the Libyan army.",
     [("Cairo", "EGYGOV"), ("Libyan army", "LBYMIL")], False),
    ("Qatar intervened in 2019 in the dispute with the Chadian government.",
     [("Qatar", "QATGOV"), ("Chadian government", "TCDGOV")], True),
])
def test_intervening_on_one_side_is_no_mediation(nlp, text, pairs, kept):
    """A state intervening in a war at one party's behest, on its side or militarily takes part in the
    fighting; intervening in a dispute between two parties is mediation (045)."""
    found = [c for c in coded_triples(nlp, text, pairs) if c[1] == "045"]
    assert bool(found) == kept


@pytest.mark.parametrize("text, pairs, doer", [
    ("Kenyan police detained four men in the killing of the Ugandan activist.",
     [("Kenyan police", "KENCOP"), ("Ugandan activist", "UGAOPP")], False),
    ("A Peruvian court convicted two officers in the murder of the Bolivian journalist.",
     [("Peruvian court", "PERJUD"), ("Bolivian journalist", "BOLMED")], False),
    ("Kenyan police took part in the killing of the Ugandan activist.",
     [("Kenyan police", "KENCOP"), ("Ugandan activist", "UGAOPP")], True),
])
def test_who_is_arrested_for_a_crime_did_it_not_the_arrester(nlp, text, pairs, doer):
    """A crime noun in the "in" phrase of an arrest, a charge or a conviction is what the suspects are held
    for: the police or the court that holds them did not commit it; who takes part in it did."""
    source = pairs[0][1]
    found = [c for c in coded_triples(nlp, text, pairs) if c[1].startswith("18") and c[0] == source]
    assert bool(found) == doer


@pytest.mark.parametrize("text, source", [
    ("Two Kenyan activists were sentenced on Friday for a speech they gave at a rally against President "
     "Ruto's arrest.", None),
    ("Two Kenyan activists were sentenced on Friday for a speech at a rally, President Ruto said.", "KENGOV"),
])
def test_the_victim_of_an_arrest_is_no_authority_of_a_passive(nlp, text, source):
    """An agentless passive takes an authority of the sentence as its source, but not one the sentence names
    as the victim of an act ("against the president's arrest")."""
    pairs = [("Kenyan activists", "KENOPP"), ("President Ruto", "KENGOV")]
    assert [c[0] for c in coded_triples(nlp, text, pairs) if c[1] == "173"] == [source]


@pytest.mark.parametrize("text, pairs, code", [
    ("The Chadian army attacked the opposition movement's fighters near the border.",
     [("Chadian army", "TCDMIL"), ("opposition movement's fighters", "TCDOPP")], "190"),
    ("Kenyan police attacked the opposition party's gunmen in the town.",
     [("Kenyan police", "KENCOP"), ("opposition party's gunmen", "KENOPP")], "190"),
    ("The Chadian army attacked the opposition movement's supporters near the border.",
     [("Chadian army", "TCDMIL"), ("opposition movement's supporters", "TCDOPP")], "175"),
])
def test_an_opposition_partys_armed_men_are_fought_not_repressed(nlp, text, pairs, code):
    """Force by the army or police on an opposition coded OPP is repression (175), unless the target's own
    words are armed men ("forces", "fighters"): a former rebel movement now a party still fights (19x)."""
    assert [c[1] for c in coded_triples(nlp, text, pairs)] == [code]
