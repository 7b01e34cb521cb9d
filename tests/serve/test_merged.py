"""Counted once: /api/merged, the merged/mentions unit of the aggregates, facets and count status.

The database is :func:`conftest.build_merged_db`: two outlets report the same 2024-01-01 call (two
events each, differently sourced articles), so those reports are two mentions and one merged event.
"""

from __future__ import annotations

from .conftest import TestClient


def _actors(client: TestClient, unit: str) -> dict[str, int]:
    body = client.get("/api/aggregates/top-actors", params={"limit": 50, "unit": unit}).json()
    assert body["unit"] == unit
    return {a["actor"]: a["events"] for a in body["actors"]}


def test_merged_lists_one_row_per_real_event(merged_client: TestClient) -> None:
    mentions = merged_client.get("/api/events", params={"since": "2024-01-01", "until": "2024-01-01"}).json()
    merged = merged_client.get("/api/merged", params={"since": "2024-01-01", "until": "2024-01-01"}).json()
    assert mentions["total"] == 4 and merged["total"] == 2
    call = next(m for m in merged["items"] if m["cameo"] == "040")
    assert (call["num_mentions"], call["num_articles"], call["num_sources"]) == (2, 2, 2)
    detail = merged_client.get(f"/api/merged/{call['id']}").json()
    assert {r["site"] for r in detail["reports"]} == {"news.example", "other.example"}
    assert merged_client.get("/api/merged/99999").status_code == 404


def test_merged_takes_the_event_filters(merged_client: TestClient) -> None:
    for params in ({"actor": "rus"}, {"cameo": "19"}, {"pair": "RUS,TUR"}, {"plover": "accuse"},
                   {"name": "Vladimir Putin", "role": "source"}, {"country": "NGA"}, {"since": "2024-01-03"}):
        events = merged_client.get("/api/events", params={**params, "limit": 1000}).json()["items"]
        merged = merged_client.get("/api/merged", params={**params, "limit": 1000}).json()
        keys = {(e["source_code"], e["target_code"], e["cameo"], e["date"]) for e in events}
        assert merged["total"] == len(keys), params
    assert merged_client.get("/api/merged", params={"min_articles": 2}).json()["total"] == 2
    assert merged_client.get("/api/merged", params={"since": "yesterday"}).status_code == 400


def test_aggregates_count_merged_events_by_default(merged_client: TestClient) -> None:
    merged, mentions = _actors(merged_client, "merged"), _actors(merged_client, "mentions")
    assert merged["Recep Tayyip Erdogan"] == 3 and mentions["Recep Tayyip Erdogan"] == 4
    default = merged_client.get("/api/aggregates/top-actors", params={"limit": 50}).json()
    assert default["unit"] == "merged" and {a["actor"]: a["events"] for a in default["actors"]} == merged
    pairs = {(p["source"], p["target"]): p["n"] for p in merged_client.get("/api/aggregates/pairs").json()["pairs"]}
    assert pairs[("RUSGOV", "TURGOV")] == 3
    day = {(r["day"], r["key"]): r["n"] for r in merged_client.get("/api/aggregates/timeline").json()["rows"]}
    day_m = {(r["day"], r["key"]): r["n"] for r in
             merged_client.get("/api/aggregates/timeline", params={"unit": "mentions"}).json()["rows"]}
    assert day[("2024-01-01", 1)] == 1 and day_m[("2024-01-01", 1)] == 2
    assert merged_client.get("/api/aggregates/pairs", params={"unit": "twice"}).status_code == 422


def test_unmerged_database_counts_each_report(client: TestClient) -> None:
    """Before the aggregate stage ran, every report is an event of its own (the test database)."""
    assert _actors(client, "merged") == _actors(client, "mentions")


def test_facets_come_from_the_data(merged_client: TestClient) -> None:
    body = merged_client.get("/api/facets").json()
    assert [r["value"] for r in body["roots"]] == ["04", "11", "19"]
    assert {r["value"] for r in body["sites"]} >= {"news.example", "wire.example", "other.example"}
    assert body["countries"] == [{"value": "NGA", "n": 3}]
    assert {r["value"] for r in body["count_statuses"]} == {"current", "historical"}


def test_historical_counts_are_left_out_of_current_totals(merged_client: TestClient) -> None:
    current = merged_client.get("/api/counts").json()
    assert current["total"] == 3 and all(c["status"] == "current" for c in current["items"])
    assert merged_client.get("/api/counts", params={"status": "all"}).json()["total"] == 4
    hist = merged_client.get("/api/counts", params={"status": "historical"}).json()["items"]
    assert [c["value"] for c in hist] == [5000]
    peaks = merged_client.get("/api/aggregates/counts").json()["rows"]
    assert max(r["value"] for r in peaks) == 41
    assert merged_client.get("/api/counts", params={"status": "maybe"}).status_code == 422


def test_merged_aggregates_equal_a_brute_force_count(merged_client: TestClient) -> None:
    """Under each filter, the merged top-actor and pair counts are the distinct merged events among the
    matching reports (computed here from /api/events and the reports of /api/merged/{id})."""
    merged_of: dict[tuple[str, str], int] = {}
    for item in merged_client.get("/api/merged", params={"limit": 1000}).json()["items"]:
        for report in merged_client.get(f"/api/merged/{item['id']}").json()["reports"]:
            merged_of[(report["article_id"], report["event_id"])] = item["id"]
    article = merged_client.get("/api/events", params={"since": "2024-01-01", "until": "2024-01-01"}).json()["items"][0]
    one_report = {"article_id": article["article_id"]}  # one of the two reports of the merged call
    for params in ({}, {"actor": "TUR"}, one_report, {"since": "2024-01-02"}, {"root": "11"}):
        events = merged_client.get("/api/events", params={**params, "limit": 1000}).json()["items"]
        expected: dict[str, set[int]] = {}
        pairs: dict[tuple[str, str], set[int]] = {}
        for e in events:
            key = merged_of[(e["article_id"], e["id"])]
            for name in (e["source_name"], e["target_name"]):
                expected.setdefault(name, set()).add(key)
            pairs.setdefault((e["source_code"], e["target_code"]), set()).add(key)
        got = {a["actor"]: a["events"] for a in
               merged_client.get("/api/aggregates/top-actors", params={**params, "limit": 100}).json()["actors"]}
        assert got == {k: len(v) for k, v in expected.items()}, params
        got_pairs = {(p["source"], p["target"]): p["n"] for p in
                     merged_client.get("/api/aggregates/pairs", params=params).json()["pairs"]}
        assert got_pairs == {k: len(v) for k, v in pairs.items()}, params
