"""Classes of sides the argument finder did not reach although the actor exists (session 15): the
antecedent of a relative clause with no relative pronoun whose object is the gap ("the officers Cairo
accused of spying"), and an "including" list the parser hung on a grievance phrase ("sanctions on people
over abuses, including X"). Texts written for newsevents; each case has a control where the rule must not
fire."""

from __future__ import annotations

import pytest

from .helpers import coded_triples

ACTORS = [("Egypt", "EGY"), ("Cairo", "EGY"), ("Israeli officers", "ISRMIL"), ("Kenyan activists", "KENOPP"),
          ("Uganda", "UGA"), ("Ugandan court", "UGAJUD"), ("Tanzania", "TZA"), ("Sudanese rebels", "SDNREB")]


def triples(nlp, text: str) -> set[tuple[str | None, str, str | None]]:
    return set(coded_triples(nlp, text, ACTORS))


@pytest.mark.parametrize("text, expected", [
    ("Egypt released the Israeli officers Cairo accused of spying.", ("EGY", "1125", "ISRMIL")),
    ("Tanzania criticised the ruling against the Kenyan activists the Ugandan court jailed last year.",
     ("UGAJUD", "173", "KENOPP")),
])
def test_the_object_gap_of_a_bare_relative_clause_is_its_antecedent(nlp, text, expected):
    assert expected in triples(nlp, text)


@pytest.mark.parametrize("text, wrong", [
    # a subject gap: the officers accused, Cairo was accused
    ("Egypt released the Israeli officers who accused Cairo of spying.", ("EGY", "1125", "ISRMIL")),
    # the clause has an object of its own: the officers are not whom it names
    ("Egypt released the Israeli officers Cairo accused the Sudanese rebels of helping.", ("EGY", "1125", "ISRMIL")),
    # a clausal complement holds the gap ("... said were spies"), not the reporting verb
    ("Uganda freed the Kenyan activists Tanzania said had attacked the Sudanese rebels.", ("TZA", "190", "KENOPP")),
])
def test_no_object_gap_where_the_clause_fills_its_object(nlp, text, wrong):
    assert wrong not in triples(nlp, text)


@pytest.mark.parametrize("text, expected", [
    # an "including" list after the people's grievance phrase names some of the people
    ("Egypt imposed sanctions on dozens of people over rights abuses, including Israeli officers.",
     ("EGY", "163", "ISRMIL")),
    ("Uganda imposed sanctions on several groups over recent killings, including Sudanese rebels.",
     ("UGA", "163", "SDNREB")),
])
def test_a_list_after_a_grievance_phrase_names_the_people(nlp, text, expected):
    assert expected in triples(nlp, text)


def test_a_list_not_set_off_by_a_comma_stays_the_grievance_s(nlp):
    # "abuses including ..." with no comma: the parser's reading, a list of the abuses, is kept
    text = "Egypt imposed sanctions on dozens of people over rights abuses including Israeli officers."
    assert ("EGY", "163", "ISRMIL") not in triples(nlp, text)
