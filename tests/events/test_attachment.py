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


def test_the_dateline_is_never_a_side(nlp):
    """"TARVOS, Freedonia, Feb 09, 2004 (Wire) - Rebels hacked ...": the parser may take the dateline's
    country for the verb's subject; where a story was filed is no side of its events."""
    from newsevents.events import code_events

    from .helpers import make_actors, make_article

    text = ("Farmers killed in the north\n\nGULU, Uganda, Mar 14, 2005 (Wire) — Insurgents in the north of Uganda "
            "killed at least 12 farmers near the river, the army said Tuesday.")
    actors = make_actors(text, [("Uganda", "UGA"), ("Insurgents", "UGAREB"), ("12 farmers", "UGACVL"),
                                ("Wire", "USAMED"), ("army", "UGAMIL")])
    events = code_events(nlp(text), make_article(text), actors, [], [])
    sides = {(e.source_code, e.cameo, e.target_code) for e in events}
    assert ("UGAREB", "1823", "UGACVL") in sides and not [s for s in sides if s[0] in ("UGA", "USAMED")], sides
