"""Nominal events: event nouns with their sides ("the arrest of X by Y", "talks between X and Y",
"X's call with Y") and the words that say a noun's event did not happen ("a possible visit",
"calls for talks", "fears of an attack"). Sentences written for newsevents (data/nominals.yaml).

The sentence files of this module and of test_passives.py / test_attachment.py share one format
(that of data/sentences.yaml, plus ``p: "Surface=ISO; ..."`` for the places stage's places).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from newsevents.events import code_events
from newsevents.model import Place

from .helpers import COUNTRY_CODES, make_article
from .suite import Case, _expected, _pairs, case_actors, compare

DATA = Path(__file__).parent / "data"


def own_cases(name: str) -> list[tuple[Case, list[tuple[str, str]]]]:
    """The cases of ``data/<name>`` with their places (surface, ISO country)."""
    raw: list[dict[str, Any]] = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    return [(Case(r["t"], _pairs(r.get("a", "")), [_expected(e) for e in r.get("e", [])], r.get("tags", []),
                  r.get("xfail")), _pairs(r.get("p", ""))) for r in raw]


def run_case(nlp, case: Case, places: list[tuple[str, str]]) -> str:
    """"" when the coder codes exactly the expected events; else what differs."""
    found = [Place(s, m.start(), m.end(), country=iso, kind="city", article_id="t")
             for s, iso in places for m in re.finditer(rf"(?<!\w){re.escape(s)}(?!\w)", case.text)]
    actors = case_actors(case)
    for actor in actors:
        if (actor.code or "")[:3] in COUNTRY_CODES:
            actor.country = None  # "MED", "CVL": no country, as the actors stage leaves such a group
    doc = nlp(case.text)
    return compare(case, code_events(doc, make_article(case.text), actors, [], found))


def params(name: str) -> list:
    out = []
    for case, places in own_cases(name):
        marks = [pytest.mark.xfail(reason=case.xfail, strict=True)] if case.xfail else []
        out.append(pytest.param(case, places, marks=marks, id=case.text[:60]))
    return out


@pytest.mark.parametrize(("case", "places"), params("nominals.yaml"))
def test_nominal(nlp, case: Case, places: list[tuple[str, str]]):
    diff = run_case(nlp, case, places)
    assert diff == "", diff
