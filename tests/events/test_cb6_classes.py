"""Classes of news text where a place or a country of origin stands for the target state: goods from a
country under a sanction, an embargo or a ban ("lifted sanctions against gold from X"), each with a
control that must stay uncoded or coded otherwise: data in lexicon/nouns.yaml (from_author_nouns) and
senses.yaml (traded_goods).

Texts are written for these tests; none is taken from a gold, benchmark, codebook or searched article.
"""

from __future__ import annotations

import pytest

from .helpers import coded_triples


@pytest.mark.parametrize("text, source, code, target", [
    ("Norway lifted its sanctions against timber from Myanmar.", ("Norway", "NOR"), "085", "MMR"),
    ("Canada eased sanctions on oil from Venezuela on Tuesday.", ("Canada", "CAN"), "085", "VEN"),
    ("Japan banned imports from North Korea on Friday.", ("Japan", "JPN"), "163", "PRK"),
    ("Brazil has prohibited all shipments of beef products from Argentina.", ("Brazil", "BRA"), "163", "ARG"),
])
def test_goods_from_a_country_stand_for_it(nlp, text, source, code, target):
    """CAMEO 163 (impose embargo, boycott or sanctions) and 085 (ease them) are done to the country whose
    goods they bar: "from X" after a word for goods or trade names it, as "Burmese timber" would. A ban
    on goods is an embargo (Phoenix BAN (ON IMPORT) 163), not a restriction on rights (172)."""
    found = coded_triples(nlp, text, [source])
    assert (source[1], code, target) in found, found
    assert not [c for c in found if c[1].startswith("172")], found


@pytest.mark.parametrize("text", [
    "Imports from China rose sharply in May.",              # trade reported, no act on anyone
    "Japan banned imports from the region after the spill.",  # no country named
    "Japan banned the rally outside parliament.",           # a ban on a rally: no goods, no target
])
def test_goods_without_a_sanction_or_a_country_are_not_163(nlp, text):
    found = coded_triples(nlp, text, [("Japan", "JPN")])
    assert not [c for c in found if c[1][:2] in ("16", "08") and c[2]], found
