"""Shared fixtures: the spaCy pipeline once per session, and ../shared when it is beside the repo."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    """The default spaCy pipeline (from the installed PyPI package), loaded once."""
    from newsevents.nlp import get_nlp

    return get_nlp()


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
