"""Evaluations found by judging every event of fresh political news (session 15, helper precr).

Texts are written for these tests; none is taken from a gold, benchmark or searched article. Each class
has a sentence where the rule must act and a control where it must not.
"""

from __future__ import annotations

import pytest

from .helpers import coded_triples

TUR = [("Sweden", "SWE"), ("Turkey", "TUR"), ("Norway", "NOR"), ("Norwegian", "NOR"), ("German", "DEU")]


@pytest.mark.parametrize("text", [
    "Turkey described the German decision as politically motivated.",
    "Turkey described the German decision as politically-motivated.",
    "Sweden considers Norway's decision politically motivated.",
    "Sweden considers Norway's decision politically-motivated.",
])
def test_politically_motivated_with_or_without_hyphen(nlp, text):
    judged = "DEU" if "German" in text else "NOR"
    assert (text.split()[0].replace("Turkey", "TUR").replace("Sweden", "SWE"), "111", judged) in \
        coded_triples(nlp, text, TUR)


def test_a_motivated_team_is_no_criticism(nlp):
    assert not [c for c in coded_triples(nlp, "Sweden described the Norwegian team as highly-motivated.", TUR)
                if c[1].startswith("11")]
