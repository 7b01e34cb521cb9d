"""A crowd the text does not name as the doer of an act (events/crowds.py): "thousands marched in Mombasa" is
Kenya's people (KENCVL), "hundreds of demonstrators fought police in Chittagong" Bangladesh's protesters
(BGDOPP); a country named only as the other party, or beside another, or no place at all, gives the crowd no
country. Sentences written for newsevents (data/crowds.yaml; format and runner in test_nominals.py)."""

from __future__ import annotations

import pytest

from .suite import Case
from .test_nominals import params, run_case


@pytest.mark.parametrize(("case", "places"), params("crowds.yaml"))
def test_crowd_source(nlp, case: Case, places: list[tuple[str, str]]):
    diff = run_case(nlp, case, places)
    assert diff == "", diff
