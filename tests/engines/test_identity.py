"""The resume key is the content's identity, not the input's name (issue 16.2).

New content under an old name (a re-polled feed, a rewritten JSONL file, a second article on
standard input) is stored; the same content under two names is stored once.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from newsevents.engines.local import ingest
from newsevents.store import Store

pytestmark = pytest.mark.slow  # each test ingests articles through the pipeline

STORIES = [
    ("Harbour workers strike in Valdoria", "Dock workers in the Valdorian port of Estelle walked out on Monday "
     "over unpaid wages, the transport union said, and ships were left waiting outside the harbour."),
    ("Senate rejects budget", "The Senate of Montavia rejected the draft budget on Wednesday after a long "
     "debate, the speaker said, and sent it back to the finance committee for changes."),
    ("Floods close mountain roads", "Heavy rain closed three mountain roads in northern Belavia on Thursday, "
     "police said, and rescuers evacuated forty families from a flooded village."),
    ("Border crossing reopens", "The border crossing between Ostria and Kelland reopened on Friday after "
     "two weeks, the customs agency said, and hundreds of lorries crossed within hours."),
]


def _item(i: int) -> str:
    title, body = STORIES[i]
    text = " ".join([body] * 6)  # over the 120 words that make an item's own content the article
    return (f"<item><title>{title}</title><guid>urn:story:{i}</guid><link>https://news.example/{i}</link>"
            f"<description>{text}</description></item>")


def _feed(items: list[int]) -> str:
    return ('<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
            + "".join(_item(i) for i in items) + "</channel></rss>")


def test_polled_feed_that_gains_two_items_stores_exactly_those(tmp_path: Path) -> None:
    feed = tmp_path / "wire.xml"
    feed.write_text(_feed([0, 1]))
    with Store(tmp_path / "f.db") as store:
        first = ingest([str(feed)], store)
        assert (first.stored, first.errors) == (2, [])
        feed.write_text(_feed([2, 3, 0, 1]))  # newest first: the old items now sit at #item=3 and #item=4
        again = ingest([str(feed)], store)
        assert (again.stored, again.skipped, again.duplicates, again.errors) == (2, 2, 0, [])
        titles = {r["title"] for r in store.query("SELECT title FROM articles")}
        assert titles == {title for title, _ in STORIES}


def _stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))


def test_two_different_stdin_articles_are_both_stored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(tmp_path / "s.db") as store:
        for i in (0, 1):
            _stdin(monkeypatch, "\n\n".join(STORIES[i]))
            run = ingest(["-"], store)
            assert (run.stored, run.skipped, run.errors) == (1, 0, [])
        _stdin(monkeypatch, "\n\n".join(STORIES[1]))  # the same article again: already done
        assert ingest(["-"], store).skipped == 1
        assert store.query("SELECT COUNT(*) AS n FROM articles")[0]["n"] == 2


def test_rewritten_jsonl_under_the_same_name_stores_the_new_lines(tmp_path: Path) -> None:
    data = tmp_path / "dump.jsonl"
    data.write_text(json.dumps({"title": STORIES[0][0], "text": STORIES[0][1]}) + "\n")
    with Store(tmp_path / "j.db") as store:
        assert ingest([str(data)], store).stored == 1
        data.write_text(json.dumps({"title": STORIES[2][0], "text": STORIES[2][1]}) + "\n")  # also #line=1
        run = ingest([str(data)], store)
        assert (run.stored, run.skipped) == (1, 0)


def test_same_content_under_two_names_is_stored_once(tmp_path: Path) -> None:
    text = "\n\n".join(STORIES[3])
    (tmp_path / "a.txt").write_text(text)
    (tmp_path / "copy.txt").write_text(text)
    with Store(tmp_path / "d.db") as store:
        run = ingest([str(tmp_path / "a.txt"), str(tmp_path / "copy.txt")], store)
        assert (run.stored, run.skipped, run.errors) == (1, 1, [])
        assert store.query("SELECT COUNT(*) AS n FROM articles")[0]["n"] == 1
