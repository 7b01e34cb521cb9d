"""Sense rules found by judging every event on unseen political news (session 13, helper precp).

Texts are written for these tests; none is taken from a gold, benchmark or searched article.
"""

from __future__ import annotations

import pytest

from .helpers import coded_triples

BOL = [("Bolivian president", "BOLGOV"), ("Bolivian government", "BOLGOV"), ("Peruvian congress", "PERLEG"),
       ("Peruvian farmers", "PERAGR")]
ECU = [("Ecuadorian senator", "ECULEG"), ("Volunteers", "ECUCVL"), ("Supporters", "ECUCVL"),
       ("Ecuadorian students", "ECUEDU"), ("government", "ECUGOV")]
KEN = [("Kenyan president", "KENGOV"), ("Ugandan president", "UGAGOV"), ("Ugandan President Yoweri Museveni", "UGAGOV")]
CAN = [("Canadian", "CAN"), ("Venezuelan officials", "VENGOV"), ("Canadian troops", "CANMIL"),
       ("Venezuelan rebel positions", "VENREB")]
MLI = [("Malian rebels", "MLIREB"), ("Malian government", "MLIGOV"), ("rebel", "MLIREB")]
CHL = [("Chilean border troops", "CHLMIL"), ("Chilean navy", "CHLMIL"), ("Chile", "CHL"), ("Peru", "PER")]


@pytest.mark.parametrize("text, pairs, prefix", [
    # "give in to X" (080) needs its bare particle: an "in" heading a date or a place is the giving's
    ("The Bolivian president gave a speech to the Peruvian congress in March.", BOL, "08"),
    ("The Bolivian president gave a long address to the Peruvian farmers in Cusco.", BOL, "08"),
    # a rally named for the vote (the words inside a hyphenated modifier count) is campaigning
    ("Volunteers campaigned for the Ecuadorian senator at a get-out-the-vote rally in Quito.", ECU, "14"),
    ("Supporters of the Ecuadorian senator gathered at a voter rally in Quito.", ECU, "14"),
    # an agreement someone observes, honours or violates is already in force: no signing
    ("Chilean border troops have strictly observed the agreements between Chile and Peru.", CHL, "057"),
    ("The Chilean navy has always honoured the treaty between Chile and Peru.", CHL, "057"),
    # "visiting President X" is the visitor, not the one visited (also read as a gerund after "with")
    ("The Kenyan president pledged aid during a meeting in Nairobi with visiting Ugandan President Yoweri Museveni.",
     KEN, "04"),
    ("The Kenyan president praised the visiting Ugandan president at a dinner in Nairobi.", KEN, "04"),
    # naming an offensive or a plan judges nothing
    ('The offensive, which Malian rebels have called the "Battle of the Desert", began on Monday.', MLI, "11"),
])
def test_another_sense_codes_no_event(nlp, text, pairs, prefix):
    assert not [c for c in coded_triples(nlp, text, pairs) if c[1].startswith(prefix)]


@pytest.mark.parametrize("text, pairs, triple", [
    ("The Bolivian government gave in to the demands of Peruvian farmers.", BOL, ("BOLGOV", "080", "PERAGR")),
    ("The Bolivian government finally gave in to Peruvian farmers in May.", BOL, ("BOLGOV", "080", "PERAGR")),
    ("Ecuadorian students held a rally against the government in Quito.", ECU, ("ECUEDU", "140", "ECUGOV")),
    # only a modifier that is a verb phrase is read inside: an "anti-election-fraud" rally protests fraud
    ("Kenyan opposition supporters staged anti-election-fraud rallies in Nairobi.",
     [("Kenyan opposition supporters", "KENOPP")], ("KENOPP", "140", "KENGOV")),
    ("Chile and Peru signed an agreement on fishing rights on Monday.", CHL, ("CHL", "057", "PER")),
    ("An agreement between Chile and Peru was reached in Lima on Monday.", CHL, ("CHL", "057", "PER")),
    ("The Kenyan president is visiting the Ugandan president in Kampala.", KEN, ("KENGOV", "042", "UGAGOV")),
    ("The Kenyan president ended his tour by visiting the Ugandan president in Kampala.", KEN,
     ("KENGOV", "042", "UGAGOV")),
    # a "sanctions package" that targets people is sanctions (163), as "sanctions" alone are
    ("The new Canadian sanctions package targeted senior Venezuelan officials.", CAN, ("CAN", "163", "VENGOV")),
    ("Canadian troops targeted Venezuelan rebel positions near the border.", CAN, ("CANMIL", "190", "VENREB")),
    ("The Malian government called the rebel offensive a crime against the nation.", MLI, ("MLIGOV", "112", "MLIREB")),
])
def test_the_events_own_sense_still_codes(nlp, text, pairs, triple):
    assert triple in coded_triples(nlp, text, pairs)
