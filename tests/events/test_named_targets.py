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


# a country named in the target slot that the actors stage left no actor (its "border with X" reads as
# geography) stands for its state; a people's name ("the Georgians") is no country
PLACE_ACTORS = [("Lithuania", "LTU"), ("Lithuanian police", "LTUCOP")]


@pytest.mark.parametrize("text, expected", [
    ("Lithuania closed its border with Belarus on Monday.", ("LTU", "172", "BLR")),
    ("Lithuania closed its border with its neighbour, Belarus, on Monday.", ("LTU", "172", "BLR")),
])
def test_a_country_name_in_the_slot_is_its_state(nlp, text, expected):
    assert expected in set(coded_triples(nlp, text, PLACE_ACTORS))


def test_a_people_name_in_the_slot_is_no_state(nlp):
    text = "Lithuanian police said the arrests of the Belarusians were routine."
    assert not any(t == "BLR" for _, _, t in coded_triples(nlp, text, PLACE_ACTORS))
