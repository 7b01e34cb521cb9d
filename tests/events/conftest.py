"""The codebook suite's pass rate and failures are printed at the end of the run, pass or fail."""

from __future__ import annotations

import pytest

_REPORT: list[str] = []


@pytest.fixture(scope="session")
def codebook_report() -> list[str]:
    """Lines the codebook suite measured; printed in the terminal summary."""
    return _REPORT


def pytest_terminal_summary(terminalreporter, exitstatus, config):  # unused arguments: pytest's hook signature
    """Print the codebook suite's pass rate and its list of failures."""
    if _REPORT:
        terminalreporter.section("CAMEO codebook examples")
        for line in _REPORT:
            terminalreporter.write_line(line)
