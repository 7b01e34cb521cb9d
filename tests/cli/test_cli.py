"""The CLI as a user meets it: help, JSON on stdout, one-line errors, idempotent ingest."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsevents.cli import cli

REPO = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((REPO / "docs" / "schema" / "article-result.schema.json").read_text())
SAMPLE = REPO / "examples" / "corpus"

pytestmark = pytest.mark.slow


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=input)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def test_help_lists_the_commands() -> None:
    code, out, _ = run("--help")
    assert code == 0
    for command in ("extract", "ingest", "events", "stats"):
        assert command in out


def test_extract_example_article_validates_and_drops_chrome(shared_dir: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    path = shared_dir / "corpus" / "putin-middle-east-calls.txt"
    code, out, _ = run("extract", str(path), "--published", "2023-10-16")
    assert code == 0
    lines = out.strip().splitlines()
    assert len(lines) == 1, "piped output is one compact JSON line per article"
    doc = json.loads(lines[0])
    jsonschema.validate(doc, SCHEMA)
    text = doc["article"]["text"]
    assert "Back to top button" not in text and "Leave a Reply" not in text
    assert doc["article"]["title"].startswith("Putin held talks")
    labels = {(e["text"], e["label"]) for e in doc["entities"]}
    assert ("Vladimir Putin", "PERSON") in labels
    for item in doc["entities"]:
        assert text[item["start"]:item["end"]] == item["text"]
    for actor in doc["actors"]:
        for mention in actor["mentions"]:
            assert text[mention["start"]:mention["end"]] == mention["text"]


def test_extract_reads_stdin() -> None:
    code, out, _ = run("extract", "-", "--published", "2024-01-02",
                       input="Talks in Cairo\n\nEgypt's foreign minister met his Qatari counterpart on Monday.\n")
    assert code == 0
    doc = json.loads(out)
    assert doc["article"]["title"] == "Talks in Cairo"
    assert doc["article"]["published"] == "2024-01-02"


def test_all_entities_reaches_the_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsevents import nlp

    seen = []
    real_parse = nlp.parse

    def parse(text: str, model: str | None = None, all_entities: bool = False, language: str = "en"):
        seen.append(all_entities)
        return real_parse(text, model, all_entities, language)

    monkeypatch.setattr(nlp, "parse", parse)
    text = "Talks in Cairo\n\nThe delegates of Egypt left on Monday.\n"
    for flag in ((), ("--all-entities",)):
        code, out, _ = run("extract", "-", *flag, input=text)
        assert code == 0 and ("Egypt", "GPE") in {(e["text"], e["label"]) for e in json.loads(out)["entities"]}
    assert seen == [False, True]


def test_bad_input_is_one_line_and_nonzero(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    code, out, err = run("extract", str(empty))
    assert code != 0
    assert out == ""
    assert "empty.txt" in err and len(err.strip().splitlines()) == 1


def test_ingest_twice_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "sample.db"
    code, _, _ = run("ingest", str(SAMPLE), "--db", str(db), "--quiet")
    assert code == 0
    with sqlite3.connect(db) as conn:
        first = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                 for t in ("articles", "actors", "events", "quotes", "counts", "times", "places")}
    assert first["articles"] >= 12
    code, _, _ = run("ingest", str(SAMPLE), "--db", str(db), "--quiet")
    assert code == 0
    with sqlite3.connect(db) as conn:
        second = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in first}
    assert second == first

    code, out, _ = run("events", "--db", str(db), "--format", "json")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == first["events"]
    code, out, _ = run("events", "--db", str(db), "--format", "csv", "--code", "04")
    assert code == 0 and out.splitlines()[0].startswith("article_id,")
    code, out, _ = run("stats", "--db", str(db), "--json")
    assert code == 0 and json.loads(out)["rows"]["articles"] == first["articles"]


def test_events_on_missing_db_fails_cleanly(tmp_path: Path) -> None:
    code, _, err = run("events", "--db", str(tmp_path / "nope.db"))
    assert code == 2 and "nope.db" in err
