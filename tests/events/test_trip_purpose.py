"""A trip's purpose or origin names what the traveller takes part in (modality.yaml trip_preps, trip_verbs):
"arrived in X for talks with Y", "returned from a visit to Y". Texts written for newsevents; the control is
"for" after a verb of judging, which gives a reason, not a trip."""

from __future__ import annotations

import pytest

from .helpers import coded_triples

ACTORS = [("Kenyan foreign minister", "KENGOV"), ("Ethiopia's prime minister", "ETHGOV"), ("Chile", "CHL"),
          ("Peruvian president", "PERGOV"), ("Bolivia", "BOL"), ("Uruguay", "URY")]


def triples(nlp, text: str) -> set[tuple[str | None, str, str | None]]:
    return set(coded_triples(nlp, text, ACTORS))


@pytest.mark.parametrize("text, expected", [
    ("The Kenyan foreign minister arrived in Addis Ababa on Monday for talks with Ethiopia's prime minister.",
     ("KENGOV", "04", "ETHGOV")),
    ("The Peruvian president returned from talks with Bolivia on Sunday.", ("PERGOV", "04", "BOL")),
    ("Emerging from a meeting with Ethiopia's prime minister, the Kenyan foreign minister said little.",
     ("KENGOV", "04", "ETHGOV")),
])
def test_the_traveller_takes_part(nlp, text, expected):
    source, root, target = expected
    assert any(s == source and c.startswith(root) and t == target for s, c, t in triples(nlp, text))


def test_for_after_a_verb_of_judging_is_a_reason(nlp):
    found = triples(nlp, "Uruguay thanked the Peruvian president for talks with Bolivia.")
    assert not any(s == "URY" and c.startswith("04") for s, c, _ in found)
