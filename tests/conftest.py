"""Shared fixtures: the spaCy pipeline once per session, ../shared when it is beside the repo, and a copy
of the data root for tests that add a word to the data."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def pytest_collection_modifyitems(config, items):  # pytest's hook signature
    """``slow`` means what pyproject.toml says (the spaCy pipeline, a whole corpus, mypy). A test that
    takes the ``nlp`` fixture (itself or through another fixture) is marked here, so the mark cannot be
    forgotten; a test that runs the pipeline another way (a whole corpus, an ingest, a CLI subprocess) carries
    the mark in its module, and :func:`_unmarked_tests_run_no_pipeline` fails one that does not."""
    for item in items:
        if "nlp" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def _unmarked_tests_run_no_pipeline(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch):
    """A test not marked slow that runs a spaCy pipeline in this process fails, naming the mark it lacks
    (``-m "not slow"`` is the quick run: it must not load the pipeline)."""
    if request.node.get_closest_marker("slow") is None:
        from spacy.language import Language

        def refuse(self, *args, **kwargs):
            pytest.fail(f"{request.node.nodeid} runs the spaCy pipeline: mark it slow", pytrace=False)

        monkeypatch.setattr(Language, "__call__", refuse)
        monkeypatch.setattr(Language, "pipe", refuse)
    yield


@pytest.fixture(scope="session")
def nlp():
    """The default spaCy pipeline (from the installed PyPI package), loaded once."""
    from newsevents.nlp import get_nlp

    return get_nlp()


def clear_data_caches() -> None:
    """Forget every cached read of the data: each module-level functools cache of ``newsevents`` but the
    pipeline loader's (``newsevents.nlp``: a model, not data, and slow to load again)."""
    for name, module in list(sys.modules.items()):
        if (name == "newsevents" or name.startswith("newsevents.")) and name != "newsevents.nlp":
            for value in list(vars(module).values()):
                clear = getattr(value, "cache_clear", None)
                if callable(clear) and getattr(value, "__module__", "") != "newsevents.nlp":
                    clear()


@dataclass(frozen=True)
class DataCopy:
    """A copy of the shipped data root, the one every loader reads while a test runs."""

    root: Path

    def add(self, file: str, name: str, word: str, section: str | None = None) -> None:
        """Append ``word`` to class ``name`` (under ``section``) of ``data/en/<file>``, then forget every
        cached read, so that the next call reads the class with the word."""
        path = self.root / "en" / file
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        classes = data[section] if section else data
        classes[name] = [*classes[name], word]
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        clear_data_caches()


@pytest.fixture
def data_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[DataCopy]:
    """A copy of the shipped data as the data root (a word added to it shows that a stage reads the
    class), with every cache cleared before and after (so that later tests read the shipped files)."""
    from newsevents import resources

    root = tmp_path / "data"
    shutil.copytree(resources.DATA, root)
    clear_data_caches()
    monkeypatch.setattr(resources, "DATA", root)
    yield DataCopy(root)
    monkeypatch.undo()
    clear_data_caches()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` (gold answers, benchmark pages); tests that need it are skipped, loudly, without it."""
    if not SHARED.is_dir():
        pytest.skip(f"../shared not found beside the repository ({SHARED}); gold/benchmark tests skipped")
    return SHARED


@pytest.fixture(scope="session")
def example_article_text(shared_dir: Path) -> str:
    """The example article of ../shared/corpus (read by tests only, never copied into the project)."""
    return (shared_dir / "corpus" / "putin-middle-east-calls.txt").read_text(encoding="utf-8")


# ---------------------------------------------------------------- figures printed at the end of the run
_SUMMARY_SECTIONS: dict[str, list[str]] = {}


def summary_section(title: str) -> list[str]:
    """The lines a suite measured (a quality-gate table, a pass rate), printed under ``title`` in the
    terminal summary whether the run passes or fails, so CI logs always show them."""
    return _SUMMARY_SECTIONS.setdefault(title, [])


def pytest_terminal_summary(terminalreporter, exitstatus, config):  # unused arguments: pytest's hook signature
    """Print every non-empty summary section."""
    for title, lines in _SUMMARY_SECTIONS.items():
        if lines:
            terminalreporter.section(title)
            for line in lines:
                terminalreporter.write(line if line.endswith("\n") else line + "\n")
