"""`newsevents ingest` on hostile inputs: exit codes 0/1/2, odd names, loops, missing paths (issue 16.3, 16.8)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsevents.cli import cli

GOOD = ("Dockers strike in Estelle\n\nDock workers in the port of Estelle walked out on Monday over unpaid "
        "wages, the transport union said.\n")


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.output


def test_a_nonexistent_path_is_exit_2_and_no_database(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    code, out = run("ingest", str(tmp_path / "nowhere.txt"), "--db", str(db), "-q", "-j", "1")
    assert code == 2 and "no such file" in out
    assert not db.exists()


@pytest.mark.slow  # an ingest: the pipeline in a CLI subprocess
def test_exit_codes_all_stored_some_failed_nothing_read(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD)
    (tmp_path / "empty.txt").write_text("   \n")
    db = str(tmp_path / "e.db")
    assert run("ingest", str(tmp_path / "empty.txt"), "--db", db, "-q", "-j", "1")[0] == 2
    assert run("ingest", str(tmp_path / "good.txt"), str(tmp_path / "empty.txt"), "--db", db, "-q", "-j", "1")[0] == 1
    assert run("ingest", str(tmp_path / "good.txt"), "--db", db, "-q", "-j", "1")[0] == 0  # already done is success


@pytest.mark.slow  # an ingest: the pipeline in a CLI subprocess
def test_rich_markup_in_a_path_is_printed_not_parsed(tmp_path: Path) -> None:
    folder = tmp_path / "in["  # its files' paths read "in[/red] ...": a closing tag with no opening one
    folder.mkdir()
    (folder / "red] empty [link=x].txt").write_text(" ")
    (folder / "good.txt").write_text(GOOD)
    code, out = run("ingest", str(folder), "--db", str(tmp_path / "m.db"), "--workers", "1")
    assert code == 1
    assert "in[/red]empty[link=x].txt:emptyinput" in "".join(out.split())  # the console may wrap the line


@pytest.mark.slow  # an ingest: the pipeline in a CLI subprocess
@pytest.mark.skipif(os.uname().sysname == "Darwin", reason="macOS file systems refuse non-UTF-8 names")
def test_a_file_name_that_is_not_utf8_is_stored_twice_without_a_traceback(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), b"caf\xe9-report.txt"), "wb") as stream:
        stream.write(GOOD.encode())
    db = tmp_path / "n.db"
    for _ in range(2):  # the re-run skips it: no crash on the name either time
        code, out = run("ingest", str(folder), "--db", str(db), "-j", "1")
        assert code == 0, out
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT source FROM ingest_log").fetchall() == [(f"{folder}/caf\\xe9-report.txt",)]


@pytest.mark.slow  # an ingest: the pipeline in a CLI subprocess
def test_a_symlink_loop_argument_is_one_error(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    (tmp_path / "good.txt").write_text(GOOD)
    code, out = run("ingest", str(tmp_path / "a"), str(tmp_path / "good.txt"), "--db", str(tmp_path / "l.db"),
                    "-j", "1")
    assert code == 1 and "symlink loop" in out.lower() and "Traceback" not in out


@pytest.mark.slow  # an ingest: the pipeline in a CLI subprocess
def test_a_database_name_with_a_hash_is_that_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "good.txt").write_text(GOOD)
    assert run("ingest", "good.txt", "--db", "odd#name.db", "-q", "-j", "1")[0] == 0
    code, out = run("stats", "--db", "odd#name.db", "--json")
    assert code == 0 and '"articles": 1' in out
    assert not (tmp_path / "odd").exists()
