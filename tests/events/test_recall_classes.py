"""Recall classes found on unseen news (session 11): events a careful coder lists that the coder
missed for a general reason. Texts written for newsevents; each case has a control where the rule
must not fire."""

from __future__ import annotations

import pytest

from .helpers import coded_triples

ACTORS = [("The African Union", "IGOAFU"), ("Washington", "USAGOV"), ("The EU", "IGOEU"),
          ("Canada", "CAN"), ("The UN", "IGOUNO")]


def reactions(nlp, text: str) -> set[tuple[str | None, str, str | None]]:
    return {(s, c[:2], t) for s, c, t in coded_triples(nlp, text, ACTORS) if c.startswith("11")}


@pytest.mark.parametrize("text, expected", [
    # a coup is its country's military's act, wherever the parser hangs the "in" phrase
    ("The African Union condemned the military takeover in Niger.", ("IGOAFU", "11", "NERMIL")),
    ("The African Union strongly condemned the coup in Burkina Faso on Sunday.", ("IGOAFU", "11", "BFAMIL")),
    ("Washington condemned the Malian coup.", ("USAGOV", "11", "MLIMIL")),
    # an attempt at a coup is the coup's act
    ("The UN condemned the coup attempt in Niger.", ("IGOUNO", "11", "NERMIL")),
    # a crackdown is its state's act
    ("The EU criticised the crackdown in Iran on Monday.", ("IGOEU", "11", "IRN")),
])
def test_a_located_act_of_rulers_is_theirs(nlp, text, expected):
    assert expected in reactions(nlp, text)


@pytest.mark.parametrize("text", [
    # an attack or a takeover may be anyone's: its place names no doer
    "The UN condemned the attack in Kabul.",
    "The UN condemned the takeover in Kabul.",
    # a city is no country
    "Canada condemned the coup in Conakry.",
    # an attempt at another act is not a coup
    "The UN condemned the assassination attempt in Niger.",
])
def test_an_act_anyone_may_do_has_no_located_owner(nlp, text):
    assert all(t is None for _, _, t in reactions(nlp, text))


PARTIES = [("Chile", "CHL"), ("Peru", "PER"), ("Brazil", "BRA")]


def truces(nlp, text: str) -> set[tuple[str | None, str, str | None]]:
    return {(s, c, t) for s, c, t in coded_triples(nlp, text, PARTIES) if c == "0871"}


@pytest.mark.parametrize("text", [
    # a verb of concluding governs the truce: its two sides made it with each other
    "A ceasefire was agreed between Chile and Peru on Tuesday.",
    "A truce was reached between Chile and Peru late on Monday.",
    "A truce between Chile and Peru was signed on Friday.",
])
def test_a_truce_concluded_between_two_sides_is_theirs(nlp, text):
    assert {("CHL", "0871", "PER"), ("PER", "0871", "CHL")} <= truces(nlp, text)


@pytest.mark.parametrize("text", [
    # a truce that holds, is broken or may be agreed is no truce made
    "The ceasefire between Chile and Peru held overnight.",
    "A ceasefire between Chile and Peru was violated on Sunday.",
    "A truce between Chile and Peru could be agreed next week.",
    "No ceasefire was agreed between Chile and Peru on Tuesday.",
    # a broker's truce is its mediation
    "Brazil brokered a truce between Chile and Peru.",
])
def test_a_truce_not_concluded_is_not_coded(nlp, text):
    assert not truces(nlp, text)


BODIES = [("Hamas", "PSEREB"), ("Israel", "ISR"), ("The European Union", "IGOEU"), ("the European Union", "IGOEU"),
          ("Alexei Navalny", "RUSOPP"), ("Syria", "SYR"), ("Turkey", "TUR")]


@pytest.mark.parametrize("text, expected", [
    # the target phrase hangs on the word the pattern names after its preposition; the released
    # opposition leader found there stands for his holder, his own state (sides.released_holders)
    ("The European Union called for the release of Alexei Navalny.", ("IGOEU", "0253", "RUSGOV")),
])
def test_the_target_phrase_of_a_named_prepositional_object(nlp, text, expected):
    assert expected in coded_triples(nlp, text, BODIES)


@pytest.mark.parametrize("text, expected", [
    # a body's published word is said by its author, whom its "from" phrase names
    ("A statement from Hamas accused Israel of violating the truce.", ("PSEREB", "112", "ISR")),
    ("A communique from the European Union condemned Israel.", ("IGOEU", "111", "ISR")),
])
def test_the_author_of_a_published_word(nlp, text, expected):
    assert expected in coded_triples(nlp, text, BODIES)


@pytest.mark.parametrize("text", [
    # people "from" a country are from there, not its voice
    "A refugee from Syria accused Turkey of abuses.",
    # a release called for under another word names no release of
    "The European Union called for calm after the release of the report on Alexei Navalny.",
])
def test_no_author_or_target_from_other_phrases(nlp, text):
    assert not [t for t in coded_triples(nlp, text, BODIES) if t[1] in ("112", "0253")]


def test_a_refuted_claim_answers_the_accuser(nlp):
    # "refute the claims" names no accuser: the denial answers the accusation reported before
    text = "Chile accused Peru of arming the smugglers. Peru refuted the claims."
    assert ("PER", "016", "CHL") in coded_triples(nlp, text, PARTIES)


def test_a_refutation_of_no_claim_is_no_denial(nlp):
    # a theory refuted is no denial of an allegation
    assert not [t for t in coded_triples(nlp, "Peru refuted the theory of relativity.", PARTIES) if t[1] == "016"]
