"""A noun pattern's word may be a present participle the parser hangs on the noun as a clause
(relations.preps): "sanctions targeting X" reads X as "sanctions on X" does. Texts written for newsevents;
the control is a participle that is not the pattern's word."""

from __future__ import annotations

import pytest

from .helpers import coded_triples

ACTORS = [("Chile", "CHL"), ("Peruvian officials", "PERGOV"), ("Bolivian banks", "BOLBUS"), ("Peru", "PER")]


def triples(nlp, text: str) -> set[tuple[str | None, str, str | None]]:
    return set(coded_triples(nlp, text, ACTORS))


@pytest.mark.parametrize("text, target", [
    ("Chile announced sanctions targeting Peruvian officials on Monday.", "PERGOV"),
    ("Chile imposed new sanctions targeting Bolivian banks.", "BOLBUS"),
])
def test_sanctions_targeting_name_their_target(nlp, text, target):
    assert ("CHL", "163", target) in triples(nlp, text)


def test_another_participle_names_no_target(nlp):
    found = triples(nlp, "Chile debated sanctions hurting Bolivian banks.")
    assert not any(c == "163" and t == "BOLBUS" for _, c, t in found)
