"""Hand-built articles for the export tests: no NLP, values checked by hand."""

from __future__ import annotations

import pytest

from newsevents.model import Actor
from newsevents.store import Store
from tests.handmade import make_result, result_factory, store

__all__ = ["filled", "result_factory", "store"]


@pytest.fixture
def filled(store: Store) -> Store:
    """Two sites reporting one arrest (one article twice), plus a quote-free article with an actor."""
    from newsevents.aggregate import update
    from newsevents.model import Count, Mention, Quote

    arrest = dict(cameo="173", source_code="KENCOP", source_name="Kenyan police", source_actor="A1",
                  target_code="KENOPP", target_name="protesters", date="2024-10-15", place="Nairobi",
                  place_country="KEN", goldstein=-5.0, quad_class=4, sentence="Police arrested protesters.",
                  sentence_start=0, sentence_end=27, trigger="arrested", trigger_start=7, trigger_end=15,
                  rule="test", confidence=0.9)
    police = Actor(id="A1", article_id="", name="Kenyan police", kind="organization", country="KEN", code="KENCOP",
                   mentions=[Mention("Police", 0, 6)], resolved_by=["test"])
    a = make_result("Police arrested protesters.\tTab, \"quote\", comma\nSecond line.", [arrest, arrest],
                    url="https://www.nation.africa/a", actors=[police])
    a.quotes = [Quote(id="Q1", article_id=a.article.id, text="quote", start=35, end=40)]
    a.counts = [Count(id="C1", article_id=a.article.id, what="arrested", value=40, bound="more_than",
                      evidence="more than 40", start=0, end=10)]
    a.article.notes = ["a note"]
    b = make_result("Kenyan police arrested protesters, a second outlet says.", [arrest], site="The Standard",
                    actors=[Actor(id="A1", article_id="", name="police", kind="organization", code="KENCOP")])
    for res in (a, b):
        store.write_result(res)
    update(store)
    return store
