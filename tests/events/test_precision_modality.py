"""Modality for precision on unseen text (events/modality.py, data/en/lexicon/modality.yaml): hedged
claims and denied parts in an event are not events.

Texts are written for these tests; none is taken from a gold, benchmark or searched article.
"""

from __future__ import annotations

import pytest

from .helpers import coded_triples


@pytest.mark.parametrize("text, pairs", [
    ("Militants allegedly kidnapped two Norwegian engineers near the dam.",
     [("Militants", "MLIREB"), ("Norwegian engineers", "NORCVL")]),
    ("The Lebanese army purportedly shelled Syrian positions overnight.",
     [("Lebanese army", "LBNMIL"), ("Syrian", "SYRMIL")]),
    ("Sweden had no hand in the attack against Turkish soldiers, its minister said.",
     [("Sweden", "SWE"), ("Turkish soldiers", "TURMIL")]),
    ("Moldova played no role in the bombing of the Russian embassy, officials said.",
     [("Moldova", "MDA"), ("Russian embassy", "RUSGOV")]),
    ("In such a scenario, Thai warships would blockade Cambodian ports.",
     [("Thai warships", "THAMIL"), ("Cambodian", "KHM")]),
    ("Say the Thai army shelled Cambodian positions: who would respond?",
     [("Thai army", "THAMIL"), ("Cambodian", "KHMMIL")]),
    ("Bangkok could respond. Say Thailand shelled Cambodian positions near the temple.",
     [("Thailand", "THA"), ("Cambodian", "KHMMIL")]),
])
def test_hedged_or_denied_events_are_not_coded(nlp, text, pairs):
    assert not [c for c in coded_triples(nlp, text, pairs) if c[1][:2] in ("18", "19", "13")]


@pytest.mark.parametrize("text, pairs", [
    ("Militants kidnapped two Norwegian engineers near the dam.",
     [("Militants", "MLIREB"), ("Norwegian engineers", "NORCVL")]),
    ("Sweden had a hand in the attack against Turkish soldiers, its minister said.",
     [("Sweden", "SWE"), ("Turkish soldiers", "TURMIL")]),
    ("Officials say the Thai army shelled Cambodian positions.", [("Thai army", "THAMIL"), ("Cambodian", "KHMMIL")]),
])
def test_asserted_events_stay(nlp, text, pairs):
    assert [c for c in coded_triples(nlp, text, pairs) if c[1][:2] in ("18", "19")]
