"""Mixed quotes: quoted words that name or characterise the object of the speaker's verb."""

from __future__ import annotations

import pytest

from newsevents.model import Article
from newsevents.quotes import extract_quotes


def _found(nlp, text):
    doc = nlp(text)
    return [(q.kind, q.speaker_name, q.cue, q.text) for q in extract_quotes(doc, Article(id="t", text=text), [])]


@pytest.mark.parametrize("text, exp", [
    ("Ruiz called half of the council “cowards.”",
     [("indirect", "Ruiz", "called", "half of the council “cowards.”")]),
    # any verb characterising its object through "as"; the date after the quote is not the speaker's
    ("Banda criticised the plan as a “crazy scheme” on Monday.",
     [("indirect", "Banda", "criticised", "the plan as a “crazy scheme”")]),
    # two fragments under one verb make one quote
    ("Banda branded the winner “a cheat” and “a liar” at a rally.",
     [("indirect", "Banda", "branded", "the winner “a cheat” and “a liar”")]),
    # a role, a title or a scare-quoted modifier is no characterisation by the subject
    ("Ruiz served as “special envoy” in 2010.", []),
    ("The army accuses the rebels of ‘unprovoked’ fire near the border.", []),
    # the subject of a passive naming verb is what was named, not who named it
    ("The mayor’s claim was labeled “Mostly True” by the checkers.", []),
    # a naming verb may give a capitalised label: a nickname, not a title of a work
    ("Banda called the old mayor “Big Daddy” at a rally.",
     [("indirect", "Banda", "called", "the old mayor “Big Daddy”")]),
])

def test_mixed_quotes(nlp, text, exp):
    assert _found(nlp, text) == exp


def test_a_mixed_quote_is_not_continued_by_the_next_title(nlp):
    text = "Ruiz called the plan a “crazy scheme” on Monday. Teachers played “We Will Not Go Home” on the steps."
    assert [q.text for q in extract_quotes(nlp(text), Article(id="t", text=text), [])] == ["the plan a “crazy scheme”"]


def test_a_mixed_quote_in_a_report_goes_to_the_reporting_speaker(nlp, make_actors):
    text = "The Foreign Ministry said it viewed the move as “a provocation” by the rebels."
    actors = make_actors(text, [("Foreign Ministry", "RUSGOV", "organization")])
    quotes = extract_quotes(nlp(text), Article(id="t", text=text), actors)
    # the report holds the quoted words with what the ministry said of them
    assert [(q.speaker_code, q.text) for q in quotes] == [
        ("RUSGOV", "it viewed the move as “a provocation” by the rebels")]


@pytest.mark.parametrize("text, exp", [
    ("Ruiz said on Sunday on “Meet the Voters” that the talks would resume.", ["the talks would resume"]),
    ("The choir sang “A Change Is Gonna Come” at the end of the rally.", []),
    ("In his 2002 book, “Make Your Kid a Banker,” Okafor described the loans.", []),
])
def test_a_quoted_title_of_a_work_is_no_quote(nlp, text, exp):
    assert [q.text for q in extract_quotes(nlp(text), Article(id="t", text=text), [])] == exp


@pytest.mark.parametrize("text, exp", [
    # the report's own words lead into the quoted ones: one report, marks kept
    ("The governor said the council was “unhinged, even for them.”", ["the council was “unhinged, even for them.”"]),
    ("The mayor tweeted on Sunday that the plan was “reckless” and “a disgrace.”",
     ["the plan was “reckless” and “a disgrace.”"]),
    # a cue and a comma introduce speech: the quote is direct
    ("Ana Ruiz said, “The river always wins in the end, whatever we build.”",
     ["The river always wins in the end, whatever we build."]),
    # quoted words that run on into the next paragraph are a direct quote, not a report
    ("The mayor said the vote “gives the harbour a future.\n“We will start in May. The cranes are ready.”",
     ["gives the harbour a future.", "We will start in May. The cranes are ready."]),
])
def test_reports_that_lead_into_quoted_words(nlp, text, exp):
    assert [q.text for q in extract_quotes(nlp(text), Article(id="t", text=text), [])] == exp


def test_quoted_words_inside_a_mixed_quote_are_not_repeated(nlp):
    text = 'Ruiz called the mayor a "reckless gambler" who is "utterly careless," a "spendthrift" and a "bully."'
    quotes = extract_quotes(nlp(text), Article(id="t", text=text), [])
    assert [q.text for q in quotes] == [
        'the mayor a "reckless gambler" who is "utterly careless," a "spendthrift" and a "bully."']
