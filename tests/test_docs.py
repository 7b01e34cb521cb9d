"""The docs cannot drift from the code (datasette's test_docs.py and cog habits):
docs/cli.md is the current ``--help`` of every command, and every shipped data file is described."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "newsevents" / "data"
DOCS = {p.relative_to(ROOT).as_posix(): p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs").rglob("*.md"))}


def _gen_cli_docs():  # scripts/ is not a package: load the generator by path
    spec = importlib.util.spec_from_file_location("gen_cli_docs", ROOT / "scripts" / "gen_cli_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_cli_reference_is_current() -> None:
    gen = _gen_cli_docs()
    assert gen.DOC.exists(), "docs/cli.md is missing: run python scripts/gen_cli_docs.py"
    assert gen.DOC.read_text(encoding="utf-8") == gen.render(), \
        "docs/cli.md is out of date: run python scripts/gen_cli_docs.py"


def test_cli_reference_lists_every_command() -> None:
    from newsevents.cli import cli

    text = DOCS["docs/cli.md"]
    for name in cli.list_commands(None):  # type: ignore[arg-type]
        assert f"## `newsevents {name}`" in text, name


DATA_FILES = sorted(p.relative_to(DATA).as_posix() for p in DATA.rglob("*") if p.is_file())


@pytest.mark.parametrize("rel", DATA_FILES)
def test_every_data_file_is_described(rel: str) -> None:
    """By file name, in a doc that also names the file's folder (so that ``LICENSE`` in the events
    doc does not stand for ``actors/``'s licence)."""
    folder, name = rel.rsplit("/", 1) if "/" in rel else ("", rel)
    named = re.compile(rf"(?<![\w.-]){re.escape(name)}(?![\w-])")
    where = [doc for doc, text in DOCS.items() if named.search(text) and (not folder or folder in text)]
    assert where, f"src/newsevents/data/{rel} is not described in docs/ (name the file where its format is explained)"


def test_data_files_were_found() -> None:
    assert len(DATA_FILES) >= 20  # the check above must not pass by finding nothing


def _python_blocks(text: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", text, flags=re.S)


def test_quickstart_snippets_are_the_tested_ones() -> None:
    """The quick-start's pandas/DuckDB snippets are those tests/export/test_snippets.py runs (docs/exports.md)."""
    blocks = _python_blocks(DOCS["docs/quickstart.md"])
    assert len(blocks) >= 3
    tested = _python_blocks(DOCS["docs/exports.md"])
    for block in blocks:
        assert block in tested, block


@pytest.mark.parametrize("doc", ["docs/quickstart.md", "docs/limitations.md"])
def test_the_analyst_pages_are_linked_from_the_readme(doc: str) -> None:
    assert f"]({doc})" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_quickstart_commands_and_options_exist() -> None:
    """Every `newsevents CMD --option` line of the quick start names a command and options it has."""
    import click

    from newsevents.cli import cli

    ctx = click.Context(cli)
    lines = [line.split("#")[0] for line in re.findall(r"^newsevents .*$", DOCS["docs/quickstart.md"], flags=re.M)]
    assert len(lines) >= 8
    for line in lines:
        words = line.split()
        command = cli.get_command(ctx, words[1])
        assert command is not None, line
        known = {opt for param in command.params for opt in param.opts}
        for word in words[2:]:
            if word.startswith("--"):
                assert word in known, f"{word} is no option of `newsevents {words[1]}`"


def test_limitations_quote_the_measured_precision() -> None:
    """The precision figures of docs/limitations.md are those docs/quality.md reports."""
    quality = DOCS["docs/quality.md"]
    for figure in ("0.63-0.78", "| all 257 | 148 | 148 | 105 | 0.71 |", "197 of 281", "66 of 84", "0.69-0.86",
                   "81 of 106", "82 of 107"):
        assert figure in quality or figure in (ROOT / "README.md").read_text(encoding="utf-8"), figure
    limits = DOCS["docs/limitations.md"]
    for figure in ("0.71 (95% interval 0.63-0.78)", "197 of 281", "0.85", "0.54 (51 of 94", "0.67 (37 of 55",
                   "0.58 (65 of 113", "0.79 (66 of 84; 0.69-0.86)", "0.62 (55 of 89", "0.74 (75 of 101; 0.65-0.82)",
                   "0.73 (74 of 101; 0.64-0.81)", "0.76 (81 of 106; 0.67-0.83)", "0.77 (82 of 107; 0.68-0.84)"):
        assert figure in limits, figure
