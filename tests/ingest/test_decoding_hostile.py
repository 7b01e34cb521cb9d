"""Silent losses in decoding and record splitting (issue 16.6) and per-page limits (issue 16.7)."""

from __future__ import annotations

import json
import time

import pytest

from newsevents.errors import ExtractionError
from newsevents.extract import extract_article
from newsevents.ingest.decode import decode_bytes, utf16_without_bom
from newsevents.ingest.limits import nesting_depth

from .conftest import read_all

TEXT = "Dock workers in the port of Estelle walked out on Monday over unpaid wages, the union said."


def test_jsonl_lines_end_at_newline_only(write) -> None:
    records = [{"title": f"Story {i}", "text": f"{TEXT} Line\u2028break\u0085here\u2029and\x1cthere {i}."}
               for i in range(3)]
    path = write("dump.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\r\n")
    docs, errors = read_all([str(path)])
    assert errors == [] and [d.title for d in docs] == ["Story 0", "Story 1", "Story 2"]
    assert "\u2028" in docs[0].content


def test_a_line_nested_too_deep_costs_only_that_line(write) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    lines = [json.dumps({"text": TEXT + " One."}), deep, json.dumps({"text": TEXT + " Two."}), "9" * 5000,
             json.dumps({"text": TEXT + " Three."})]
    docs, errors = read_all([str(write("deep.jsonl", "\n".join(lines)))])
    assert len(docs) == 3 and docs[1].content.endswith("Two.") and docs[2].content.endswith("Three.")
    assert [e.source.rsplit("#", 1)[1] for e in errors] == ["line=2", "line=4"]
    assert "nested too deeply" in errors[0].message


def test_a_json_document_nested_too_deep_is_one_error(write) -> None:
    docs, errors = read_all([str(write("deep.json", "{\"a\":" * 50_000 + "1" + "}" * 50_000))])
    assert docs == [] and len(errors) == 1 and "nested too deeply" in errors[0].message


def test_utf8_with_many_stray_windows_1252_bytes_is_repaired_not_mojibake() -> None:
    utf8 = "Zürich and Genève signed the accord, the mayor of Besançon said. ".encode()
    cp1252 = "Le café était fermé à Noël – «très» cher. ".encode("cp1252")
    data = (utf8 + cp1252) * 20  # about 8% of the bytes are invalid UTF-8
    text = decode_bytes(data, source="mixed")
    assert "Zürich" in text and "Genève" in text and "café était fermé à Noël – «très»" in text
    assert "Ã" not in text


def test_pure_windows_1252_is_still_read_as_such() -> None:
    data = ("Le ministre a déclaré à la presse que l'accord était signé. " * 5).encode("cp1252")
    assert "déclaré à la presse" in decode_bytes(data, source="cp1252")


def test_utf16_without_a_bom_is_text(write) -> None:
    page = f"<html><head><title>Strike</title></head><body><p>{TEXT} Zürich.</p></body></html>"
    for encoding, exp in (("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be")):
        data = page.encode(encoding)
        assert utf16_without_bom(data) == exp
        docs, errors = read_all([str(write(f"page-{encoding}", data))])
        assert errors == [] and docs[0].media_type == "html" and "Zürich" in docs[0].content
    assert utf16_without_bom(TEXT.encode()) is None
    assert utf16_without_bom(bytes(range(256)) * 4) is None


def test_html_nested_deeper_than_the_parser_allows_keeps_its_text(write) -> None:
    paragraphs = "".join(f"<p>Paragraph {i}: {TEXT}</p>" for i in range(6))
    page = ("<html><head><title>Strike in Estelle</title></head><body>" + "<div><span>" * 600 + paragraphs
            + "</span></div>" * 600 + "</body></html>")
    assert nesting_depth(page, stop_at=10_000) == 1202  # html, body and 600 div-span pairs
    docs, errors = read_all([str(write("deep.html", page))])
    assert errors == []
    article = extract_article(docs[0])
    assert "Paragraph 5: Dock workers" in article.text


def test_a_page_with_too_many_elements_is_one_error_before_parsing(write) -> None:
    page = "<html><body>" + "<p>x</p>" * 150_000 + "</body></html>"
    started = time.monotonic()
    docs, errors = read_all([str(write("million.html", page))])
    assert docs == [] and len(errors) == 1 and "elements, over the limit" in errors[0].message
    assert time.monotonic() - started < 5


def test_a_stray_nul_in_one_jsonl_line_costs_only_that_line(write) -> None:  # found by the fuzz suite
    lines = [json.dumps({"text": TEXT + " One."}), "\x00", json.dumps({"text": TEXT + " Two."})]
    docs, errors = read_all([str(write("nul.jsonl", "\n".join(lines)))])
    assert len(docs) == 2 and [e.source.rsplit("#", 1)[1] for e in errors] == ["line=2"]


def test_markup_that_trips_htmldate_is_an_extraction_error(write) -> None:  # found by the fuzz suite
    docs, _ = read_all([str(write("odd.html", "<iframe><html></html></iframe>"))])
    with pytest.raises(ExtractionError):
        extract_article(docs[0])
