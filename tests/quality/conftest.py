"""The quality gate's tables are printed at the end of the test run, so CI logs always show them."""

from __future__ import annotations

import pytest

_TABLES: list[str] = []


@pytest.fixture(scope="session")
def gate_tables() -> list[str]:
    """Tables the gate tests measured; printed in the terminal summary whether they pass or fail."""
    return _TABLES


def pytest_terminal_summary(terminalreporter, exitstatus, config):  # unused arguments: pytest's hook signature
    """Print the evaluation tables measured by the quality gate."""
    if _TABLES:
        terminalreporter.section("quality gate: newsevents evaluate")
        for table in _TABLES:
            terminalreporter.write(table)
