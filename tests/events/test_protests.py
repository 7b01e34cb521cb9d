"""A protest that names no target: the protesters' own government, unless the sentence points
elsewhere (events/demands.py, home_government). Sentences written for newsevents
(data/protests.yaml; format and runner in test_nominals.py)."""

from __future__ import annotations

import pytest

from .suite import Case
from .test_nominals import params, run_case


@pytest.mark.parametrize(("case", "places"), params("protests.yaml"))
def test_protest_target(nlp, case: Case, places: list[tuple[str, str]]):
    diff = run_case(nlp, case, places)
    assert diff == "", diff
