"""Classes of news text for CAMEO roots 14-20 found through the codebook's examples: a protest's target
named by a demand noun in a prepositional phrase ("in defiance of X"), workers who stop work (143),
killings by beating or torture (1823). Sentences written for newsevents (data/force_protest_classes.yaml;
format and runner in test_nominals.py)."""

from __future__ import annotations

import pytest

from .suite import Case
from .test_nominals import params, run_case


@pytest.mark.parametrize(("case", "places"), params("force_protest_classes.yaml"))
def test_force_protest_class(nlp, case: Case, places: list[tuple[str, str]]):
    diff = run_case(nlp, case, places)
    assert diff == "", diff
