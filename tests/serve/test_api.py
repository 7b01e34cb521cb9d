"""The read API: every endpoint, its filters, pagination and refusals of bad parameters."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from newsevents.serve import create_app
from newsevents.store.api_queries import missing_api_indexes

from .conftest import HOSTILE, TestClient


def test_summary_counts_rows(client: TestClient) -> None:
    body = client.get("/api/summary").json()
    assert body["rows"] == {"articles": 7, "events": 10, "actors": 17, "quotes": 4, "counts": 3, "actor_names": 7}
    assert (body["first_date"], body["last_date"]) == ("2024-01-01", "2024-02-01")


def test_startup_adds_the_api_indexes(api_db: tuple[Path, list]) -> None:
    conn = sqlite3.connect(api_db[0])
    assert missing_api_indexes(conn) == []
    conn.close()


@pytest.mark.parametrize("params, total", [
    ({}, 7), ({"site": "wire.example"}, 3), ({"q": "Maiduguri"}, 3), ({"since": "2024-01-03"}, 4),
    ({"until": "2024-01-02"}, 3), ({"since": "2024-01", "until": "2024-01"}, 6), ({"q": "100%"}, 0),
    ({"language": "en"}, 7),
])
def test_articles_filters(client: TestClient, params: dict, total: int) -> None:
    body = client.get("/api/articles", params=params).json()
    assert body["total"] == total
    assert len(body["items"]) == min(total, 50)


def test_articles_pagination_is_stable_and_complete(client: TestClient) -> None:
    pages = [client.get("/api/articles", params={"limit": 3, "offset": o}).json() for o in (0, 3, 6)]
    ids = [item["id"] for page in pages for item in page["items"]]
    assert [len(p["items"]) for p in pages] == [3, 3, 1]
    assert len(set(ids)) == 7 and all(p["total"] == 7 for p in pages)
    published = [item["published"] for page in pages for item in page["items"]]
    assert published == sorted(published, reverse=True)


def test_article_detail_has_text_and_records(client: TestClient, api_db: tuple[Path, list]) -> None:
    result = api_db[1][0]
    body = client.get(f"/api/articles/{result.article.id}").json()
    assert body["text"] == result.article.text
    assert [e["id"] for e in body["events"]] == ["E1", "E2"]
    assert body["actors"][0]["mentions"][0]["text"] == "Vladimir Putin"
    assert len(body["quotes"]) == 1


@pytest.mark.parametrize("params, names", [
    ({"q": "putin"}, ["Vladimir Putin"]), ({"code": "tur"}, ["Recep Tayyip Erdogan"]),
    ({"country": "NGA"}, ["Boko Haram", "civilians"]),
    ({"code": "USA", "kind": "person"}, ["Governor", f"Mayor {HOSTILE}"]),
    ({"q": "nobody"}, []),
])
def test_actors_search(client: TestClient, params: dict, names: list[str]) -> None:
    body = client.get("/api/actors", params=params).json()
    assert sorted(i["name"] for i in body["items"]) == names
    assert body["total"] == len(names)


def test_actor_list_order_and_paging(client: TestClient) -> None:
    first = client.get("/api/actors", params={"limit": 2}).json()
    assert first["total"] == 7 and len(first["items"]) == 2
    assert first["items"][0]["articles"] >= first["items"][1]["articles"]


def test_actor_detail(client: TestClient) -> None:
    body = client.get("/api/actors/Vladimir Putin").json()
    assert body["codes"] == [{"value": "RUSGOV", "n": 3}]
    assert body["roles"][0]["value"] == "President of Russia"
    assert (body["events_as_source"], body["events_as_target"], body["quotes"], body["articles"]) == (6, 0, 3, 3)


def test_actor_detail_with_markup_in_the_name(client: TestClient) -> None:
    assert client.get("/api/actors/" + f"Mayor {HOSTILE}").json()["events_as_source"] == 1


@pytest.mark.parametrize("params, total", [
    ({}, 10), ({"actor": "RUS"}, 6), ({"actor": "rusgov"}, 6), ({"source": "NGA"}, 3), ({"target": "UKR"}, 3),
    ({"pair": "TUR,RUS"}, 3), ({"pair": "RUS,NGA"}, 0), ({"name": "Vladimir Putin"}, 6),
    ({"name": "Vladimir Putin", "role": "target"}, 0), ({"name": "Recep Tayyip Erdogan", "role": "target"}, 3),
    ({"cameo": "04"}, 4), ({"cameo": "040"}, 3), ({"root": "19"}, 3), ({"plover": "accuse"}, 3),
    ({"mode": "did"}, 10), ({"mode": "threaten"}, 0), ({"quad_class": 4}, 3),
    ({"since": "2024-01-02", "until": "2024-01-02"}, 3), ({"since": "2024-02"}, 1), ({"country": "nga"}, 3),
    ({"place": "maidu"}, 3), ({"place": "aiduguri"}, 0), ({"min_confidence": 0.9}, 0),
    ({"actor": "RUS", "cameo": "11", "since": "2024-01-03"}, 1),
])
def test_events_filters(client: TestClient, params: dict, total: int) -> None:
    body = client.get("/api/events", params=params).json()
    assert body["total"] == total, body
    assert len(body["items"]) == total


def test_events_pagination_and_order(client: TestClient) -> None:
    a = client.get("/api/events", params={"limit": 4}).json()
    b = client.get("/api/events", params={"limit": 4, "offset": 4}).json()
    c = client.get("/api/events", params={"limit": 4, "offset": 8}).json()
    keys = [(e["article_id"], e["id"]) for page in (a, b, c) for e in page["items"]]
    assert len(keys) == 10 and len(set(keys)) == 10
    dates = [e["date"] for page in (a, b, c) for e in page["items"]]
    assert dates == sorted(dates, reverse=True)
    assert client.get("/api/events", params={"offset": 100}).json()["items"] == []


def test_event_detail_highlights_trigger_and_actors(client: TestClient, api_db: tuple[Path, list]) -> None:
    result = api_db[1][0]
    body = client.get(f"/api/events/{result.article.id}/E1").json()
    segments = body["evidence"]["segments"]
    assert "".join(s["text"] for s in segments) == body["event"]["sentence"]
    marked = {s["kind"]: s["text"] for s in segments if s["kind"]}
    assert marked == {"source": "Vladimir Putin", "trigger": "telephone conversation",
                      "target": "Recep Tayyip Erdogan"}
    assert body["article"]["title"].startswith("Putin calls Erdogan") and "text" not in body["article"]


def test_event_detail_lists_attached_counts(client: TestClient, api_db: tuple[Path, list]) -> None:
    attack = api_db[1][3]
    body = client.get(f"/api/events/{attack.article.id}/E1").json()
    assert [(c["what"], c["value"]) for c in body["counts"]] == [("killed", 12)]


@pytest.mark.parametrize("params, total", [
    ({}, 4), ({"speaker": "Vladimir Putin"}, 3), ({"speaker_code": "usa"}, 1), ({"kind": "indirect"}, 0),
    ({"q": "ready"}, 3), ({"speaker": "Nobody"}, 0),
])
def test_quotes_filters(client: TestClient, params: dict, total: int) -> None:
    assert client.get("/api/quotes", params=params).json()["total"] == total


@pytest.mark.parametrize("params, values", [
    ({}, [41, 30, 12]), ({"what": "killed", "country": "NGA"}, [41, 30, 12]), ({"what": "arrested"}, []),
    ({"since": "2024-01-03"}, [41, 30]), ({"until": "2024-01-02"}, [12]), ({"site": "wire.example"}, [41, 12]),
])
def test_counts_filters(client: TestClient, params: dict, values: list[int]) -> None:
    body = client.get("/api/counts", params=params).json()
    assert [c["value"] for c in body["items"]] == values
    assert all(c["date"] and c["site"] for c in body["items"])


def test_stories_served_when_the_view_exists(client: TestClient) -> None:
    body = client.get("/api/stories").json()
    assert body["available"] is True and body["total"] == 0  # nothing aggregated in this database
    assert client.get("/api/stories/nope").status_code == 404


def test_timeline_by_quad_class_and_root(client: TestClient) -> None:
    body = client.get("/api/aggregates/timeline").json()
    day2 = {r["key"]: r["n"] for r in body["rows"] if r["day"] == "2024-01-02"}
    assert day2 == {1: 1, 3: 1, 4: 1}
    assert body["keys"] == [1, 3, 4] and body["undated"] == 0
    roots = client.get("/api/aggregates/timeline", params={"by": "root", "actor": "RUS"}).json()
    assert roots["keys"] == ["04", "11"] and sum(r["n"] for r in roots["rows"]) == 6


def test_pairs_matrix(client: TestClient) -> None:
    body = client.get("/api/aggregates/pairs").json()
    first = body["pairs"][0]
    assert {(p["source"], p["target"]): p["n"] for p in body["pairs"]}[("RUSGOV", "TURGOV")] == 3
    assert first["n"] == 3
    named = client.get("/api/aggregates/pairs", params={"by": "name", "cameo": "19"}).json()["pairs"]
    assert named == [{"source": "Boko Haram", "target": "civilians", "n": 3, "goldstein": -9.5}]


def test_top_actors(client: TestClient) -> None:
    body = client.get("/api/aggregates/top-actors", params={"limit": 2}).json()
    assert body["actors"][0] == {"actor": "Vladimir Putin", "as_source": 6, "as_target": 0, "events": 6}
    codes = client.get("/api/aggregates/top-actors", params={"by": "code", "since": "2024-01-04"}).json()["actors"]
    assert {a["actor"]: a["events"] for a in codes} == {"NGAREB": 1, "NGACIV": 1, "USAGOV": 2}


def test_counts_timeline_by_country_and_site(client: TestClient) -> None:
    rows = client.get("/api/aggregates/counts", params={"what": "killed"}).json()["rows"]
    assert [(r["day"], r["key"], r["value"]) for r in rows] == [("2024-01-02", "NGA", 12), ("2024-01-03", "NGA", 30),
                                                                ("2024-01-04", "NGA", 41)]
    sites = client.get("/api/aggregates/counts", params={"by": "site"}).json()
    assert {r["key"] for r in sites["rows"]} == {"wire.example", "news.example"} and sites["kinds"] == ["killed"]


@pytest.mark.parametrize("url", [
    "/api/events?limit=0", "/api/events?limit=1001", "/api/events?offset=-1", "/api/events?cameo=abc",
    "/api/events?quad_class=5", "/api/events?mode=maybe", "/api/events?country=RUSS",
    "/api/events?actor=RUS%27%20OR%201=1--", "/api/events?pair=RUS",
    "/api/actors?kind=alien", "/api/aggregates/timeline?by=week", "/api/aggregates/pairs?by=color",
    "/api/counts?what=Killed%3B", "/api/articles?limit=x", "/api/articles/not-hex", "/api/events/zz/E1",
])
def test_bad_parameters_are_422_with_a_message(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 422, response.text
    body = response.json()
    assert body.get("message") or isinstance(body.get("detail"), str)


@pytest.mark.parametrize("url", ["/api/articles/abc123", "/api/actors/Nobody", "/api/events/abc123/E9",
                                 "/api/nothing"])
def test_unknown_things_are_404(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 404
    assert response.json()["detail"]


def test_quotes_in_parameters_are_bound_not_executed(client: TestClient) -> None:
    body = client.get("/api/actors", params={"q": "' OR 1=1 --"}).json()
    assert body["total"] == 0
    assert client.get("/api/events", params={"name": "x' OR '1'='1"}).json()["total"] == 0


def test_static_files_cannot_escape_the_package(client: TestClient) -> None:
    for url in ("/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2f..%2fstore/__init__.py"):
        response = client.get(url)
        assert response.status_code == 404, url
        assert "def create_app" not in response.text


def test_dashboard_and_headers(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200 and 'id="main"' in response.text
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "http" not in response.text.replace("http-equiv", "")  # no CDN, no external asset
    for asset in ("dom.js", "charts.js", "pages.js", "pages2.js", "app.js", "style.css"):
        body = client.get(f"/static/{asset}").text
        assert not re.search(r"\.(inner|outer)HTML\s*[+]?=|insertAdjacentHTML|document\.write", body), asset
        assert not re.search(r"(src=|href=|url\(|import |fetch\()[\"']?(https?:)?//", body), asset


def test_openapi_schema_lists_every_endpoint(client: TestClient) -> None:
    paths = client.get("/api/openapi.json").json()["paths"]
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/actors", "/api/actors/{key}", "/api/events",
                 "/api/events/{article_id}/{event_id}", "/api/quotes", "/api/counts", "/api/stories",
                 "/api/aggregates/timeline", "/api/aggregates/pairs", "/api/aggregates/top-actors"):
        assert path in paths, path
    assert "post" in paths["/api/articles"]


def test_missing_database_without_token_is_refused(tmp_path: Path) -> None:
    from newsevents.errors import StoreError

    with pytest.raises(StoreError, match="database not found"):
        create_app(tmp_path / "missing.db", token="")
    assert not (tmp_path / "missing.db").exists()


def test_reads_never_write(api_db: tuple[Path, list], client: TestClient) -> None:
    before = api_db[0].stat().st_mtime_ns
    client.get("/api/events")
    client.get("/api/aggregates/pairs")
    assert api_db[0].stat().st_mtime_ns == before
