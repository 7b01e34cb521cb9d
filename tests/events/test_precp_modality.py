"""Modality rules found by judging every event on unseen political news (session 13, helper precp).

Texts are written for these tests; none is taken from a gold, benchmark or searched article.
"""

from __future__ import annotations

import pytest

from .helpers import coded_triples

KEN = [("Kenyan president", "KENGOV"), ("Ugandan president", "UGAGOV")]


@pytest.mark.parametrize("text, code", [
    # the meeting "during" which a past pledge or agreement was made took place
    ("The Kenyan president pledged to deepen trade during a meeting with the visiting Ugandan president.", "040"),
    ("The Kenyan president agreed to reopen the border during talks with the Ugandan president in Kampala.", "040"),
    # one still ahead, or under a present plan, stays intended
    ("The Kenyan president pledged to raise the issue during next week's meeting with the Ugandan president.", "036"),
    ("The Kenyan president plans to raise the issue during a meeting with the Ugandan president.", "036"),
    ("The Kenyan president pledged to meet the Ugandan president.", "036"),
])
def test_the_setting_of_a_past_pledge_took_place(nlp, text, code):
    assert [c[1] for c in coded_triples(nlp, text, KEN)] == [code]
