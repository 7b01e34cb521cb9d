"""The bundled sample corpus and its golden answers agree with each other.

Gold files are only useful if every piece of evidence they cite can be found in the article
they describe: a typo in a gold file silently turns into a "missed" item for every system that
is scored against it. These tests catch that before any scoring runs, and check the corpus
conventions (title line, date line, formats) that the ingest stage and the README rely on.
No spaCy: everything here is plain text and JSON, so the whole module runs in well under a second.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "examples" / "corpus"
GOLD = REPO / "tests" / "data" / "gold"
GOLD_FILES = sorted(GOLD.glob("*.json"))
TXT_FILES = sorted(CORPUS.glob("*.txt"))

# The two accepted date-line forms of a .txt article (line 3); see examples/README.md.
PUBLISHED_RE = re.compile(r"^Published: (\d{4}-\d{2}-\d{2})$")
BYLINE_RE = re.compile(r"^By [^|]+ \| ([A-Z][a-z]+ \d{1,2}, \d{4})$")
ACTOR_CODE_RE = re.compile(r"^(?:[A-Z]{3})+$")
# ISO date, year-month, year, or ISO week: the coarser values FORMAT.md allows.
TIME_VALUE_RE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?$")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
BOUNDS = {"exact", "more_than", "less_than", "about"}
ACTOR_KINDS = {"person", "organization", "country", "group"}
QUOTE_KINDS = {"direct", "indirect"}
RSS_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"


def _load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def _article_text(gold_path: Path, gold: dict[str, Any]) -> str:
    return (gold_path.parent / gold["text_file"]).read_text(encoding="utf-8")


def _date_line(text: str) -> dt.date:
    """Publication date from line 3 of a corpus .txt file, in either accepted form."""
    line = text.splitlines()[2]
    if m := PUBLISHED_RE.match(line):
        return dt.date.fromisoformat(m.group(1))
    if m := BYLINE_RE.match(line):
        return dt.datetime.strptime(m.group(1), "%B %d, %Y").date()
    raise AssertionError(f"line 3 is not a date line: {line!r}")


def _codes(value: str | list[str] | None) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _shingles(text: str, k: int = 5) -> set[tuple[str, ...]]:
    words = _words(text)
    return {tuple(words[i : i + k]) for i in range(len(words) - k + 1)}


def _jaccard(a: str, b: str) -> float:
    sa, sb = _shingles(a), _shingles(b)
    return len(sa & sb) / len(sa | sb)


def test_there_are_enough_gold_files() -> None:
    assert len(GOLD_FILES) >= 6


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_file_points_at_its_article(gold_path: Path) -> None:
    gold = _load(gold_path)
    assert gold["id"] == gold_path.stem
    article = (gold_path.parent / gold["text_file"]).resolve()
    assert article.is_file(), f"text_file does not resolve: {gold['text_file']}"
    assert article.parent == CORPUS.resolve()
    text = article.read_text(encoding="utf-8")
    assert gold["title"] == text.splitlines()[0]
    assert dt.date.fromisoformat(gold["published"]) == _date_line(text)


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.stem)
def test_every_cited_string_occurs_verbatim(gold_path: Path) -> None:
    gold = _load(gold_path)
    text = _article_text(gold_path, gold)
    cited: list[tuple[str, str]] = []
    cited += [("not_in_body", s) for s in gold["not_in_body"]]
    cited += [("event", e["evidence"]) for e in gold.get("events", [])]
    cited += [("not_event", e["evidence"]) for e in gold.get("not_events", [])]
    cited += [("quote", q["text"]) for q in gold.get("quotes", [])]
    cited += [("count", c["evidence"]) for c in gold.get("counts", [])]
    cited += [("time", t["text"]) for t in gold.get("times", [])]
    cited += [("place", p["text"]) for p in gold.get("places", [])]
    cited += [("mention", m) for a in gold.get("actors", []) for m in a["mentions"]]
    missing = [(part, s) for part, s in cited if s not in text]
    assert not missing, f"not found verbatim in {gold['text_file']}: {missing}"


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_fields_are_well_formed(gold_path: Path) -> None:
    gold = _load(gold_path)
    for actor in gold["actors"]:
        assert actor["kind"] in ACTOR_KINDS, actor
        assert actor["country"] is None or re.fullmatch(r"[A-Z]{3}", actor["country"]), actor
        assert actor["codes"] and all(ACTOR_CODE_RE.match(c) for c in actor["codes"]), actor
        if actor["country"]:
            assert any(c.startswith(actor["country"]) for c in actor["codes"]), actor
    for event in gold["events"]:
        assert event["cameo"] and all(re.fullmatch(r"\d{2,4}", c) for c in event["cameo"]), event
        assert all(1 <= int(c[:2]) <= 20 for c in event["cameo"]), event
        for code in _codes(event["source"]) + _codes(event["target"]):
            assert ACTOR_CODE_RE.match(code), event
        assert event["date"] is None or TIME_VALUE_RE.match(event["date"]), event
    for not_event in gold["not_events"]:
        assert re.fullmatch(r"\d{2}", not_event["cameo_root"]) and 1 <= int(not_event["cameo_root"]) <= 20
    for quote in gold["quotes"]:
        assert quote["kind"] in QUOTE_KINDS and quote["speaker_codes"], quote
    for count in gold["counts"]:
        assert count["bound"] in BOUNDS and isinstance(count["value"], int) and count["value"] >= 0, count
    for time in gold["times"]:
        assert TIME_VALUE_RE.match(time["value"]), time
    for item in [*gold["actors"], *gold["events"], *gold["quotes"], *gold["counts"], *gold["times"]]:
        assert item.get("required", True) in (True, False), item


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.stem)
def test_weekday_times_fall_in_the_week_before_publication(gold_path: Path) -> None:
    """A bare weekday ("on Tuesday") is the named day within a week of the publication date."""
    gold = _load(gold_path)
    published = dt.date.fromisoformat(gold["published"])
    for time in gold["times"]:
        if time["text"] in WEEKDAYS and time.get("required", True):
            value = dt.date.fromisoformat(time["value"])
            assert WEEKDAYS[value.weekday()] == time["text"], time
            assert -6 <= (value - published).days <= 0, time


def test_cameo_codes_exist_in_reference(shared_dir: Path) -> None:
    with (shared_dir / "reference" / "cameo_codes.tsv").open(encoding="utf-8") as handle:
        known = {row["code"] for row in csv.DictReader(handle, delimiter="\t")}
    unknown = {
        (path.name, code)
        for path in GOLD_FILES
        for event in _load(path)["events"]
        for code in event["cameo"]
        if code not in known
    }
    assert not unknown


@pytest.mark.parametrize("path", TXT_FILES, ids=lambda p: p.stem)
def test_txt_articles_follow_the_corpus_convention(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0].strip() and lines[1] == "" and lines[3] == "", "title, blank, date line, blank"
    assert dt.date(2024, 1, 1) <= _date_line(text) <= dt.date(2024, 12, 31)
    assert 150 <= len(text.split()) <= 450


def test_html_page_carries_metadata() -> None:
    (page,) = CORPUS.glob("*.html")
    html = page.read_text(encoding="utf-8")
    for needle in ('property="article:published_time"', 'property="og:title"', 'name="author"',
                   'id="cookie-banner"', "Related articles", "comment-form", "<footer"):
        assert needle in html, needle


def test_jsonl_records_are_complete() -> None:
    (path,) = CORPUS.glob("*.jsonl")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 2
    for record in records:
        assert set(record) == {"url", "title", "published", "text"}
        dt.date.fromisoformat(record["published"])
        assert 150 <= len(record["text"].split()) <= 450


def test_rss_items_carry_full_text() -> None:
    (path,) = CORPUS.glob("*.xml")
    root = ET.parse(path).getroot()
    assert root.tag == "rss" and root.get("version") == "2.0"
    items = root.findall("./channel/item")
    assert len(items) == 2
    for item in items:
        assert item.findtext("pubDate") and item.findtext("title")
        body = re.sub(r"<[^>]+>", " ", item.findtext(RSS_CONTENT) or "")
        assert 150 <= len(body.split()) <= 450


def test_near_duplicate_pair_is_close_and_others_are_not() -> None:
    """The wire/rewrite pair shares most 5-word shingles; no other pair of articles does."""
    texts = {p.name: p.read_text(encoding="utf-8") for p in TXT_FILES}
    pair = ("09-ceasefire-talks-rewrite.txt", "09-ceasefire-talks-wire.txt")
    assert _jaccard(texts[pair[0]], texts[pair[1]]) > 0.5
    assert texts[pair[0]].splitlines()[0] != texts[pair[1]].splitlines()[0]
    names = sorted(texts)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            if (a, b) != pair:
                assert _jaccard(texts[a], texts[b]) < 0.1, (a, b)


def test_readme_describes_every_file() -> None:
    readme = (CORPUS.parent / "README.md").read_text(encoding="utf-8")
    assert "MIT" in readme
    for path in CORPUS.iterdir():
        if path.name != "README.md":
            assert f"`{path.name}`" in readme, path.name
