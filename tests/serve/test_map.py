"""GET /api/map: events with coordinates grouped by point, with the filters of /api/events."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from newsevents.model import ArticleResult
from newsevents.store import Store

from .conftest import TestClient, attack_article, call_article


def placed_results() -> list[ArticleResult]:
    """Three attacks in Maiduguri (a city point), one call placed only in Turkey (its centroid), one unplaced."""
    results = []
    for day, site, killed in (("2024-01-02", "wire.example", 12), ("2024-01-03", "news.example", 30),
                              ("2024-01-04", "wire.example", 41)):
        res = attack_article(day, site, killed)
        ev = res.events[0]
        ev.place_lat, ev.place_lon, ev.place_precision, ev.place_basis = 11.846, 13.157, "city", "clause"
        results.append(res)
    turkey = call_article("2024-01-05", "news.example")
    call = turkey.events[0]
    call.place, call.place_country, call.place_lat, call.place_lon = "Turkey", "TUR", 39.0, 35.0
    call.place_precision, call.place_basis = "country", "dateline"
    results.append(turkey)
    results.append(call_article("2024-01-06", "wire.example"))
    return results


@pytest.fixture(scope="module")
def map_client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    from newsevents.serve import create_app

    path = tmp_path_factory.mktemp("map") / "map.db"
    with Store(path) as store:
        for res in placed_results():
            store.write_result(res)
    return TestClient(create_app(path, token=""), base_url="http://localhost")


def test_points_group_events_and_say_their_precision(map_client: TestClient) -> None:
    body = map_client.get("/api/map").json()
    assert (body["total"], body["placed"], body["unplaced"]) == (7, 4, 3)
    by_place = {tuple(p["places"]): p for p in body["points"]}
    maiduguri, turkey = by_place[("Maiduguri",)], by_place[("Turkey",)]
    assert (maiduguri["n"], maiduguri["precision"], maiduguri["countries"]) == (3, "city", ["NGA"])
    assert (maiduguri["lat"], maiduguri["lon"]) == (11.846, 13.157)
    assert (maiduguri["first"], maiduguri["last"]) == ("2024-01-02", "2024-01-04")
    assert (turkey["n"], turkey["precision"]) == (1, "country")
    assert body["points"][0]["places"] == ["Maiduguri"]  # busiest first


@pytest.mark.parametrize("params, placed, total", [
    ({"root": "19"}, 3, 3),                      # attacks only
    ({"since": "2024-01-03"}, 3, 6),             # a date filter, as on /api/events
    ({"country": "tur"}, 1, 1),                  # the place's country, case-insensitive
    ({"actor": "RUS"}, 1, 4),                    # an actor code prefix
])
def test_same_filters_as_events(map_client: TestClient, params: dict, placed: int, total: int) -> None:
    body = map_client.get("/api/map", params=params).json()
    events = map_client.get("/api/events", params={**params, "limit": 1}).json()
    assert (body["placed"], body["total"]) == (placed, total) and events["total"] == total


def test_bad_filter_is_a_422(map_client: TestClient) -> None:
    assert map_client.get("/api/map", params={"country": "Turkey"}).status_code == 422
    assert map_client.get("/api/map", params={"limit": 0}).status_code == 422


def test_a_database_without_coordinate_columns_maps_nothing(tmp_path: Path) -> None:
    """A file written before the coordinate columns, served read-only: every event is unplaced, no error."""
    from newsevents.serve import create_app

    path = tmp_path / "old.db"
    with Store(path) as store:
        store.write_result(call_article("2024-01-01", "news.example"))
    conn = sqlite3.connect(path)
    for column in ("place_lat", "place_lon", "place_precision", "place_basis"):
        conn.execute(f"ALTER TABLE events DROP COLUMN {column}")
    conn.commit()
    conn.close()
    body = TestClient(create_app(path, token=""), base_url="http://localhost").get("/api/map").json()
    assert (body["total"], body["placed"], body["points"]) == (2, 0, [])


def test_world_outline_is_served_with_its_notice(map_client: TestClient) -> None:
    outline = map_client.get("/static/world-110m.json").json()
    assert len(outline["countries"]) > 150 and "Natural Earth" in outline["source"]
    names = {c["name"] for c in outline["countries"]}
    assert {"Kenya", "Nigeria", "Turkey"} <= names
    assert "public domain" in map_client.get("/static/world-110m.NOTICE.txt").text


def test_map_library_is_vendored_with_its_licenses(map_client: TestClient) -> None:
    """d3-geo draws the map offline: served from /static/vendor with its dependency and licenses, loaded
    by the page before map.js, and no script comes from another host."""
    page = map_client.get("/").text
    scripts = re.findall(r'<script src="([^"]+)"', page)
    assert all(s.startswith("/static/") for s in scripts), scripts
    assert scripts.index("/static/vendor/d3-array.min.js") < scripts.index("/static/vendor/d3-geo.min.js") \
        < scripts.index("/static/map.js")
    for name in ("d3-geo", "d3-array"):
        assert map_client.get(f"/static/vendor/{name}.min.js").text.startswith(f"// https://d3js.org/{name}/ v3.")
        assert "Mike Bostock" in map_client.get(f"/static/vendor/{name}.LICENSE").text
    assert "d3.geoPath" in map_client.get("/static/map.js").text
