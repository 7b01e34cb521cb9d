"""The map page in headless Chromium: the bundled world outline and one mark per point, each linking to its events.

Uses the browser fixtures of test_browser.py; saves docs/img/map.png.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsevents.store import Store

from .test_browser import _ready, _serving, _shot, browser, page, pytestmark  # noqa: F401  (fixtures, markers)
from .test_map import placed_results


@pytest.fixture(scope="module")
def map_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path: Path = tmp_path_factory.mktemp("mapbrowser") / "map.db"
    with Store(path) as store:
        for res in placed_results():
            store.write_result(res)
    with _serving(path) as url:
        yield url


def test_map_page_draws_outline_and_points(map_server: str, page: Any) -> None:  # noqa: F811 - a fixture imported from test_browser
    page.goto(map_server + "/#/map")
    _ready(page, "map")
    assert page.locator("svg.map path.land").count() > 150
    points = page.locator("svg.map a.point circle")
    assert points.count() == 2
    assert sorted(points.nth(i).get_attribute("data-precision") for i in range(2)) == ["city", "country"]
    assert "4 of 7 matching events have coordinates" in page.locator("#map-summary").inner_text()
    _shot(page, "map")
    # the city mark leads to its events
    page.locator("svg.map a.point").filter(has=page.locator("circle[data-precision=city]")).click()
    _ready(page, "events")
    assert "place=Maiduguri" in page.url
    assert not page.problems, page.problems


def test_map_filters_narrow_the_points(map_server: str, page: Any) -> None:  # noqa: F811 - a fixture imported from test_browser
    page.goto(map_server + "/#/map?root=19")
    _ready(page, "map")
    assert page.locator("svg.map a.point circle").count() == 1
    page.fill("#map-filters input[name=country]", "TUR")
    page.fill("#map-filters input[name=root]", "")
    page.click("#map-filters button")
    page.wait_for_url("**/#/map?country=TUR")
    _ready(page, "map")
    assert page.locator("svg.map a.point circle").count() == 1
    assert page.locator("svg.map a.point circle").get_attribute("data-precision") == "country"
    assert not page.problems, page.problems
