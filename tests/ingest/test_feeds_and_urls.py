"""RSS/Atom items and safe URL fetching, all through httpx.MockTransport and fake resolvers (no network)."""

from __future__ import annotations

import socket

import httpx
import pytest

from newsevents.errors import FetchError
from newsevents.extract import extract_article
from newsevents.ingest import USER_AGENT, IngestOptions
from newsevents.ingest.fetch import check_url, fetch

from .conftest import PAGE, read_all

LONG = " ".join(["The minister met the envoy in the capital and discussed the ceasefire."] * 15)
RSS = f"""<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>News</title>
<item><title>Full story</title><link>https://news.example/2023/10/16/full</link>
<pubDate>Mon, 16 Oct 2023 09:00:00 GMT</pubDate><content:encoded><![CDATA[<p>{LONG}</p>]]></content:encoded></item>
<item><title>Teaser only</title><link>https://news.example/teaser</link><description>Short teaser.</description></item>
</channel></rss>"""
ATOM = f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
<entry><title>Atom story</title><link href="https://news.example/atom"/><updated>2023-10-17T10:00:00Z</updated>
<content type="html">&lt;p&gt;{LONG}&lt;/p&gt;</content></entry></feed>"""
PUBLIC = "93.184.216.34"


def _options(handler, **kwargs) -> IngestOptions:
    return IngestOptions(transport=httpx.MockTransport(handler), resolver=lambda host: [PUBLIC], **kwargs)


def test_rss_items_with_content_and_teasers(write) -> None:
    path = write("feed.xml", RSS)
    docs, errors = read_all([str(path)])
    assert [d.source for d in docs] == [f"{path.resolve()}#item=1"]
    assert docs[0].title == "Full story" and docs[0].published == "2023-10-16"
    article = extract_article(docs[0])
    assert article.text.startswith("Full story\n\n") and "ceasefire" in article.text
    assert article.published == "2023-10-16"
    assert errors[0].source == f"{path.resolve()}#item=2" and "follow_feed_links" in errors[0].message


def test_atom_feed(write) -> None:
    docs, errors = read_all([str(write("atom.txt", ATOM))])
    assert not errors and docs[0].url == "https://news.example/atom" and docs[0].published == "2023-10-17"


def test_teaser_link_is_fetched_when_allowed(write) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/teaser"
        return httpx.Response(200, html=PAGE)

    docs, errors = read_all([str(write("feed.xml", RSS))], _options(handler, follow_feed_links=True))
    assert not errors and [d.source for d in docs][1] == "https://news.example/teaser"
    assert docs[1].media_type == "html" and docs[1].title == "Teaser only"


def test_url_is_fetched_politely() -> None:
    seen = {}

    def handler(request: httpx.Request) -> httpx.Response:
        seen["ua"] = request.headers["user-agent"]
        return httpx.Response(200, html=PAGE)

    docs, errors = read_all(["https://news.example/2023/10/16/story"], _options(handler))
    assert not errors and seen["ua"] == USER_AGENT == "newsevents/0.1 (+research)"
    assert docs[0].source == "https://news.example/2023/10/16/story"
    assert extract_article(docs[0]).published == "2023-10-16"


@pytest.mark.parametrize("url", ["http://127.0.0.1/", "http://10.1.2.3/x", "http://169.254.169.254/latest/meta-data",
                                 "http://[::1]/", "http://[::ffff:127.0.0.1]/", "http://0.0.0.0/",
                                 "http://192.168.1.1/", "http://100.64.0.1/", "http://[fe80::1]/"])
def test_private_literals_are_refused(url: str) -> None:
    with pytest.raises(FetchError, match="refused"):
        check_url(url, IngestOptions())


@pytest.mark.parametrize("address", ["127.0.0.1", "10.0.0.7", "169.254.169.254", "::1"])
def test_hostnames_resolving_to_private_addresses_are_refused(address: str) -> None:
    options = IngestOptions(resolver=lambda host: [PUBLIC, address])
    with pytest.raises(FetchError, match="non-public address"):
        check_url("https://innocent.example/", options)


def test_localhost_is_refused_through_the_system_resolver() -> None:
    _, errors = read_all(["http://localhost:8080/"])
    assert "refused" in errors[0].message


def test_redirect_to_a_private_address_is_refused() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"location": "http://169.254.169.254/latest"})

    with pytest.raises(FetchError, match="refused"):
        fetch("https://news.example/a", _options(handler))


@pytest.mark.parametrize("handler, reason", [
    (lambda r: httpx.Response(404), "HTTP 404"),
    (lambda r: (_ for _ in ()).throw(httpx.ReadTimeout("slow", request=r)), "timed out"),
    (lambda r: (_ for _ in ()).throw(httpx.ConnectError("refused", request=r)), "ConnectError"),
    (lambda r: httpx.Response(200, content=b"x" * 2000), "size cap"),
    (lambda r: httpx.Response(301, headers={"location": "/loop"}), "redirects"),
])
def test_fetch_failures_are_one_error(handler, reason: str) -> None:
    docs, errors = read_all(["https://news.example/loop"], _options(handler, max_bytes=1000))
    assert not docs and len(errors) == 1 and reason in errors[0].message
    assert errors[0].source == "https://news.example/loop"


def test_unreachable_local_port_with_allow_private() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    _, errors = read_all([f"http://127.0.0.1:{port}/"], IngestOptions(allow_private=True, timeout=2))
    assert isinstance(errors[0], FetchError) and "cannot fetch" in errors[0].message


def test_fifty_megabyte_page_over_http_is_capped() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=iter([b"<p>" + b"w" * 1_048_576 for _ in range(50)]))

    _, errors = read_all(["https://news.example/huge"], _options(handler))
    assert "size cap" in errors[0].message
