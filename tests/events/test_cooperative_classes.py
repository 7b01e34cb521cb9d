"""Classes of cooperative news text (CAMEO roots 01-09) the lexicon codes, each with a control that
must stay uncoded (or coded otherwise): data in lexicon/verbs.yaml and modality.yaml.

Texts are written for these tests; none is taken from a gold, benchmark, codebook or searched article.
"""

from __future__ import annotations

import pytest

from newsevents.model import RawDocument
from newsevents.pipeline import process_many

from .helpers import coded_triples


@pytest.mark.parametrize("text, pairs", [
    ("The Chilean foreign ministry declined to comment on the leaked cable.",
     [("Chilean foreign ministry", "CHLGOV")]),
    ("Asked about the Bolivian claims, Peru's defence ministry refused to comment.",
     [("Peru's defence ministry", "PERGOV"), ("Bolivian", "BOL")]),
])
def test_declining_to_comment_is_011(nlp, text, pairs):
    """CAMEO 011 decline comment, with the verb "comment" as a to-infinitive: nobody is its target."""
    found = coded_triples(nlp, text, pairs)
    assert any(c[1] == "011" and c[2] is None for c in found), found


@pytest.mark.parametrize("text, pairs", [
    ("The Chilean foreign ministry declined to send observers to the Bolivian vote.",
     [("Chilean foreign ministry", "CHLGOV"), ("Bolivian", "BOL")]),
    ("Peru's defence ministry commented on the Bolivian claims.",
     [("Peru's defence ministry", "PERGOV"), ("Bolivian", "BOL")]),
])
def test_other_refusals_and_comments_are_not_011(nlp, text, pairs):
    assert not [c for c in coded_triples(nlp, text, pairs) if c[1] == "011"]


@pytest.mark.parametrize("text, pairs", [
    ("A Kenyan court ruled on Monday that Kenya had lawfully extradited the smuggler to Uganda.",
     [("Kenya", "KEN"), ("Uganda", "UGA"), ("Kenyan court", "KENJUD")]),
    ("Army-ruled Niger has been sharing intelligence with Mali since the spring.",
     [("Niger", "NER"), ("Mali", "MLI")]),
])
def test_rule_without_out_refuses_nothing(nlp, text, pairs):
    """"ruled that ...", "army-ruled X": "rule" refuses only as "rule out" (modality.yaml
    refusal_particles), so no act under it becomes a refusal (12x)."""
    assert not [c for c in coded_triples(nlp, text, pairs) if c[1].startswith("12")]


def test_ruling_out_talks_is_still_a_refusal(nlp):
    text = "Ghana ruled out holding talks with Togo over the border."
    found = coded_triples(nlp, text, [("Ghana", "GHA"), ("Togo", "TGO")])
    assert ("GHA", "125", "TGO") in found, found


@pytest.mark.parametrize("text, code", [
    ("Ghana and Togo agreed on a new fisheries accord on Monday.", "030"),
    ("Ghana and Togo have agreed upon a trade deal covering cocoa exports.", "0311"),
    ("Ghana and Togo agreed a border treaty after long talks.", "030"),
])
def test_agreeing_on_an_agreement_is_an_intent_of_both_sides(nlp, text, code):
    """CAMEO 03: an agreement agreed on (not yet signed, 057) commits both coordinated subjects."""
    found = coded_triples(nlp, text, [("Ghana", "GHA"), ("Togo", "TGO")])
    assert ("GHA", code, "TGO") in found and ("TGO", code, "GHA") in found, found


@pytest.mark.parametrize("text", [
    "Ghana and Togo could not agree on a new fisheries accord.",
    "Ghana and Togo agreed on the need for a border treaty.",
    "Ghana and Togo agreed to a ceasefire on Monday.",
])
def test_no_agreement_agreed_on_is_no_030(nlp, text):
    found = coded_triples(nlp, text, [("Ghana", "GHA"), ("Togo", "TGO")])
    assert not [c for c in found if c[1] in ("030", "0311")], found


@pytest.mark.parametrize("text, code", [
    ("The Zambian opposition suspended its boycott of parliament on Tuesday.", "082"),
    ("Zambian opposition leaders postponed the demonstration planned for Friday.", "082"),
    ("The Zambian opposition agreed to postpone its protest until after the holiday.", "0352"),
])
def test_protest_suspended_by_its_holders_eases_dissent(nlp, text, code):
    found = coded_triples(nlp, text, [("Zambian opposition", "ZMBOPP"), ("opposition", "ZMBOPP")])
    assert ("ZMBOPP", code, None) in found, found


@pytest.mark.parametrize("text, pairs", [
    ("Zambian police postponed the demonstration planned for Friday.", [("Zambian police", "ZMBCOP")]),
    ("The Zambian air force suspended strikes on rebel camps.", [("Zambian air force", "ZMBMIL")]),
    ("The Zambian opposition postponed its rally in Lusaka.", [("Zambian opposition", "ZMBOPP")]),
])
def test_other_suspensions_are_not_082(nlp, text, pairs):
    assert not [c for c in coded_triples(nlp, text, pairs) if c[1].startswith("08") or c[1] == "0352"]


def test_a_boycott_ended_by_its_holders_is_082_and_a_protest_ended_by_police_is_not(nlp):
    text = "The Zambian opposition ended its boycott of parliament. Zambian police ended the sit-in outside the court."
    found = coded_triples(nlp, text, [("Zambian opposition", "ZMBOPP"), ("Zambian police", "ZMBCOP")])
    assert ("ZMBOPP", "082", None) in found and not [c for c in found if c[0] == "ZMBCOP" and c[1] == "082"], found


@pytest.mark.parametrize("text", [
    "Ghana and Togo reached a consensus on sharing data about cross-border smuggling.",
    "After two days of talks, Ghana and Togo reached a compromise over the disputed fishing grounds.",
])
def test_a_consensus_reached_by_two_sides_is_037_both_ways(nlp, text):
    """Phoenix REACH CONSENSUS/COMPROMISE [037] with coordinated subjects and no target: each side to the
    other (codebook 037: source and target are the adversaries themselves)."""
    found = coded_triples(nlp, text, [("Ghana", "GHA"), ("Togo", "TGO")])
    assert ("GHA", "037", "TGO") in found and ("TGO", "037", "GHA") in found, found


@pytest.mark.parametrize("text", [
    "Ghana and Togo failed to reach a consensus on the disputed fishing grounds.",
    "Ghana reached a compromise over its budget after two days of debate.",
])
def test_no_consensus_or_one_side_is_no_037(nlp, text):
    found = coded_triples(nlp, text, [("Ghana", "GHA"), ("Togo", "TGO")])
    assert not [c for c in found if c[1].startswith("03")], found


@pytest.mark.parametrize("text, code", [
    ("The Malian junta leader vowed to democratize Mali within two years.", "0344"),
    ("In the 1990s the Malian generals democratised Mali step by step.", "0834"),
])
def test_democratizing_a_country_is_an_institutional_change(nlp, text, code):
    pairs = [("Malian junta leader", "MLIGOV"), ("Malian generals", "MLIMIL"), ("Mali", "MLI")]
    found = coded_triples(nlp, text, pairs)
    assert any(c[1] == code and c[2] == "MLI" for c in found), found


def test_democratizing_information_is_no_event(nlp):
    text = "The Malian junta leader said mobile phones had democratized information."
    assert not coded_triples(nlp, text, [("Malian junta leader", "MLIGOV"), ("Mali", "MLI")])


@pytest.mark.slow  # the whole pipeline: the actors stage reads the role nouns
def test_an_opposition_coalition_is_the_opposition():
    """roles.yaml actor nouns "opposition coalition/alliance/bloc": the story's opposition (OPP), as
    "the opposition" is; a coalition government is not one."""
    texts = ["Zambia vote\n\nThe Zambian opposition alliance ended its boycott of parliament on Tuesday.",
             "Zambia vote\n\nThe Zambian coalition government ended its boycott of the summit on Tuesday."]
    raws = [RawDocument(source=f"t{i}", content=t, media_type="text", published="2030-03-05")
            for i, t in enumerate(texts)]
    found = [[(e.source_code, e.cameo) for e in r.events] for r in process_many(raws)]
    assert ("ZMBOPP", "082") in found[0], found
    assert not [c for c in found[1] if c[0] and c[0].endswith("OPP")], found



@pytest.mark.parametrize("text, people, expected", [
    # two people of one government are one side: their talks are with no one
    ("The Chilean foreign minister and the Chilean trade minister held talks in Lima.",
     [("Chilean foreign minister", "CHLGOV"), ("Chilean trade minister", "CHLGOV")], []),
    # control: two governments meet each other, both ways round
    ("The Chilean foreign minister and the Peruvian trade minister held talks in Lima.",
     [("Chilean foreign minister", "CHLGOV"), ("Peruvian trade minister", "PERGOV")],
     [("CHLGOV", "PERGOV"), ("PERGOV", "CHLGOV")]),
])
def test_a_symmetric_act_needs_two_sides(nlp, text, people, expected):
    """Each person is an actor of their own (the actors stage keeps two ministers apart), with one code."""
    from newsevents.events import code_events
    from newsevents.model import Actor, Mention

    from .helpers import make_article

    actors = []
    for n, (surface, code) in enumerate(people, start=1):
        start = text.index(surface)
        actors.append(Actor(id=f"A{n}", article_id="t", name=surface, kind="person", country=code[:3], code=code,
                            role=code[3:], mentions=[Mention(surface, start, start + len(surface), "fixture")]))
    events = code_events(nlp(text), make_article(text), actors, [], [])
    assert sorted({(e.source_code, e.target_code) for e in events}) == sorted(expected)
