"""Classes of conflictual news text (CAMEO roots 10-20) found missing from the codebook's examples.

Each case is a sentence written for newsevents, with a control where the class must not fire; the
actors are given (helpers.make_actors), so that the test is of the coder alone.
"""

from __future__ import annotations

import pytest

from .helpers import coded_triples

ACTORS = [("The rebels", "AGOREB"), ("UN", "IGOUNO"), ("Serbia", "SRB"), ("NATO", "IGOWSTNAT"),
          ("The army", "SRBMIL"), ("Croatian", "HRV")]


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a side refused leave to come in, land or cross is a refusal to yield (124, Phoenix ALLOW &AIRCRAFT [080])
    ("The rebels refused to allow UN aircraft to land at the airstrip.", ("AGOREB", "124", "IGOUNO"), None),
    ("Serbia will not allow NATO troops to enter its territory.", ("SRB", "124", "IGOWSTNAT"), None),
    ("Serbia allowed NATO troops to cross its territory.", ("SRB", "080", "IGOWSTNAT"), None),
    # controls: what is not let in is no passage ("allow X to speak"), and a refusal to allow nothing named
    ("Serbia refused to allow NATO officials to speak at the meeting.", None, ("SRB", "124", "IGOWSTNAT")),
    ("Serbia did not allow NATO troops to enter its territory.", None, ("SRB", "080", "IGOWSTNAT")),
])
def test_refused_passage(nlp, text, wanted, unwanted):
    found = coded_triples(nlp, text, ACTORS)
    assert (wanted is None or wanted in found) and unwanted not in found, found
