"""Targets put in a country by a place name (ActorIndex.located): sabotage of an installation in a
named place is done to that country (modality ``located_property_codes``). Sentences written for
newsevents (data/located.yaml; format and runner in test_nominals.py)."""

from __future__ import annotations

import pytest

from .suite import Case
from .test_nominals import params, run_case


@pytest.mark.parametrize(("case", "places"), params("located.yaml"))
def test_located_target(nlp, case: Case, places: list[tuple[str, str]]):
    diff = run_case(nlp, case, places)
    assert diff == "", diff
