"""Recall classes of session 15 (recall6): events whose sides are named but whose wording the lexicon did
not reach. Texts written for newsevents; each class has a control where the rule must not fire."""

from __future__ import annotations

import pytest

from .helpers import coded_triples

ACTORS = [("the Andean Union", "IGOAND"), ("the Ecuadorian envoy", "ECUGOV"), ("Peru", "PER"),
          ("Bolivian marines", "BOLMIL"),
          ("Chilean smugglers", "CHLCRM"), ("the Bolivian army", "BOLMIL"), ("Aymara guerrillas", "BOLREB"),
          ("Quito", "ECUGOV"), ("Lima", "PERGOV"), ("Peruvian students", "PEREDU"), ("the Peruvian cabinet", "PERGOV")]


def coded(nlp, text: str) -> set[tuple[str | None, str, str | None]]:
    return set(coded_triples(nlp, text, ACTORS))


# An event noun whose past participle names its doer in a "by" phrase (noun_agents.participle_light): the
# participle is the noun's light verb, its phrases the noun's, even where the parser hangs the target phrase
# on the "by" phrase's object.
@pytest.mark.parametrize("text, expected", [
    ("The tariffs imposed by the Andean Union on Peru hit its copper exports.", ("IGOAND", "163", "PER")),
    ("A raid carried out by Bolivian marines against Chilean smugglers ended at dawn.",
     ("BOLMIL", "190", "CHLCRM")),
    ("The offensive launched by the Bolivian army against Aymara guerrillas entered its third week.",
     ("BOLMIL", "190", "BOLREB")),
    ("A warning issued by Quito to Lima was read out on radio.", ("ECUGOV", "130", "PERGOV")),
])
def test_participle_names_the_doer_of_an_event_noun(nlp, text, expected):
    assert expected in coded(nlp, text)


@pytest.mark.parametrize("text, code", [
    # a participle that offers or plans the act is no doing of it
    ("The tariffs proposed by the Andean Union on Peru were shelved.", "163"),
    ("The offensive planned by the Bolivian army against Aymara guerrillas never began.", "190"),
    # with no "by" phrase the sentence does not say who imposed them
    ("The tariffs imposed on Peru in March hit its copper exports.", "163"),
])
def test_participle_controls_stay_uncoded(nlp, text, code):
    assert all(c != code for _, c, _ in coded(nlp, text))


# An event noun's "of" phrase names its doer when its target comes from another phrase (noun_agents.of_agent).
@pytest.mark.parametrize("text, expected", [
    ("The visit of the Peruvian cabinet to Quito lasted three days.", ("PERGOV", "042", "ECUGOV")),
    ("The meeting of the Andean Union with Peru was held behind closed doors.", ("IGOAND", "040", "PER")),
])
def test_of_phrase_names_the_doer_of_an_event_noun(nlp, text, expected):
    assert expected in coded(nlp, text)


@pytest.mark.parametrize("text, wrong", [
    # what is done to someone: the "of" phrase is who it is done to, never its doer
    ("The extradition of Chilean smugglers to Peru was approved.", ("CHLCRM", "063", "PER")),
    # the "of" phrase that is itself the target names no doer
    ("The arrest of Peruvian students angered Lima.", ("PEREDU", "173", "PEREDU")),
])
def test_of_phrase_controls(nlp, text, wrong):
    assert wrong not in coded(nlp, text)


# Verb phrases with a named side the lexicon did not reach (verbs.yaml, recall6 entries).
@pytest.mark.parametrize("text, expected", [
    ("Quito acted as a mediator between Peru and the Andean Union.", ("ECUGOV", "045", "PER")),
    ("Quito gave its backing to the Peruvian cabinet after the vote.", ("ECUGOV", "051", "PERGOV")),
    ("Quito lent its support to the Peruvian cabinet after the vote.", ("ECUGOV", "051", "PERGOV")),
    ("Quito threw its weight behind the Peruvian cabinet after the vote.", ("ECUGOV", "051", "PERGOV")),
    ("Lima levelled accusations against Quito over the border incident.", ("PERGOV", "112", "ECUGOV")),
    ("In May the Andean Union placed Peru under sanctions.", ("IGOAND", "163", "PER")),
    ("On Monday the Andean Union added Chilean smugglers to its sanctions list.", ("IGOAND", "163", "CHLCRM")),
    ("Lima issued an arrest warrant for Aymara guerrillas on Friday.", ("PERGOV", "173", "BOLREB")),
    ("Lima issued warrants on Friday for the arrest of Aymara guerrillas.", ("PERGOV", "173", "BOLREB")),
    ("Lima invited the Ecuadorian envoy to leave the country within two days.", ("PERGOV", "161", "ECUGOV")),
    ("Lima asked the Ecuadorian envoy to leave the country.", ("PERGOV", "161", "ECUGOV")),
])
def test_verb_phrases_with_named_sides(nlp, text, expected):
    assert expected in coded(nlp, text)


@pytest.mark.parametrize("text, code", [
    # money lent is a loan, not an endorsement
    ("Quito lent money to the Peruvian cabinet after the vote.", "051"),
    # a go-between's job named with no one between is no mediation between sides
    ("Quito acted as a host for the summit of Peru.", "045"),
    # a search warrant is no arrest
    ("Lima issued a search warrant for Aymara guerrillas on Friday.", "173"),
    # added to a list of donors: no sanction
    ("On Monday the Andean Union added Peru to its list of donors.", "163"),
    # invited to come, or troops asked to go: no diplomat expelled
    ("Lima invited the Ecuadorian envoy to visit the capital.", "161"),
    ("Lima asked Bolivian marines to leave the port.", "161"),
])
def test_verb_phrase_controls(nlp, text, code):
    assert all(c != code for _, c, _ in coded(nlp, text))


# Event nouns the noun lexicon lacked (nouns.yaml).
@pytest.mark.parametrize("text, expected", [
    ("Lima said Bolivian marines made an intrusion into Peru on Sunday.", ("BOLMIL", "190", "PER")),
    ("Lima sent its congratulations to Quito after the vote.", ("PERGOV", "051", "ECUGOV")),
])
def test_event_nouns(nlp, text, expected):
    assert expected in coded(nlp, text)
