"""The counting switch, actor search, quotes, drop-down filters, CSV download and phone layout in
headless Chromium, over :func:`conftest.build_merged_db` (two outlets report the same call).

Uses the browser fixtures of test_browser.py; saves docs/img/{actors,quotes,events-merged,phone}.png.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from . import test_browser
from .conftest import build_merged_db
from .test_browser import _ready, _serving, _shot, pytestmark  # noqa: F401  (the browser marks)

browser = test_browser.browser  # the shared Chromium and page fixtures
page = test_browser.page


@pytest.fixture(scope="module")
def merged_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path: Path = tmp_path_factory.mktemp("dashbrowser") / "merged.db"
    build_merged_db(path)
    with _serving(path) as url:
        yield url


def _erdogan(pg: Any) -> str:
    row = pg.locator("section", has_text="Top actors").locator("tr", has_text="Recep Tayyip Erdogan")
    return row.locator("td").nth(2).inner_text()


def test_overview_counts_merged_events_and_switches_to_mentions(merged_server: str, page: Any) -> None:
    page.goto(merged_server + "/")
    _ready(page, "overview")
    assert page.locator("#unit-switch a.on").get_attribute("data-unit") == "merged"
    assert _erdogan(page) == "3"  # the call reported by two outlets counts once
    assert "null" not in page.inner_text("main")
    page.locator("#unit-switch a[data-unit=mentions]").click()
    page.wait_for_function("location.hash.includes('unit=mentions')")
    _ready(page, "overview")
    assert _erdogan(page) == "4"
    page.goto(merged_server + "/#/network")
    _ready(page, "network")
    assert page.locator("svg.network g.node").count() == 7

    def pair() -> str:
        return page.locator("table.data tr", has_text="Recep Tayyip Erdogan").locator("td.n").first.inner_text()

    assert pair() == "3"
    page.locator("#unit-switch a[data-unit=mentions]").click()
    page.wait_for_function("location.hash.includes('unit=mentions')")
    _ready(page, "network")
    assert pair() == "4"
    assert page.problems == []


def test_events_page_lists_merged_events_with_dropdowns(merged_server: str, page: Any) -> None:
    page.goto(merged_server + "/#/events")
    _ready(page, "events")
    roots = page.locator("#event-filters select[name=root] option").all_inner_texts()
    assert roots[0] == "any" and [r[:2] for r in roots[1:]] == ["04", "11", "19"]
    page.select_option("#event-filters select[name=root]", "04")
    page.click("#event-filters button[type=submit]")
    page.wait_for_function("location.hash.includes('root=04')")
    _ready(page, "events")
    assert page.locator("table.data tbody tr").count() == 5  # five reports of consultations
    page.locator("#unit-switch a[data-unit=merged]").click()
    page.wait_for_function("location.hash.includes('unit=merged')")
    _ready(page, "events")
    assert page.locator("h1").inner_text() == "Merged events"
    assert page.locator("table.data tbody tr").count() == 4  # the twice-reported call is one row
    call = page.locator("table.data tbody tr", has_text="Recep Tayyip Erdogan").filter(has_text="2024-01-01")
    assert call.locator("td.n").first.inner_text() == "2"  # two reports of the 2024-01-01 call
    _shot(page, "events-merged")
    with page.expect_download() as info:
        page.click("button.csv")
    text = Path(info.value.path()).read_text(encoding="utf-8")
    assert text.splitlines()[0].startswith("id,date,cameo") and len(text.strip().splitlines()) == 5
    assert page.problems == []


def test_friendly_messages_instead_of_patterns(merged_server: str, page: Any) -> None:
    page.goto(merged_server + "/#/events")
    _ready(page, "events")
    page.fill("#event-filters input[name=since]", "last week")
    page.click("#event-filters button[type=submit]")
    message = page.locator("#event-filters-message")
    assert message.is_visible() and "a day (2019-11-20), week (2019-W47)" in message.inner_text()
    page.goto(merged_server + "/#/events?cameo=4x")  # a hand-edited address reaches the API
    _ready(page, "events")
    shown = page.locator("#event-filters-message").inner_text()
    assert "CAMEO code of 2 to 4 digits" in shown and "pattern" not in shown and "^" not in shown
    assert [p for p in page.problems if "422" not in p] == []  # the refused request itself is logged


def test_actor_search_by_name_or_code_any_case(merged_server: str, page: Any) -> None:
    page.goto(merged_server + "/#/actors")
    _ready(page, "actors")
    page.fill("#actor-search", "putin")
    page.click("#actor-filters button[type=submit]")
    page.wait_for_function("location.hash.includes('q=putin')")
    _ready(page, "actors")
    assert page.locator("table.data tbody tr").all_inner_texts()[0].startswith("Vladimir Putin")
    page.fill("#actor-search", "ngareb")
    page.click("#actor-filters button[type=submit]")
    page.wait_for_function("location.hash.includes('q=ngareb')")
    _ready(page, "actors")
    names = page.locator("table.data tbody tr a.actor").all_inner_texts()
    assert names == ["Boko Haram"]
    page.goto(merged_server + "/#/actors?q=tur")  # a code prefix in lower case, in no name
    _ready(page, "actors")
    assert page.locator("table.data tbody tr a.actor").all_inner_texts() == ["Recep Tayyip Erdogan"]
    _shot(page, "actors")
    page.locator("table.data a.actor").first.click()
    _ready(page, "actor")
    assert page.problems == []


def test_quotes_page_and_counts_status(merged_server: str, page: Any) -> None:
    page.goto(merged_server + "/#/quotes")
    _ready(page, "quotes")
    assert page.locator("table.data tbody tr").count() >= 4
    page.fill("#quote-filters input[name=q]", "ready to help")
    page.click("#quote-filters button[type=submit]")
    page.wait_for_function("location.hash.includes('q=ready')")
    _ready(page, "quotes")
    assert page.locator("table.data tbody tr").count() == 4
    _shot(page, "quotes")
    page.goto(merged_server + "/#/counts")
    _ready(page, "counts")
    assert "5,000" not in page.inner_text("main")
    page.select_option("#count-filters select[name=status]", "all")
    page.click("#count-filters button[type=submit]")
    page.wait_for_function("location.hash.includes('status=all')")
    _ready(page, "counts")
    assert "5,000" in page.inner_text("main")
    assert page.problems == []


def test_articles_by_site_dropdown(merged_server: str, page: Any) -> None:
    page.goto(merged_server + "/#/articles")
    _ready(page, "articles")
    sites = page.locator("#article-filters select[name=site] option").all_inner_texts()
    assert sites[0] == "any" and "other.example" in sites
    page.select_option("#article-filters select[name=site]", "other.example")
    page.click("#article-filters button[type=submit]")
    page.wait_for_function("location.hash.includes('site=other.example')")
    _ready(page, "articles")
    assert page.locator("table.data tbody tr").count() == 1
    assert page.problems == []


def test_event_page_without_counts_prints_no_null(merged_server: str, page: Any) -> None:
    page.goto(merged_server + "/#/events?cameo=040")
    _ready(page, "events")
    page.locator("a.evidence-link").first.click()
    _ready(page, "event")
    assert "null" not in page.inner_text("main")
    assert page.problems == []


@pytest.mark.parametrize("route", ["", "events", "actors", "quotes", "counts", "network"])
def test_phone_layout_never_scrolls_sideways(merged_server: str, browser: Any, route: str) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 740}, device_scale_factor=1)
    pg = context.new_page()
    try:
        pg.goto(f"{merged_server}/#/{route}")
        _ready(pg, route or "overview")
        wide = pg.evaluate("[...document.querySelectorAll('main *')].filter((e) => e.getBoundingClientRect()"
                           ".right > 376).map((e) => e.tagName + '.' + e.className).slice(0, 5)")
        assert pg.evaluate("document.documentElement.scrollWidth") <= 375, wide
        if route == "events":
            _shot(pg, "phone-events")
    finally:
        context.close()
