"""Targets left empty although the sentence names them (session 14, development sets A and D): the accuser
a denial answers, named as the allegation's owner ("X's claims") or its agent ("the charges by X"). Texts
written for newsevents; each case has a control where no target may be found."""

from __future__ import annotations

import pytest

from .helpers import coded_triples

ACTORS = [("Ecuador", "ECU"), ("Peru", "PER"), ("Bolivia", "BOL"), ("Paraguay", "PRY")]


def triples(nlp, text: str) -> set[tuple[str | None, str, str | None]]:
    return set(coded_triples(nlp, text, ACTORS))


@pytest.mark.parametrize("text, expected", [
    # the accuser as the allegation's owner, for the verbs of denial besides "deny"
    ("Ecuador dismissed the accusations by Peru as baseless.", ("ECU", "016", "PER")),
    ("Bolivia rebutted Paraguay's claims on Tuesday.", ("BOL", "016", "PRY")),
])
def test_the_accuser_is_the_target_of_a_denial(nlp, text, expected):
    assert expected in triples(nlp, text)


@pytest.mark.parametrize("text", [
    "Ecuador dismissed the accusations as baseless.",
    "Bolivia rebutted the claims on Tuesday.",
])
def test_an_unnamed_accuser_gives_no_target(nlp, text):
    assert all(t is None for _, c, t in triples(nlp, text) if c == "016")
