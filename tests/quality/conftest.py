"""The quality gate's tables are printed at the end of the test run, so CI logs always show them."""

from __future__ import annotations

import pytest

from ..conftest import summary_section


@pytest.fixture(scope="session")
def gate_tables() -> list[str]:
    """Tables the gate tests measured; printed in the terminal summary whether they pass or fail."""
    return summary_section("quality gate: newsevents evaluate")
