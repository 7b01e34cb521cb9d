"""WARC and WARC.gz files made in the test with warcio: HTML responses read, the rest skipped."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsevents.extract import extract_article

from .conftest import PAGE, read_all


def _warc(gzip: bool) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    records = [("https://example.org/2023/10/16/protest", "200 OK", "text/html; charset=utf-8", PAGE.encode()),
               ("https://example.org/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n"),
               ("https://example.org/gone", "404 Not Found", "text/html", b"<html><body>gone</body></html>"),
               ("https://example.org/second", "200 OK", "text/html", PAGE.replace("Paragraph", "Part").encode())]
    for url, status, ctype, payload in records:
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        _write(writer, writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=headers))
    _write(writer, writer.create_warc_record("https://example.org/", "request", payload=io.BytesIO(b"GET /")))
    return out.getvalue()


def _write(writer: WARCWriter, record: ArcWarcRecord) -> None:
    """Write a record and close the temporary file warcio buffered its payload in (it leaves it open)."""
    writer.write_record(record)
    record.raw_stream.close()


@pytest.mark.parametrize("gzip, name", [(True, "crawl.warc.gz"), (False, "crawl.warc"), (True, "no-extension")])
def test_every_html_response_record(write, gzip: bool, name: str) -> None:
    path = write(name, _warc(gzip))
    docs, errors = read_all([str(path)])
    assert errors == []
    assert [d.url for d in docs] == ["https://example.org/2023/10/16/protest", "https://example.org/second"]
    assert all(d.source.startswith(f"{path.resolve()}#offset=") for d in docs)
    assert docs[0].source != docs[1].source
    article = extract_article(docs[0])
    assert article.published == "2023-10-16" and article.site == "example.org"


def test_offsets_are_stable(write) -> None:
    path = write("crawl.warc.gz", _warc(True))
    assert [d.source for d in read_all([str(path)])[0]] == [d.source for d in read_all([str(path)])[0]]


@pytest.mark.parametrize("damage", ["truncate", "garbage"])
def test_malformed_record_is_one_error_after_the_good_ones(write, damage: str) -> None:
    data = _warc(False)
    if damage == "truncate":
        data = data[: len(data) * 2 // 3]
    else:
        data = data + b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: nonsense\r\n\r\n<html>"
    docs, errors = read_all([str(write("bad.warc", data))])
    assert len(errors) == 1 and "malformed WARC record" in errors[0].message
    assert len(docs) >= 1


def test_truncated_warc_gz(write, tmp_path: Path) -> None:
    data = _warc(True)
    _docs, errors = read_all([str(write("cut.warc.gz", data[: len(data) * 2 // 3]))])
    assert len(errors) == 1 and errors[0].source == str((tmp_path / "cut.warc.gz").resolve())
