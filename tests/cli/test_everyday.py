"""Everyday use: the ingest summary names the articles it could not code, an empty result says so,
and no progress bar is drawn when stderr is not a terminal."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newsevents.cli import cli
from newsevents.cli._progress import count_input_files, progress_bar
from newsevents.store import Store

ENGLISH = ("Ministers meet in Nairobi\n\nKenya's foreign minister met his Ugandan counterpart in Nairobi on Monday "
           "to discuss trade across their shared border, officials said.\n")
FRENCH = ("Les ministres se réunissent à Dakar\n\nLe ministre sénégalais des affaires étrangères a rencontré lundi son "
          "homologue malien à Dakar pour parler du commerce entre les deux pays, selon des responsables.\n")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.slow
def test_ingest_summary_counts_articles_not_in_english(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "en.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "in" / "fr.txt").write_text(FRENCH, encoding="utf-8")
    code, out, err = run("ingest", str(tmp_path / "in"), "--db", str(tmp_path / "x.db"), "-j", "1")
    assert code == 0, err
    out = " ".join(out.split())  # rich wraps lines at the console's width
    assert "2 stored" in out and "1 not in English" in out
    assert "1 article is not in English (50% of those stored): stored, but no actors, events" in out
    assert "ingesting" not in err  # stderr is not a terminal here: no progress bar


def _empty_db(tmp_path: Path) -> str:
    db = tmp_path / "empty.db"
    with Store(db):
        pass
    return str(db)


@pytest.mark.parametrize("command", ["events", "merged"])
def test_an_empty_result_says_so_on_stderr(tmp_path: Path, command: str) -> None:
    code, out, err = run(command, "--db", _empty_db(tmp_path), "--actor-code", "RUS", "--format", "json")
    assert code == 0
    assert out == ""  # piped output stays empty
    assert err.startswith(f"no {'merged events' if command == 'merged' else 'events'} match ")
    assert "--actor-code RUS" in err


def test_events_with_no_filter_on_an_empty_database(tmp_path: Path) -> None:
    code, out, err = run("events", "--db", _empty_db(tmp_path))
    assert (code, out) == (0, "")
    assert "no events match" in err


def test_a_disabled_progress_bar_prints_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    with progress_bar("working", 3, enabled=False) as advance:
        for _ in range(3):
            advance("x")
    assert capsys.readouterr() == ("", "")


def test_the_progress_total_is_known_only_for_one_article_files(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text("<p>x</p>")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("x")
    assert count_input_files((str(tmp_path),)) == 2
    (tmp_path / "c.jsonl").write_text("{}\n")
    assert count_input_files((str(tmp_path),)) is None  # a JSONL file holds any number of articles
    assert count_input_files(("-",)) is None
    assert count_input_files(("https://example.org/a",)) is None


def test_the_progress_bar_shows_total_rate_and_time_left(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from rich.console import Console

    from newsevents.cli import _progress

    screen = io.StringIO()
    monkeypatch.setattr(_progress, "err_console", Console(file=screen, force_terminal=True, width=160))
    with progress_bar("exporting", 4, "tables") as advance:
        for name in ("articles", "events", "actors"):
            advance(name)
    shown = screen.getvalue()
    assert "exporting" in shown and "3/4" in shown and "tables" in shown and "eta" in shown
