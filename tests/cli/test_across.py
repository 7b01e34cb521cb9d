"""The export and stories commands on a hand-built database (no NLP): filters, and what an empty result says."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newsevents.aggregate import update
from newsevents.cli import cli
from newsevents.store import Store
from tests.handmade import make_result

ARREST = dict(cameo="173", source_code="KENCOP", target_code="KENOPP", date="2024-10-15", sentence="s", rule="t")
VISIT = dict(cameo="042", source_code="USAGOV", target_code="FRAGOV", date="2024-11-02", sentence="s", rule="t")


def _db(tmp_path: Path) -> Path:
    path = tmp_path / "t.db"
    with Store(path) as store:
        store.write_result(make_result("Police arrested protesters in Nairobi on Tuesday.", [ARREST]))
        store.write_result(make_result("The US delegation visited Paris on Saturday.", [VISIT]))
        update(store)
    return path


def test_export_filters_are_the_events_filters(tmp_path: Path) -> None:
    db = _db(tmp_path)
    result = CliRunner().invoke(cli, ["export", "--db", str(db), "-o", str(tmp_path / "out"), "--table", "events",
                                      "--table", "articles", "--code", "04", "--since", "2024-11-01"])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in (tmp_path / "out" / "events.jsonl").read_text().splitlines()]
    assert [e["cameo"] for e in events] == ["042"]
    articles = (tmp_path / "out" / "articles.jsonl").read_text().splitlines()
    assert len(articles) == 1 and "Paris" in articles[0]


def test_export_refuses_filters_on_gdelt(tmp_path: Path) -> None:
    db = _db(tmp_path)
    result = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "gdelt", "-o",
                                      str(tmp_path / "g.csv"), "--code", "04"])
    assert result.exit_code == 2 and "not to --format gdelt" in result.output


def test_stories_says_so_when_there_are_none(tmp_path: Path) -> None:
    db = _db(tmp_path)
    result = CliRunner().invoke(cli, ["stories", "--db", str(db), "--format", "json"])
    assert result.exit_code == 0
    assert result.stdout == "" and "no stories with at least 2 articles among 2 articles" in result.stderr


def test_stories_lists_a_story_of_two_outlets(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    lead = " More words follow here so that the lead paragraph is long enough."
    with Store(path) as store:
        for text, site in (("Chile signed a fishing pact with Norway." + lead, "A"),
                           ("Norway and Chile agreed on fishing quotas." + lead, "B")):
            store.write_result(make_result(text, [dict(ARREST, sentence_start=0)], site=site))
        update(store)
    result = CliRunner().invoke(cli, ["stories", "--db", str(path), "--format", "json"])
    [story] = [json.loads(line) for line in result.stdout.splitlines()]
    assert (story["n_articles"], story["n_sites"]) == (2, 2)


def test_export_dates_are_the_events_dates(tmp_path: Path) -> None:
    db = _db(tmp_path)
    bad = CliRunner().invoke(cli, ["export", "--db", str(db), "-o", str(tmp_path / "out"), "--since", "yesterday"])
    assert bad.exit_code != 0 and len(bad.output.strip().splitlines()) == 1 and "yesterday" in bad.output
    assert not (tmp_path / "out").exists()
    week = CliRunner().invoke(cli, ["export", "--db", str(db), "-o", str(tmp_path / "out"), "--table", "events",
                                    "--until", "2024-W42"])  # 14-20 October 2024
    assert week.exit_code == 0, week.output
    events = [json.loads(line) for line in (tmp_path / "out" / "events.jsonl").read_text().splitlines()]
    assert [e["cameo"] for e in events] == ["173"]
