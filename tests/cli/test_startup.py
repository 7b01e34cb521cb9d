"""The CLI starts without its heavy libraries: `newsevents --help`, a command's `--help` and the database
commands import neither spaCy nor pandas nor pyarrow (a behaviour test on ``sys.modules``, not a timing;
benchmarks/startup.py measures the time)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
import pytest

from newsevents.cli import COMMANDS, cli

SRC = str(Path(__file__).resolve().parents[2] / "src")
HEAVY = ("spacy", "pandas", "pyarrow", "fastapi", "uvicorn", "dask", "trafilatura", "datasketch")

PROBE = """
import json, sys
sys.argv = ["newsevents", *json.loads(sys.argv[1])]
from newsevents.cli import main
try:
    main()
except SystemExit:
    pass
sys.stderr.write("\\nMODULES " + json.dumps(sorted(m for m in {heavy} if m in sys.modules)) + "\\n")
"""


def _heavy_modules(args: list[str]) -> list[str]:
    proc = subprocess.run([sys.executable, "-c", PROBE.format(heavy=HEAVY), json.dumps(args)], capture_output=True,
                          text=True, timeout=120, env={"PYTHONPATH": SRC, "PATH": ""}, check=False)
    line = [x for x in proc.stderr.splitlines() if x.startswith("MODULES ")]
    assert line, proc.stderr
    return json.loads(line[-1].removeprefix("MODULES "))


def test_importing_the_cli_loads_no_heavy_library() -> None:
    code = f"import sys, newsevents.cli; print([m for m in {HEAVY} if m in sys.modules])"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env={"PYTHONPATH": SRC, "PATH": ""}, check=True)
    assert proc.stdout.strip() == "[]"


@pytest.mark.parametrize("args", [["--help"], ["events", "--help"], ["ingest", "--help"], ["export", "--help"],
                                  ["explain", "--help"], ["evaluate", "--help"], ["kb", "import", "--help"],
                                  ["merged", "--help"], ["serve", "--help"]])
def test_help_loads_no_heavy_library(args: list[str]) -> None:
    assert _heavy_modules(args) == []


def test_events_and_stats_on_a_database_load_no_heavy_library(tmp_path: Path) -> None:
    from newsevents.store import Store

    db = tmp_path / "x.db"
    with Store(db):
        pass
    assert _heavy_modules(["events", "--db", str(db), "--format", "json"]) == []
    assert _heavy_modules(["stats", "--db", str(db), "--json"]) == []


def test_the_lazy_help_is_each_commands_own() -> None:
    """`newsevents --help` lists commands from COMMANDS without importing them: the text must be theirs."""
    ctx = click.Context(cli)
    assert set(cli.list_commands(ctx)) == set(COMMANDS)
    for name, (_, _, first_paragraph) in COMMANDS.items():
        command = cli.get_command(ctx, name)
        assert command is not None and command.help is not None, name
        assert " ".join(command.help.split("\n\n")[0].split()) == first_paragraph, name


def test_the_export_table_names_are_the_exports() -> None:
    from newsevents import export
    from newsevents.cli import across

    assert across.ALL_TABLES == export.ALL_TABLES
    assert across.DEFAULT_TABLES == export.DEFAULT_TABLES
