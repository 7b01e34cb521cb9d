"""A diplomat summoned to another state's office was summoned by that state (inferred_sides.host_state): the
office the passive names is the host's. Texts written for newsevents; the controls are an envoy called home
to the own capital or the own ministry."""

from __future__ import annotations

import pytest

from .helpers import coded_triples

ACTORS = [("Chilean ambassador", "CHLGOV"), ("Peruvian foreign ministry", "PERGOV"), ("Lima", "PER"),
          ("Santiago", "CHL"), ("Chilean foreign ministry", "CHLGOV")]


def triples(nlp, text: str) -> set[tuple[str | None, str, str | None]]:
    return set(coded_triples(nlp, text, ACTORS))


def test_summoned_to_the_hosts_ministry(nlp):
    found = triples(nlp, "The Chilean ambassador was summoned to the Peruvian foreign ministry on Monday.")
    assert ("PERGOV", "114", "CHLGOV") in found


@pytest.mark.parametrize("text", [
    "The Chilean ambassador was summoned to Santiago for consultations on Monday.",
    "The Chilean ambassador was summoned to the Chilean foreign ministry on Monday.",
])
def test_called_home_is_no_hosts_summons(nlp, text):
    assert not any(c == "114" and s and s.startswith("PER") for s, c, _ in triples(nlp, text))
