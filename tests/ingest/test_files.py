"""Files, directories, gzip, JSON/JSONL, stdin: each kind read, sniffed by content, keyed stably."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from newsevents.extract import extract_article
from newsevents.ingest import IngestOptions
from newsevents.ingest.sniff import sniff

from .conftest import ARTICLE, PAGE, read_all


def test_text_file(write) -> None:
    path = write("story.txt", ARTICLE)
    docs, errors = read_all([str(path)])
    assert errors == []
    assert [(d.source, d.media_type) for d in docs] == [(str(path.resolve()), "text")]
    assert docs[0].content == ARTICLE


@pytest.mark.parametrize("name", ["page.html", "page.htm", "page.txt", "page"])
def test_html_is_found_by_content_whatever_the_name(write, name: str) -> None:
    docs, errors = read_all([str(write(name, PAGE))])
    assert not errors and docs[0].media_type == "html"


def test_gzip_html(write) -> None:
    docs, errors = read_all([str(write("page.html.gz", gzip.compress(PAGE.encode())))])
    assert not errors and docs[0].media_type == "html"
    article = extract_article(docs[0])
    assert article.title == "Protest in the capital" and "arrested twelve people" in article.text


def test_directory_is_walked_recursively_in_order_and_skips_hidden(write, tmp_path: Path) -> None:
    write("b.txt", ARTICLE)
    write("sub/deeper/a.txt", ARTICLE)
    write(".hidden.txt", ARTICLE)
    write(".git/c.txt", ARTICLE)
    docs, errors = read_all([str(tmp_path)])
    assert not errors
    assert [Path(d.source).relative_to(tmp_path.resolve()).as_posix() for d in docs] == ["b.txt", "sub/deeper/a.txt"]
    flat, _ = read_all([str(tmp_path)], IngestOptions(recursive=False))
    assert len(flat) == 1


def test_jsonl_with_configured_and_nested_fields(write) -> None:
    lines = [{"doc": {"body": ARTICLE}, "link": "https://example.org/2023/10/16/story", "headline": "Marches",
              "date": "2023-10-16T08:00:00Z"},
             {"doc": {"markup": PAGE}},
             {"nothing": 1}]
    path = write("batch.jsonl", "\n".join(json.dumps(x) for x in lines) + "\nnot json\n")
    options = IngestOptions(json_text_field="doc.body", json_html_field="doc.markup", json_url_field="link",
                            json_title_field="headline", json_date_field="date")
    docs, errors = read_all([str(path)], options)
    assert [d.source.rsplit("#", 1)[1] for d in docs] == ["line=1", "line=2"]
    assert docs[0].title == "Marches" and docs[0].url.endswith("/story") and docs[1].media_type == "html"
    assert [e.source.rsplit("#", 1)[1] for e in errors] == ["line=3", "line=4"]
    assert "neither" in errors[0].message and "not valid JSON" in errors[1].message
    assert extract_article(docs[0]).published == "2023-10-16"


def test_json_list_and_single_object(write) -> None:
    docs, errors = read_all([str(write("list.json", json.dumps([{"text": ARTICLE}, {"text": ARTICLE + "x"}])))])
    assert not errors and [d.source.rsplit("#", 1)[1] for d in docs] == ["record=1", "record=2"]
    docs, errors = read_all([str(write("one.json", json.dumps({"text": ARTICLE, "title": "T"})))])
    assert not errors and docs[0].title == "T" and "#" not in docs[0].source


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode())))
    docs, errors = read_all(["-"])
    assert not errors and docs[0].source == "<stdin>" and docs[0].content == ARTICLE


def test_sources_are_unique_and_stable(write, tmp_path: Path) -> None:
    write("a.jsonl", "\n".join(json.dumps({"text": f"{ARTICLE} {i}"}) for i in range(5)))
    write("b.txt", ARTICLE)
    first, _ = read_all([str(tmp_path)])
    second, _ = read_all([str(tmp_path)])
    assert [d.source for d in first] == [d.source for d in second]
    assert len({d.source for d in first}) == len(first) == 6


@pytest.mark.parametrize("data, name, exp", [
    (b"WARC/1.0\r\n", "x", "warc"),
    (b"\x1f\x8b\x08\x00", "x.html.gz", "gzip"),
    (b'<?xml version="1.0"?>\n<rss version="2.0"><channel>', "feed.txt", "feed"),
    (b"<feed xmlns='http://www.w3.org/2005/Atom'>", "x", "feed"),
    (b"<!DOCTYPE html><html>", "notes.txt", "html"),
    (b'{"text": "a"}\n{"text": "b"}\n', "x.json", "jsonl"),
    (b'[{"text": "a"}]', "x.txt", "json"),
    (b"Just words.", "x.txt", "text"),
    (b"Just words.", "feed.rss", "feed"),
    (b"Just words.", "page.html", "text"),
])
def test_sniff(data: bytes, name: str, exp: str) -> None:
    assert sniff(data, name) == exp
