"""Modality for precision on unseen text (events/modality.py, data/en/lexicon/modality.yaml): hedged
claims and denied parts in an event are not events; a commitment, plan or refusal is coded in its
mode only when asserted.

Texts are written for these tests; none is taken from a gold, benchmark or searched article.
"""

from __future__ import annotations

import pytest

from .helpers import coded_triples


@pytest.mark.parametrize("text, pairs", [
    ("Militants allegedly kidnapped two Norwegian engineers near the dam.",
     [("Militants", "MLIREB"), ("Norwegian engineers", "NORCVL")]),
    ("The Lebanese army purportedly shelled Syrian positions overnight.",
     [("Lebanese army", "LBNMIL"), ("Syrian", "SYRMIL")]),
    ("Sweden had no hand in the attack against Turkish soldiers, its minister said.",
     [("Sweden", "SWE"), ("Turkish soldiers", "TURMIL")]),
    ("Moldova played no role in the bombing of the Russian embassy, officials said.",
     [("Moldova", "MDA"), ("Russian embassy", "RUSGOV")]),
    ("In such a scenario, Thai warships would blockade Cambodian ports.",
     [("Thai warships", "THAMIL"), ("Cambodian", "KHM")]),
    ("Say the Thai army shelled Cambodian positions: who would respond?",
     [("Thai army", "THAMIL"), ("Cambodian", "KHMMIL")]),
    ("Bangkok could respond. Say Thailand shelled Cambodian positions near the temple.",
     [("Thailand", "THA"), ("Cambodian", "KHMMIL")]),
])
def test_hedged_or_denied_events_are_not_coded(nlp, text, pairs):
    assert not [c for c in coded_triples(nlp, text, pairs) if c[1][:2] in ("18", "19", "13")]


@pytest.mark.parametrize("text, pairs", [
    ("Militants kidnapped two Norwegian engineers near the dam.",
     [("Militants", "MLIREB"), ("Norwegian engineers", "NORCVL")]),
    ("Sweden had a hand in the attack against Turkish soldiers, its minister said.",
     [("Sweden", "SWE"), ("Turkish soldiers", "TURMIL")]),
    ("Officials say the Thai army shelled Cambodian positions.", [("Thai army", "THAMIL"), ("Cambodian", "KHMMIL")]),
])
def test_asserted_events_stay(nlp, text, pairs):
    assert [c for c in coded_triples(nlp, text, pairs) if c[1][:2] in ("18", "19")]


def test_an_as_clause_keeps_its_own_mode(nlp):
    """"X warned Y ... as Z deployed police": the "as" clause is asserted, no threat of the warner."""
    text = ("Chilean officials warned residents to stay home as the Chilean government deployed 3,000 police "
            "in Santiago.")
    found = coded_triples(nlp, text, [("Chilean officials", "CHLGOV"), ("Chilean government", "CHLGOV"),
                                      ("residents", "CHLCVL")])
    assert not [c for c in found if c[1].startswith("13")]


@pytest.mark.parametrize("text, kept", [
    ("Under the draft plan, the Taliban would free twelve Pakistani prisoners.", False),
    ("In the Qatari proposal, the Taliban will free twelve Pakistani prisoners.", False),
    ("The Taliban will free twelve Pakistani prisoners, its spokesman said.", True),
])
def test_what_a_plan_says_a_side_would_do_is_no_commitment(nlp, text, kept):
    found = coded_triples(nlp, text, [("Taliban", "AFGREB"), ("Pakistani prisoners", "PAKCVL"), ("Qatari", "QAT")])
    assert bool([c for c in found if c[0] == "AFGREB" and c[1].startswith(("03", "08"))]) is kept


def test_warning_someone_against_an_act_threatens_nobody(nlp):
    text = "The Dutch government warned Belgium against arresting the Moroccan activists."
    found = coded_triples(nlp, text, [("Dutch government", "NLDGOV"), ("Belgium", "BEL"),
                                      ("Moroccan activists", "MAROPP")])
    assert not [c for c in found if c[1][:2] in ("13", "17")]


def test_a_second_infinitive_keeps_the_governors_force(nlp):
    """"agreed to hold X, and to resume talks": the parser may hang "to resume" on "agreed" itself."""
    text = ("Peru also agreed to hold a maritime dialogue as soon as possible, and to continue high-level talks "
            "with Chile, including a trade dialogue.")
    found = coded_triples(nlp, text, [("Peru", "PER"), ("Chile", "CHL")])
    assert found and not [c for c in found if c[1].startswith("04")]


@pytest.mark.parametrize("text, kept", [
    ("Historically, Norway has mediated between Colombia and the rebels.", False),
    ("Kenyan police often detain student activists in Nairobi.", False),
    ("Norway mediated between Colombia and the rebels on Monday.", True),
    ("Kenyan police detained student activists in Nairobi on Monday.", True),
])
def test_a_habit_or_a_history_is_not_one_event(nlp, text, kept):
    found = coded_triples(nlp, text, [("Norway", "NOR"), ("Colombia", "COL"), ("rebels", "COLREB"),
                                      ("Kenyan police", "KENCOP"), ("student activists", "KENEDU")])
    assert bool(found) is kept


@pytest.mark.parametrize("text, kept", [
    ("The Bolivian candidate, whom Paris recognizes as president, arrived in Lima.", False),
    ("Ethiopian soldiers who kill Eritrean civilians go unpunished.", False),
    ("The Bolivian candidate, whom Paris recognized as president last week, arrived in Lima.", True),
])
def test_a_present_relative_clause_states_no_event(nlp, text, kept):
    found = coded_triples(nlp, text, [("Bolivian candidate", "BOLOPP"), ("Paris", "FRAGOV"),
                                      ("Ethiopian soldiers", "ETHMIL"), ("Eritrean civilians", "ERICVL")])
    assert bool(found) is kept


@pytest.mark.parametrize("text, code, kept", [
    ("The Kenyan lawmaker was forced to step down as party chair.", "170", False),
    ("The computers of the Kenyan election board were hacked.", "176", False),
    ("The Kenyan lawmaker was arrested on Monday.", "173", True),
])
def test_an_agentless_passive_names_an_authority_only_for_its_acts(nlp, text, code, kept):
    """Arrests and charges are an authority's acts; being forced out or hacked is as often the doing
    of events or unknown hands (agentless_codes leaves 170 and 176 out)."""
    found = coded_triples(nlp, text, [("Kenyan lawmaker", "KENLEG"), ("Kenyan election board", "KENGOV")])
    assert bool([c for c in found if c[1] == code]) is kept


def test_two_mediators_do_not_mediate_between_each_other(nlp):
    """045 is not symmetric as meetings are: "X and Y emerged as mediators" is no X-Y mediation."""
    found = coded_triples(nlp, "Both Oman and Kuwait have emerged as key mediators between Iran and Saudi Arabia.",
                          [("Oman", "OMN"), ("Kuwait", "KWT"), ("Iran", "IRN"), ("Saudi Arabia", "SAU")])
    assert not [c for c in found if {c[0], c[2]} == {"OMN", "KWT"}]


@pytest.mark.parametrize("text, pairs", [
    ("Ghana, Senegal and the United Nations hosted the donor conference in Accra on Friday.",
     [("Ghana", "GHA"), ("Senegal", "SEN"), ("United Nations", "IGOUNO")]),
    ("The Dutch and Belgian foreign ministers visited the flooded villages on Monday.",
     [("Dutch", "NLDGOV"), ("Belgian", "BELGOV")]),
])
def test_co_hosts_and_co_visitors_do_not_host_or_visit_each_other(nlp, text, pairs):
    """A visit (042) or a hosting (043) has a visitor and a host; co-subjects share one role, so none of
    them visits or hosts another (042/043 are not symmetric_codes)."""
    codes = {c for _, c in pairs}
    found = coded_triples(nlp, text, pairs)
    assert not [c for c in found if c[0] in codes and c[2] in codes]


def test_co_subjects_still_meet_each_other(nlp):
    found = coded_triples(nlp, "Ghana and Senegal held talks in Dakar on Friday.",
                          [("Ghana", "GHA"), ("Senegal", "SEN")])
    assert {(c[0], c[2]) for c in found if c[1].startswith("04")} == {("GHA", "SEN"), ("SEN", "GHA")}


@pytest.mark.parametrize("text, kept", [
    ("Will Serbia recognise Kosovo?", False),
    ("Did Bolivian troops shell the Chilean outpost?", False),
    ("Bolivian troops shelled the Chilean outpost. Is a war coming?", True),
])
def test_a_yes_no_question_asserts_nothing(nlp, text, kept):
    found = coded_triples(nlp, text, [("Serbia", "SRB"), ("Kosovo", "XKX"), ("Bolivian troops", "BOLMIL"),
                                      ("Chilean outpost", "CHLMIL")])
    assert bool(found) is kept


@pytest.mark.parametrize("text, kept", [
    ("The Houthis have yet to free the Emirati sailors.", False),
    ("The Houthis are yet to free the Emirati sailors.", False),
    ("Ugandan police are to question the Kenyan journalists on Monday.", False),
    ("The Houthis have freed the Emirati sailors.", True),
])
def test_not_yet_or_scheduled_acts_are_not_done(nlp, text, kept):
    """"have yet to free" is not done; "police are to question X" is scheduled (a hostile intent: not coded)."""
    found = coded_triples(nlp, text, [("Houthis", "YEMREB"), ("Emirati sailors", "ARECVL"),
                                      ("Ugandan police", "UGACOP"), ("Kenyan journalists", "KENMED")])
    assert bool([c for c in found if c[1][:2] in ("08", "17")]) is kept


def test_a_visit_one_is_to_make_is_intended(nlp):
    found = coded_triples(nlp, "The Chilean president is to visit Peru next week.",
                          [("Chilean president", "CHLGOV"), ("Peru", "PER")])
    assert [c[1] for c in found] == ["036"]


def test_a_constant_investigation_is_a_habit(nlp):
    found = coded_triples(nlp, "Her career has been constantly investigated by the Kenyan police.",
                          [("Her", "KENELI"), ("Kenyan police", "KENCOP")])
    assert not found


@pytest.mark.parametrize("text, kept", [
    ("The Latvian premier warned that Belarus would attack Lithuania.", False),
    ("Belarus warned that it would attack Lithuania.", True),
    ("Belarus threatened that Belarusian forces would attack Lithuania.", True),
])
def test_a_warning_that_another_side_will_act_is_a_prediction(nlp, text, kept):
    """Only the one who warns can threaten: "X warned that Y would attack Z" is no threat by Y."""
    found = coded_triples(nlp, text, [("Latvian premier", "LVAGOV"), ("Belarus", "BLR"), ("it", "BLR"),
                                      ("Belarusian forces", "BLRMIL"), ("Lithuania", "LTU")])
    assert bool([c for c in found if c[1].startswith("13") and c[0].startswith("BLR")]) is kept


@pytest.mark.parametrize("text, kept", [
    ("The Chilean minister frequently criticized the Peruvian government.", True),
    ("The Chilean minister frequently criticizes the Peruvian government.", False),
])
def test_a_frequent_act_in_the_past_took_place(nlp, text, kept):
    found = coded_triples(nlp, text, [("Chilean minister", "CHLGOV"), ("Peruvian government", "PERGOV")])
    assert bool(found) is kept


def test_what_a_job_is_is_no_act(nlp):
    found = coded_triples(nlp, "The Dutch envoy's job was to assist the Ghanaian government.",
                          [("Dutch envoy", "NLDGOV"), ("Ghanaian government", "GHAGOV")])
    assert not found


@pytest.mark.parametrize("text, wished", [
    ("Most voters want the Danish government to recognise Kosovo.", True),
    ("Farmers want the Brazilian government to sign the trade deal with Chile.", True),
    ("Denmark wants to recognise Kosovo.", False),
    ("The Danish government plans to recognise Kosovo next month.", False),
])
def test_what_others_want_a_side_to_do_is_not_its_intent(nlp, text, wished):
    """"X wants Y to do Z" is X's wish: Y neither did Z nor said it means to (no 03x for Y)."""
    found = coded_triples(nlp, text, [("Danish government", "DNKGOV"), ("Denmark", "DNK"), ("Kosovo", "XKX"),
                                      ("Brazilian government", "BRAGOV"), ("Chile", "CHL")])
    intents = [c for c in found if c[0] in ("DNKGOV", "DNK", "BRAGOV") and c[1].startswith("03")]
    assert bool(intents) is not wished


@pytest.mark.parametrize("text, poll", [
    ("Most Danes said they wanted Copenhagen to expel the Iranian envoy.", True),
    ("Half of Danish voters want Denmark to leave the euro zone.", True),
    ("Seventy percent of Danes want the Danish government to expel the Iranian envoy.", True),
    ("Danish protesters said they wanted Copenhagen to expel the Iranian envoy.", False),
])
def test_a_share_of_a_public_is_a_poll_not_a_side(nlp, text, poll):
    """A share of civilians ("most Danes", "half of Danish voters") saying or wanting something is a
    poll's finding, not an appeal by a side; protesters who say it are a side."""
    found = coded_triples(nlp, text, [("Most Danes", "DNKCVL"), ("they", "DNKCVL"), ("Danish voters", "DNKCVL"),
                                      ("Danes", "DNKCVL"), ("Danish protesters", "DNKOPP"),
                                      ("Copenhagen", "DNKGOV"), ("Denmark", "DNK"), ("Danish government", "DNKGOV"),
                                      ("Iranian envoy", "IRNGOV")])
    appeals = [c for c in found if c[1].startswith("02")]
    assert bool(appeals) is not poll


def test_talks_ahead_of_which_something_happens_are_still_to_come(nlp):
    """"Envoys met ahead of a new round of talks between X and Y": the talks have not been held."""
    text = "Envoys met in Nairobi ahead of a new round of peace talks between the Ugandan government and the rebels."
    found = coded_triples(nlp, text, [("Ugandan government", "UGAGOV"), ("rebels", "UGAREB")])
    assert not [c for c in found if c[1].startswith("04")], found


@pytest.mark.parametrize("text", [
    "Namibia feared that Angola would attack its border posts.",
    "Angola denied that it would attack Namibian border posts.",
    "Angola denied it planned to attack Namibian border posts.",
    "If Angola is ready to attack Namibian border posts, the talks will fail.",
    "Analysts said Angola would not send aid to Namibia.",
    "Angola will not only send aid to Namibia but also train its police.",
    "Angola would not have attacked Namibian border posts without the order.",
    "The Angolan army will no longer attack Namibian border posts.",
    "Angola may attack Namibian border posts.",
    "Analysts said Angola may attack Namibian border posts if the talks fail.",
    "Angola tolerated raids by Namibia.",
    "Angola did not tolerate raids by Namibia.",
])
def test_feared_denied_conditional_or_predicted_modes_are_not_coded(nlp, text):
    """A commitment, plan or refusal that is feared, denied, conditional, another side's prediction, an
    addition ("not only") or a counterfactual asserts no threat, intent or refusal of the side named."""
    found = coded_triples(nlp, text, [("Angola", "AGO"), ("Angolan army", "AGOMIL"), ("it", "AGO"),
                                      ("Namibia", "NAM"), ("Namibian border posts", "NAMMIL"),
                                      ("Analysts", "AGOCVL")])
    assert not [c for c in found if c[1][:2] in ("03", "12", "13")]


@pytest.mark.parametrize("text, root", [
    ("Angola is ready to attack Namibian border posts.", "13"),
    ("Angola plans to impose sanctions on Namibia.", "13"),
    ("Angola said it would not send aid to Namibia.", "12"),
    ("Angola refused to agree to meet Namibia.", "12"),
    ("Angola will not hesitate to attack Namibian border posts.", "13"),
    ("Angola may attack Namibian border posts if the talks fail.", "13"),
    ("Angola might impose sanctions on Namibia unless the raids stop.", "13"),
    ("Angola will no longer tolerate raids by Namibia.", "13"),
])
def test_declared_plans_and_refusals_are_coded_as_their_mode(nlp, text, root):
    found = coded_triples(nlp, text, [("Angola", "AGO"), ("it", "AGO"), ("Namibia", "NAM"),
                                      ("Namibian border posts", "NAMMIL")])
    assert [c for c in found if c[0] == "AGO" and c[1].startswith(root)]


@pytest.mark.parametrize("text, pairs", [
    ("Bolivian miners sometimes march against the government in La Paz.",
     [("Bolivian miners", "BOLLAB"), ("government", "BOLGOV")]),
    ("Bolivian miners have occasionally gathered while marching against the government.",
     [("Bolivian miners", "BOLLAB"), ("government", "BOLGOV")]),
    ("Peruvian and Bolivian traders travel freely to Bolivia across the lake.",
     [("Peruvian", "PERBUS"), ("Bolivia", "BOL")]),
])
def test_how_often_or_freely_is_no_single_event(nlp, text, pairs):
    """"sometimes", "occasionally" tell of a habit, "freely" (out of the past) of a standing freedom."""
    assert not coded_triples(nlp, text, pairs)

@pytest.mark.parametrize("text, pairs", [
    ("Bolivian miners marched against the government in La Paz on Monday.",
     [("Bolivian miners", "BOLLAB"), ("government", "BOLGOV")]),
    ("Bolivian miners gathered while marching against the government on Monday.",
     [("Bolivian miners", "BOLLAB"), ("government", "BOLGOV")]),
    ("Peruvian traders travelled freely to Bolivia last week.", [("Peruvian", "PERBUS"), ("Bolivia", "BOL")]),
])
def test_single_events_stay(nlp, text, pairs):
    assert coded_triples(nlp, text, pairs)


@pytest.mark.parametrize("text, codes", [
    ("Bolivian miners are going to protest against the government on Friday.", {"133"}),
    ("Bolivia is going to send aid to Peru.", {"033"}),
    ("Bolivian miners were going to protest against the government on Friday.", set()),
    # control: "went to protest" is the protest
    ("Bolivian miners went to protest against the government on Friday.", {"140"}),
])
def test_be_going_to_is_the_future(nlp, text, codes):
    """"is going to V" commits as "will" does (a threat for a hostile act, an intent for a cooperative
    one); "was going to V" is a plan that tells of no act."""
    pairs = [("Bolivian miners", "BOLLAB"), ("government", "BOLGOV"), ("Bolivia", "BOL"), ("Peru", "PER")]
    assert {c[1] for c in coded_triples(nlp, text, pairs)} == codes



@pytest.mark.parametrize("text, kept", [
    ("The Kenyan government neither confirmed nor denied the allegations.", False),
    ("The Kenyan government did not confirm nor deny the allegations.", False),
    ("The Kenyan government confirmed the meeting and denied the allegations.", True),
])
def test_nor_negates_the_second_conjunct(nlp, text, kept):
    """"neither X nor Y": the parser hangs "nor" on X, and Y is negated by it as X is by "neither"."""
    found = coded_triples(nlp, text, [("Kenyan government", "KENGOV")])
    assert bool([c for c in found if c[1] == "016"]) is kept
