"""The article topic check (events/domain.py), the sense rules (events/senses.py), the agentless
passive's place rule (events/passives.py) and the confidence factors (events/confidence.py).

Texts are written for these tests; none is taken from a gold or benchmark article.
"""

from __future__ import annotations

import pytest

from newsevents.errors import KnowledgeBaseError
from newsevents.events import code_events
from newsevents.events.domain import parse_domains, topic, url_sections
from newsevents.events.senses import SCORE, parse_senses
from newsevents.model import Article, Place

from .helpers import make_actors, make_article

MATCH_REPORT = (
    "Portugal beat Spain 2-1 in the final of the tournament on Sunday. The striker scored two goals in the "
    "second half, and the coach praised the squad after the match. The team won its third title of the season, "
    "and the goalkeeper saved a penalty. Fans filled the stadium before the game, and the league said the "
    "championship draw will be held next month. The players celebrated the victory with their fans."
)
POLITICAL_REPORT = (
    "Portugal's president met Spain's prime minister in Madrid on Sunday to discuss the border dispute. "
    "The government said the talks were frank. Police arrested protesters outside the ministry, and the "
    "opposition condemned the arrests. Officials said the two governments would sign a treaty on the river. "
    "The president also praised the national football team for its win in the final."
)


def _events(nlp, text: str, pairs: list[tuple[str, str]], url: str | None = None,
            places: list[Place] | None = None):
    doc = nlp(text)
    article = Article(id="t", text=text, url=url, published="2024-03-05")
    return code_events(doc, article, make_actors(text, pairs), [], places or [])


def test_url_sections_skip_the_slug():
    assert url_sections("https://example.com/sport/football/portugal-beat-spain") == ["sport", "football"]
    assert "science" in url_sections("https://example.com/science-and-health/2019/11/8/slug")
    assert url_sections("https://example.com/world-news-story") == []
    assert url_sections(None) == []


def test_sports_text_is_sports_and_codes_nothing(nlp):
    found = topic(nlp(MATCH_REPORT), Article(id="t", text=MATCH_REPORT))
    assert found.domain is not None and found.domain.name == "sports"
    assert _events(nlp, MATCH_REPORT, [("Portugal", "PRT"), ("Spain", "ESP")]) == []


def test_political_text_that_mentions_a_match_is_news(nlp):
    found = topic(nlp(POLITICAL_REPORT), Article(id="t", text=POLITICAL_REPORT))
    assert found.domain is None, found.reason
    events = _events(nlp, POLITICAL_REPORT, [("Portugal's president", "PRTGOV"), ("Spain's prime minister", "ESPGOV")])
    assert any(e.cameo.startswith("04") for e in events)


def test_url_section_decides_the_domain(nlp):
    text = "Russia's team attacked Croatia's defence in the second set."
    pairs = [("Russia", "RUS"), ("Croatia", "HRV")]
    assert _events(nlp, text, pairs, url="https://example.com/tennis/davis-cup/report") == []
    found = topic(nlp(text), Article(id="t", text=text, url="https://example.com/business/markets/rally-story"))
    assert found.domain is not None and found.domain.name == "business"
    assert found.suppresses("190") and not found.suppresses("163")


def test_domain_thresholds_are_data():
    cfg = parse_domains({"thresholds": {"min_hits": 1, "min_per_1000": 0, "over_politics": 0},
                         "domains": {"cooking": {"words": ["recipe"], "suppress": ["18"]}}})
    assert cfg.min_hits == 1 and cfg.domains[0].suppress == ("18",)


@pytest.mark.parametrize("text, score", [("won 6-0 on Sunday", True), ("a 2–1 win", True),
                                         ("the 2019-20 budget", False), ("on 11-12-2019", False),
                                         ("at 10:30-11:00", False)])
def test_score_pattern(text, score):
    assert bool(SCORE.search(text)) is score


def test_sense_rules_need_a_condition_and_known_classes():
    with pytest.raises(KnowledgeBaseError):
        parse_senses({"rules": [{"lemmas": ["beat"], "codes": ["18"]}]})
    with pytest.raises(KnowledgeBaseError):
        parse_senses({"rules": [{"lemmas": ["beat"], "object_in": "@nowhere"}]})
    rules = parse_senses({"classes": {"things": ["cake"]}, "rules": [{"lemmas": ["beat"], "object_in": "@things"}]})
    assert rules[0].object_in == frozenset({"cake"})


def test_sense_block_is_explained(nlp):
    from newsevents.events import explain

    text = "Brazil beat Argentina 3-1 on Sunday."
    doc = nlp(text)
    report = explain(doc, make_article(text), make_actors(text, [("Brazil", "BRA"), ("Argentina", "ARG")]))
    attempts = report["sentences"][0]["attempts"]
    assert any(a["outcome"] == "blocked" and "other sense" in a["reason"] for a in attempts)


def test_agentless_passive_in_the_targets_country_takes_its_authorities(nlp):
    text = "The blogger was arrested in Cairo on Monday."
    start = text.index("Cairo")
    places = [Place("Cairo", start, start + 5, country="EGY", kind="city", article_id="t")]
    events = _events(nlp, text, [("blogger", "EGYMED")], places=places)
    assert [(e.source_code, e.cameo[:3], e.target_code, e.source_actor) for e in events] == [
        ("EGYCOP", "173", "EGYMED", None)]


def test_agentless_passive_abroad_keeps_a_null_source(nlp):
    text = "The blogger was arrested in Paris on Monday."
    start = text.index("Paris")
    places = [Place("Paris", start, start + 5, country="FRA", kind="city", article_id="t")]
    events = _events(nlp, text, [("blogger", "EGYMED")], places=places)
    assert [(e.source_code, e.target_code) for e in events] == [(None, "EGYMED")]
    assert events[0].confidence < 0.5


def test_confidence_orders_the_evidence(nlp):
    """Both sides named beats one side missing beats no source; a reported, long sentence costs."""
    both = _events(nlp, "Police arrested the blogger.", [("Police", "EGYCOP"), ("blogger", "EGYMED")])
    one = _events(nlp, "Police arrested three men.", [("Police", "EGYCOP")])
    none = _events(nlp, "The blogger was arrested.", [("blogger", "EGYMED")])
    assert both[0].confidence > one[0].confidence > none[0].confidence
    assert both[0].confidence >= 0.8 and none[0].confidence < 0.5
    reported = _events(nlp, "The lawyer said police arrested the blogger.",
                       [("Police", "EGYCOP"), ("police", "EGYCOP"), ("blogger", "EGYMED")])
    assert reported[0].confidence < both[0].confidence


def test_agentless_event_noun_needs_a_rule_for_its_source(nlp):
    text = "The detention of the blogger in Cairo drew criticism."
    start = text.index("Cairo")
    places = [Place("Cairo", start, start + 5, country="EGY", kind="city", article_id="t")]
    events = _events(nlp, text, [("blogger", "EGYMED")], places=places)
    assert [(e.source_code, e.cameo[:3], e.target_code) for e in events] == [("EGYCOP", "173", "EGYMED")]
    assert _events(nlp, "The detention of the blogger drew criticism.", [("blogger", "EGYMED")]) == []


@pytest.mark.parametrize("text, trigger, code, other", [
    ("Riot police beat the crowd with batons.", "beat", "182", False),
    ("Brazil beat Argentina 3-1 on Sunday.", "beat", "182", True),
    ("Japan beat the Australian team in the semifinal.", "beat", "182", True),
    ("Stocks rallied after the announcement.", "rallied", "140", True),
    ("Thousands rallied against the new law.", "rallied", "140", False),
    ("The governor attacked the mayor's plan.", "attacked", "190", True),
    ("Militants attacked the army base.", "attacked", "190", False),
])
def test_other_sense_by_word(nlp, text, trigger, code, other):
    from newsevents.events.senses import other_sense

    tok = next(t for t in nlp(text) if t.text == trigger)
    rule, _ = other_sense(tok, code)
    assert (rule is not None) is other, rule
