"""A place read from a dateline does not keep two outlets' reports of one event apart."""

from __future__ import annotations

from newsevents.aggregate import update
from newsevents.store import Store

CALL = dict(cameo="040", source_code="USAGOV", source_name="the president", target_code="UKRGOV",
            target_name="his counterpart", date="2024-10-15", goldstein=1.0, quad_class=1)


def _report(result_factory, dateline: str, country: str, basis: str, site: str):
    text = f"{dateline} — The president held a call with his counterpart on Tuesday.\n"
    event = {**CALL, "place": dateline.split(",")[0], "place_country": country, "place_basis": basis,
             "sentence": text.strip(), "sentence_start": 0, "sentence_end": len(text) - 1}
    return result_factory(text, [event], site=site)


def test_two_datelines_one_merged_event(store: Store, result_factory) -> None:
    for res in (_report(result_factory, "WASHINGTON (AP)", "USA", "dateline", "wire-a.example"),
                _report(result_factory, "KYIV, Ukraine (Reuters)", "UKR", "dateline", "wire-b.example")):
        store.write_result(res)
    update(store)
    merged = store.query("SELECT num_articles, num_sources FROM merged_events")
    assert merged == [{"num_articles": 2, "num_sources": 2}]


def test_two_places_the_text_gives_stay_apart(store: Store, result_factory) -> None:
    for res in (_report(result_factory, "WASHINGTON (AP)", "USA", "clause", "wire-a.example"),
                _report(result_factory, "KYIV, Ukraine (Reuters)", "UKR", "clause", "wire-b.example")):
        store.write_result(res)
    update(store)
    assert len(store.query("SELECT id FROM merged_events")) == 2
