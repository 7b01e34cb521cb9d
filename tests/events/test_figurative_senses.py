"""Figurative, campaign and legal senses of event words (senses.yaml rules and pairs).

"Tariffs hit exports", a candidate's "attacks" on a rival, "targeting swing voters", "went on the
offense", "cooperated with the inquiry", a "call to her office in which he threatened her": the
words of force, visits and cooperation used for words, campaigns, witnesses and crimes. Each case
has a control in which the real sense still codes. Texts are written for these tests; none is taken
from a gold, benchmark or searched article.
"""

from __future__ import annotations

import pytest

from .helpers import coded_triples


@pytest.mark.parametrize("text, pairs, expected", [
    # tariffs or sanctions that "target" goods or firms are sanctions imposed (163), not fighting
    ("Peru targeted Chilean wine with new import tariffs.", [("Peru", "PER"), ("Chilean", "CHL")], "163"),
    ("The Peruvian sanctions targeted Chilean mining firms.",
     [("Peruvian", "PER"), ("Chilean mining firms", "CHLBUS")], "163"),
    ("Peru slammed Chile with new duties on copper.", [("Peru", "PER"), ("Chile", "CHL")], "163"),
    # control: a weapon's target is an attack
    ("Peruvian soldiers targeted Chilean border guards with mortars.",
     [("Peruvian soldiers", "PERMIL"), ("Chilean border guards", "CHLMIL")], "19"),
])
def test_measures_that_target_goods_are_sanctions(nlp, text, pairs, expected):
    codes = [c[1] for c in coded_triples(nlp, text, pairs)]
    assert codes and all(c.startswith(expected) for c in codes), codes


@pytest.mark.parametrize("text, pairs, force", [
    ("The Austrian chancellor is targeting young Hungarian voters.",
     [("Austrian chancellor", "AUTGOV"), ("Hungarian voters", "HUN")], False),
    ("The Labour campaign is targeting Welsh voters.", [("Labour campaign", "GBRPTY"), ("Welsh voters", "GBR")], False),
    ("The Swedish retailer is targeting Norwegian consumers.",
     [("Swedish retailer", "SWEBUS"), ("Norwegian consumers", "NOR")], False),
    ("Austrian gunmen targeted a police station in Styria.",
     [("Austrian gunmen", "AUTREB"), ("police station", "AUTCOP")], True),
    ("Austrian gunmen targeted the delegates of the Slovenian party.",
     [("Austrian gunmen", "AUTREB"), ("Slovenian party", "SVNPTY")], True),
    ("Austrian gunmen targeted the seat of the Slovenian government.",
     [("Austrian gunmen", "AUTREB"), ("Slovenian government", "SVNGOV")], True),
])
def test_a_campaign_targets_voters_without_force(nlp, text, pairs, force):
    """Courting voters or shoppers is neither force nor criticism (no 111 from the pair rules either)."""
    found = [c for c in coded_triples(nlp, text, pairs) if c[1][:2] in ("18", "19") or c[1].startswith("11")]
    assert bool(found) is force, found


@pytest.mark.parametrize("text, pairs, code", [
    # a legislator's, candidate's, party's or paper's "attacks" are words, whoever they are aimed at
    ("The Dutch senator stepped up her attacks on the Belgian banker.",
     [("Dutch senator", "NLDLEG"), ("Belgian banker", "BELBUS")], "111"),
    ("The Dutch candidate stepped up his attacks on the Belgian television host.",
     [("Dutch candidate", "NLDELI"), ("Belgian television host", "BEL")], "111"),
    ("The Dutch newspaper attacked the Belgian singer.", [("Dutch newspaper", "NLDMED"), ("Belgian singer", "BEL")],
     "111"),
    ("The Turkish president attacked the Dutch journalist on television.",
     [("Turkish president", "TURGOV"), ("Dutch journalist", "NLDMED")], "111"),
    # control: armed men's attacks are fighting
    ("The Malian rebels stepped up their attacks on the Burkinabe army.",
     [("Malian rebels", "MLIREB"), ("Burkinabe army", "BFAMIL")], "190"),
    ("Turkish police attacked the Dutch journalist outside the court.",
     [("Turkish police", "TURCOP"), ("Dutch journalist", "NLDMED")], "180"),
    # party workers do fight, and a weapon or the injured show force whoever the sides are
    ("Ruling party workers attacked the Bengali journalist.",
     [("Ruling party workers", "INDPTY"), ("Bengali journalist", "INDMED")], "180"),
    ("Ruling party workers attacked the opposition activists with sticks.",
     [("Ruling party workers", "INDPTY"), ("opposition activists", "INDOPP")], "190"),
    ("The Dutch senator attacked the Belgian banker with a knife, injuring him.",
     [("Dutch senator", "NLDLEG"), ("Belgian banker", "BELBUS")], "190"),
])
def test_attacks_by_those_who_command_no_force_are_criticism(nlp, text, pairs, code):
    assert [c[1] for c in coded_triples(nlp, text, pairs)] == [code]


@pytest.mark.parametrize("text, pairs, code", [
    ("The Ghanaian minister fired back at criticism from the opposition leader.",
     [("Ghanaian minister", "GHAGOV"), ("opposition leader", "GHAOPP")], "111"),
    ("Ghanaian soldiers fired back at the Togolese gunmen.",
     [("Ghanaian soldiers", "GHAMIL"), ("Togolese gunmen", "TGOREB")], "190"),
])
def test_firing_back_at_criticism_is_words(nlp, text, pairs, code):
    assert [c[1] for c in coded_triples(nlp, text, pairs)] == [code]


@pytest.mark.parametrize("text, pairs, visit", [
    ("The Zambian president and the Malawian leader will go on the offensive together.",
     [("Zambian president", "ZMBGOV"), ("Malawian leader", "MWIGOV")], False),
    ("The Zambian president and the Malawian leader will go on television together.",
     [("Zambian president", "ZMBGOV"), ("Malawian leader", "MWIGOV")], False),
    ("The Zambian president will go to Malawi next week.", [("Zambian president", "ZMBGOV"), ("Malawi", "MWI")], True),
])
def test_going_on_the_offense_is_no_visit(nlp, text, pairs, visit):
    found = [c for c in coded_triples(nlp, text, pairs) if c[1].startswith(("04", "036"))]
    assert bool(found) is visit, found


@pytest.mark.parametrize("text, pairs, kept", [
    ("The former aide cooperated fully with the Justice Department and Congress.",
     [("former aide", "USAELI"), ("Justice Department", "USAJUD"), ("Congress", "USALEG")], False),
    ("The lobbyist cooperated with the Senate committee and the FBI.",
     [("lobbyist", "USABUS"), ("Senate committee", "USALEG"), ("FBI", "USASPY")], False),
    ("The Mexican banker cooperated with American prosecutors.",
     [("Mexican banker", "MEXBUS"), ("American prosecutors", "USAJUD")], False),
    ("The president worked with Congress on the budget.", [("president", "USAGOV"), ("Congress", "USALEG")], True),
    ("Colombia cooperated with Ecuador on border security.", [("Colombia", "COL"), ("Ecuador", "ECU")], True),
])
def test_a_witness_cooperating_with_an_inquiry_is_no_diplomacy(nlp, text, pairs, kept):
    found = [c for c in coded_triples(nlp, text, pairs) if c[1][:2] in ("05", "06")]
    assert bool(found) is kept, found


@pytest.mark.parametrize("text, pairs, kept", [
    ("The suspect made a phone call to the congresswoman's office in which he threatened to hurt her.",
     [("suspect", "USACVL"), ("congresswoman", "USALEG")], False),
    ("The suspect made threatening phone calls to the congresswoman.",
     [("suspect", "USACVL"), ("congresswoman", "USALEG")], False),
    ("The Kenyan president made a phone call to the Tanzanian president.",
     [("Kenyan president", "KENGOV"), ("Tanzanian president", "TZAGOV")], True),
])
def test_a_threatening_call_is_no_consultation(nlp, text, pairs, kept):
    found = [c for c in coded_triples(nlp, text, pairs) if c[1].startswith("04")]
    assert bool(found) is kept, found


TRADE_REPORT = (
    "Vietnam hits Thai rice growers where it hurts. Hanoi announced retaliatory tariffs of 20 percent on Thai rice, "
    "sugar and rubber on Monday, a week after Bangkok raised duties on Vietnamese steel. The new levies cover goods "
    "worth two billion dollars in exports, and Thai exporters fear the trade war will cost them their largest "
    "market. Importers in Hanoi said prices of Thai goods would rise, and both sides said they would take the "
    "tariffs to the WTO. Thai exports of rice fell last year, and the retaliatory duties add to the trade deficit."
)
WAR_REPORT = (
    "Vietnamese troops attacked Thai border posts on Monday, killing four soldiers, the army said. The fighting "
    "came a week after Bangkok raised tariffs on Vietnamese goods. Officials said the government would send more "
    "troops to the border, and the opposition condemned the attack. Both ministers said talks on a ceasefire "
    "would start in Geneva."
)


@pytest.mark.parametrize("text, pairs, force", [
    (TRADE_REPORT, [("Vietnam", "VNM"), ("Hanoi", "VNMGOV"), ("Thai rice growers", "THAAGR"), ("Bangkok", "THAGOV")],
     False),
    (WAR_REPORT, [("Vietnamese troops", "VNMMIL"), ("Thai border posts", "THAMIL")], True),
])
def test_a_trade_war_story_hits_goods_not_people(nlp, text, pairs, force):
    """A story told in tariffs, duties and exports is a business story: its "hits" and "targets" are economic
    (domains.yaml), while a war story that mentions tariffs still codes its attacks."""
    found = [c for c in coded_triples(nlp, text, pairs) if c[1][:2] in ("18", "19")]
    assert bool(found) is force, found


@pytest.mark.parametrize("text, pairs, meets", [
    ("Both Chile and Peru spoke highly of the new port.", [("Chile", "CHL"), ("Peru", "PER")], False),
    ("The Chilean minister talked fondly of his Peruvian hosts.",
     [("Chilean minister", "CHLGOV"), ("Peruvian hosts", "PER")], False),
    # control: speaking with a side is a consultation
    ("The Chilean minister spoke with his Peruvian counterpart on Monday.",
     [("Chilean minister", "CHLGOV"), ("Peruvian counterpart", "PERGOV")], True),
])
def test_speaking_highly_of_is_no_meeting(nlp, text, pairs, meets):
    codes = [c[1] for c in coded_triples(nlp, text, pairs)]
    assert any(c.startswith("04") for c in codes) is meets, codes
