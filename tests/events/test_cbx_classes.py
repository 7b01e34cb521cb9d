"""Codebook classes of session 13 (helper cbx): a conviction is a finding of guilt (116), a leader's refusal
to resign is coded on his own country (1231, as the intent to resign is: 0341), and a demand for political
change (104). Texts written for newsevents; each class has controls where the rule
must not fire."""

from __future__ import annotations

import pytest

from newsevents.model import RawDocument
from newsevents.pipeline import process_many

from .helpers import coded_triples

ACTORS = [("Lakeland", "LKL"), ("A Lakeland court", "LKLJUD"), ("The Lakeland court", "LKLJUD"),
          ("the opposition leader Tom Reed", "LKLOPP"), ("The President of Lakeland", "LKLGOV"),
          ("The Lakeland prime minister", "LKLGOV"), ("Lakeland activists", "LKLOPP"), ("Marovia", "MRV"),
          ("the opposition", "LKLOPP")]


def triples(nlp, text: str) -> set[tuple[str | None, str, str | None]]:
    return set(coded_triples(nlp, text, ACTORS))


@pytest.mark.parametrize("text, expected, absent", [
    # convicted of a crime: found guilty (116), not arrested or charged (173)
    ("A Lakeland court convicted the opposition leader Tom Reed of treason on Tuesday.",
     ("LKLJUD", "116", "LKLOPP"), ("LKLJUD", "173", "LKLOPP")),
    # control: charged, he is not yet found guilty
    ("A Lakeland court charged the opposition leader Tom Reed with treason on Tuesday.",
     ("LKLJUD", "173", "LKLOPP"), ("LKLJUD", "116", "LKLOPP")),
])
def test_a_conviction_is_a_finding_of_guilt(nlp, text, expected, absent):
    found = triples(nlp, text)
    assert expected in found and absent not in found


@pytest.mark.slow  # the whole pipeline: the actors stage resolves the country names
@pytest.mark.parametrize("text, expected, absent", [
    # the parser hangs a quoted charge's "of" phrase on the verb: still a finding of guilt
    ('A Kenyan court convicted Uganda of "inhuman acts" on Thursday.', ("KENJUD", "116", "UGA"), "173"),
    # convicted with no court named: agentless (agentless_codes), as an arrest or a charge is
    ("Three Kenyan journalists were convicted of sedition on Monday.", (None, "116", "KENMED"), "173"),
    # control: a charge laid is no conviction
    ('A Kenyan court charged Uganda with "inhuman acts" on Thursday.', ("KENJUD", "173", "UGA"), "116"),
])
def test_a_conviction_of_a_quoted_charge(text, expected, absent):
    [result] = process_many([RawDocument(source="t", content=text, media_type="text")])
    found = {(e.source_code, e.cameo, e.target_code) for e in result.events}
    assert expected in found and not any(c.startswith(absent) for _, c, _ in found)


@pytest.mark.parametrize("text, expected", [
    # a refusal to resign keeps the leadership of the leader's own state (codebook 1231: KEN -> KEN)
    ("The Lakeland prime minister refused to resign on Monday despite weeks of protests.", ("LKLGOV", "1231", "LKL")),
    ("The President of Lakeland dismissed calls for his resignation.", ("LKLGOV", "1231", "LKL")),
    # control: whose call was rejected is named, and stays the target
    ("The President of Lakeland rejected the opposition's calls for his resignation.", ("LKLGOV", "1231", "LKLOPP")),
])
def test_a_refusal_to_resign_is_coded_on_the_leaders_country(nlp, text, expected):
    assert expected in triples(nlp, text)


@pytest.mark.parametrize("text, expected, code", [
    # demanded, political change is a demand (104) whose addressee is seldom named
    ("Lakeland activists demanded political reforms on Friday.", ("LKLOPP", "104", None), "104"),
    ("Lakeland activists demanded democracy and an end to military rule.", ("LKLOPP", "104", None), "104"),
    # controls: changes to a bill are a policy, not political change; a reform of a sports league none
    ("Lakeland activists demanded changes to the tax bill on Friday.", None, "104"),
    ("Lakeland activists demanded a reform of the football league on Friday.", None, "104"),
])
def test_political_change_demanded(nlp, text, expected, code):
    found = triples(nlp, text)
    if expected is None:
        assert not any(c == code for _, c, _ in found)
    else:
        assert expected in found
