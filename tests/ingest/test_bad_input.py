"""Every bad input becomes one yielded error naming it and the reason; the batch goes on."""

from __future__ import annotations

import gzip

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsevents.errors import ExtractionError, InputError
from newsevents.extract import extract_article
from newsevents.ingest import IngestOptions, read_bytes
from newsevents.ingest.decode import decode_bytes
from newsevents.ingest.sniff import sniff

from .conftest import ARTICLE, read_all


@pytest.mark.parametrize("name, content, reason", [
    ("empty.txt", b"", "empty input"),
    ("blank.txt", b"  \n\n ", "empty input"),
    ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG image"),
    ("blob.bin", bytes(range(256)) * 8, "binary data"),
    ("cut.html.gz", gzip.compress(b"<html><body><p>text</p></body></html>" * 50)[:60], "truncated or corrupt gzip"),
    ("feed.rss", b"this is not xml at all", "not an RSS/Atom feed"),
    ("broken.xml", b"<?xml version='1.0'?><rss><channel><title>x</tit", "not an RSS/Atom feed"),
    ("bad.json", b"{not json", "not valid JSON"),
])
def test_bad_file_is_one_error_and_the_batch_goes_on(write, name: str, content: bytes, reason: str) -> None:
    bad = write(name, content)
    good = write("good.txt", ARTICLE)
    docs, errors = read_all([str(bad), str(good)])
    assert len(errors) == 1 and reason in str(errors[0]) and errors[0].source.startswith(str(bad.resolve()))
    assert isinstance(errors[0], InputError)
    assert [d.source for d in docs] == [str(good.resolve())]


def test_missing_path() -> None:
    _, errors = read_all(["/no/such/file.txt"])
    assert errors[0].source == "/no/such/file.txt" and "no such file" in errors[0].message


def test_fifty_megabyte_page_is_over_the_size_cap(write) -> None:
    big = write("big.html", b"<html><body>" + b"<p>word word word</p>" * (50 * 1024 * 1024 // 21) + b"</body></html>")
    assert big.stat().st_size > 50_000_000
    _, errors = read_all([str(big)])
    assert "size cap" in errors[0].message


def test_gzip_bomb_is_capped_when_decompressed(write) -> None:
    bomb = write("bomb.txt.gz", gzip.compress(b"a" * 3_000_000))
    _, errors = read_all([str(bomb)], IngestOptions(max_bytes=1_000_000))
    assert "size cap" in errors[0].message


def test_html_with_no_body_is_an_extraction_error(write) -> None:
    docs, _ = read_all([str(write("empty.html", "<html><head><title>Nothing</title></head><body></body></html>"))])
    with pytest.raises(ExtractionError) as caught:
        extract_article(docs[0])
    assert caught.value.source == docs[0].source and "no article text" in caught.value.message


@pytest.mark.parametrize("data, exp", [
    ("Café “quoted” — déjà vu".encode(), "Café “quoted” — déjà vu"),
    ("Café “quoted” — déjà vu".encode("cp1252"), "Café “quoted” — déjà vu"),
    (b"Plain ASCII text. " * 30 + "“smart” quotes".encode("cp1252"), "“smart” quotes"),  # mixed
    ("Résumé ".encode("utf-16"), "Résumé"),
    ("Москва объявила о переговорах ".encode("cp1251") * 5, "Москва объявила"),
])
def test_encodings(data: bytes, exp: str) -> None:
    assert exp in decode_bytes(data, source="x")


def test_mixed_encoding_keeps_the_utf8_parts(write) -> None:
    data = "Zürich talks: “ceasefire” agreed. ".encode() * 20 + "Cost: 5 €".encode("cp1252")
    docs, errors = read_all([str(write("mixed.txt", data))])
    assert not errors and "Zürich talks: “ceasefire”" in docs[0].content and docs[0].content.endswith("5 €")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_give_documents_or_errors_never_exceptions(data: bytes) -> None:
    for item in read_bytes(data, "blob", IngestOptions()):
        assert item.source.startswith("blob")
    assert sniff(data) in ("gzip", "warc", "feed", "html", "json", "jsonl", "text")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=500).filter(lambda t: "\x00" not in t and t.strip()))
def test_utf8_text_round_trips(text: str) -> None:
    try:
        assert decode_bytes(text.encode("utf-8"), source="x") == text
    except InputError as err:  # control-character-heavy text is taken for binary: allowed, but must say so
        assert "binary" in err.message
