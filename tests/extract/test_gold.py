"""The example article and the gold articles of ../shared: chrome gone, every sentence kept, titles right."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newsevents.extract import extract_article
from newsevents.model import RawDocument

CHROME = ["Leave a Reply", "Your email address will not be published", "Required fields are marked *",
          "Back to top button"]


def _gold_files(shared: Path) -> list[Path]:
    return sorted((shared / "gold").glob("*.json"))


def _raw(gold_file: Path) -> RawDocument:
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    if gold.get("html_file"):
        html = gzip.decompress((gold_file.parent / gold["html_file"]).read_bytes()).decode("utf-8")
        return RawDocument(source=gold["id"], content=html, media_type="html")
    text = (gold_file.parent / gold["text_file"]).read_text(encoding="utf-8")
    return RawDocument(source=gold["id"], content=text, media_type="text")


def test_example_article_keeps_every_sentence_and_drops_chrome(example_article_text: str) -> None:
    article = extract_article(RawDocument(source="example", content=example_article_text), published="2023-10-16")
    lines = [line.strip() for line in example_article_text.splitlines() if line.strip()]
    assert article.title == lines[0]
    body_lines = [line for line in lines if not any(line.startswith(c) for c in CHROME)]
    assert len(body_lines) == len(lines) - 3  # "Leave a Reply", the email line, "Back to top button"
    for line in body_lines:
        assert line in article.text
    for chrome in CHROME:
        assert chrome not in article.text
    assert article.text.startswith(lines[0] + "\n\n")
    assert article.published == "2023-10-16"
    assert article.language == "en"
    assert article.extraction_method == "text"


def test_gold_articles_have_no_chrome_and_their_titles(shared_dir: Path) -> None:
    files = _gold_files(shared_dir)
    assert len(files) >= 9
    for gold_file in files:
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        article = extract_article(_raw(gold_file), published=gold.get("published"))
        assert article.title == gold["title"], gold["id"]
        for chrome in gold.get("not_in_body", []):
            assert chrome not in article.text, (gold["id"], chrome)
        if gold.get("published"):
            assert article.published == gold["published"], gold["id"]


def _norm(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").split())


def test_gold_event_evidence_survives_extraction(shared_dir: Path) -> None:
    """Nearly every gold event's evidence is in the extracted text (the known miss is the xfail below)."""
    found, missed = 0, []
    for gold_file in _gold_files(shared_dir):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text = _norm(extract_article(_raw(gold_file)).text)
        for event in gold.get("events", []):
            if event.get("evidence") and _norm(event["evidence"]) in text:
                found += 1
            elif event.get("evidence"):
                missed.append((gold["id"], event["evidence"]))
    assert found / (found + len(missed)) >= 0.9, missed


@pytest.mark.xfail(reason="trafilatura drops RT's lead paragraph (a 'summary' block); the benchmark's gold "
                   "treats most such standfirsts as not body, so it is not put back", strict=True)
def test_rt_lead_paragraph_is_kept(shared_dir: Path) -> None:
    gold_file = shared_dir / "gold" / "4a44ab3e.json"
    text = _norm(extract_article(_raw(gold_file)).text)
    assert "violent clashes erupted between the socialist leader’s supporters and security forces" in text


@pytest.mark.slow
def test_benchmark_reaches_the_target(shared_dir: Path) -> None:
    """The whole 181-page benchmark: F1 (4-word shingles) must stay at or above 0.960."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from extraction import run

    from newsevents.extract.score import aggregate

    results, _ = run(shared_dir / "bench" / "article-extraction")
    precision, recall, f1 = aggregate(r["shingle4"] for r in results.values())
    assert len(results) == 181
    assert f1 >= 0.960, (precision, recall, f1)
