"""Counts: the number parser (table + properties), then extraction and attachment through spaCy."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsevents.counts import attach_counts, extract_counts, parse_number
from newsevents.model import Article, Count, Event

UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def spell(n: int) -> str:
    """English words for 1..999999 (the test's own speller, to check the parser against)."""
    if n >= 1000:
        rest = n % 1000
        return f"{spell(n // 1000)} thousand" + (f" {spell(rest)}" if rest else "")
    if n >= 100:
        rest = n % 100
        return f"{UNITS[n // 100]} hundred" + (f" and {spell(rest)}" if rest else "")
    if n >= 20:
        return TENS[n // 10] + (f"-{UNITS[n % 10]}" if n % 10 else "")
    return UNITS[n]


@pytest.mark.parametrize("text, exp", [
    ("3", (3, None)), ("1,400", (1400, None)), ("2,670", (2670, None)), ("13000", (13000, None)),
    ("three", (3, None)), ("Two", (2, None)), ("twenty-five", (25, None)), ("one hundred and twenty", (120, None)),
    ("a hundred", (100, None)), ("three million", (3000000, None)), ("2.5 million", (2500000, None)),
    ("dozens", (12, "more_than")), ("hundreds", (100, "more_than")), ("thousands", (1000, "more_than")),
    ("tens of thousands", (10000, "more_than")), ("several thousand", (1000, "more_than")),
    ("a few thousand", (1000, "more_than")), ("a dozen", (12, "exact")),
    ("half a million", (500000, None)), ("a quarter of a million", (250000, None)), ("half a dozen", (6, None)),
    ("", None), ("people", None), ("hundred", None), ("three people", None),
    ("half", None), ("half of", None), ("half 200", None), ("half a", None), ("half the", None),
])
def test_parse_number(text, exp):
    assert parse_number(text) == exp


@given(st.integers(min_value=0, max_value=10**9))
def test_digits_with_and_without_separators(n):
    assert parse_number(f"{n:,}") == (n, None)
    assert parse_number(str(n)) == (n, None)


@given(st.integers(min_value=1, max_value=999_999))
def test_spelled_numbers(n):
    assert parse_number(spell(n)) == (n, None)


@given(st.text(alphabet="xyz!? ", max_size=12))
def test_non_numbers_are_none(text):
    assert parse_number(text) is None


def _counts(nlp, text):
    doc = nlp(text)
    return [(c.what, c.value, c.bound) for c in extract_counts(doc, Article(id="t", text=text), [], [])]


@pytest.mark.parametrize("text, exp", [
    ("Two United States service members have been killed in a crash.", [("killed", 2, "exact")]),
    ("Three people died in the protests.", [("killed", 3, "exact")]),
    ("At least 12 people were killed on Sunday.", [("killed", 12, "more_than")]),
    ("More than 2,500 Afghan civilians have been killed this year.", [("killed", 2500, "more_than")]),
    ("Nearly 150 people were injured in the blast.", [("wounded", 150, "about")]),
    ("Another 30 people had been injured in the skirmishes.", [("wounded", 30, "exact")]),
    ("Police arrested dozens of protesters.", [("arrested", 12, "more_than")]),
    ("Police detained 40 people overnight.", [("arrested", 40, "exact")]),
    ("The authorities freed three Taliban prisoners.", [("released", 3, "exact")]),
    ("Two hostages were released on Tuesday.", [("released", 2, "exact")]),
    ("Some 5,000 residents were evacuated from the town.", [("evacuated", 5000, "about")]),
    ("About 20,000 people were displaced by the fighting.", [("displaced", 20000, "about")]),
    ("Eight fishermen are missing after the storm.", [("missing", 8, "exact")]),
    ("800 protesters gathered outside parliament.", [("protesters", 800, "exact")]),
    ("The three fatalities occurred at a fuel plant.", [("killed", 3, "exact")]),
    ("3 demonstrators killed in clashes with police.", [("killed", 3, "exact")]),
    ("Fewer than 100 people were wounded.", [("wounded", 100, "less_than")]),
    ("The death toll has exceeded 4,000 people.", [("killed", 4000, "more_than")]),
    ("The death toll rose to 1,400.", [("killed", 1400, "exact")]),
    ("The death toll has reached 1,400 people.", [("killed", 1400, "exact")]),
    ("Hundreds of migrants were deported last month.", [("deported", 100, "more_than")]),
    ("Nearly half a million villagers have been displaced since March.", [("displaced", 500000, "about")]),
    ("Half of the villagers were evacuated.", []),
    # a crowd counted by the gathering it joined, attended or registered for
    ("More than 9,000 nurses joined the rally outside the hospital.", [("protesters", 9000, "more_than")]),
    ("Some 600 farmers attended the protest in the capital.", [("protesters", 600, "about")]),
    ("About 1,500 dockers took part in the strike on Monday.", [("protesters", 1500, "about")]),
    ("Nearly 4,000 people registered for the march.", [("protesters", 4000, "about")]),
    ("More than 9,000 people registered for the conference.", []),
    ("Some 600 mourners attended the funeral.", []),
    ("Some 600 residents gathered in the square.", []),
    ("More than 9,000 supporters attended the campaign rally.", []),
    ("More than 9,000 people attended an election rally in Ohio.", []),
    # a part of a group described by a participle after the whole
    ("Summonses went out to 60 people, with 21 of those being detained.", [("arrested", 21, "exact")]),
    ("Summonses went out to 60 people, with 21 of those being questioned.", []),
    # people nouns that no suffix marks
    ("The last nine missionaries have been freed.", [("released", 9, "exact")]),
    ("Four diplomats were expelled last week.", [("deported", 4, "exact")]),
    ("The last nine crates have been freed from customs.", []),
    # the people of a coordination are counted together, at the first numbered part
    ("Two fishermen and a boy were killed by the blast.", [("killed", 3, "exact")]),
    ("Four soldiers and two civilians were wounded in the ambush.", [("wounded", 6, "exact")]),
    ("A nurse and three patients were wounded in the ambush.", [("wounded", 4, "exact")]),
    ("Gunmen abducted two engineers and their driver.", [("kidnapped", 3, "exact")]),
    # a part left uncounted leaves the whole unknown: no count
    ("Two fishermen and several villagers were killed by the blast.", []),
    ("Two fishermen and villagers were killed by the blast.", []),
    # control: no coordination of people
    ("Two fishermen were killed and a boat sank.", [("killed", 2, "exact")]),
    ("The Taliban released two videos of them.", []),
    ("He owns three rifles and two shotguns.", []),
    ("The budget grew by 2.5% in 2019.", []),
    ("Carlineo faces a maximum of 10 years in prison.", []),
])
def test_extract_counts(nlp, text, exp):
    assert _counts(nlp, text) == exp


@pytest.mark.parametrize("text, exp", [
    ("More than 2,500 Afghan civilians have been killed.", "AFG"),
    ("On the Israeli side it has reached 1,400 people, the death toll said.", None),
    ("Dozens of Palestinians were killed.", "PSE"),
])
def test_about_country_from_the_people_counted(nlp, text, exp):
    doc = nlp(text)
    counts = extract_counts(doc, Article(id="t", text=text), [], [])
    if exp is None:
        assert all(c.about_country in (None, "ISR") for c in counts)
    else:
        assert counts and counts[0].about_country == exp


def test_example_article_death_tolls(nlp, example_article_text):
    doc = nlp(example_article_text)
    counts = extract_counts(doc, Article(id="ex", text=example_article_text, published="2023-10-16"), [], [])
    found = {(c.what, c.value, c.bound, c.about_country) for c in counts}
    assert ("killed", 4000, "more_than", None) in found
    assert ("killed", 1400, "exact", "ISR") in found
    assert ("killed", 2670, "more_than", "PSE") in found


def test_attach_counts_picks_the_event_of_the_same_sentence():
    counts = [Count(id="C1", article_id="a", what="killed", value=3, bound="exact", evidence="", start=15, end=16)]
    events = [Event(id="E1", article_id="a", cameo="190", sentence_start=0, sentence_end=40, trigger_start=20),
              Event(id="E2", article_id="a", cameo="190", sentence_start=0, sentence_end=40, trigger_start=2),
              Event(id="E3", article_id="a", cameo="190", sentence_start=41, sentence_end=80, trigger_start=50)]
    attach_counts(counts, events)
    assert counts[0].event_id == "E1"


def test_attach_counts_leaves_counts_without_an_event_alone():
    counts = [Count(id="C1", article_id="a", what="killed", value=3, bound="exact", evidence="", start=90, end=91)]
    attach_counts(counts, [Event(id="E1", article_id="a", cameo="190", sentence_start=0, sentence_end=40)])
    assert counts[0].event_id is None


@pytest.mark.parametrize("text, exp", [
    # NER tags "10 million" as MONEY at times: a figure running into people is a count all the same
    ("The war has displaced more than 10 million people.", [("displaced", 10_000_000, "more_than")]),
    ("The ministry spent $2 million on shelters for the displaced.", []),
    ("Two United States service members have been killed in a helicopter crash in Afghanistan.",
     [("killed", 2, "exact")]),
    ("Turnout fell by 40 percent as 3 people were injured.", [("wounded", 3, "exact")]),
    ("The attack lasted 40 minutes.", []),
    ("The offensive forced more than 3,000 villagers to flee.", [("displaced", 3000, "more_than")]),
])
def test_counts_through_ner_and_control_verbs(nlp, text, exp):
    assert _counts(nlp, text) == exp


def test_a_headline_and_its_lead_give_one_count_with_the_bound_of_the_body(nlp):
    # (the headline ends with a full stop here: spaCy would otherwise run it into the lead's sentence)
    text = "Five miners killed in collapse.\n\nAt least five miners were killed when a tunnel collapsed."
    found = extract_counts(nlp(text), Article(id="t", text=text, title="Five miners killed in collapse."), [], [])
    assert [(c.what, c.value, c.bound, c.id) for c in found] == [("killed", 5, "more_than", "C1")]
    assert found[0].start > text.index("\n")


@pytest.mark.parametrize("text, exp", [
    # a figure of another event is a count of its own; the same figure restated is one count
    ("Three farmers were wounded in a raid on Monday. Three nurses were wounded in a separate raid.",
     [("wounded", 3), ("wounded", 3)]),
    ("Three farmers were wounded in a raid on Monday. Three nurses were wounded in another attack.",
     [("wounded", 3), ("wounded", 3)]),
    ("Three farmers were wounded in a raid on Monday. The three farmers were wounded by shrapnel.",
     [("wounded", 3)]),
    # plural "separate raids" sums the events up, as a headline does: the same figure restated
    ("Three farmers were wounded on Monday. Police said three farmers were wounded in separate raids.",
     [("wounded", 3)]),
])
def test_a_figure_of_another_event_is_its_own_count(nlp, text, exp):
    assert [(w, v) for w, v, _ in _counts(nlp, text)] == exp


def _statuses(nlp, text, published="2019-11-20"):
    from newsevents.times import extract_times

    doc = nlp(text)
    article = Article(id="t", text=text, published=published)
    return [(c.what, c.value, c.status, c.date)
            for c in extract_counts(doc, article, [], [], extract_times(doc, article))]


@pytest.mark.parametrize("text, exp", [
    # current figures carry the date of their clause; without one, their event's or the publication
    # day is filled in later (periods.fill_result_periods, tested below through the pipeline)
    ("At least 12 people were killed on Sunday.", [("killed", 12, "current", "2019-11-17")]),
    ("Troops killed 14 militants.", [("killed", 14, "current", None)]),
    ("More than 2,500 civilians were killed last year.", [("killed", 2500, "current", "2018")]),
    ("Since 2001, more than 40 people have been killed in such attacks.", [("killed", 40, "current", None)]),
    # hedged, conditional, threatened or future: not reported as having happened
    ("Up to 300 people may have perished in the flood, officials said.", [("killed", 300, "hypothetical", None)]),
    ("The storm could displace 20,000 residents.", [("displaced", 20000, "hypothetical", None)]),
    ("Rebels threatened to kill 40 hostages.", [("killed", 40, "hypothetical", None)]),
    ("If the dam fails, thousands would be evacuated.", [("evacuated", 1000, "hypothetical", None)]),
    ("The death toll could rise to 1,000.", [("killed", 1000, "hypothetical", None)]),
    # dated years back, or in a past century
    ("In 1994, some 800,000 people were killed in the genocide.", [("killed", 800000, "historical", "1994")]),
    ("The plague killed an estimated 50 million people in the 14th century.",
     [("killed", 50_000_000, "historical", None)]),
    ("Centuries ago, 100 million people died of the disease.", [("killed", 100_000_000, "historical", None)]),
    ("Police arrested 40 protesters five years ago.", [("arrested", 40, "historical", "2014")]),
    ("The attack, the worst this century, killed 30 people.", [("killed", 30, "current", None)]),
    # the time of the words the count's clause hangs on, up to a reported or relative clause
    ("The disease was feared across Asia during the thirteenth century, causing more than 20 million deaths.",
     [("killed", 20_000_000, "historical", None)]),
    ("From 2011 to 2016 the agency recorded 1,200 infections, including 310 deaths.",
     [("killed", 310, "historical", "2016")]),
    ("In 1994, the militia began a campaign, killing 800,000 people.", [("killed", 800000, "historical", "1994")]),
    ("In 1994 he founded a group that says 30 members were killed.", [("killed", 30, "current", None)]),
    ("Officials said in 2012 that 12 people were killed on Sunday.", [("killed", 12, "current", "2019-11-17")]),
    ("The worst storm of the twenty-first century killed 40 people.", [("killed", 40, "current", None)]),
])
def test_count_status_and_date(nlp, text, exp):
    assert _statuses(nlp, text) == exp


def test_a_current_count_without_a_time_is_dated_by_the_publication_day(nlp):
    from newsevents.pipeline import process_text

    result = process_text("Troops killed 14 militants.", published="2019-11-20")
    assert [(c.status, c.date, c.date_precision) for c in result.counts] == [("current", "2019-11-20", "day")]
    result = process_text("Troops killed 14 militants.", published=None)
    assert [(c.status, c.date) for c in result.counts] == [("current", None)]


def test_a_flagged_count_is_not_dated_by_its_event_or_the_publication_day(nlp):
    from newsevents.pipeline import process_text

    text = "Centuries ago, 100 million people died of the disease. Troops killed 14 militants on Monday."
    result = process_text(text, published="2019-11-20")
    found = {c.value: (c.status, c.date, c.date_start) for c in result.counts}
    assert found[100_000_000] == ("historical", None, None)
    assert found[14] == ("current", "2019-11-18", "2019-11-18")


def test_largest_counts_of_a_database_are_current_figures(tmp_path):
    from newsevents.store import Store
    from newsevents.store.queries import summary
    from tests.handmade import make_result

    result = make_result("Troops killed 14 militants. Centuries ago, 100 million people died.", [])
    result.counts = [Count(id="C1", article_id=result.article.id, what="killed", value=14, bound="exact",
                           evidence="Troops killed 14 militants.", start=13, end=15),
                     Count(id="C2", article_id=result.article.id, what="killed", value=100_000_000, bound="exact",
                           evidence="Centuries ago, 100 million people died.", start=43, end=54, status="historical")]
    with Store(tmp_path / "t.db") as store:
        store.write_result(result)
        assert [c["value"] for c in summary(store)["counts"]] == [14]

