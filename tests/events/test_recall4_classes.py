"""Recall classes of session 14 (helper recall4): constructions of news text that a careful coder codes and
the event coder missed on unseen news. Texts written for newsevents; each class has controls where the rule
must not fire."""

from __future__ import annotations

import pytest

from .helpers import coded_triples

ACTORS = [("Lakeland", "LKL"), ("Lakeland police", "LKLCOP"), ("Lakeland troops", "LKLMIL"),
          ("Lakeland youths", "LKLCVL"), ("the Red Hand rebels", "LKLREB"), ("the Red Hand", "LKLREB"),
          ("The Lakeland government", "LKLGOV"), ("Marovia", "MRV"), ("Marovian troops", "MRVMIL"),
          ("community leaders", "LKLCVL")]


def triples(nlp, text: str) -> set[tuple[str | None, str, str | None]]:
    return set(coded_triples(nlp, text, ACTORS))


@pytest.mark.parametrize("text, expected", [
    # engaging someone in battle is fighting them (Phoenix ENGAGE [190]); youths fighting police riot (pair sense)
    ("Hundreds of Lakeland youths engaged Lakeland police in running battles on Monday.", ("LKLCVL", "145", "LKLCOP")),
    ("Lakeland troops engaged the Red Hand rebels in heavy fighting near the border.", ("LKLMIL", "190", "LKLREB")),
    ("Marovian troops engaged Lakeland troops in a firefight on the bridge.", ("MRVMIL", "193", "LKLMIL")),
])
def test_engaging_someone_in_battle_is_fighting(nlp, text, expected):
    assert expected in triples(nlp, text)


@pytest.mark.parametrize("text", [
    # controls: engaged in talk or in a dialogue is no fight
    "Lakeland police engaged community leaders in a dialogue about crime.",
    "The Lakeland government engaged community leaders in consultations on the budget.",
])
def test_engaging_someone_in_talk_is_no_fight(nlp, text):
    assert not any(code.startswith("19") or code.startswith("14") for _, code, _ in triples(nlp, text))


def test_engaging_rebels_in_talks_is_negotiating_not_fighting(nlp):
    # the parser hangs "in peace talks" on the object, out of reach of "engage _{@armed_group} !in" (190)
    found = triples(nlp, "The Lakeland government engaged the Red Hand rebels in peace talks.")
    assert ("LKLGOV", "046", "LKLREB") in found and not any(code.startswith("19") for _, code, _ in found)


def _pipeline_triples(text: str) -> set[tuple[str | None, str, str | None]]:
    from newsevents.model import RawDocument
    from newsevents.pipeline import process_many

    [result] = process_many([RawDocument(source="t", content=text, media_type="text")])
    return {(e.source_code, e.cameo, e.target_code) for e in result.events}


@pytest.mark.slow  # the whole pipeline: the actors and places stages name the countries
@pytest.mark.parametrize("text, expected", [
    # territory taken is read in the whole object phrase: the country named in it
    ("Ethiopian troops took control of much of southern Somalia.", ("ETHMIL", "192", "SOM")),
    # insurgents take their own state's territory
    ("Congolese rebels have taken control of large parts of eastern Congo.", ("CODREB", "192", "COD")),
    # every country the phrase names
    ("Russian troops took control of parts of Ukraine and Georgia.", ("RUSMIL", "192", "GEO")),
])
def test_territory_taken_is_the_named_countrys(text, expected):
    assert expected in _pipeline_triples(text)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # controls: a state's own army or government taking control at home occupies no one's territory
    "Somali troops regained control of much of southern Somalia last year.",
    "The Kenyan government took control of the port of Mombasa from a private company.",
])
def test_a_state_taking_control_at_home_occupies_nothing(text):
    assert not any(code == "192" for _, code, _ in _pipeline_triples(text))


@pytest.mark.parametrize("text, expected", [
    # a companion phrase on the subject adds a co-source as "and" does
    ("The Lakeland government, along with Marovia, imposed sanctions on the Red Hand.", ("MRV", "163", "LKLREB")),
    ("The Lakeland government, together with Marovia, imposed sanctions on the Red Hand.", ("MRV", "163", "LKLREB")),
    ("Lakeland troops, alongside Marovian troops, attacked the Red Hand rebels.", ("MRVMIL", "190", "LKLREB")),
])
def test_a_companion_of_the_subject_is_a_co_source(nlp, text, expected):
    found = triples(nlp, text)
    assert expected in found and any(s and s.startswith("LKL") for s, c, _ in found if c == expected[1])


def test_a_companion_phrase_on_the_verb_adds_no_side(nlp):
    # control: "along with" on the verb may say who acted with the subject, not who was acted on
    found = triples(nlp, "The Lakeland government sanctioned the Red Hand along with Marovia.")
    assert ("LKLGOV", "163", "LKLREB") in found and not any(t == "MRV" or s == "MRV" for s, _, t in found)


@pytest.mark.parametrize("text, expected", [
    # a revenge vowed with no target is a threat to whoever did the act it avenges
    ("Lakeland vowed revenge for the raid by Marovia.", ("LKL", "138", "MRV")),
    ("Lakeland vowed revenge after Marovia bombed the port.", ("LKL", "138", "MRV")),
])
def test_a_vowed_revenge_threatens_the_doer_of_the_avenged_act(nlp, text, expected):
    assert expected in triples(nlp, text)


@pytest.mark.parametrize("text", [
    # controls: an avenged act with no doer named gives no one to threaten
    "Lakeland vowed revenge after the deadly blast at the port.",
    "Lakeland vowed revenge for the killing of its soldiers.",
])
def test_a_revenge_for_an_act_of_no_named_doer_has_no_target(nlp, text):
    assert not any(code.startswith("13") and target for _, code, target in triples(nlp, text))


def test_linking_someone_to_an_attack_accuses_them_not_its_victims(nlp):
    # Phoenix LINK * (TO ATTACK) [1123]: the one linked is accused; the attack's own "on" phrase names its victims
    found = triples(nlp, "Lakeland linked the Red Hand to the attacks on Marovian troops.")
    assert ("LKL", "1123", "LKLREB") in found and ("LKL", "1123", "MRVMIL") not in found
