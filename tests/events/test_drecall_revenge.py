"""Revenge (session 12, drecall): a revenge vowed, promised or sworn against someone is a threat of force
(138, Phoenix VOW REVENGE), and what a revenge is vowed "for" took place: the vow makes no threat of it.
Texts written for newsevents; each rule has a control."""

from __future__ import annotations

import pytest

from .helpers import coded_triples

ACTORS = [("The militia", "SDNREB"), ("the army", "SDNMIL"), ("its commander", "SDNREB")]


def coded(nlp, text: str) -> set[tuple[str | None, str, str | None]]:
    return set(coded_triples(nlp, text, ACTORS))


@pytest.mark.parametrize("text", [
    "The militia promised vengeance against the army on Sunday.",
    "The militia swore revenge on the army after the raid.",
])
def test_revenge_vowed_against_someone_is_a_threat(nlp, text):
    assert ("SDNREB", "138", "SDNMIL") in coded(nlp, text)


def test_revenge_with_no_one_named_is_no_threat(nlp):
    assert not any(c.startswith("13") for _, c, _ in coded(nlp, "The militia promised vengeance on Sunday."))


@pytest.mark.parametrize("text", [
    "The militia vowed revenge for the killing of its commander by the army.",
    "The militia threatened to retaliate for the killing of its commander by the army.",
])
def test_what_a_revenge_is_for_took_place(nlp, text):
    got = coded(nlp, text)
    assert ("SDNMIL", "1823", "SDNREB") in got or ("SDNMIL", "190", "SDNREB") in got
    assert not any(s == "SDNMIL" and c.startswith("13") for s, c, _ in got)


def test_an_act_vowed_itself_stays_a_threat(nlp):
    # control: the killing is what is vowed, not what is avenged
    got = coded(nlp, "The army vowed the killing of its commander.")
    assert not any(c.startswith(("18", "19")) for _, c, _ in got)
