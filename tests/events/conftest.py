"""The codebook suite's pass rate and failures are printed at the end of the run, pass or fail."""

from __future__ import annotations

import pytest

from ..conftest import summary_section


@pytest.fixture(scope="session")
def codebook_report() -> list[str]:
    """Lines the codebook suite measured (its pass rate and its failures); printed in the terminal summary."""
    return summary_section("CAMEO codebook examples")
