"""The issue's acceptance case: the example article (read from ../shared by the test only)."""

from __future__ import annotations

import re

import pytest

from newsevents.events import code_events
from newsevents.model import TimeExpression

from .helpers import make_actors, make_article

# The actors the resolver is expected to find (surface, code); test-only, until newsevents.actors is real.
ACTORS = [("Vladimir Putin", "RUSGOV"), ("Putin", "RUSGOV"), ("Russia", "RUSGOV"), ("Russian leader", "RUSGOV"),
          ("Syria", "SYRGOV"), ("Bashar al-Assad", "SYRGOV"), ("Iran", "IRNGOV"), ("Ebrahim Raisi", "IRNGOV"),
          ("Egypt", "EGYGOV"), ("Sisi", "EGYGOV"), ("Palestine", "PSEGOV"), ("Mahmoud Abbas", "PSEGOV"),
          ("UN Security Council", "IGOUNO"), ("Benjamin Netanyahu", "ISRGOV"), ("Hamas", "PSEREB"),
          ("Israel", "ISR"), ("Israel Defense Forces", "ISRMIL"), ("Yuri Ushakov", "RUSGOV"), ("Kremlin", "RUSGOV")]


@pytest.fixture(scope="module")
def events(nlp, example_article_text):
    text = example_article_text
    times = [TimeExpression(m.group(0), m.start(), m.end(), f"--10-{int(m.group(1)):02d}")
             for m in re.finditer(r"October (\d+)", text)]
    return code_events(nlp(text), make_article(text, "2023-10-16"), make_actors(text, ACTORS), times, [])


@pytest.mark.parametrize("target", ["SYRGOV", "IRNGOV", "EGYGOV", "PSEGOV"])
def test_four_consultations(events, target):
    assert any(e.source_code == "RUSGOV" and e.target_code == target and e.cameo.startswith("04")
               and e.date == "2023-10-16" for e in events)


def test_draft_resolution(events):
    assert any(e.source_code == "RUSGOV" and e.target_code == "IGOUNO" and e.cameo.startswith("02") for e in events)


def test_planned_call_is_intent(events):
    ev = [e for e in events if e.target_code == "ISRGOV"]
    assert [(e.cameo, e.mode, e.plover) for e in ev] == [("036", "intend", "AGREE")]


def test_october_7_attack(events):
    ev = [e for e in events if e.source_code == "PSEREB"]
    assert len(ev) == 1 and ev[0].target_code == "ISR" and ev[0].cameo[:2] in ("18", "19")
    assert ev[0].date == "2023-10-07" and ev[0].quad_class == 4 and ev[0].goldstein is not None


def test_no_regional_war(events):
    assert not any("regional war" in e.sentence and e.cameo[:2] in ("18", "19", "20") for e in events)


def test_evidence_offsets(events, example_article_text):
    for e in events:
        assert example_article_text[e.trigger_start:e.trigger_end] == e.trigger
        assert example_article_text[e.sentence_start:e.sentence_end] == e.sentence
        assert 0 < e.confidence <= 1 and e.rule
