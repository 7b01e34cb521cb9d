"""Senses found by judging every event of fresh political news (session 15, helper precr).

Texts are written for these tests; none is taken from a gold, benchmark or searched article. Each class
has a sentence where the rule must act and a control where it must not.
"""

from __future__ import annotations

import pytest

from .helpers import coded_triples

ARM = [("Armenian troops", "ARMMIL"), ("Azerbaijan", "AZE"), ("Azerbaijani soldiers", "AZEMIL")]
PRT = [("A Portuguese court", "PRTJUD"), ("Portuguese court", "PRTJUD"), ("Brazil", "BRA")]
GHA = [("Ghanaian President Kwame Asante", "GHAGOV"), ("Ghanaian army", "GHAMIL"),
       ("Ghanaian police", "GHACOP"), ("Ghanaian opposition leader", "GHAOPP"), ("Ghanaian activists", "GHAOPP"),
       ("Ghanaian opposition", "GHAOPP"), ("Ghanaian government", "GHAGOV")]
CHN = [("Beijing", "CHNGOV"), ("Washington", "USAGOV"), ("Chinese", "CHN")]
MLI = [("Malian soldiers", "MLIMIL"), ("Malian rebels", "MLIREB"), ("Malian opposition", "MLIOPP"),
       ("Malian protesters", "MLIOPP")]
SEN = [("Senegal", "SEN"), ("Gambia", "GMB"), ("Senegalese government", "SENGOV")]



@pytest.mark.parametrize("text, pairs, triple", [
    # a town or a region seized from a side is occupied territory (192), no property (171)
    ("Armenian troops seized two villages from Azerbaijan after a night of fighting.", ARM,
     ("ARMMIL", "192", "AZE")),
    # an approved extradition request is judicial cooperation with the asking country (063)
    ("A Portuguese court approved an extradition request from Brazil for the banker.", PRT,
     ("PRTJUD", "063", "BRA")),
    # a repression campaign launched against activists coerces them (175), no campaign of words
    ("Ghanaian President Kwame Asante launched a brutal crackdown campaign against Ghanaian activists.", GHA,
     ("GHAGOV", "175", "GHAOPP")),
    # a danger told of in the warning's clause is a pessimistic comment (012), no threat
    ("Beijing warned Washington that the arms sale would lead to chaos across the strait.", CHN,
     ("CHNGOV", "012", "USAGOV")),
    # an offensive on an opposition stronghold is fighting an armed side (190), no crowd repression
    ("Malian soldiers launched an offensive against a Malian opposition stronghold near Kidal.", MLI,
     ("MLIMIL", "190", "MLIOPP")),
])
def test_the_other_sense_is_coded(nlp, text, pairs, triple):
    assert triple in coded_triples(nlp, text, pairs)


@pytest.mark.parametrize("text, pairs, triple", [
    # controls: property seized stays 171, a criminal charge 173, a campaign of words 111, a warning of
    # the warner's own act 130, force used on protesters 175
    ("Armenian troops seized two trucks of ammunition from Azerbaijani soldiers.", ARM,
     ("ARMMIL", "171", "AZEMIL")),
    ("Ghanaian police charged the Ghanaian opposition leader with sedition.", GHA, ("GHACOP", "173", "GHAOPP")),
    ("Ghanaian President Kwame Asante launched a campaign against the Ghanaian opposition.", GHA,
     ("GHAGOV", "111", "GHAOPP")),
    ("Beijing warned Washington that it would punish the firms behind the arms sale.", CHN,
     ("CHNGOV", "130", "USAGOV")),
    ("Malian soldiers opened fire on Malian protesters near Kidal.", MLI, ("MLIMIL", "175", "MLIOPP")),
])
def test_the_patterns_own_sense_still_codes(nlp, text, pairs, triple):
    assert triple in coded_triples(nlp, text, pairs)


@pytest.mark.parametrize("text, pairs, prefix", [
    # charging the army to do something tasks it: no accusation, no criminal charge
    ("Ghanaian President Kwame Asante charged the Ghanaian army to restore order in the north.", GHA, ("17", "11")),
    # a targetless border closure is a measure at home, aimed at no one (decision of session 15: no event)
    ("The Senegalese government closed the borders on Sunday to secure the vote.", SEN, ("16", "17")),
    # a request approved for something else stays what Phoenix codes, never judicial cooperation
    ("A Portuguese court approved a request from Brazil for more time.", PRT, ("06",)),
])
def test_no_event_in_that_sense(nlp, text, pairs, prefix):
    assert not [c for c in coded_triples(nlp, text, pairs) if c[1].startswith(prefix)]


def test_a_border_closed_against_a_neighbour_is_still_coded(nlp):
    found = coded_triples(nlp, "Senegal closed its border with Gambia on Sunday.", SEN)
    assert ("SEN", "172", "GMB") in found


VEN = [("Venezuelan government", "VENGOV"), ("Venezuelan lawmakers", "VENLEG"), ("Guaido", "VENOPP")]
JPN = [("Japan", "JPN"), ("North Korea", "PRK")]


@pytest.mark.parametrize("text, triple", [
    # an agreement called an accomplishment is praised (051), not criticised
    ("Japan labeled North Korea's latest agreement a significant accomplishment.", ("JPN", "051", "PRK")),
    ("Japan labeled North Korea's latest agreement a dangerous provocation.", ("JPN", "111", "PRK")),
    # control: the verb of support with its object
    ("The Venezuelan government is supporting Venezuelan lawmakers in their bid.", ("VENGOV", "051", "VENLEG")),
])
def test_judgement_and_support_senses(nlp, text, triple):
    assert triple in coded_triples(nlp, text, VEN + JPN)


def test_supporting_as_an_adjective_supports_no_one(nlp):
    text = "The Venezuelan government blocked Guaido and supporting Venezuelan lawmakers from entering the building."
    assert not [c for c in coded_triples(nlp, text, VEN) if c[1].startswith("05")]
