"""Reports carried by a speech noun with a that-clause: the noun's owner is the speaker."""

from __future__ import annotations

import pytest

from newsevents.model import Article
from newsevents.quotes import extract_quotes


@pytest.mark.parametrize("text, exp", [
    ("Observers seized on Ruiz’s claim that there have been thousands of shootings in the city.",
     [("Ruiz", "there have been thousands of shootings in the city")]),
    ("The mayor is seizing upon a Lagos Times report that Banda had a net loss in 1995.",
     [("Lagos Times", "Banda had a net loss in 1995")]),
    ("The move went ahead despite repeated warnings from his attorney that the hearing was fruitless.",
     [("his attorney", "the hearing was fruitless")]),
    # no owner: who claimed it is unknown; a relative clause is no report
    ("The claim that the vote was rigged spread fast.", []),
    ("The report that he wrote was long.", []),
])
def test_speech_noun_reports(nlp, text, exp):
    quotes = extract_quotes(nlp(text), Article(id="t", text=text), [])
    assert [(q.speaker_name, q.text) for q in quotes] == exp
