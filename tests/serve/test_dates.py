"""One meaning of since/until: ``newsevents events``, /api/events and the dashboard agree on one database.

The database holds events dated to days, ISO weeks, months and years (and one undated), built by hand
so that each filter value meets periods that end just before it, start just after it, straddle it or
contain it. The expected answer is computed here from the documented meaning (a period is kept by
``since X`` when it ends on or after X's first day, by ``until X`` when it starts on or before X's last
day), independently of the SQL; the CLI, the API and (with Chromium) the dashboard must all give it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newsevents.cli import cli
from newsevents.store import Store
from tests.handmade import make_result

from .conftest import TestClient

DATES = ["2019-11-17", "2019-11-18", "2019-11-20", "2019-11-30", "2019-12-01", "2019-W46", "2019-W47",
         "2019-W48", "2019-W01", "2019-11", "2019-10", "2019-12", "2019", "2018", "2020", "2020-01-01", None]
VALUES = ["2019-11-18", "2019-11-20", "2019-11-17", "2019-12-01", "2019-W47", "2019-W46", "2019-W48",
          "2019-11", "2019-12", "2019-10", "2019", "2020", "2018", "2019-01"]


def _period(value: str) -> tuple[date, date]:
    """The days of a value, by the calendar (not by newsevents.periods)."""
    if "W" in value:
        year, week = value.split("-W")
        first = date.fromisocalendar(int(year), int(week), 1)
        return first, first + timedelta(days=6)
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return date(*parts), date(*parts)
    if len(parts) == 2:
        first = date(parts[0], parts[1], 1)
        return first, (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


def _expected(since: str | None, until: str | None) -> set[str]:
    kept = set()
    for n, value in enumerate(DATES, 1):
        if value is None:
            continue
        start, end = _period(value)
        if since and end < _period(since)[0]:
            continue
        if until and start > _period(until)[1]:
            continue
        kept.add(f"E{n}")
    return kept


CASES = [(v, None) for v in VALUES] + [(None, v) for v in VALUES] + [
    ("2019-11", "2019-11"), ("2019-W47", "2019-W47"), ("2019-11-18", "2019-11-24"), ("2019", "2019-W47")]


@pytest.fixture(scope="module")
def dated_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dates") / "dates.db"
    events = [{"cameo": "042", "date": value, "source_code": "RUSGOV", "source_name": "Vladimir Putin"}
              for value in DATES]
    with Store(path) as store:
        store.write_result(make_result("Putin met many people.\n\nA long list of meetings.", events))
    return path


@pytest.fixture(scope="module")
def api(dated_db: Path) -> Iterator[TestClient]:
    from newsevents.serve import create_app

    with TestClient(create_app(dated_db, token=""), base_url="http://localhost") as client:
        yield client


def _cli_ids(db: Path, since: str | None, until: str | None) -> list[str]:
    args = ["events", "--db", str(db), "--format", "json"]
    args += ["--since", since] if since else []
    args += ["--until", until] if until else []
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    return [json.loads(line)["id"] for line in result.output.splitlines() if line.strip()]


def _api_ids(client: TestClient, since: str | None, until: str | None) -> list[str]:
    params = {k: v for k, v in (("since", since), ("until", until)) if v} | {"limit": 1000}
    body = client.get("/api/events", params=params).json()
    assert body["total"] == len(body["items"])
    return [item["id"] for item in body["items"]]


@pytest.mark.parametrize("since, until", CASES, ids=[f"{s}..{u}" for s, u in CASES])
def test_cli_and_api_agree_with_the_documented_meaning(dated_db: Path, api: TestClient, since: str | None,
                                                       until: str | None) -> None:
    cli_ids, api_ids = _cli_ids(dated_db, since, until), _api_ids(api, since, until)
    assert set(cli_ids) == _expected(since, until)
    assert api_ids == cli_ids  # the same rows in the same order


def test_newest_first_by_the_period_start(dated_db: Path, api: TestClient) -> None:
    """A week or month sorts by its first day (2019-W46 is older than 2019-11-18), undated events last."""
    ids = _api_ids(api, None, None)
    dates = [DATES[int(i[1:]) - 1] for i in ids]
    assert dates[-1] is None
    starts = [_period(d)[0] for d in dates[:-1]]
    assert starts == sorted(starts, reverse=True)
    assert dates.index("2019-11-18") < dates.index("2019-W46")
    assert _cli_ids(dated_db, None, None) == ids


def test_timeline_and_summary_use_the_same_filters(api: TestClient) -> None:
    timeline = api.get("/api/aggregates/timeline", params={"since": "2019-11-18", "until": "2019-11-30"}).json()
    days = {row["day"] for row in timeline["rows"]}
    assert days == {"2019-11-18", "2019-11-20", "2019-11-30"}
    assert timeline["undated"] == len(_expected("2019-11-18", "2019-11-30")) - 3
    summary = api.get("/api/summary").json()
    assert (summary["first_date"], summary["last_date"]) == ("2018-01-01", "2020-12-31")


@pytest.mark.parametrize("url", [
    "/api/events?since=yesterday", "/api/events?since=20/11/2019", "/api/events?until=2019-11-31",
    "/api/events?since=2019-12&until=2019-11", "/api/articles?since=2019-13", "/api/counts?until=next%20week",
    "/api/aggregates/timeline?since=2019-W60", "/api/aggregates/top-actors?until=19",
    "/api/aggregates/counts?since=2019-11-20T00:00",
])
def test_api_refuses_bad_dates_with_400_and_one_line(api: TestClient, url: str) -> None:
    response = api.get(url)
    assert response.status_code == 400, response.text
    message = response.json()["message"]
    assert message and "\n" not in message and ("since" in message or "until" in message)


@pytest.mark.parametrize("args", [
    ["events", "--since", "20/11/2019"], ["events", "--since", "yesterday"], ["events", "--until", "2019-02-30"],
    ["events", "--since", "2019-12", "--until", "2019-11"], ["extract", "--published", "last Tuesday", "-"],
    ["ingest", "--published", "2019-13-01", "x.txt"], ["explain", "--published", "soon", "Police arrived."],
])
def test_cli_refuses_bad_dates_with_one_line(dated_db: Path, args: list[str]) -> None:
    if args[0] in ("events",):
        args = [*args, "--db", str(dated_db)]
    result = CliRunner().invoke(cli, args, input="")
    assert result.exit_code != 0
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.output


def _dashboard_total(pg: Any, base: str, query: str) -> int:
    pg.goto(f"{base}/#/events?{query}")
    pg.wait_for_selector("main[data-page=events][aria-busy=false]", timeout=15_000)
    text = pg.locator(".pager span").first.inner_text()
    return 0 if text.startswith("0 ") else int(text.split(" of ")[1].replace(",", ""))


@pytest.mark.browser
def test_dashboard_agrees(dated_db: Path) -> None:
    from .test_browser import ARGS, CHROMIUM, _serving

    if not CHROMIUM.exists():
        pytest.skip("needs Debian's chromium at /usr/bin/chromium")
    from playwright.sync_api import sync_playwright

    with _serving(dated_db) as base, sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            pg = chromium.new_page()
            for since, until in CASES[::3]:
                query = "&".join(f"{k}={v}" for k, v in (("since", since), ("until", until)) if v)
                assert _dashboard_total(pg, base, query) == len(_expected(since, until)), query
            # typed into the form's date inputs, the values reach the API unchanged
            pg.goto(base + "/#/events")
            pg.wait_for_selector("main[data-page=events][aria-busy=false]", timeout=15_000)
            pg.fill("#event-filters input[name=since]", "2019-W47")
            pg.fill("#event-filters input[name=until]", "2019-11")
            pg.locator("#event-filters button[type=submit]").click()
            pg.wait_for_function("location.hash.includes('since=2019-W47')")
            pg.wait_for_selector("main[data-page=events][aria-busy=false]", timeout=15_000)
            text = pg.locator(".pager span").first.inner_text()
            assert text.endswith(f"of {len(_expected('2019-W47', '2019-11'))}"), text
            # garbage is refused by the input before any request
            pg.fill("#event-filters input[name=since]", "yesterday")
            assert pg.eval_on_selector("#event-filters input[name=since]", "e => e.validity.valid") is False
            # and by the API with its one-line message, shown on the page
            pg.goto(base + "/#/events?since=yesterday")
            pg.wait_for_selector("main[data-page=events][aria-busy=false]", timeout=15_000)
            assert "is not a date" in pg.locator("main p.error").inner_text()
        finally:
            chromium.close()
