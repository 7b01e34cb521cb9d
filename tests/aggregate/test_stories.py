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
