"""score_article / summarise on hand-made predictions: the counting rules of the gold format."""

from __future__ import annotations

import pytest

from newsevents.evaluate import oracle_result, score_article, summarise
from newsevents.model import Count, Place, Quote, TimeExpression
from tests.evaluate.evalkit import TEXT, actor, event, make_gold, make_result

ACTORS = [
    {"name": "Vladimir Putin", "country": "RUS", "codes": ["RUSGOV"], "mentions": ["Putin", "Vladimir Putin"]},
    {"name": "Abdel Fattah el-Sisi", "country": "EGY", "codes": ["EGYGOV"], "mentions": ["Sisi"]},
    {"name": "Hamas", "country": "PSE", "codes": ["PSEREB", "PSEINS"], "mentions": ["Hamas"], "required": False},
]
EVENTS = [
    {"source": "RUSGOV", "target": "EGYGOV", "cameo": ["040", "042"], "date": "2023-10-16",
     "evidence": "spoke with Egyptian President Sisi"},
    {"source": ["PSEREB", "PSEINS"], "target": "ISR", "cameo": ["190", "18"], "date": "2023-10-07",
     "evidence": "Hamas fighters attacked Israel"},
]
NOT_EVENTS = [{"cameo_root": "19", "evidence": "the conflict could escalate into a regional war"}]
QUOTES = [{"kind": "indirect", "speaker": "Officials", "speaker_codes": ["RUSGOV"],
           "text": "the conflict could escalate into a regional war"}]
COUNTS = [{"what": "killed", "value": 1400, "bound": "more_than", "evidence": "killing more than 1,400 people"}]
TIMES = [{"text": "Monday", "value": "2023-10-16"}, {"text": "October 7", "value": "2023-10-07"}]
PLACES = [{"text": "Gaza", "country": "PSE"}]
FULL = {"actors": ACTORS, "events": EVENTS, "not_events": NOT_EVENTS, "quotes": QUOTES, "counts": COUNTS,
        "times": TIMES, "places": PLACES, "title": "Putin spoke with Sisi", "not_in_body": ["Leave a Reply"]}
PARTS = ("actors", "events", "quotes", "counts", "times", "places")


def metrics_of(gold, result):
    return summarise([score_article(gold, result)]).metrics()


def test_perfect_prediction_scores_one():
    gold = make_gold(**FULL)
    metrics = metrics_of(gold, oracle_result(gold, TEXT))
    for part in PARTS:
        row = metrics["parts"][part]
        assert (row["precision"], row["recall"], row["f1"]) == (1.0, 1.0, 1.0), part
    assert metrics["parts"]["body"]["chrome"] == 1.0
    assert metrics["parts"]["body"]["title"] == 1.0
    assert metrics["not_events"]["violations"] == 0


def test_empty_prediction_scores_zero():
    metrics = metrics_of(make_gold(**FULL), make_result())
    for part in PARTS:
        row = metrics["parts"][part]
        assert (row["precision"], row["recall"], row["f1"]) == (0.0, 0.0, 0.0), part
        assert row["fn"] > 0 and row["tp"] == 0


def test_wrong_actor_code_is_a_miss_and_a_false_positive():
    gold = make_gold(actors=ACTORS)
    result = make_result(actors=[actor("Putin", "RUSMIL"), actor("Sisi", "EGYGOV", ident="A2")])
    score = score_article(gold, result)
    actors = score.parts["actors"]
    assert (actors.tp, actors.fp, actors.fn) == (1, 1, 1)
    assert actors.accuracy("code") == 0.5  # both found by a mention, one coded right
    assert any("miscoded" in f.item for f in score.findings if f.kind == "false_positive")


def test_optional_item_is_neither_miss_nor_false_positive():
    gold = make_gold(actors=ACTORS)
    without = score_article(gold, make_result(actors=[actor("Putin", "RUSGOV"), actor("Sisi", "EGYGOV", ident="A2")]))
    with_it = score_article(gold, make_result(actors=[actor("Putin", "RUSGOV"), actor("Sisi", "EGYGOV", ident="A2"),
                                                      actor("Hamas", "PSEINS", ident="A3")]))
    for score in (without, with_it):
        part = score.parts["actors"]
        assert (part.tp, part.fp, part.fn) == (2, 0, 0)


def test_a_duplicate_of_a_matched_item_is_a_false_positive():
    gold = make_gold(actors=ACTORS[:1])
    score = score_article(gold, make_result(actors=[actor("Putin", "RUSGOV"),
                                                    actor("Vladimir Putin", "RUSGOV", ident="A2")]))
    assert (score.parts["actors"].tp, score.parts["actors"].fp) == (1, 1)


def test_role_agreement_rule_for_events():
    gold = make_gold(events=EVENTS[:1])
    assert score_article(gold, make_result(events=[event("042", "RUS", "EGYGOV")])).parts["events"].tp == 1
    wrong_role = score_article(gold, make_result(events=[event("042", "RUSMIL", "EGYGOV")])).parts["events"]
    assert (wrong_role.tp, wrong_role.fp, wrong_role.fn) == (0, 1, 1)


def test_null_gold_target_matches_any_target():
    gold = make_gold(events=[{"source": "PSEREB", "target": None, "cameo": ["190"]}])
    for target in (None, "ISR", "ISRMIL"):
        assert score_article(gold, make_result(events=[event("193", "PSEREB", target)])).parts["events"].tp == 1


def test_plover_only_gold_events():
    gold = make_gold(events=[{"source": "RUSGOV", "target": "EGYGOV", "plover": "CONSULT"}])
    hit = event("040", "RUSGOV", "EGYGOV", plover="CONSULT")
    miss = event("040", "RUSGOV", "EGYGOV", plover=None)
    assert score_article(gold, make_result(events=[hit])).parts["events"].tp == 1
    assert score_article(gold, make_result(events=[miss])).parts["events"].fp == 1


def test_intent_never_matches_a_happened_event():
    gold = make_gold(events=EVENTS[:1])
    score = score_article(gold, make_result(events=[event("042", "RUSGOV", "EGYGOV", mode="intend")]))
    assert (score.parts["events"].tp, score.parts["events"].fp) == (0, 1)


def test_each_gold_event_matches_one_prediction_and_dates_are_checked():
    gold = make_gold(events=EVENTS[:1])
    preds = [event("042", "RUSGOV", "EGYGOV", date="2023-10-15", id="E1"),
             event("040", "RUSGOV", "EGYGOV", date="2023-10-16", id="E2")]
    part = score_article(gold, make_result(events=preds)).parts["events"]
    assert (part.tp, part.fp) == (1, 1)
    assert part.accuracy("date") == 1.0  # the pair with the right date is preferred


def test_not_events_are_counted_twice():
    gold = make_gold(events=EVENTS, not_events=NOT_EVENTS)
    start = TEXT.index("escalate")
    feared = event("195", "RUS", None, trigger="escalate", trigger_start=start, trigger_end=start + 8, id="E9")
    score = score_article(gold, make_result(events=[feared]))
    assert score.parts["events"].fp == 1          # once as a false positive ...
    assert score.not_event_violations == 1         # ... and once in its own column
    assert {f.kind for f in score.findings} >= {"false_positive", "not_event"}


def test_a_part_absent_from_gold_is_not_scored():
    gold = make_gold(quotes=QUOTES, times=TIMES)
    score = score_article(gold, make_result(events=[event("190", "PSE", "ISR")], actors=[actor("Putin", "RUSGOV")]))
    assert set(score.parts) == {"quotes", "times"}
    assert set(summarise([score]).metrics()["parts"]) == {"quotes", "times"}


def test_an_empty_list_is_scored():
    gold = make_gold(counts=[])
    assert metrics_of(gold, make_result())["parts"]["counts"]["f1"] == 1.0
    bad = metrics_of(gold, make_result(counts=[Count(id="C1", article_id="t", what="killed", value=3, bound="exact",
                                                     evidence="", start=0, end=0)]))
    assert bad["parts"]["counts"]["fp"] == 1 and bad["parts"]["counts"]["precision"] == 0.0


def test_counts_match_on_what_and_value_bound_scored_apart():
    gold = make_gold(counts=COUNTS)
    pred = Count(id="C1", article_id="t", what="killed", value=1400, bound="exact", evidence="", start=0, end=0)
    part = score_article(gold, make_result(counts=[pred])).parts["counts"]
    assert part.tp == 1 and part.accuracy("bound") == 0.0


def test_times_match_by_text_occurrences_grouped_value_checked():
    gold = make_gold(times=TIMES)
    preds = [TimeExpression(text="Monday", start=0, end=6, value="2023-10-16"),
             TimeExpression(text="monday", start=50, end=56, value="2023-10-16"),
             TimeExpression(text="October 7", start=0, end=0, value="2023-10-08")]
    part = score_article(gold, make_result(times=preds)).parts["times"]
    assert (part.tp, part.fp, part.fn) == (2, 0, 0)
    assert part.accuracy("value") == 0.5


def test_places_match_by_text_country_checked():
    gold = make_gold(places=PLACES)
    part = score_article(gold, make_result(places=[Place(text="Gaza", start=0, end=0, country="ISR")])).parts["places"]
    assert part.tp == 1 and part.accuracy("country") == 0.0


def test_quote_attribution_is_a_secondary_column():
    gold = make_gold(quotes=QUOTES)
    quote = Quote(id="Q1", article_id="t", text="the conflict could escalate into a regional war", start=0, end=0,
                  speaker_name="Sisi", speaker_code="EGYGOV")
    part = score_article(gold, make_result(quotes=[quote])).parts["quotes"]
    assert part.tp == 1 and part.accuracy("speaker") == 0.0


def test_micro_average_sums_counts_over_articles():
    gold = make_gold(actors=ACTORS[:2])
    perfect = score_article(gold, make_result(actors=[actor("Putin", "RUSGOV"), actor("Sisi", "EGYGOV", ident="A2")]))
    empty = score_article(gold, make_result())
    row = summarise([perfect, empty]).metrics()["parts"]["actors"]
    assert (row["tp"], row["fn"], row["recall"], row["precision"]) == (2, 2, 0.5, 1.0)


def test_chrome_left_in_body_and_title():
    gold = make_gold(title="Putin spoke with Sisi", not_in_body=["Leave a Reply", "Back to top"])
    result = make_result(text=TEXT + "\nLeave a  reply")
    result.article.title = "putin spoke with SISI"
    body = score_article(gold, result).body
    assert (body.chrome_leaked, body.chrome_total, body.title) == (1, 2, True)


def test_reference_body_scored_by_tokens():
    gold = make_gold(body="one two three four")
    metrics = metrics_of(gold, make_result(text="one two three five"))
    assert metrics["parts"]["body"]["precision"] == pytest.approx(0.75)
    assert metrics["parts"]["body"]["recall"] == pytest.approx(0.75)


def test_failed_article_counts_every_required_item_as_missed():
    gold = make_gold(actors=ACTORS, not_in_body=["Leave a Reply"])
    score = score_article(gold, make_result(text=""), error="E200 no article text")
    assert score.parts["actors"].fn == 2
    assert score.body.chrome_leaked == 1
    assert summarise([score]).metrics()["errors"] == {"t": "E200 no article text"}
