"""Classes of cooperative news text (CAMEO roots 01-09) the lexicon codes, each with a control that
must stay uncoded (or coded otherwise): data in lexicon/verbs.yaml and modality.yaml.

Texts are written for these tests; none is taken from a gold, benchmark, codebook or searched article.
"""

from __future__ import annotations

import pytest

from .helpers import coded_triples


@pytest.mark.parametrize("text, pairs", [
    ("The Chilean foreign ministry declined to comment on the leaked cable.",
     [("Chilean foreign ministry", "CHLGOV")]),
    ("Asked about the Bolivian claims, Peru's defence ministry refused to comment.",
     [("Peru's defence ministry", "PERGOV"), ("Bolivian", "BOL")]),
])
def test_declining_to_comment_is_011(nlp, text, pairs):
    """CAMEO 011 decline comment, with the verb "comment" as a to-infinitive: nobody is its target."""
    found = coded_triples(nlp, text, pairs)
    assert any(c[1] == "011" and c[2] is None for c in found), found


@pytest.mark.parametrize("text, pairs", [
    ("The Chilean foreign ministry declined to send observers to the Bolivian vote.",
     [("Chilean foreign ministry", "CHLGOV"), ("Bolivian", "BOL")]),
    ("Peru's defence ministry commented on the Bolivian claims.",
     [("Peru's defence ministry", "PERGOV"), ("Bolivian", "BOL")]),
])
def test_other_refusals_and_comments_are_not_011(nlp, text, pairs):
    assert not [c for c in coded_triples(nlp, text, pairs) if c[1] == "011"]

