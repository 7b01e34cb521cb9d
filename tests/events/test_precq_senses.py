"""Sense rules found by judging every event on unseen political news (session 14, helper precq).

Texts are written for these tests; none is taken from a gold, benchmark or searched article.
"""

from __future__ import annotations

import pytest

from .helpers import coded_triples

JOR = [("Jordan", "JOR"), ("Syrian refugees", "SYRREF"), ("Syrian ministers", "SYRGOV"),
       ("Syrian foreign minister", "SYRGOV")]
GHA = [("Ghanaian President John Mahama", "GHAGOV"), ("Ghanaian president", "GHAGOV"),
       ("Togolese ambassador", "TGOGOV"), ("Togolese Ambassador Kofi Mensah", "TGOGOV"),
       ("Ghanaian army", "GHAMIL"),
       ("Togolese rebels", "TGOREB")]
NGA = [("Islamist gunmen", "NGAREB"), ("British engineer", "GBRCVL"), ("Chinese workers", "CHNLAB"),
       ("Nigerian soldiers", "NGAMIL"), ("Cameroonian farmland", "CMR"), ("Cameroonian", "CMR")]
KEN = [("Kenyan ruling party", "KENPTY"), ("Kenyan Unity party", "KENPTY"), ("Uganda", "UGA"), ("Tanzania", "TZA")]
TUR = [("Turkish Air Force", "TURMIL"), ("Turkish army", "TURMIL"), ("Kurdish civilians", "KURCVL")]


@pytest.mark.parametrize("text, pairs, prefix", [
    # a count before "of" names no visitor: the counted refugees are sheltered, no visit is hosted (043)
    ("Jordan has hosted millions of Syrian refugees since 2011.", JOR, "04"),
    ("Jordan is hosting hundreds of thousands of Syrian refugees in desert camps.", JOR, "04"),
    # a person seized is abducted (181), no property seized (171)
    ("Islamist gunmen seized a British engineer near the port on Monday.", NGA, "171"),
    ("Islamist gunmen seized dozens of Chinese workers at a quarry.", NGA, "171"),
    # a party "joined in parliament" by another sits beside it: no cooperation
    ("Uganda was joined in parliament by Tanzania after the vote.", KEN, "06"),
    # an air force that wounds civilians attacks from the air (195), no physical assault (182)
    ("The Turkish Air Force bombed three villages, wounding 20 Kurdish civilians.", TUR, "18"),
])
def test_another_sense_codes_no_event(nlp, text, pairs, prefix):
    assert not [c for c in coded_triples(nlp, text, pairs) if c[1].startswith(prefix)]


@pytest.mark.parametrize("text, pairs, triple", [
    # a delegation counted as a group still pays a visit that its host hosts
    ("Jordan hosted a group of Syrian ministers in Amman on Monday.", JOR, ("JOR", "043", "SYRGOV")),
    ("Jordan hosted the Syrian foreign minister in Amman on Monday.", JOR, ("JOR", "043", "SYRGOV")),
    ("Islamist gunmen seized a British engineer near the port on Monday.", NGA, ("NGAREB", "181", "GBRCVL")),
    ("Islamist gunmen seized dozens of Chinese workers at a quarry.", NGA, ("NGAREB", "181", "CHNLAB")),
    # property seized stays 171
    ("Nigerian soldiers seized Cameroonian farmland near the border.", NGA, ("NGAMIL", "171", "CMR")),
    ("Uganda joined Tanzania in the talks on the border.", KEN, ("UGA", "060", "TZA")),
    # an ambassador given hours to leave is expelled (16), though the parser hangs "to leave" on the hours
    ("Ghanaian President John Mahama gave Togolese Ambassador Kofi Mensah 72 hours to leave the country.", GHA,
     ("GHAGOV", "161", "TGOGOV")),
    ("The Ghanaian president gave the Togolese ambassador 48 hours to leave the country.", GHA,
     ("GHAGOV", "161", "TGOGOV")),
    ("The Turkish Air Force bombed three villages, wounding 20 Kurdish civilians.", TUR, ("TURMIL", "195", "KURCVL")),
    # a ground force that wounds civilians keeps the verb's code
    ("The Turkish army raided three villages, wounding 20 Kurdish civilians.", TUR, ("TURMIL", "182", "KURCVL")),
])
def test_the_events_own_sense_still_codes(nlp, text, pairs, triple):
    assert triple in coded_triples(nlp, text, pairs)
