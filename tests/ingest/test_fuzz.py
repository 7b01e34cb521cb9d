"""Fuzzing the readers (issue 16): over 10,000 generated inputs, no exception escapes, every error is one
line, and a bad record never takes its good neighbours with it.

In the slow part of the suite; each property has a bounded, derandomised example count so a run
takes the same inputs and about a minute.
"""

from __future__ import annotations

import io
import json
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsevents.errors import InputError, NewsEventsError
from newsevents.extract import extract_article
from newsevents.ingest import IngestOptions, read_bytes
from newsevents.ingest.decode import decode_bytes
from newsevents.ingest.sniff import KINDS, sniff
from newsevents.model import RawDocument

pytestmark = pytest.mark.slow
OPTIONS = IngestOptions()
BODY = " ".join(["The envoy met the minister in the port city and signed a trade accord on Tuesday."] * 12)


def _fuzz(n: int):
    return settings(max_examples=n, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.filter_too_much])


def _read(data: bytes, name: str = "blob") -> tuple[list[RawDocument], list[NewsEventsError]]:
    docs, errors = [], []
    for item in read_bytes(data, name, OPTIONS, name=name):
        (errors if isinstance(item, NewsEventsError) else docs).append(item)
    for error in errors:
        assert "\n" not in str(error) and "Traceback" not in str(error), str(error)
    return docs, errors


# Byte strings that look like the inputs: markup, JSON and XML punctuation, BOMs, encodings' lead bytes.
_PIECES = st.sampled_from([b"<", b">", b"<?xml version='1.0'?>", b"<!DOCTYPE rss>", b"<rss>", b"<html>", b"<p>",
                           b"{", b"}", b"[", b"]", b"\"", b"\n", b"\r\n", b"\xef\xbb\xbf", b"\xff\xfe", b"\x00",
                           b"\xc3", b"\xa9", b"\xe2\x80\xa8", b"\x85", b"WARC/1.0\r\n", b"\x1f\x8b", b"&amp;",
                           b"<!--", b"-->", b"]]>", b"text"])
BLOBS = st.one_of(st.binary(max_size=600), st.lists(_PIECES | st.binary(max_size=8), max_size=40).map(b"".join))


@_fuzz(2500)
@given(BLOBS)
def test_sniff_and_read_any_bytes(data: bytes) -> None:
    assert sniff(data, "x") in KINDS
    _read(data)


@_fuzz(2000)
@given(BLOBS)
def test_decode_gives_text_or_one_error(data: bytes) -> None:
    try:
        text = decode_bytes(data, source="blob")
    except InputError as err:
        assert "\n" not in str(err)
        return
    assert isinstance(text, str)


@_fuzz(2000)
@given(st.one_of(st.text(max_size=300), st.binary(max_size=300).map(lambda b: b.decode("latin-1")),
                 st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                              lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner,
                                                                                            max_size=4),
                              max_leaves=20).map(lambda v: json.dumps(v, ensure_ascii=False))))
def test_a_bad_jsonl_line_never_takes_its_neighbours(middle: str) -> None:
    middle = middle.replace("\n", " ")
    lines = [json.dumps({"title": "first", "text": BODY}), middle, json.dumps({"title": "last", "text": BODY})]
    docs, errors = _read("\n".join(lines).encode("utf-8", "surrogatepass"), "dump.jsonl")
    titles = [d.title for d in docs]
    assert titles[0] == "first" and titles[-1] == "last", (titles, [str(e) for e in errors])
    assert all(e.source.endswith("#line=2") for e in errors)


@_fuzz(1500)
@given(st.text(max_size=200), st.binary(max_size=100))
def test_a_bad_feed_item_never_takes_its_neighbours(title: str, raw: bytes) -> None:
    def item(name: str, text: str) -> str:
        return f"<item><title>{escape(name)}</title><link>https://news.example/{abs(hash(name))}</link>" \
               f"<description>{escape(text)}</description></item>"

    clean = "".join(ch for ch in title if ch in "\t\n\r" or (ord(ch) >= 32 and not 0xD800 <= ord(ch) <= 0xDFFF
                    and ord(ch) not in (0xFFFE, 0xFFFF)))
    feed = ('<?xml version="1.0" encoding="utf-8"?>\n<?xml-stylesheet href="s.xsl"?>\n<rss version="2.0"><channel>'
            + item("first", BODY) + item(clean or "x", clean + " " + raw.hex()) + item("last", BODY)
            + "</channel></rss>")
    docs, _ = _read(feed.encode("utf-8"), "wire.xml")
    titles = [d.title for d in docs]
    assert "first" in titles and "last" in titles


def _warc(payloads: list[bytes]) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    for number, payload in enumerate(payloads):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = writer.create_warc_record(f"https://news.example/{number}", "response",
                                           payload=io.BytesIO(payload), http_headers=headers)
        writer.write_record(record)
        record.raw_stream.close()  # the temporary file warcio buffered the payload in (it leaves it open)
    return out.getvalue()


GOOD_PAGE = f"<html><head><title>Accord</title></head><body><article><p>{BODY}</p></article></body></html>".encode()


@_fuzz(1500)
@given(st.binary(max_size=400), st.binary(max_size=200))
def test_warc_records_before_damage_survive(payload: bytes, tail: bytes) -> None:
    data = _warc([GOOD_PAGE, payload]) + tail
    docs, _ = _read(data, "crawl.warc")
    assert docs and docs[0].source.startswith("crawl.warc#offset=0")


_TAGS = st.sampled_from(["p", "div", "span", "article", "h1", "script", "style", "table", "td", "a", "b", "html",
                         "body", "head", "title", "meta", "br", "li", "ul", "iframe", "svg", "math", "template"])
_HTML = st.recursive(st.text(max_size=30).map(escape),
                     lambda inner: st.tuples(_TAGS, st.lists(inner, max_size=4)).map(
                         lambda t: f"<{t[0]}>" + "".join(t[1]) + f"</{t[0]}>"), max_leaves=30)


@_fuzz(1000)
@given(st.one_of(_HTML, st.text(max_size=400), _HTML.map(lambda h: h + f"<p>{BODY}</p>")))
def test_the_html_extractor_returns_an_article_or_one_error(html: str) -> None:
    try:
        article = extract_article(RawDocument(source="page", content=html, media_type="html"))
    except NewsEventsError as err:
        assert "\n" not in str(err)
        return
    assert isinstance(article.text, str)
