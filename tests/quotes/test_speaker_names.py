"""Who spoke: "he said" keeps the last speaker only while nobody else has been named; "by saying ..." is said by
the subject of the verb the preposition hangs on."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize("text, speaker", [
    ("The mayor answered a question from a farmer by saying the levy was a temporary measure.", "mayor"),
    ("Ruiz, a former judge, appeared on the radio and began by saying he would never sign the bill.", "Ruiz"),
    ("The governor refuses to discuss candidates, aside from saying he wants a younger cabinet.", "governor"),
    # the one thanked for saying it said it
    ("The council thanked Ruiz for saying the port would stay open.", "Ruiz"),
])
def test_saying_after_a_preposition_takes_the_governing_verbs_subject(nlp, text, speaker):
    quotes = extract_quotes(nlp(text), Article(id="t", text=text), [])
    assert [q.speaker_name for q in quotes] == [speaker]


@pytest.mark.parametrize("text, person", [
    ("Harbour Police Chief Lena Obu said the pier was safe. The ferries will run on Monday, the chief said.",
     "Lena Obu"),
    ("Ana Ruiz, the spokeswoman, declined to comment at first. The talks will resume, the spokeswoman said later.",
     "Ana Ruiz"),
])
def test_the_title_repeated_is_the_person_named_with_it(nlp, make_actors, text, person):
    actors = make_actors(text, [(person, "USAGOV", "person"), ("Tom Hale", "USAGOV", "person")])
    quotes = extract_quotes(nlp(text), Article(id="t", text=text), actors)
    assert quotes[-1].speaker_actor == "A1"
    assert quotes[-1].speaker_name in ("chief", "spokeswoman")  # the text's words; the actor carries who


def test_a_title_nobody_was_named_with_stays_unresolved(nlp, make_actors):
    text = "Lena Obu said the pier was safe. The ferries will run on Monday, the chief said."
    actors = make_actors(text, [("Lena Obu", "USAGOV", "person")])
    quotes = extract_quotes(nlp(text), Article(id="t", text=text), actors)
    assert quotes[-1].speaker_actor is None


@pytest.mark.parametrize("text", [
    "PORTVILLE - Harbour Minister Tom Hale said it is best to wait.",
    "PORTVILLE : Harbour Minister Tom Hale said it is best to seek clarifications from the neighbours.",
])
def test_a_dateline_is_not_the_speaker(nlp, text):
    quotes = extract_quotes(nlp(text), Article(id="t", text=text), [])
    assert [q.speaker_name for q in quotes] == ["Harbour Minister Tom Hale"]
