"""Clauses of time under a vow, promise or threat (events/modality.py, ``time_factive_marks`` in modality.yaml).

A past-tense "after/before/when" clause states a fact of its own: the main verb's mode does not reach it
("X vowed revenge after Y's strike killed Z": the killing took place; the vow is X's). A present-tense one
is what the vow waits for, a condition, as "if" is: no event. The sentences are written for these tests;
none is taken from a gold, benchmark or news article.
"""

from __future__ import annotations

import pytest

from .helpers import coded_triples

PAIRS = [("Chad", "TCD"), ("Sudanese army", "SDNMIL"), ("Chadian soldiers", "TCDMIL"), ("Chadian herders", "TCDCVL")]


def _codes(nlp, text: str) -> list[str]:
    return [code for _s, code, _t in coded_triples(nlp, text, PAIRS)]


@pytest.mark.parametrize("text", [
    "Chad vowed revenge after the Sudanese army shelled Chadian soldiers near the border.",
    "Chad threatened to close the border when the Sudanese army shelled Chadian soldiers last week.",
    "Chad promised a firm answer after the Sudanese army had abducted Chadian herders.",
])
def test_a_past_clause_of_time_is_a_fact_not_the_vow(nlp, text) -> None:
    # the clause's doer threatens no one: its act took place (the vow itself may be Chad's threat)
    found = coded_triples(nlp, text, PAIRS)
    assert [c for s, c, _t in found if s == "SDNMIL" and not c.startswith("13")], found
    assert not [c for s, c, _t in found if c.startswith("13") and s == "SDNMIL"], found


@pytest.mark.parametrize("text", [
    "Chad vowed to hit back if the Sudanese army shelled Chadian soldiers again.",
    "Chad vowed to hit back when the Sudanese army shells Chadian soldiers again.",
    "Chad vowed to hit back before the Sudanese army could shell Chadian soldiers again.",
])
def test_a_condition_or_an_awaited_act_is_no_event(nlp, text) -> None:
    """The shelling is awaited, neither done nor threatened by the army (Chad's own threat may stay)."""
    found = coded_triples(nlp, text, PAIRS)
    assert not [e for e in found if e[0] == "SDNMIL"], found


@pytest.mark.parametrize("text", [
    "Chad vowed revenge after the raid by the Sudanese army that abducted 16 Chadian herders.",
    "Chad vowed to punish the Sudanese army, which shelled Chadian soldiers near the border.",
])
def test_a_past_relative_clause_is_a_fact_not_the_vow(nlp, text) -> None:
    codes = _codes(nlp, text)
    assert [c for c in codes if c[:2] in ("18", "19")], codes
