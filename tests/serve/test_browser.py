"""The dashboard in headless Chromium (Debian's ``chromium`` package, driven by Playwright).

The server is uvicorn on a free port of 127.0.0.1 in a thread of the test process. The tests click
from the overview to an actor and to an event's evidence, and save screenshots to docs/img/. The
README's overview picture (and the network picture) are taken over a database built by a real ingest
of examples/corpus; the hand-made test database, which holds markup on purpose, saves its overview
and network as ``testdb-*.png``. One test submits an article whose text holds a script tag through
the API (a real pipeline run) and checks the page shows it as text and never runs it.
"""

from __future__ import annotations

import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

import pytest

from .conftest import HOSTILE, build_db

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
IMG = Path(__file__).resolve().parents[2] / "docs" / "img"
TOKEN = "browser-test-token"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="headless browser tests need Debian's chromium package "
                       "at /usr/bin/chromium (apt-get install -y chromium)"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def _serving(db: Path) -> Iterator[str]:
    """The app over ``db``, served by uvicorn in a thread; yields its base URL."""
    import uvicorn

    from newsevents.serve import create_app

    port = _free_port()
    config = uvicorn.Config(create_app(db, token=TOKEN), host="127.0.0.1", port=port, log_level="warning")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        uv.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app over a fresh hand-made test database (seven articles, one hostile); yields its base URL."""
    db = tmp_path_factory.mktemp("browser") / "events.db"
    build_db(db)
    with _serving(db) as url:
        yield url


@pytest.fixture(scope="module")
def corpus_server(corpus_db: Path) -> Iterator[str]:
    """The app over the database of a real ingest of examples/corpus; yields its base URL."""
    with _serving(corpus_db) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    """A fresh page that records script errors, console errors and dialogs (all must stay empty)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.problems = []
    pg.on("pageerror", lambda err: pg.problems.append(f"pageerror: {err}"))
    pg.on("console", lambda msg: msg.type == "error" and pg.problems.append(f"console: {msg.text}"))
    pg.on("dialog", lambda dialog: (pg.problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    yield pg
    context.close()


def _ready(pg: Any, name: str) -> None:
    pg.wait_for_selector(f"main[data-page={name}][aria-busy=false]", timeout=15_000)


def _shot(pg: Any, name: str) -> None:
    IMG.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(IMG / f"{name}.png"), full_page=True)


def test_overview_to_actor(server: str, page: Any) -> None:
    page.goto(server + "/")
    _ready(page, "overview")
    assert page.locator(".card .num").first.inner_text() == "7"
    assert page.locator("svg.timeline rect.bar").count() >= 5
    _shot(page, "testdb-overview")
    page.locator("section", has_text="Top actors").get_by_role("link", name="Vladimir Putin").click()
    _ready(page, "actor")
    assert page.locator("#actor-name").inner_text() == "Vladimir Putin"
    assert "RUSGOV" in page.locator("dl.facts").inner_text()
    assert "Events as source (6)" in page.inner_text("main")
    assert page.locator("ul.quotes li").count() == 3
    _shot(page, "actor")
    assert page.problems == []


def test_overview_to_event_evidence_and_article(server: str, page: Any) -> None:
    page.goto(server + "/")
    _ready(page, "overview")
    page.locator("section", has_text="Latest events").get_by_role("link", name="attacked").first.click()
    _ready(page, "event")
    assert page.locator("#evidence mark.trigger").inner_text() == "attacked"
    assert page.locator("#evidence mark.source").inner_text() == "Boko Haram"
    assert "killed exact 41" in page.inner_text("main")
    _shot(page, "evidence")
    page.locator("#article-link").click()
    _ready(page, "article")
    assert "killing 41 people" in page.locator("#article-text").inner_text()
    assert page.problems == []


def test_event_list_filters_and_network(server: str, page: Any) -> None:
    page.goto(server + "/#/events")
    _ready(page, "events")
    assert page.locator("table.data tbody tr").count() == 10
    page.fill("#event-filters input[name=actor]", "nga")
    page.click("#event-filters button[type=submit]")
    page.wait_for_function("location.hash.includes('actor=nga')")
    _ready(page, "events")
    assert page.locator("table.data tbody tr").count() == 3
    page.goto(server + "/#/network")
    _ready(page, "network")
    assert page.locator("svg.network g.node").count() == 7
    _shot(page, "testdb-network")
    page.locator("svg.network g.node[data-id='Boko Haram']").click()
    _ready(page, "actor")
    assert page.locator("#actor-name").inner_text() == "Boko Haram"
    page.goto(server + "/#/counts")
    _ready(page, "counts")
    assert page.locator("svg.lines circle").count() == 3
    _shot(page, "counts")
    assert page.problems == []


def _not_executed(pg: Any) -> None:
    assert pg.evaluate("window.__pwned") is None
    assert pg.locator("#injected").count() == 0
    assert pg.locator("main script, main img, main b").count() == 0


def test_markup_in_stored_data_shows_as_text(server: str, page: Any) -> None:
    page.goto(server + "/")
    _ready(page, "overview")
    assert f"Mayor {HOSTILE}" in page.inner_text("main")
    _not_executed(page)
    page.locator("section", has_text="Latest events").get_by_role("link", name="met").click()
    _ready(page, "event")
    assert HOSTILE in page.locator("#evidence").inner_text()
    assert page.locator("a.ext").count() == 0  # the javascript: URL is not made a link
    _not_executed(page)
    page.locator("#article-link").click()
    _ready(page, "article")
    assert page.locator("#article-title").inner_text() == f"Breaking {HOSTILE}"
    _not_executed(page)
    assert page.problems == []


@pytest.mark.slow
def test_submitted_article_with_a_script_tag_is_not_executed(server: str, page: Any, nlp: object) -> None:
    import httpx

    text = ("Protesters gathered in Nairobi on Tuesday. <script>window.__pwned = 'script'</script>\n"
            "Police arrested 12 people near parliament, officials said. "
            "<img src=x id=injected onerror=\"window.__pwned = 'img'\">")
    response = httpx.post(server + "/api/articles", json={"text": text, "published": "2024-06-25"},
                          headers={"Authorization": f"Bearer {TOKEN}"}, timeout=120)
    assert response.status_code == 201, response.text
    article_id = response.json()["id"]
    page.goto(f"{server}/#/article/{article_id}")
    _ready(page, "article")
    shown = page.locator("#article-text").inner_text()
    assert "<script>window.__pwned = 'script'</script>" in shown and "onerror=" in shown
    _not_executed(page)
    page.goto(server + "/#/articles")
    _ready(page, "articles")
    _not_executed(page)
    assert page.problems == []


@pytest.mark.slow
def test_overview_and_network_of_an_ingested_corpus(corpus_server: str, corpus_db: Path, page: Any) -> None:
    """The README's pictures: what a user sees after ``newsevents ingest examples/corpus``."""
    with closing(sqlite3.connect(f"file:{corpus_db}?mode=ro", uri=True)) as conn:
        articles = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    page.goto(corpus_server + "/")
    _ready(page, "overview")
    assert page.locator(".card .num").first.inner_text() == str(articles)
    assert page.locator("svg.timeline rect.bar").count() >= 1
    assert page.locator("section", has_text="Top actors").get_by_role("link").count() >= 5
    assert "<script" not in page.inner_text("main")
    _shot(page, "overview")
    page.goto(corpus_server + "/#/network")
    _ready(page, "network")
    assert page.locator("svg.network g.node").count() >= 5
    _shot(page, "network")
    assert page.problems == []
