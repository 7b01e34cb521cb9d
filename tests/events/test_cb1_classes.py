"""Classes of news text for CAMEO roots 01-05 (appeals to back a side, intents to resign or to give aid to
unnamed people, trips for talks), each with a control that must stay uncoded or coded otherwise: data in
lexicon/verbs.yaml, classes.yaml and modality.yaml.

Texts are written for these tests; none is taken from a gold, benchmark, codebook or searched article.
"""

from __future__ import annotations

import pytest

from .helpers import coded_triples

GHA_TGO = [("Ghana", "GHA"), ("Togo", "TGO")]


@pytest.mark.parametrize("text", [
    "Ghana urged Togo to support the transition council in Bamako.",
    "Ghana called on Togo to back the peace plan for the Sahel.",
    "Ghana asked Togo to endorse its candidate for the bank's presidency.",
])
def test_urging_a_side_to_back_someone_is_053(nlp, text):
    """CAMEO 053 rally support on behalf of: an appeal to others to support or back, over the plain 020."""
    found = coded_triples(nlp, text, GHA_TGO)
    assert ("GHA", "053", "TGO") in found, found


@pytest.mark.parametrize("text, code", [
    ("Ghana urged Togo to arrest the smugglers.", "020"),   # an appeal for something else
    ("Ghana supported Togo in the vote.", "051"),           # backing given, not asked for
])
def test_other_appeals_and_support_are_not_053(nlp, text, code):
    found = coded_triples(nlp, text, GHA_TGO)
    assert not [c for c in found if c[1] == "053"] and any(c[1] == code for c in found), found


@pytest.mark.parametrize("text", [
    "The Ghanaian president has agreed to resign after weeks of protests.",
    "Facing a revolt in parliament, the Ghanaian president offered to resign.",
    "The Ghanaian president vowed to resign once the new constitution is adopted.",
])
def test_agreeing_or_offering_to_resign_is_0341_on_the_own_country(nlp, text):
    """CAMEO 0341 intent to change leadership, coded on the leader's own country (the codebook's
    example is KGZ -> KGZ): modality.yaml domestic_rule_codes and targetless_codes."""
    found = coded_triples(nlp, text, [("Ghanaian president", "GHAGOV")])
    assert ("GHAGOV", "0341", "GHA") in found, found


@pytest.mark.parametrize("text, code", [
    ("The Ghanaian president refused to resign despite the protests.", "1231"),
    ("The Ghanaian president agreed to step up patrols on the border.", None),
    ("The Ghanaian president promised to quit smoking.", None),
])
def test_refusing_to_resign_or_stepping_up_is_not_0341(nlp, text, code):
    found = coded_triples(nlp, text, [("Ghanaian president", "GHAGOV")])
    assert not [c for c in found if c[1] == "0341"], found
    assert code is None or any(c[1] == code for c in found), found


def test_aid_pledged_to_unnamed_people_is_an_intent_without_target(nlp):
    """033 with an unnamed target (modality.yaml unnamed_target_codes): the pledged aid stands, the
    people it goes to name no actor."""
    text = "The United Nations will provide 12,000 tonnes of food aid to refugees fleeing the drought."
    found = coded_triples(nlp, text, [("United Nations", "IGOUNO")])
    assert any(c[0] == "IGOUNO" and c[1].startswith("033") and c[2] is None for c in found), found


@pytest.mark.parametrize("text", [
    "The United Nations will provide food aid to the warehouses in the north.",   # not people
    "The United Nations provided food aid to refugees fleeing the drought.",      # done, not intended: 07
    "Officials fear the United Nations will not provide food aid to refugees.",   # feared and denied
])
def test_aid_to_no_people_or_not_pledged_is_no_unnamed_033(nlp, text):
    found = coded_triples(nlp, text, [("United Nations", "IGOUNO")])
    assert not [c for c in found if c[1].startswith("03")], found


@pytest.mark.parametrize("text, root", [
    ("Ghanaian and Togolese negotiators return to Lome next week for talks on the maritime border.", "04"),
    ("Ghana and Togo will travel to Abuja for talks on the pipeline.", "03"),   # intended: 036
])
def test_coordinated_sides_travelling_for_talks_meet_both_ways(nlp, text, root):
    pairs = [("Ghanaian", "GHAGOV"), ("Togolese", "TGOGOV"), *GHA_TGO]
    found = {(s[:3] if s else None, c[:2], t[:3] if t else None) for s, c, t in coded_triples(nlp, text, pairs)}
    assert ("GHA", root, "TGO") in found and ("TGO", root, "GHA") in found, found


def test_a_trip_for_talks_with_a_named_partner_is_040(nlp):
    text = "The Ghanaian foreign minister flew to Paris for talks with Togo's president."
    found = coded_triples(nlp, text, [("Ghanaian foreign minister", "GHAGOV"), ("Togo's president", "TGOGOV")])
    assert ("GHAGOV", "040", "TGOGOV") in found, found


@pytest.mark.parametrize("text", [
    "The Ghanaian foreign minister flew to Paris for talks.",                  # no partner
    "Ghanaian and Togolese fans returned to Accra for the final.",             # no talks
])
def test_a_trip_without_partner_or_talks_is_no_meeting(nlp, text):
    pairs = [("Ghanaian foreign minister", "GHAGOV"), ("Ghanaian", "GHA"), ("Togolese", "TGO")]
    assert not [c for c in coded_triples(nlp, text, pairs) if c[1].startswith("04")]


@pytest.mark.parametrize("text, code", [
    ("The Ghanaian president said he was skeptical about Togo's promises.", "012"),
    ("The Ghanaian president was sceptical of Togo's offer to share the oil revenue.", "012"),
    ("The Ghanaian president said he was optimistic that Togo would reopen the border.", "013"),
    ("The Ghanaian president expressed hope that Togo would free the fishermen.", "013"),   # the clause on "hope"
    ("The Ghanaian president voiced doubt that Togo would honour the deal.", "012"),
])
def test_doubt_or_optimism_about_a_side_is_a_comment(nlp, text, code):
    """CAMEO 012/013 stated with a copula ("was skeptical over Y's will", the codebook's 012): the
    copula is the trigger, the "about/over/of" phrase or the that-clause hangs on the adjective; or
    with a noun of doubt or hope whose that-clause names the side."""
    found = coded_triples(nlp, text, [("Ghanaian president", "GHAGOV"), ("Togo", "TGO")])
    assert ("GHAGOV", code, "TGO") in found, found


@pytest.mark.parametrize("text", [
    "The Ghanaian president was not optimistic about Togo's promises.",          # negated
    "The Ghanaian president said he was confident that Togo was behind the attack.",  # an attribution
    "The Ghanaian president said he was tired of Togo's promises.",              # no such adjective
    "The Ghanaian president expressed concern that Togo would close the border.",  # concern is no doubt
])
def test_other_predicate_adjectives_are_no_comment(nlp, text):
    found = coded_triples(nlp, text, [("Ghanaian president", "GHAGOV"), ("Togo", "TGO")])
    assert not [c for c in found if c[1] in ("012", "013")], found


@pytest.mark.parametrize("text, code, targets", [
    ("Ghana called for closer cooperation with Togo.", "022", {"TGO"}),
    ("Ghana called for warmer ties with Togo and with Benin.", "022", {"TGO", "BEN"}),
    ("Ghana called for greater trade with Togo despite the border dispute.", "0211", {"TGO"}),
])
def test_a_call_for_ties_or_trade_with_a_side_appeals_to_it(nlp, text, code, targets):
    """Phoenix CALL * (FOR TIES) [022]; trade or investment called for is the codebook's 0211: the
    side named on the noun ("with Y") is the target."""
    found = coded_triples(nlp, text, [*GHA_TGO, ("Benin", "BEN")])
    assert {c[2] for c in found if c[0] == "GHA" and c[1] == code} == targets, found


@pytest.mark.parametrize("text", [
    "The Ghanaian unions called for cooperation with management.",   # no side named
    "Ghana called for an end to the trade in ivory.",                # no "with" side
    "A Ghanaian envoy called for warmer ties between Ghana and Togo.",  # "between": the caller is a party
])
def test_a_call_for_cooperation_without_a_side_is_no_appeal_for_ties(nlp, text):
    found = coded_triples(nlp, text, [*GHA_TGO, ("Ghanaian unions", "GHALAB"), ("Ghanaian envoy", "GHAGOV")])
    assert not [c for c in found if c[1] in ("022", "0211")], found


def test_appealing_to_a_side_for_calm_is_0256(nlp):
    found = coded_triples(nlp, "Ghana appealed to Togo for calm after the disputed vote.", GHA_TGO)
    assert ("GHA", "0256", "TGO") in found, found


def test_appealing_to_a_side_for_money_is_not_0256(nlp):
    found = coded_triples(nlp, "Ghana appealed to Togo for funds to rebuild the bridge.", GHA_TGO)
    assert not [c for c in found if c[1] == "0256"] and any(c[1].startswith("02") for c in found), found
