"""The person a speaking pronoun stands for: gender and salience, not the last name seen."""

from __future__ import annotations

import pytest

from newsevents.model import Actor, Article, Mention
from newsevents.quotes import extract_quotes


def _speakers(nlp, text, actors=()):
    doc = nlp(text)
    return [q.speaker_name for q in extract_quotes(doc, Article(id="t", text=text), list(actors))]


@pytest.mark.parametrize("text, triples, exp", [
    # the subject of the last clause is the salient person, not the object named after it
    ("Tom Banda spoke to Peter Mwale at the mine. “We will not close it,” he said.",
     [("Tom Banda", "ZMBGOV", "person"), ("Peter Mwale", "ZMBBUS", "person")], ["Tom Banda"]),
    # a gendered address tells "she" from the man named last
    ("Ms. Ruiz met Tom Banda on Monday. “We will not close the mine,” she said.",
     [("Ruiz", "PERGOV", "person"), ("Tom Banda", "ZMBGOV", "person")], ["Ruiz"]),
    ("Mr. Banda met the spokeswoman Ana Ruiz on Monday. Ruiz left early. “Talks are over,” he said.",
     [("Banda", "ZMBGOV", "person"), ("Ana Ruiz", "PERGOV", "person"), ("Ruiz", "PERGOV", "person")], ["Banda"]),
])
def test_pronoun_speaker_by_gender_and_salience(nlp, make_actors, text, triples, exp):
    assert _speakers(nlp, text, make_actors(text, triples)) == exp


def test_a_person_no_actor_covers_can_be_the_antecedent(nlp, make_actors):
    text = ("The letter mentioned President Ana Ruiz twice. Melanie Hale read it at home and thought it unfair. "
            "“It never crossed my mind,” she said.")
    assert _speakers(nlp, text, make_actors(text, [("Ana Ruiz", "PERGOV", "person")])) == ["Melanie Hale"]


def test_a_pronoun_the_actor_stage_tied_to_someone_of_the_other_gender_is_resolved_again(nlp):
    text = "Ms. Ruiz met Tom Banda on Monday. He left early. “The mine stays open,” she said."
    banda = Actor(id="A1", article_id="t", name="Tom Banda", kind="person", code="ZMBGOV",
                  mentions=[Mention("Tom Banda", 11, 20), Mention("He", 32, 34, "pronoun"),
                            Mention("she", text.index("she"), text.index("she") + 3, "pronoun")])
    ruiz = Actor(id="A2", article_id="t", name="Ana Ruiz", kind="person", code="PERGOV",
                 mentions=[Mention("Ruiz", 4, 8)])
    assert _speakers(nlp, text, [banda, ruiz]) == ["Ana Ruiz"]


def test_a_name_that_is_never_a_subject_is_no_antecedent(nlp, make_actors):
    text = ("Tom Banda spoke about the planned landing on the surface of the Moon. "
            "“The plate is really full today,” he said.")
    assert _speakers(nlp, text, make_actors(text, [("Tom Banda", "USAGOV", "person")])) == ["Tom Banda"]


@pytest.mark.parametrize("text, exp", [
    ("“We will reopen the bridge,” Sen. Ana Ruiz said.", ("Sen. Ana Ruiz", "PERLEG")),
    ("Ana Ruiz, the senator for the north, said the bridge would reopen.", ("Ana Ruiz", "PERLEG")),
])
def test_a_named_speaker_keeps_the_texts_name_and_the_resolved_actor(nlp, make_actors, text, exp):
    actors = make_actors(text, [("Ana Ruiz", "PERLEG", "person")])
    quotes = extract_quotes(nlp(text), Article(id="t", text=text), actors)
    assert [(q.speaker_name, q.speaker_code) for q in quotes] == [exp]


def test_the_speakers_words_never_run_into_the_quote(nlp):
    from newsevents.quotes.names import noun_phrase

    doc = nlp("“The plume held water in vapor form,” lead scientist Ana Ruiz said.")
    name = noun_phrase(next(t for t in doc if t.text == "Ruiz"))
    assert name.endswith("Ana Ruiz") and "”" not in name and "form" not in name
