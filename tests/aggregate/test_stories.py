"""Stories across outlets: the same event reported in different words is one merged event and one story."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.aggregate import update
from newsevents.aggregate.dedup import signature, similarity
from newsevents.model import RawDocument
from newsevents.store import Store

DATA = Path(__file__).resolve().parent / "data"
SIGN = dict(cameo="057", source_code="CHLGOV", target_code="NORGOV", date="2024-03-05", rule="t")


def _story(store: Store, article_id: str) -> str:
    return store.conn.execute("SELECT story_id FROM articles WHERE id = ?", (article_id,)).fetchone()[0]


@pytest.mark.slow
def test_two_outlets_reporting_one_signing_in_their_own_words(store: Store) -> None:
    from newsevents.pipeline import process

    texts = {site: (DATA / f"fisheries-pact-{name}.txt").read_text(encoding="utf-8")
             for site, name in (("Fjord Daily", "fjord-daily"), ("Andes Wire", "andes-wire"))}
    assert similarity(*(signature(t) for t in texts.values())) < 0.2  # not near-copies: shingles alone miss them
    ids = []
    for site, text in texts.items():
        result = process(RawDocument(source=site, content=text, site=site, published="2024-03-06"))
        store.write_result(result)
        ids.append(result.article.id)
    update(store)
    shared = store.query("SELECT * FROM merged_events WHERE num_articles = 2")
    assert len(shared) == 1
    assert (shared[0]["cameo"], shared[0]["num_sources"], shared[0]["num_stories"]) == ("057", 2, 1)
    assert {shared[0]["source_code"], shared[0]["target_code"]} == {"CHLGOV", "NORGOV"}
    assert _story(store, ids[0]) == _story(store, ids[1]) == ids[0]
    assert store.query("SELECT n_articles, n_sites FROM stories") == [{"n_articles": 2, "n_sites": 2}]


def _lead(sentence: str) -> str:
    return sentence + " " + "More words follow here so that the lead paragraph is long enough."


def test_a_shared_lead_event_joins_the_stories(store: Store, result_factory) -> None:
    a = result_factory(_lead("Chile signed a pact with Norway."), [dict(SIGN, sentence_start=0)], site="A")
    b = result_factory("Short headline\n" + _lead("The pact was signed."), [dict(SIGN, sentence_start=15)],
                       site="B")
    for res in (a, b):
        store.write_result(res)
    update(store)
    assert _story(store, b.article.id) == a.article.id
    [merged] = store.query("SELECT num_stories, num_articles FROM merged_events")
    assert merged == {"num_stories": 1, "num_articles": 2}


@pytest.mark.parametrize("change", [
    {"cameo": "010"},  # a statement: shared by unrelated articles every day
    {"target_code": "CHLGOV"},  # an actor with itself
    {"target_code": None},  # only one side known
])
def test_generic_or_vague_shared_events_do_not_join(store: Store, result_factory, change: dict) -> None:
    event = dict(SIGN, **change)
    a = result_factory(_lead("Chile spoke about the pact with Norway."), [event], site="A")
    b = result_factory(_lead("Officials in Santiago talked of a fishing pact."), [event], site="B")
    for res in (a, b):
        store.write_result(res)
    update(store)
    assert _story(store, b.article.id) == b.article.id


def test_a_shared_background_event_does_not_join(store: Store, result_factory) -> None:
    results = []
    for lead in ("Flooding closed three highways around the southern port city today.",
                 "The central bank kept interest rates unchanged for a fourth month running."):
        text = "Headline\n" + _lead(lead) + "\nEarlier, Chile signed a pact with Norway."
        results.append(result_factory(text, [dict(SIGN, sentence_start=len(text) - 10)], site=lead[:5]))
    for res in results:
        store.write_result(res)
    update(store)
    assert _story(store, results[1].article.id) == results[1].article.id


def _report(result_factory, title: str, body: str, site: str, published: str = "2024-05-02",
            person: str | None = "Mara Velde"):
    from newsevents.model import Actor

    actors = [Actor(id="A1", article_id="", name=person, kind="person")] if person else []
    return result_factory(f"{title}\n{body}", [], site=site, published=published, actors=actors)


HEADLINE_A = "Appeals court frees jailed activist Mara Velde"
HEADLINE_B = "Activist Mara Velde freed after appeal, her lawyers say"
BODY_A = "The court ruled on Thursday that the detention had no legal basis, and she walked out of prison."
BODY_B = "Judges found her arrest unlawful. Supporters gathered outside the prison gates to greet her."


@pytest.mark.parametrize("published_b, person_b, joined", [
    ("2024-05-02", "Mara Velde", True),
    ("2024-05-03T09:30:00Z", "Mara Velde", True),  # a day later
    ("2024-05-06", "Mara Velde", False),  # four days later: another story
    ("2024-05-02", None, False),  # no specific actor in common
    ("2024-05-02", "Jon Arno", False),
])
def test_close_headlines_of_one_day_with_a_shared_person_join(store: Store, result_factory, published_b: str,
                                                              person_b: str | None, joined: bool) -> None:
    a = _report(result_factory, HEADLINE_A, BODY_A, "A")
    b = _report(result_factory, HEADLINE_B, BODY_B, "B", published=published_b, person=person_b)
    for res in (a, b):
        store.write_result(res)
    update(store)
    assert (_story(store, b.article.id) == a.article.id) is joined


def test_two_shared_headline_words_of_a_long_headline_are_a_topic(store: Store, result_factory) -> None:
    a = _report(result_factory, "Harbour strike in Port Velde enters its third week as talks stall", BODY_A, "A")
    b = _report(result_factory, "Port Velde mayor opens new library in restored customs house", BODY_B, "B")
    for res in (a, b):
        store.write_result(res)
    update(store)
    assert _story(store, b.article.id) == b.article.id


def test_title_words() -> None:
    from newsevents.aggregate.stories import title_words

    assert title_words("Sweden's court is investigating the U.N. envoy") == {"swede", "court", "inves", "envoy"}
    assert title_words("") == set()
