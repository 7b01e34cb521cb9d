"""The speaker's name: the subject's noun phrase with what completes it, without appositions."""

from __future__ import annotations

import pytest

from newsevents.model import Article
from newsevents.quotes import extract_quotes


@pytest.mark.parametrize("text, name", [
    ("The Harbour Council for Coastal Safety said the ferries would return in May.",
     "Harbour Council for Coastal Safety"),
    ("A spokeswoman for the port authority said the pier was closed.", "spokeswoman for the port authority"),
    ("Lawyers for the fishermen said the fines were unfair.", "Lawyers for the fishermen"),
    ("Rep. Dana Welk (D-Ore.) said the bill would pass.", "Rep. Dana Welk (D-Ore.)"),
    ("House Speaker Tom Rand, R-Ohio, said the vote would be held.", "House Speaker Tom Rand, R-Ohio"),
    ("Mr. Arno and Ms. Belt said the audit was complete.", "Mr. Arno and Ms. Belt"),
    # after a comma the words describe the speaker: left out
    ("Sen. Omar Velt (R-Tex.), the chairman of the panel, said the vote was set.", "Sen. Omar Velt (R-Tex.)"),
    ("“We will rebuild,” Harbour police Chief Lena Obu said.", "Harbour police Chief Lena Obu"),
    # a phrase of time is no part of the name
    ("Ruiz on Monday said the port would reopen.", "Ruiz"),
])
def test_speaker_name_is_the_whole_noun_phrase(nlp, text, name):
    quotes = extract_quotes(nlp(text), Article(id="t", text=text), [])
    assert [q.speaker_name for q in quotes] == [name]


@pytest.mark.parametrize("text, name", [
    ("Some experts said the dam would hold.", "Some experts"),
    ("Another official said the dam would hold.", "Another official"),
    ("Builders and engineers at the port said the dam would hold.", "Builders and engineers at the port"),
])
def test_quantifiers_and_joined_qualifiers_stay(nlp, text, name):
    quotes = extract_quotes(nlp(text), Article(id="t", text=text), [])
    assert [q.speaker_name for q in quotes] == [name]
