"""The subject of a passive raising or control verb does what its infinitive says (relations.subjects):
"X and Y are scheduled to hold talks", "X is set to meet Y". Texts written for newsevents; the control is
an active control verb, whose own subject is not the doer when an object is named."""

from __future__ import annotations

import pytest

from .helpers import coded_triples

ACTORS = [("Chile", "CHL"), ("Peru", "PER"), ("Chilean president", "CHLGOV"), ("Peru's leader", "PERGOV"),
          ("Bolivia", "BOL")]


def triples(nlp, text: str) -> set[tuple[str | None, str, str | None]]:
    return set(coded_triples(nlp, text, ACTORS))


@pytest.mark.parametrize("text, expected", [
    ("Chile and Peru are scheduled to hold talks next week.", ("CHL", "03", "PER")),
    ("The Chilean president is set to meet Peru's leader on Friday.", ("CHLGOV", "03", "PERGOV")),
])
def test_the_passive_subject_does_the_infinitive(nlp, text, expected):
    source, root, target = expected
    assert any(s == source and c.startswith(root) and t == target for s, c, t in triples(nlp, text))


def test_an_active_controller_with_an_object_is_not_the_doer(nlp):
    found = triples(nlp, "Bolivia persuaded Chile to hold talks with Peru.")
    assert not any(s == "BOL" and c.startswith(("03", "04")) and t == "PER" for s, c, t in found)
