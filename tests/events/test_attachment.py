"""Attachment: arguments found clause by clause (relative clauses, coordination, "X asked Y for Z",
the complement of "order/open/launch", reported claims). Sentences written for newsevents
(data/attachment.yaml; format and runner in test_nominals.py)."""

from __future__ import annotations

import pytest

from .suite import Case
from .test_nominals import params, run_case


@pytest.mark.parametrize(("case", "places"), params("attachment.yaml"))
def test_attachment(nlp, case: Case, places: list[tuple[str, str]]):
    diff = run_case(nlp, case, places)
    assert diff == "", diff
