"""Merged events across articles: counts checked by hand on small hand-built articles."""

from __future__ import annotations

import pytest

from newsevents.aggregate import update
from newsevents.aggregate.merge import PlaceSig, lead_end, site_of
from newsevents.model import Actor
from newsevents.store import Store

LEAD = "Headline\n\nKenyan police arrested dozens of protesters in Nairobi on Tuesday, officials said.\n\n"
ARREST = dict(cameo="173", source_code="KENCOP", source_name="police", target_code="KENOPP",
              target_name="protesters", date="2024-10-15", place="Nairobi", place_country="KEN",
              goldstein=-5.0, quad_class=4)
MEET = dict(cameo="036", source_code="COD", target_code="RWA", date="2024-10-15")


def _merged(store: Store) -> list[dict]:
    return store.query("SELECT * FROM merged_events ORDER BY id")


def _events_at(text: str, needle: str, fields: dict, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    end = text.index("\n", start) if "\n" in text[start:] else len(text)
    return {**fields, "sentence": text[start:end], "sentence_start": start, "sentence_end": end}


def test_counts_across_three_articles_two_sites(store: Store, result_factory) -> None:
    # a: two mentions of the arrest (lead + later), site A; b: one mention, site A; c: one, site B.
    text_a = LEAD + "Later the police arrested more protesters, witnesses said.\n"
    a = result_factory(text_a, [_events_at(text_a, "Kenyan police", ARREST), _events_at(text_a, "Later", ARREST)],
                       site="nation.africa")
    text_b = "Police detain protesters\n\nA different report: police arrested protesters near parliament.\n"
    b = result_factory(text_b, [_events_at(text_b, "A different", ARREST)], url="https://www.nation.africa/x")
    text_c = "Arrests in Nairobi\n\nAnother outlet says police arrested protesters in the capital.\n"
    c = result_factory(text_c, [_events_at(text_c, "Another", ARREST)], site="The Standard")
    for res in (a, b, c):
        store.write_result(res)
    assert update(store) == 3
    [merged] = _merged(store)
    # hand count: 4 mentions (2 + 1 + 1), 3 articles, 2 outlets (nation.africa twice, the standard)
    assert (merged["num_mentions"], merged["num_articles"], merged["num_sources"]) == (4, 3, 2)
    assert merged["is_root"] == 1 and merged["first_article_id"] == a.article.id
    links = store.query("SELECT article_id, event_id, sentence FROM merged_event_links ORDER BY rowid")
    assert [(r["article_id"], r["event_id"]) for r in links] == [
        (a.article.id, "E1"), (a.article.id, "E2"), (b.article.id, "E1"), (c.article.id, "E1")]
    assert links[0]["sentence"].startswith("Kenyan police arrested")


def test_incremental_update_recounts_only_on_arrival(store: Store, result_factory) -> None:
    store.write_result(result_factory("one report\n", [ARREST], site="x.com"))
    update(store)
    assert _merged(store)[0]["num_articles"] == 1
    store.write_result(result_factory("two report\n", [ARREST], site="y.com"))
    assert update(store) == 1 and update(store) == 0
    [merged] = _merged(store)
    assert (merged["num_mentions"], merged["num_articles"], merged["num_sources"]) == (2, 2, 2)


@pytest.mark.parametrize("other, merged_rows", [
    ({}, 1),                                            # identical
    ({"date": "2024-10-16"}, 2),                        # another day
    ({"cameo": "172"}, 2),                              # another code
    ({"target_code": "KENREB"}, 2),                     # another target
    ({"source_code": "KENMIL"}, 2),                     # another source
    ({"mode": "deny"}, 2),                              # a denied arrest is not an arrest
    ({"place": "Mombasa"}, 2),                          # another city, same country
    ({"place_country": "UGA", "place": None}, 2),       # another country
    ({"place": None, "place_country": None}, 1),        # unknown place is compatible
    ({"place": "nairobi"}, 1),                          # case does not matter
])
def test_what_merges(store: Store, result_factory, other: dict, merged_rows: int) -> None:
    store.write_result(result_factory("first\n", [ARREST]))
    store.write_result(result_factory("second\n", [{**ARREST, **other}]))
    update(store)
    assert len(_merged(store)) == merged_rows


def test_article_date_stands_in_and_undated_never_merge(store: Store, result_factory) -> None:
    undated = {**MEET, "date": None}
    store.write_result(result_factory("a\n", [undated], published="2024-10-15"))
    store.write_result(result_factory("b\n", [MEET]))
    store.write_result(result_factory("c\n", [undated], published=None))
    store.write_result(result_factory("d\n", [undated], published=None))
    update(store)
    rows = _merged(store)
    assert [r["num_articles"] for r in rows] == [2, 1, 1]
    assert rows[0]["date"] == "2024-10-15" and rows[1]["date"] is None


def test_unknown_place_filled_and_actor_details(store: Store, result_factory) -> None:
    no_place = {**ARREST, "place": None, "place_country": None, "source_actor": "A1"}
    police = Actor(id="A1", article_id="", name="Kenyan police", kind="organization", role="COP", country="KEN",
                   code="KENCOP")
    store.write_result(result_factory("first\n", [no_place], actors=[police]))
    store.write_result(result_factory("second\n", [ARREST]))
    update(store)
    [merged] = _merged(store)
    assert (merged["place"], merged["place_country"]) == ("Nairobi", "KEN")
    assert (merged["source_country"], merged["source_role"]) == ("KEN", "COP")


def test_duplicate_article_adds_nothing(store: Store, result_factory) -> None:
    res = result_factory("same text\n", [ARREST])
    store.write_result(res)
    store.write_result(res)
    update(store)
    assert _merged(store)[0]["num_mentions"] == 1


@pytest.mark.parametrize("site, url, exp", [
    ("Reuters", None, "reuters"), (None, "https://www.bbc.co.uk/news/1", "bbc.co.uk"), (None, None, None),
])
def test_site_of(site, url, exp) -> None:
    assert site_of(site, url) == exp


def test_place_compatibility() -> None:
    assert PlaceSig("KEN", None).compatible(PlaceSig("KEN", "nairobi"))
    assert not PlaceSig("KEN", "mombasa").compatible(PlaceSig(None, "nairobi"))
    assert PlaceSig(None, None).agreement(PlaceSig("KEN", "x")) == 0


def test_lead_end_skips_headline_and_dateline() -> None:
    assert LEAD[:lead_end(LEAD)].endswith("officials said.")
    assert lead_end("short\nlines only") == 0
