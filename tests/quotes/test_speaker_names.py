"""Who "he said" stands for: the last speaker keeps the floor only while nobody else has been named."""

from __future__ import annotations

from newsevents.model import Article
from newsevents.quotes import extract_quotes


def test_he_said_is_the_person_who_just_spoke(nlp):
    # no actor and nobody else named since the last attribution: the last speaker keeps the floor
    text = ("Tom Hale met the mayor last week. The port will reopen on Friday, Ruiz said in an email. "
            "He said the ferries would run again by spring.")
    quotes = extract_quotes(nlp(text), Article(id="t", text=text), [])
    assert [q.speaker_name for q in quotes] == ["Ruiz", "Ruiz"]


def test_he_said_after_someone_else_is_named_goes_to_the_candidates(nlp):
    text = ("The port will reopen on Friday, Ruiz said in an email. Tom Hale, the harbour master, disagreed. "
            "He said the ferries would not run before spring.")
    quotes = extract_quotes(nlp(text), Article(id="t", text=text), [])
    assert quotes[-1].speaker_name != "Ruiz"
