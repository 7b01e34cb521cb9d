"""The matching rules of FORMAT.md, one predicate at a time."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsevents.evaluate import match as m
from newsevents.model import Quote
from tests.evaluate.evalkit import TEXT, actor, event


@pytest.mark.parametrize("pred, gold, exp", [
    ("ISRMIL", "ISRMIL", True),
    ("ISRMIL", "ISR", True),        # gold does not know the role
    ("ISR", "ISRMIL", True),        # the coder does not know the role
    ("ISRGOV", "ISRMIL", False),    # both carry a role, and they differ
    ("PSEREB", "ISRREB", False),    # country differs
    ("igouno", "IGOUNO", True),     # case does not matter
    ("USAGOVLEG", "USAGOV", True),  # letters past the sixth are not compared
    (None, "USA", False),
    ("USA", None, False),
])
def test_codes_agree(pred, gold, exp):
    assert m.codes_agree(pred, gold) is exp


@pytest.mark.parametrize("pred, acceptable, exp", [
    ("PSEINS", ["PSEREB", "PSEINS"], True),
    ("PSEGOV", ["PSEREB", "PSEINS"], False),
    (None, None, True),             # a null gold target matches any target, even none
    ("SYRGOV", None, True),
    (None, "SYRGOV", False),
])
def test_code_in(pred, acceptable, exp):
    assert m.code_in(pred, acceptable) is exp


@given(st.text(alphabet="ABCGIMOSUVLNR", min_size=3, max_size=9),
       st.text(alphabet="ABCGIMOSUVLNR", min_size=3, max_size=9))
def test_codes_agree_is_symmetric(a, b):
    assert m.codes_agree(a, b) == m.codes_agree(b, a)


@pytest.mark.parametrize("pred_mode, gold_mode, exp", [
    ("did", None, True),
    ("intend", None, False),        # an intent is not the act: it never matches a happened event
    ("did", "intend", False),
    ("intend", "intend", True),
    ("threaten", "intend", False),
    ("THREATEN", "threaten", True),
])
def test_modes_agree(pred_mode, gold_mode, exp):
    assert m.modes_agree(pred_mode, gold_mode) is exp


@pytest.mark.parametrize("cameo, exp", [("042", True), ("0431", True), ("046", True), ("051", False), ("", False)])
def test_event_root_against_acceptable_codes(cameo, exp):
    gold = {"source": "RUSGOV", "target": "EGYGOV", "cameo": ["040", "043"]}
    assert m.event_matches(event(cameo, "RUSGOV", "EGYGOV"), gold) is exp


def test_plover_only_gold_event_matches_on_plover_type():
    gold = {"source": "RUS", "target": None, "plover": "CONSULT"}
    assert m.event_matches(event("190", "RUSGOV", "SYRGOV", plover="consult"), gold)
    assert not m.event_matches(event("040", "RUSGOV", "SYRGOV", plover="ASSAULT"), gold)
    assert not m.event_matches(event("040", "RUSGOV", "SYRGOV", plover=None), gold)


def test_event_source_must_agree_target_null_matches_any():
    gold = {"source": ["PSEREB", "PSEINS"], "target": None, "cameo": ["190"]}
    assert m.event_matches(event("193", "PSEINS", None), gold)
    assert m.event_matches(event("193", "PSEREB", "ISRMIL"), gold)
    assert not m.event_matches(event("193", "PSEGOV", "ISRMIL"), gold)
    assert not m.event_matches(event("193", None, "ISRMIL"), gold)


@pytest.mark.parametrize("text, exp", [
    ("the Gaza Strip", "gaza strip"),
    ("Gaza Strip.", "gaza strip"),
    ("  Kremlin\u2019s ", "kremlin"),
    ("The  Israel\nDefense Forces", "israel defense forces"),
    ("\u201cterrorist\u201d", "terrorist"),
])
def test_norm_name(text, exp):
    assert m.norm_name(text) == exp


def test_actor_matched_by_any_mention_and_correct_code():
    gold = {"name": "Vladimir Putin", "country": "RUS", "codes": ["RUSGOV"], "mentions": ["Putin", "Vladimir Putin"]}
    assert m.actor_matches(actor("Vladimir Putin", "RUSGOV", mentions=("PUTIN",)), gold)
    assert m.actor_matches(actor("Putin", "RUS"), gold)  # bare country: the 3+3 rule
    assert not m.actor_matches(actor("Putin", "RUSMIL"), gold)  # wrong role
    assert not m.actor_matches(actor("Putin", "UKRGOV"), gold)
    assert not m.actor_matches(actor("Medvedev", "RUSGOV"), gold)  # not named


def test_actor_country_of_acceptable_code_is_accepted():
    gold = {"name": "police", "country": "HKG", "codes": ["HKGCOP", "CHNCOP"], "mentions": ["police"]}
    assert m.actor_matches(actor("police", "CHNCOP"), gold)
    assert not m.actor_matches(actor("police", "HKGCOP", country="GBR"), gold)


def test_igo_actor_country_not_checked():
    gold = {"name": "UN Security Council", "country": None, "codes": ["IGOUNO"],
            "mentions": ["the UN Security Council"]}
    assert m.actor_matches(actor("UN Security Council", "IGOUNO", country=""), gold)


@pytest.mark.parametrize("pred, exp", [
    ("There was a unanimous opinion on the need for an early ceasefire", True),
    ("the need for an early ceasefire and a humanitarian truce", False),   # 8 of 19 words
    ("There was a unanimous opinion on the need for an early ceasefire and the establishment", True),
    ("", False),
])
def test_quote_overlap_at_least_half_of_gold_words(pred, exp):
    gold = {"text": "There was a unanimous opinion on the need for an early ceasefire and the establishment "
                    "of a humanitarian truce in order to urgently provide"}
    quote = Quote(id="Q1", article_id="t", text=pred, start=0, end=0)
    assert m.quote_matches(quote, gold) is exp


def test_quote_words_must_keep_their_order():
    assert m.quote_overlap("c b a", "a b c") < 0.5


def test_attribution_by_code_or_by_name():
    gold = {"text": "x", "speaker": "Kremlin", "speaker_codes": ["RUSGOV"]}
    gold_actors = [{"name": "Kremlin press service", "mentions": ["Kremlin press service", "Kremlin"], "codes": []}]
    by_code = Quote(id="Q", article_id="t", text="x", start=0, end=0, speaker_code="RUSGOV")
    by_name = Quote(id="Q", article_id="t", text="x", start=0, end=0, speaker_name="the Kremlin press service")
    wrong = Quote(id="Q", article_id="t", text="x", start=0, end=0, speaker_name="Sisi", speaker_code="EGYGOV")
    via_actor = Quote(id="Q", article_id="t", text="x", start=0, end=0, speaker_actor="A1")
    actors = {"A1": actor("Kremlin", None, country="")}
    assert m.attribution_correct(by_code, gold, {}, gold_actors)
    assert m.attribution_correct(by_name, gold, {}, gold_actors)
    assert not m.attribution_correct(wrong, gold, {}, gold_actors)
    assert m.attribution_correct(via_actor, gold, actors, gold_actors)


def test_find_span_ignores_case_quotes_and_spacing():
    assert m.find_span("He said \u201cno\u201d  to them", 'said "No" to') == (3, 16)
    assert m.find_span(TEXT, "not in the text") is None


def test_violation_needs_happened_mode_root_and_trigger_inside_evidence():
    evidence = "the conflict could escalate into a regional war"
    start = TEXT.index("escalate")
    inside = event("190", "RUS", None, trigger="escalate", trigger_start=start, trigger_end=start + 8)
    not_event = {"cameo_root": "19", "evidence": evidence}
    assert m.violates_not_event(inside, not_event, TEXT)
    inside.mode = "threaten"
    assert not m.violates_not_event(inside, not_event, TEXT)
    elsewhere = event("190", "PSE", "ISR", trigger="attacked", trigger_start=TEXT.index("attacked"),
                      trigger_end=TEXT.index("attacked") + 8)
    assert not m.violates_not_event(elsewhere, not_event, TEXT)
    other_root = event("040", "RUS", None, trigger="escalate", trigger_start=start, trigger_end=start + 8)
    assert not m.violates_not_event(other_root, not_event, TEXT)


def test_violation_falls_back_to_sentence_when_evidence_not_in_text():
    not_event = {"cameo_root": "18", "evidence": "ought to put a bullet in her skull"}
    pred = event("180", "USA", None, trigger="put", sentence="He said somebody ought to put a bullet in her skull.")
    assert m.violates_not_event(pred, not_event, "different extracted text")


def test_assign_is_one_to_one_and_places_required_items_first():
    golds = [{"k": 1, "required": False}, {"k": 1}]
    preds = [1]
    assigned = m.assign(golds, preds, lambda p, g: p == g["k"])
    assert assigned == {1: 0}


@given(st.lists(st.integers(0, 3), max_size=6), st.lists(st.integers(0, 3), max_size=6))
def test_assign_is_maximum_and_injective(gold_keys, preds):
    golds = [{"k": k} for k in gold_keys]
    assigned = m.assign(golds, preds, lambda p, g: p == g["k"])
    assert len(set(assigned.values())) == len(assigned)
    expected = sum(min(gold_keys.count(k), preds.count(k)) for k in set(gold_keys))
    assert len(assigned) == expected


def test_a_gold_speaker_span_with_a_description_is_named_by_its_head():
    # FORMAT.md: attribution is right when the speaker "names the same actor"; a gold span that runs on
    # into a description of the speaker still names the person before the comma, and only that person
    gold = {"text": "x", "speaker": "Lena Obu, a former harbour official who retired in May,"}
    named = Quote(id="Q", article_id="t", text="x", start=0, end=0, speaker_name="Lena Obu")
    other = Quote(id="Q", article_id="t", text="x", start=0, end=0, speaker_name="a former harbour official")
    assert m.attribution_correct(named, gold, {}, [])
    assert not m.attribution_correct(other, gold, {}, [])
    listed = {"text": "x", "speaker": "Obu, Arno and Belt"}  # a list, not a description: no head taken
    assert not m.attribution_correct(named, listed, {}, [])
