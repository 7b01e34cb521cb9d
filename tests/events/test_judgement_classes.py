"""Judgements told without a verb of criticism, by class (events/feelings.py, events/evaluations.py):
a feeling of disapproval towards another party ("X is disappointed with Y", "X voiced anger at Y"),
a party called a liar or a dictator, a party said to be lying. Texts written for newsevents."""

from __future__ import annotations

import pytest

from .helpers import coded_triples

ACTORS = [("Chile", "CHL"), ("Peru", "PER"), ("Bolivia", "BOL"), ("Ecuador", "ECU"),
          ("The Chilean foreign minister", "CHLGOV"), ("the Peruvian president", "PERGOV"),
          ("The Bolivian opposition leader", "BOLOPP"), ("the junta", "PERMIL")]


def judged(nlp, text: str) -> set[tuple[str | None, str, str | None]]:
    return {(s, c[:2], t) for s, c, t in coded_triples(nlp, text, ACTORS) if c.startswith("11")}


@pytest.mark.parametrize("text, expected", [
    # a feeling of disapproval of the speaker's own, towards a party or its act (Phoenix DISMAY [110])
    ("Chile is disappointed with Peru.", ("CHL", "11", "PER")),
    ("Ecuador was dismayed by Bolivia's decision to close the port.", ("ECU", "11", "BOL")),
    ("The Chilean foreign minister said he was frustrated with the Peruvian president.", ("CHLGOV", "11", "PERGOV")),
    ("\"We are angry at Peru,\" The Bolivian opposition leader said.", ("BOLOPP", "11", "PER")),
    # a feeling noun taken by a verb of expressing (Phoenix EXPRESS/VOICE DISPLEASURE, FRUSTRATION ...)
    ("Chile voiced anger at Peru over the fishing dispute.", ("CHL", "11", "PER")),
    ("Ecuador voiced frustration with Bolivia's new tariffs.", ("ECU", "11", "BOL")),
    # a party named by a condemnatory noun (Phoenix CALL DICTATOR, LIAR [111])
    ("The Bolivian opposition leader said the Peruvian president was a dictator.", ("BOLOPP", "11", "PERGOV")),
    ("Chile described the Peruvian president as a liar.", ("CHL", "11", "PERGOV")),
    # the object the parser took for a compound of the predicate ("the junta illegitimate")
    ("Chile also called the junta illegitimate.", ("CHL", "11", "PERMIL")),
    # a condemnatory phrase after the copula
    ("Chile said Peru's ruling junta was out of control.", ("CHL", "11", "PER")),
    ("\"Peru's army is above the law,\" The Bolivian opposition leader said.", ("BOLOPP", "11", "PER")),
    # a party said to be lying or misleading (an accusation, 112)
    ("Chile said Peru was lying about the border incident.", ("CHL", "11", "PER")),
    ("\"Bolivia is lying,\" The Chilean foreign minister said.", ("CHLGOV", "11", "BOL")),
    ("Ecuador said Peru had misled the mediators.", ("ECU", "11", "PER")),
])
def test_a_judgement_class_codes_the_speaker_against_the_judged_party(nlp, text, expected):
    assert expected in judged(nlp, text)


@pytest.mark.parametrize("text", [
    # praise, or a feeling about a thing that nobody owns
    "Chile is pleased with Peru.",
    "Chile was disappointed with the results.",
    "Ecuador voiced anger at the weather.",
    # hypothetical, negated or asked
    "Chile would be disappointed if Peru left the talks.",
    "Chile is not disappointed with Peru.",
    "Was Chile disappointed with Peru?",
    "Chile said Peru was not lying.",
    "Chile said Peru might be lying.",
    # "lie" of a place or a body is no accusation
    "Chile said Peru lies on the Pacific coast.",
    "Chile said Peru's soldiers were lying in the hospital.",
    # a noun of a party that is no judgement
    "Chile said the Peruvian president was a lawyer.",
    "Chile also called the vote illegitimate.",
    "Chile said Peru's junta was not out of control.",
    "Chile said the fire was out of control.",
    # the copula's phrase tells where, not at whom
    "Chile remained unhappy for weeks in Peru.",
])
def test_no_judgement_without_an_asserted_disapproval_of_a_party(nlp, text):
    assert judged(nlp, text) == set()


def test_a_quoted_third_partys_feeling_is_its_own(nlp):
    """"Bolivia said Chile was angry with Peru": Chile's feeling, not Bolivia's judgement of Peru."""
    found = judged(nlp, "Bolivia said Chile was angry with Peru.")
    assert ("CHL", "11", "PER") in found
    assert ("BOL", "11", "PER") not in found
