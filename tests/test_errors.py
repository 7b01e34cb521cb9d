"""The error table (newsevents.errors): one code per message, each used, each raised as its family's class,
none naming a command-line flag; the CLI's one-line error carries the code; docs/errors.md lists them all."""

from __future__ import annotations

import ast
import importlib.util
import pickle
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsevents import errors
from newsevents.errors import Errors, InputError, Message, NewsEventsError, Warnings

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "newsevents"
SOURCES = {p.relative_to(PACKAGE).as_posix(): p.read_text(encoding="utf-8") for p in sorted(PACKAGE.rglob("*.py"))}
LIBRARY = {rel: text for rel, text in SOURCES.items() if not rel.startswith("cli/") and rel != "errors.py"}


def _gen():  # scripts/ is not a package: load the generator by path
    spec = importlib.util.spec_from_file_location("gen_error_docs", ROOT / "scripts" / "gen_error_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GEN = _gen()
TABLES = {"Errors": GEN.table(Errors), "Warnings": GEN.table(Warnings)}

# the classes a code's family is raised as (docs/errors.md, errors.py's tree); NewsEventsError itself for
# running a batch (E0xx), the articles it gives up on (E25x) and bugs (E999)
FAMILIES = {
    "NewsEventsError": r"E0\d\d|E25\d|E999",
    "InputError": r"E1[0-4]\d",
    "FetchError": r"E1[56]\d",
    "DateParamError": r"E18\d",
    "ExtractionError": r"E2[0-4]\d",
    "ModelError": r"E3\d\d",
    "KnowledgeBaseError": r"E4\d\d",
    "StoreError": r"E5\d\d",
    "EvaluationError": r"E6\d\d",
}


def _assigned_names(class_name: str) -> list[str]:
    tree = ast.parse(SOURCES["errors.py"])
    body = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == class_name).body
    return [t.id for n in body if isinstance(n, ast.Assign) for t in n.targets if isinstance(t, ast.Name)]


@pytest.mark.parametrize("class_name", ["Errors", "Warnings"])
def test_each_code_is_defined_once_and_is_its_own_name(class_name: str) -> None:
    names = _assigned_names(class_name)  # a repeated name in a class body would silently replace the first
    assert len(names) == len(set(names)) == len(TABLES[class_name]), [n for n in names if names.count(n) > 1]
    letter = class_name[0]
    for name, message in TABLES[class_name].items():
        assert re.fullmatch(rf"{letter}\d{{3}}", name) and message.code == name


def test_every_message_is_distinct() -> None:
    texts = [m.text for table in TABLES.values() for m in table.values()]
    assert len(texts) == len(set(texts)), sorted(t for t in texts if texts.count(t) > 1)


@pytest.mark.parametrize("code", [*TABLES["Errors"], *TABLES["Warnings"]])
def test_every_message_is_used(code: str) -> None:
    table = "Errors" if code.startswith("E") else "Warnings"
    users = [rel for rel, text in SOURCES.items() if rel != "errors.py" and re.search(rf"\b{table}\.{code}\b", text)]
    assert users, f"{table}.{code} is raised nowhere: remove it (and never reuse the code)"


def test_every_error_the_package_builds_takes_its_message_from_the_table() -> None:
    sites = GEN.raise_sites()
    assert len(sites) > 100  # the scan sees the package's errors
    loose = [(rel, line) for rel, line, _, code in sites if code is None]
    # the one exception: an error read back from a shard's log, whose code was stored with it (code=...)
    assert loose == [("engines/load.py", next(line for rel, line, _, c in sites if rel == "engines/load.py"
                                                  and c is None))], loose
    assert "code=row[" in SOURCES["engines/load.py"]


def test_each_code_is_raised_as_a_class_of_its_family() -> None:
    wrong = [(rel, line, cls, code) for rel, line, cls, code in GEN.raise_sites()
             if code and not re.fullmatch(FAMILIES[cls], code)]
    assert not wrong


def test_no_library_message_names_a_command_line_flag() -> None:
    flagged = [(code, m.text) for table in TABLES.values() for code, m in table.items() if re.search(r"--\w", m.text)]
    assert not flagged
    # nor the input an error is about ("source"), nor text raised outside the table
    for rel, text in LIBRARY.items():
        assert not re.search(r"source=[\"']--", text), rel
        for match in re.finditer(r"(?:raise|yield|return) \w*Error\((f?[\"'][^\"']*)", text):
            assert not re.search(r"--[a-z]", match.group(1)), (rel, match.group(1))


def test_the_library_logs_warnings_from_the_table() -> None:
    """A warning is logged as "%s" of a table entry (or of an error, which carries its own code)."""
    for rel, text in LIBRARY.items():
        for match in re.finditer(r"LOGGER\.warning\(([^,)]+)", text):
            assert match.group(1) == '"%s"', (rel, match.group(0))


def test_an_error_carries_the_code_of_its_message() -> None:
    err = InputError(Errors.E103.format(size=3_000_000, cap=2_000_000), source="big.html")
    assert (err.code, err.message) == ("E103", "file is 3,000,000 bytes, over the size cap of 2,000,000")
    assert str(err) == "E103 big.html: file is 3,000,000 bytes, over the size cap of 2,000,000"
    warning = Warnings.W102.format(date="soon")
    assert str(warning) == "W102 unreadable publication date 'soon'; offices are not time-bounded"
    assert InputError("restored", code="E104").code == "E104" and InputError("restored").code == "E100"


def test_an_error_keeps_its_code_across_processes() -> None:
    """Worker processes return errors to the parent by pickling them."""
    err = pickle.loads(pickle.dumps(NewsEventsError(Errors.E251, source="a.html")))
    assert (err.code, err.source, str(err).split(" ")[0]) == ("E251", "a.html", "E251")


def test_a_format_keeps_the_template_untouched() -> None:
    template = Errors.E102
    filled = template.format(kind="a PDF document")
    assert isinstance(filled, Message) and filled.code == "E102" and template.text == "not text: {kind}"


def test_every_class_of_the_tree_has_a_family() -> None:
    classes = {name for name, value in vars(errors).items()
               if isinstance(value, type) and issubclass(value, NewsEventsError)}
    assert classes == set(FAMILIES)


def test_the_cli_prints_the_code_in_its_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A library error (E001, from run_ingest) becomes one line with its code and the flag to change."""
    from newsevents.cli import main

    article = tmp_path / "a.txt"
    article.write_text("Officials met in Vienna on Monday.", encoding="utf-8")
    monkeypatch.setattr("sys.argv", ["newsevents", "ingest", str(article), "--db", str(tmp_path / "x.db"),
                                     "--scheduler", "tcp://127.0.0.1:1", "-q"])
    with pytest.raises(SystemExit) as exit_info:
        main()
    lines = capsys.readouterr().err.strip().splitlines()
    assert exit_info.value.code == 1 and len(lines) == 1
    assert lines[0].startswith("error: E001 tcp://127.0.0.1:1: ") and "(--scheduler needs --engine dask)" in lines[0]


def test_the_cli_prints_the_code_of_a_bad_date() -> None:
    from newsevents.cli import cli

    result = CliRunner().invoke(cli, ["events", "--since", "2019-02-30", "--db", "missing.db"])
    assert result.exit_code != 0 and "E182 --since: '2019-02-30' is not a real day" in result.output


def test_the_error_page_is_current() -> None:
    assert GEN.DOC.exists(), "docs/errors.md is missing: run python scripts/gen_error_docs.py"
    assert GEN.DOC.read_text(encoding="utf-8") == GEN.render(), \
        "docs/errors.md is out of date: run python scripts/gen_error_docs.py"
